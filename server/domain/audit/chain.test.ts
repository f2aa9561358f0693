import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { findChainBreak, GENESIS_HASH, hashAuditRow, type TChainRow } from "./chain";

function row(seq: number, prevHash: string, metadata: unknown = { n: seq }): TChainRow & { hash: string } {
  const r: TChainRow = {
    seq, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)), actorType: "system", actorId: "t", actorLabel: null,
    event: "pool_changed", targetType: null, targetId: null, outcome: "success", metadata,
    costCredits: null, costAmount: null, costCurrency: null, requestId: null, prevHash,
  };
  return { ...r, hash: hashAuditRow(r) };
}

function chain(n: number) {
  const rows: (TChainRow & { hash: string })[] = [];
  for (let i = 1; i <= n; i++) rows.push(row(i, rows.at(-1)?.hash ?? GENESIS_HASH));
  return rows;
}

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } }, '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}'],
    [{ x: undefined, y: "é" }, '{"y":"é"}'],
    [[3, "a"], '[3,"a"]'],
  ])("sorts keys at every depth: %j", (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });
});

describe("findChainBreak", () => {
  it("accepts an intact chain", () => {
    expect(findChainBreak(chain(5), null)).toBeNull();
  });

  it("hashes independently of metadata key order", () => {
    const a = row(1, GENESIS_HASH, { a: 1, b: 2 });
    const b = row(1, GENESIS_HASH, { b: 2, a: 1 });
    expect(a.hash).toBe(b.hash);
  });

  it.each([
    ["altered content", (rows: ReturnType<typeof chain>) => { rows[2]!.metadata = { n: 99 }; }, "3", /altered/],
    ["deleted row", (rows: ReturnType<typeof chain>) => { rows.splice(1, 1); }, "3", /sequence gap: expected 2/],
    ["rehashed row with stale successor", (rows: ReturnType<typeof chain>) => { rows[1] = row(2, rows[0]!.hash, { n: 7 }); }, "3", /prev_hash/],
    ["wrong genesis", (rows: ReturnType<typeof chain>) => { rows[0]!.prevHash = "f".repeat(64); }, "1", /prev_hash/],
  ])("names the first broken row after %s", (_name, tamper, seq, reason) => {
    const rows = chain(5);
    tamper(rows);
    expect(findChainBreak(rows, null)).toEqual({ seq, reason: expect.stringMatching(reason) });
  });

  it("continues from a previous page", () => {
    const rows = chain(6);
    const last = rows[2]!;
    expect(findChainBreak(rows.slice(3), { seq: 3n, hash: last.hash })).toBeNull();
    expect(findChainBreak(rows.slice(4), { seq: 3n, hash: last.hash })).toEqual({ seq: "5", reason: expect.stringMatching(/gap/) });
  });
});
