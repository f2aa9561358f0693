import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TAuditActor, TAuditEventInput } from "@/server/domain/audit/events";
import type { TExportManifest } from "@/server/domain/audit/export-manifest";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";
import { exportAuditTrail } from "./export-audit-trail";
import { listAuditEvents } from "./list-audit-events";
import { recordAudit } from "./record-audit";

const userId = "00000000-0000-4000-8000-0000000000aa";
const cardA = "00000000-0000-4000-8000-0000000000c1";
const cardB = "00000000-0000-4000-8000-0000000000c2";

describe("audit trail list and export", () => {
  const t = useTestDatabase();

  async function seed() {
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, i));
    for (let i = 0; i < 12; i++) {
      const actor: TAuditActor = i % 2 === 0 ? { type: "user", id: userId, label: "=HYPERLINK(\"http://evil\")" } : { type: "system", id: "+worker" };
      const base = {
        actor,
        target: i % 3 === 0 ? { type: "lead_card", id: i % 2 === 0 ? cardA : cardB } : { type: "audience_pool", id: "@pool" },
        outcome: i === 5 ? ("failure" as const) : ("success" as const),
        requestId: i === 4 ? "-2+3" : undefined,
        cost: i === 7 ? { credits: 1.5, amount: 0.25 } : undefined,
      };
      const event: TAuditEventInput =
        i % 3 === 0
          ? { ...base, event: "label_changed", metadata: { before: { label: "USER" }, after: { label: "PARTNER" }, reviewState: "corrected" } }
          : { ...base, event: "pool_changed", metadata: { action: "cards_added", count: i } };
      await t.db.$transaction((tx) => recordAudit(tx, event, at(i)));
    }
  }

  it("lists newest first with keyset pages and filters by event, actor, target and outcome", async () => {
    await seed();
    const first = await listAuditEvents(t.db, { filter: {}, limit: 5 });
    expect(first.items.map((e) => e.seq)).toEqual(["12", "11", "10", "9", "8"]);
    const second = await listAuditEvents(t.db, { filter: {}, limit: 5, beforeSeq: first.nextCursor });
    expect(second.items.map((e) => e.seq)).toEqual(["7", "6", "5", "4", "3"]);
    const byEvent = await listAuditEvents(t.db, { filter: { event: "label_changed" }, limit: 50 });
    expect(byEvent.items.map((e) => e.seq)).toEqual(["10", "7", "4", "1"]);
    const byCard = await listAuditEvents(t.db, { filter: { target: cardA }, limit: 50 });
    expect(byCard.items.map((e) => e.seq)).toEqual(["7", "1"]);
    const byActor = await listAuditEvents(t.db, { filter: { actor: "+worker" }, limit: 50 });
    expect(byActor.items).toHaveLength(6);
    const byOutcome = await listAuditEvents(t.db, { filter: { outcome: "failure" }, limit: 50 });
    expect(byOutcome.items.map((e) => e.seq)).toEqual(["6"]);
    const byTime = await listAuditEvents(t.db, { filter: { from: new Date(Date.UTC(2026, 10, 1, 0, 3)), to: new Date(Date.UTC(2026, 10, 1, 0, 5)) }, limit: 50 });
    expect(byTime.items.map((e) => e.seq)).toEqual(["6", "5", "4"]);
    const unknownHandle = await listAuditEvents(t.db, { filter: { target: "@nobody_here" }, limit: 50 });
    expect(unknownHandle.items).toEqual([]);
  });

  it("resolves a handle or public id to the lead card (audit rows never hold handles)", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "f.csv", sha256: "a".repeat(64), byteSize: 1n } });
    const raw = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: "42", handle: "Trail_Person", firstImportJobId: job.id, lastImportJobId: job.id } });
    await t.db.leadCard.create({ data: { id: cardA, publicId: "lc_trail", rawProfileId: raw.id, platform: "x", handle: "Trail_Person" } });
    expect((await listAuditEvents(t.db, { filter: { target: "@trail_person" }, limit: 50 })).items.map((e) => e.seq)).toEqual(["7", "1"]);
    expect((await listAuditEvents(t.db, { filter: { target: "lc_trail" }, limit: 50 })).items.map((e) => e.seq)).toEqual(["7", "1"]);
  });

  it("writes formula-safe CSV", async () => {
    const chunks: string[] = [];
    const manifest = await exportAuditTrail(t.db, { to: new Date(Date.UTC(2026, 10, 2)) }, { format: "csv", fileName: "t.csv", actor: { type: "system", id: "test" } }, (c) => void chunks.push(c));
    expect(manifest.rowCount).toBe(12);
    const csv = chunks.join("");
    const cells = csv.split("\r\n").filter(Boolean).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "")));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'+worker");
    expect(csv).toContain("'-2+3");
    expect(csv).toContain("'@pool");
  });

  it("round-trips: sxe audit export → offline verify → a tampered line is named", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-export-"));
    const exported = await sxe(["audit", "export", "--format", "jsonl", "--out", dir, "--json"], { databaseUrl: t.url });
    expect(exported.code, exported.stderr).toBe(0);
    const { file, manifestFile, manifest } = JSON.parse(exported.stdout) as { file: string; manifestFile: string; manifest: TExportManifest };
    expect(manifest).toMatchObject({ format: "jsonl", contiguous: true, firstSeq: "1", firstPrevHash: "0".repeat(64), exporter: { type: "cli" } });
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(manifest.rowCount);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ seq: manifest.lastSeq, hash: manifest.lastHash });
    const recorded = await t.db.auditLog.findUniqueOrThrow({ where: { seq: BigInt(manifest.exportEventSeq!) } });
    expect(recorded).toMatchObject({ event: "audit_exported", actorType: "cli" });
    expect(recorded.metadata).toMatchObject({ format: "jsonl", rowCount: manifest.rowCount, lastSeq: Number(manifest.lastSeq), sha256: manifest.files[0]!.sha256 });
    expect((await readdir(dir)).sort()).toEqual([path.basename(file), path.basename(manifestFile)].sort());

    // Offline: no DATABASE_URL at all.
    const ok = await sxe(["audit", "verify", "--file", file, "--manifest", manifestFile]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Export intact: \d+ rows, seq 1\.\.\d+/);

    const tampered = [...lines];
    const row = JSON.parse(tampered[3]!) as { metadata: Record<string, unknown> };
    row.metadata = { ...row.metadata, count: 999 };
    tampered[3] = JSON.stringify(row);
    await writeFile(file, `${tampered.join("\n")}\n`);
    const broken = await sxe(["audit", "verify", "--file", file, "--manifest", manifestFile]);
    expect(broken.code).toBe(3);
    expect(broken.stdout).toContain("line 4 (seq 4): hash does not match the row's content (row altered)");
    expect(broken.stdout).toMatch(/sha256 of .* the manifest says/);

    // Without the manifest the line is still named; a removed line is a gap in a contiguous export.
    const removed = lines.filter((_, i) => i !== 6);
    await writeFile(file, `${removed.join("\n")}\n`);
    const gap = await sxe(["audit", "verify", "--file", file, "--manifest", manifestFile, "--json"]);
    expect(gap.code).toBe(3);
    expect((JSON.parse(gap.stdout) as { problems: { line: number; seq: string; reason: string }[] }).problems[0]).toMatchObject({ line: 7, seq: "8", reason: expect.stringMatching(/sequence gap: expected 7/) });
  });

  it("exports a filtered trail (not contiguous) that still verifies row by row", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-export-"));
    const exported = await sxe(["audit", "export", "--event", "label_changed", "--card", cardA, "--format", "jsonl", "--out", dir, "--json"], { databaseUrl: t.url });
    expect(exported.code, exported.stderr).toBe(0);
    const { file, manifestFile, manifest } = JSON.parse(exported.stdout) as { file: string; manifestFile: string; manifest: TExportManifest };
    expect(manifest).toMatchObject({ rowCount: 2, firstSeq: "1", lastSeq: "7", contiguous: false, filter: { event: "label_changed", card: cardA } });
    expect((await sxe(["audit", "verify", "--file", file, "--manifest", manifestFile])).code).toBe(0);
    const csv = await sxe(["audit", "export", "--format", "csv", "--out", dir, "--from", "2026-11-01T00:02:00Z", "--to", "2026-11-01T00:04:00Z"], { databaseUrl: t.url });
    expect(csv.code, csv.stderr).toBe(0);
    const bad = await sxe(["audit", "export", "--format", "xml"], { databaseUrl: t.url });
    expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining("--format must be csv or jsonl") });
  });
});
