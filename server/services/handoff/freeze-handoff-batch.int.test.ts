import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateBatchManifest, validateLeadRecord } from "@/server/domain/handoff/validate-record";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { updateSetting } from "@/server/services/settings/update-setting";
import { useTestDatabase } from "@/server/testing/test-database";
import { seedHandoffCards } from "./__fixtures__/seed-handoff-cards";
import { createHandoffBatch } from "./create-handoff-batch";
import { deliverHandoffBatch } from "./deliver-handoff-batch";
import { freezeHandoffBatch } from "./freeze-handoff-batch";
import { getHandoffBatch } from "./list-handoff-batches";
import { previewHandoffBatch } from "./preview-handoff-batch";

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("freezeHandoffBatch", () => {
  const t = useTestDatabase();
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "sxe-handoff-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("freezes execution-ready cards into validated JSONL, formula-safe CSV and a manifest, with records, outbox event and audit in one go", async () => {
    const { admin, pool } = await seedHandoffCards(t.db, [
      { handle: "ana_fit", displayName: "=HYPERLINK(\"http://evil\")", label: "AFFILIATE", industry: "fitness", tribe: "fitness_gym", reviewState: "confirmed",
        contacts: [{ type: "email", value: "ana@fit.example" }, { type: "phone", value: "+15550001111", dnc: true }, { type: "email", value: "old@fit.example", approved: false }],
        business: { name: "Ana Fit LLC", domain: "anafit.example" } },
      { handle: "ben_coach", label: "PARTNER", industry: "fitness" },
      { handle: "no_label", label: null },
      { handle: "gone_one", label: "USER", erased: true },
      { handle: "suppressed_one", label: "USER", suppressed: true },
    ]);

    const preview = await previewHandoffBatch(t.db, { poolId: pool.id });
    expect(preview).toMatchObject({ count: 2, suppressed: 1, sampleIssues: [] });
    expect(JSON.parse(preview.sample!)).toMatchObject({ schema_version: "1.0.0", platform: "x" });

    const created = await createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id });
    expect(created.status).toBe("building");
    const result = await freezeHandoffBatch(t.db, t.url, created.id, { dataDir });
    expect(result.status).toBe("ready");

    const batch = await getHandoffBatch(t.db, created.publicId);
    expect(batch).toMatchObject({ status: "ready", recordCount: 2, schemaVersion: "1.0.0" });
    expect(batch.files.map((f) => f.name)).toEqual([`${batch.publicId}.jsonl`, `${batch.publicId}.csv`, "manifest.json"]);

    const dir = path.join(dataDir, "handoff", batch.publicId);
    for (const file of batch.files) expect(sha256(await readFile(path.join(dir, file.name)))).toBe(file.sha256);
    const manifestBytes = await readFile(path.join(dir, "manifest.json"));
    expect(batch.sha256).toBe(sha256(manifestBytes));
    const manifest = JSON.parse(manifestBytes.toString());
    expect(validateBatchManifest(manifest)).toEqual([]);
    expect(manifest).toMatchObject({ batch_id: batch.publicId, record_count: 2, excluded: { suppressed: 1, flagged_record: 0, flagged_contacts: 1 }, record_schema: { id: "/schemas/lead-record/v1.json", version: "1.0.0" } });

    const lines = (await readFile(path.join(dir, `${batch.publicId}.jsonl`), "utf8")).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((r) => r.handle).sort()).toEqual(["ana_fit", "ben_coach"]);
    for (const record of lines) expect(validateLeadRecord(record)).toEqual([]);
    const ana = lines.find((r) => r.handle === "ana_fit");
    expect(ana.enrichment.contacts).toEqual([expect.objectContaining({ type: "email", value: "ana@fit.example", dnc: false })]); // DNC phone dropped, pending request's email never included
    expect(ana.enrichment.business).toMatchObject({ name: "Ana Fit LLC" });
    expect(ana.profile_url).toBe("https://x.com/ana_fit");
    expect(ana.pools).toEqual([{ id: pool.id, name: pool.name, kind: "manual" }]);
    expect(ana.lead_id).toMatch(/^lc_/);

    const csv = await readFile(path.join(dir, `${batch.publicId}.csv`), "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^lead_id,platform,handle,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);

    // Each record row points at its record's JSONL line (the pull API reads it there); no copy is stored.
    const jsonlBytes = await readFile(path.join(dir, `${batch.publicId}.jsonl`));
    const rows = await t.db.handoffBatchRecord.findMany({ where: { batchId: batch.id }, orderBy: { position: "asc" }, include: { leadCard: { select: { publicId: true } } } });
    expect(rows.map((r) => r.position)).toEqual([1, 2]);
    for (const row of rows) {
      const line = jsonlBytes.subarray(Number(row.lineOffset), Number(row.lineOffset) + row.lineBytes!).toString();
      expect(JSON.parse(line).lead_id).toBe(row.leadCard.publicId);
      expect(row.record).toBeNull();
    }
    const outbox = await t.db.outboxEvent.findMany({ where: { aggregateId: batch.publicId } });
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ type: "com.sxe.handoff.batch.emitted.v1", aggregateType: "handoff_batch", publishedAt: null });
    const audit = await t.db.auditLog.findMany({ where: { event: "handoff_emitted", targetId: batch.publicId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ outcome: "success", actorId: admin.id, metadata: { recordCount: 2, schemaVersion: "1.0.0", sha256: batch.sha256 } });

    // Frozen: a second freeze changes nothing.
    expect((await freezeHandoffBatch(t.db, t.url, created.id, { dataDir })).status).toBe("skipped");
  });

  it("leaves out the whole record when the DNC rule says drop_record", async () => {
    const { admin, pool } = await seedHandoffCards(t.db, [
      { handle: "flagged", label: "USER", contacts: [{ type: "phone", value: "+15550002222", litigator: true }] },
      { handle: "clean", label: "USER" },
    ]);
    await updateSetting(t.db, handoffSetting, { ...handoffSetting.defaultValue, dnc: { flags: ["dnc", "litigator"], action: "drop_record" } }, { actor: { type: "system", id: "test" } });
    const created = await createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id });
    const result = await freezeHandoffBatch(t.db, t.url, created.id, { dataDir });
    expect(result).toMatchObject({ status: "ready", recordCount: 1 });
    const jsonl = await readFile(path.join(dataDir, "handoff", created.publicId, `${created.publicId}.jsonl`), "utf8");
    expect(jsonl.trim().split("\n").map((line) => JSON.parse(line).handle)).toEqual(["clean"]);
    await updateSetting(t.db, handoffSetting, handoffSetting.defaultValue, { actor: { type: "system", id: "test" } });
  });

  it("an invalid record fails the whole batch with a report; nothing is stored, written or delivered", async () => {
    const { admin, pool } = await seedHandoffCards(t.db, [
      { handle: "good_one", label: "USER" },
      { handle: "bad_one", label: "USER", industry: "Not A Slug!" },
    ]);
    const created = await createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id });
    const result = await freezeHandoffBatch(t.db, t.url, created.id, { dataDir });
    expect(result.status).toBe("failed");
    const bad = await t.db.leadCard.findFirstOrThrow({ where: { handle: "bad_one" } });
    if (result.status !== "failed") throw new Error("expected failure");
    expect(result.invalidRecords).toBe(1);
    expect(result.report).toEqual([expect.objectContaining({ leadId: bad.publicId, field: "/industry", reason: expect.stringContaining("pattern") })]);

    const batch = await getHandoffBatch(t.db, created.id);
    expect(batch).toMatchObject({ status: "failed", recordCount: 0, files: [], errorReport: { invalidRecords: 1 } });
    expect(batch.errorReport!.issues[0]).toMatchObject({ leadId: bad.publicId, field: "/industry" });
    expect(await t.db.handoffBatchRecord.count({ where: { batchId: created.id } })).toBe(0);
    expect(await t.db.outboxEvent.count({ where: { aggregateId: created.publicId } })).toBe(0);
    expect(existsSync(path.join(dataDir, "handoff", created.publicId))).toBe(false);
    expect((await readdir(path.join(dataDir, "handoff"))).filter((n) => n.startsWith(".building"))).toEqual([]);
    await expect(deliverHandoffBatch(t.db, { batch: created.id, transport: "file", actor: { type: "system", id: "test" }, dataDir })).rejects.toThrow(/failed: only a frozen, validated batch/);
    expect(await t.db.handoffDelivery.count({ where: { batchId: created.id } })).toBe(0);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { event: "handoff_emitted", targetId: created.publicId } });
    expect(audit.outcome).toBe("failure");
  });

  it("refuses a selection with no execution-ready card", async () => {
    const { admin, pool } = await seedHandoffCards(t.db, [{ handle: "unlabelled", label: null }]);
    await expect(createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id })).rejects.toThrow(/No execution-ready lead cards/);
  });

  it("the file transport copies the files into the directory and logs the attempt with its audit row", async () => {
    const { admin, pool } = await seedHandoffCards(t.db, [{ handle: "filed", label: "FEEDBACK" }]);
    const created = await createHandoffBatch(t.db, { selection: { poolId: pool.id }, userId: admin.id });
    await freezeHandoffBatch(t.db, t.url, created.id, { dataDir });
    const out = path.join(dataDir, "out");
    const [report] = await deliverHandoffBatch(t.db, { batch: created.publicId, transport: "file", target: out, actor: { type: "user", id: admin.id, label: admin.email }, dataDir });
    expect(report).toMatchObject({ status: "succeeded", target: out, attempts: [{ attempt: 1, status: "succeeded" }] });
    expect((await readdir(path.join(out, created.publicId))).sort()).toEqual([`${created.publicId}.csv`, `${created.publicId}.jsonl`, "manifest.json"]);
    const delivery = await t.db.handoffDelivery.findFirstOrThrow({ where: { batchId: created.id } });
    expect(delivery).toMatchObject({ transport: "file", target: out, attempt: 1, status: "succeeded" });
    expect(delivery.durationMs).not.toBeNull();
    expect(await t.db.auditLog.count({ where: { event: "handoff_delivered", targetId: created.publicId, outcome: "success" } })).toBe(1);
  });
});
