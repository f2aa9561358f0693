import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashAuditRow, type TChainRow } from "./chain";
import { findDigestChainBreak, hashDigest } from "./digest";
import { exportJsonLine, toExportRow } from "./export-row";
import { createExportVerifier } from "./verify-export";

function chain(n: number) {
  const rows: (TChainRow & { hash: string })[] = [];
  for (let i = 1; i <= n; i++) {
    const r: TChainRow = {
      seq: i, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)), actorType: "system", actorId: "t", actorLabel: null, event: "pool_changed",
      targetType: null, targetId: null, outcome: "success", metadata: { b: i, a: "x" }, costCredits: i === 2 ? "1.50" : null, costAmount: null, costCurrency: null,
      requestId: null, prevHash: rows.at(-1)?.hash ?? GENESIS_HASH,
    };
    rows.push({ ...r, hash: hashAuditRow(r) });
  }
  return rows.map((r) => exportJsonLine(toExportRow(r)).trimEnd());
}

function verify(lines: string[], contiguous = true) {
  const v = createExportVerifier({ contiguous });
  lines.forEach((l, i) => v.push(l, i + 1));
  return v.finish();
}

describe("createExportVerifier", () => {
  it("accepts an intact export and reports its ends", () => {
    const lines = chain(4);
    expect(verify(lines)).toMatchObject({ ok: true, rows: 4, firstSeq: "1", lastSeq: "4", firstPrevHash: GENESIS_HASH, problems: [] });
  });

  it.each([
    ["edited content", (l: string[]) => { l[1] = l[1]!.replace('"a":"x"', '"a":"y"'); }, { line: 2, seq: "2", reason: expect.stringMatching(/row altered/) }],
    ["removed line", (l: string[]) => { l.splice(2, 1); }, { line: 3, seq: "4", reason: expect.stringMatching(/sequence gap: expected 3/) }],
    ["not JSON", (l: string[]) => { l[0] = "{oops"; }, { line: 1, seq: null, reason: "not valid JSON" }],
    ["swapped lines", (l: string[]) => { [l[1], l[2]] = [l[2]!, l[1]!]; }, { line: 2, seq: "3" }],
  ])("names the line after %s", (_name, tamper, expected) => {
    const lines = chain(4);
    tamper(lines);
    const result = verify(lines);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject(expected);
  });

  it("allows gaps in a filtered export but still checks every row and adjacent link", () => {
    const lines = chain(5).filter((_, i) => i !== 2);
    expect(verify(lines, false)).toMatchObject({ ok: true, rows: 4 });
  });
});

describe("digests", () => {
  it("hash their content and link to the previous digest", () => {
    const a = { headSeq: "5", headHash: "a".repeat(64), createdAt: "2026-11-28T00:00:00.000Z", prevDigestHash: null };
    const b = { headSeq: "9", headHash: "b".repeat(64), createdAt: "2026-11-28T00:15:00.000Z", prevDigestHash: hashDigest(a) };
    const rows = [{ ...a, digestHash: hashDigest(a) }, { ...b, digestHash: hashDigest(b) }];
    expect(findDigestChainBreak(rows)).toBeNull();
    expect(findDigestChainBreak([rows[1]!])).toMatch(/does not point at the digest before it/);
    expect(findDigestChainBreak([rows[0]!, { ...rows[1]!, headSeq: "8" }])).toMatch(/was altered/);
  });
});
