import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { erasedJsonlLine } from "@/server/domain/handoff/scrub-erased-record";
import { readPullRecords } from "@/server/services/handoff/pull-handoff-batches";
import { validateBatchManifest } from "@/server/domain/handoff/validate-record";
import { createQueueClient, type TQueueClient } from "@/server/jobs/enqueue";
import { enqueueBatchFileScrubInTransaction, handoffScrubErasedJob } from "@/server/jobs/handoff-jobs";
import { createLogger } from "@/server/logging/logger";
import { runAuditVerification } from "@/server/services/audit/run-audit-verification";
import { seedHandoffCards } from "@/server/services/handoff/__fixtures__/seed-handoff-cards";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { getHandoffBatch } from "@/server/services/handoff/list-handoff-batches";
import { ARCHIVE_NAME, openBatchDownload } from "@/server/services/handoff/open-batch-download";
import { useTestDatabase } from "@/server/testing/test-database";
import { erasePerson, type TBatchFileScrub } from "./erase-person";
import { scrubErasedFromBatchFiles, type TBatchScrubReport } from "./scrub-erased-from-batch-files";

const actor = { type: "cli", id: "scrub-test" } as const;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
/** Everything of the erased person that the frozen files held. */
const needles = ["scrub_ella", "Ella Quennell", "calc", "ella@quennellwork.example", "2065550199", "Quennell Pottery", "quennell.example"];

type TCsvRow = { record: string[]; raw: string };
const parseCsv = (text: string) => parse(text, { raw: true, relax_column_count: false }) as unknown as TCsvRow[];

describe("scrubErasedFromBatchFiles", () => {
  const t = useTestDatabase();
  let dataDir = "";
  let queue: TQueueClient;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "sxe-scrub-"));
    queue = await createQueueClient(t.url); // creates the pgboss schema and queues in the test database
  });
  afterAll(async () => {
    await queue?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function frozenBatch(poolId: string, userId: string) {
    const created = await createHandoffBatch(t.db, { selection: { poolId }, userId });
    expect((await freezeHandoffBatch(t.db, t.url, created.id, { dataDir })).status).toBe("ready");
    return getHandoffBatch(t.db, created.id);
  }

  async function readBatchFiles(publicId: string) {
    const dir = path.join(dataDir, "handoff", publicId);
    const [jsonl, csv, manifest] = await Promise.all([`${publicId}.jsonl`, `${publicId}.csv`, "manifest.json"].map((name) => readFile(path.join(dir, name))));
    return { dir, jsonl: jsonl!, csv: csv!, manifest: manifest! };
  }

  it("rewrites the erased person's JSONL line and CSV row, the manifest and the stored digests; a second run changes nothing", async () => {
    const { admin, pool, ids } = await seedHandoffCards(t.db, [
      { handle: "scrub_ella", displayName: "=cmd|' /C calc'!A0\nElla Quennell, second line", label: "PARTNER", industry: "fitness",
        contacts: [{ type: "email", value: "ella@quennellwork.example" }, { type: "phone", value: "+12065550199" }], business: { name: "Quennell Pottery Ltd", domain: "quennell.example" } },
      { handle: "kept_kim", label: "USER" },
      { handle: "kept_ben", displayName: "=SUM(1,2)", label: "AFFILIATE", contacts: [{ type: "email", value: "ben@kept.example" }] },
    ]);
    const ella = await t.db.leadCard.findUniqueOrThrow({ where: { id: ids[0]! } });
    // A quoted cell of someone else's row holds a line that starts with the erased person's id:
    // a scrub that splits the CSV on newlines would blank the wrong text.
    await t.db.leadCard.update({ where: { id: ids[1]! }, data: { displayName: `Kim "coach"\n${ella.publicId},not a row` } });

    const batch = await frozenBatch(pool.id, admin.id);
    const pruned = await frozenBatch(pool.id, admin.id);
    await rm(path.join(dataDir, "handoff", pruned.publicId), { recursive: true });
    const before = await readBatchFiles(batch.publicId);
    const position = (await t.db.handoffBatchRecord.findUniqueOrThrow({ where: { batchId_leadCardId: { batchId: batch.id, leadCardId: ella.id } } })).position;
    for (const needle of needles) expect(before.jsonl.toString() + before.csv.toString(), needle).toContain(needle);

    await erasePerson(t.db, { target: { cardId: ella.id }, reason: "data_subject_request", actor, enqueueBatchFileScrub: enqueueBatchFileScrubInTransaction });
    const jobs = await t.db.$queryRaw<{ data: TBatchFileScrub }[]>`SELECT data FROM pgboss.job WHERE name = ${handoffScrubErasedJob.name}`;
    expect(jobs.map((j) => j.data)).toEqual([{ leadCardPublicId: ella.publicId, batchIds: [batch.id, pruned.id].sort() }]);

    const reports = await scrubErasedFromBatchFiles(t.db, { ...jobs[0]!.data, actor });
    const scrubbedFiles = [`${batch.publicId}.jsonl`, `${batch.publicId}.csv`, "manifest.json"];
    expect(reports).toHaveLength(2);
    expect(reports).toContainEqual({ batchId: batch.id, publicId: batch.publicId, status: "scrubbed", files: scrubbedFiles, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(reports).toContainEqual({ batchId: pruned.id, publicId: pruned.publicId, status: "skipped", reason: expect.stringMatching(/directory is missing/) });

    const after = await readBatchFiles(batch.publicId);
    for (const needle of needles) expect(after.jsonl.toString() + after.csv.toString() + after.manifest.toString(), needle).not.toContain(needle);
    expect((await readdir(after.dir)).sort()).toEqual([...scrubbedFiles].sort()); // no temp file left behind

    // JSONL: same line count, valid JSON on every line, the erased line in place, the others byte-identical.
    const linesBefore = before.jsonl.toString().split("\n");
    const linesAfter = after.jsonl.toString().split("\n");
    expect(linesAfter).toHaveLength(linesBefore.length);
    expect(linesAfter[position - 1]!.trimEnd()).toBe(erasedJsonlLine(ella.publicId));
    expect(Buffer.byteLength(linesAfter[position - 1]!)).toBe(Buffer.byteLength(linesBefore[position - 1]!)); // padded: later lines keep their offsets
    linesAfter.forEach((line, i) => {
      if (line) expect(() => JSON.parse(line)).not.toThrow();
      if (i !== position - 1) expect(line).toBe(linesBefore[i]);
    });
    // The pull API reads records at their stored offsets: the others unchanged, the person as the tombstone.
    const pulled = await readPullRecords(t.db, { publicId: batch.publicId, limit: 100, token: { id: "00000000-0000-4000-8000-00000000a11c", platform: "test", name: "scrub test" } });
    expect(pulled.lines).toEqual(linesBefore.filter(Boolean).map((line, i) => (i === position - 1 ? erasedJsonlLine(ella.publicId) : line)));

    // CSV: same rows, header kept, the erased row blank but for its lead id, the others byte-identical.
    const rowsBefore = parseCsv(before.csv.toString());
    const rowsAfter = parseCsv(after.csv.toString());
    expect(rowsAfter).toHaveLength(rowsBefore.length);
    expect(rowsAfter[0]).toEqual(rowsBefore[0]);
    const columns = rowsBefore[0]!.record.length;
    rowsAfter.forEach((row, i) => {
      if (i === position) expect(row.record).toEqual([ella.publicId, ...Array<string>(columns - 1).fill("")]);
      else expect(row.raw).toBe(rowsBefore[i]!.raw);
    });
    expect(after.csv.toString()).toContain(`${ella.publicId},not a row`);

    // Manifest, stored files and the download agree with what is on disk.
    const manifest = JSON.parse(after.manifest.toString()) as { files: { name: string; bytes: number; sha256: string }[] };
    expect(validateBatchManifest(manifest)).toEqual([]);
    const actual = { [scrubbedFiles[0]!]: after.jsonl, [scrubbedFiles[1]!]: after.csv, [scrubbedFiles[2]!]: after.manifest };
    for (const entry of manifest.files) expect(entry).toMatchObject({ bytes: actual[entry.name]!.length, sha256: sha256(actual[entry.name]!) });
    const stored = await getHandoffBatch(t.db, batch.id);
    expect(stored.sha256).toBe(sha256(after.manifest));
    for (const file of stored.files) expect(file).toMatchObject({ bytes: actual[file.name]!.length, sha256: sha256(actual[file.name]!) });
    const download = await openBatchDownload(t.db, { batch: batch.publicId, name: ARCHIVE_NAME, actor });
    for (const file of download.files) expect(sha256(await readFile(file.path))).toBe(file.sha256);

    const audits = await t.db.auditLog.findMany({ where: { event: "handoff_files_scrubbed" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetType: "handoff_batch", targetId: batch.publicId, outcome: "success" });
    expect(audits[0]!.metadata).toEqual({ batchId: batch.publicId, leadId: ella.publicId, position, files: scrubbedFiles, sha256Before: batch.sha256, sha256After: stored.sha256 });
    expect(await runAuditVerification(t.db, actor)).toMatchObject({ ok: true });

    // The job again (a retry, or a second erasure's job): nothing changes, nothing is audited.
    const logger = createLogger("test", { level: "silent" });
    const again = (await handoffScrubErasedJob.handler(jobs[0]!.data, { db: t.db, databaseUrl: t.url, logger, jobId: "test", retryCount: 1, retryLimit: 8 })) as { reports: TBatchScrubReport[] };
    expect(again.reports).toContainEqual({ batchId: batch.id, publicId: batch.publicId, status: "unchanged" });
    const twice = await readBatchFiles(batch.publicId);
    expect([twice.jsonl, twice.csv, twice.manifest].map(sha256)).toEqual([after.jsonl, after.csv, after.manifest].map(sha256));
    expect(await t.db.auditLog.count({ where: { event: "handoff_files_scrubbed" } })).toBe(1);
    expect((await getHandoffBatch(t.db, batch.id)).sha256).toBe(stored.sha256);
  });

  it("after a crash between the file rewrite and the commit, a retry brings the stored digests up to date", async () => {
    const { admin, pool, ids } = await seedHandoffCards(t.db, [{ handle: "crash_cleo", label: "USER" }, { handle: "crash_kept", label: "USER" }]);
    const batch = await frozenBatch(pool.id, admin.id);
    const cleo = await t.db.leadCard.findUniqueOrThrow({ where: { id: ids[0]! } });
    const frozenRow = await t.db.handoffBatch.findUniqueOrThrow({ where: { id: batch.id }, select: { files: true, sha256: true } });
    await erasePerson(t.db, { target: { cardId: cleo.id }, reason: "data_subject_request", actor, enqueueBatchFileScrub: enqueueBatchFileScrubInTransaction });
    await scrubErasedFromBatchFiles(t.db, { leadCardPublicId: cleo.publicId, batchIds: [batch.id], actor });
    const scrubbed = await getHandoffBatch(t.db, batch.id);
    // As if the transaction had rolled back after the renames: the files are scrubbed, the row is not.
    await t.db.handoffBatch.update({ where: { id: batch.id }, data: { files: frozenRow.files as object[], sha256: frozenRow.sha256 } });

    const reports = await scrubErasedFromBatchFiles(t.db, { leadCardPublicId: cleo.publicId, batchIds: [batch.id], actor });
    expect(reports).toEqual([expect.objectContaining({ status: "scrubbed", files: [`${batch.publicId}.jsonl`, `${batch.publicId}.csv`, "manifest.json"], sha256: scrubbed.sha256 })]);
    expect(await getHandoffBatch(t.db, batch.id)).toMatchObject({ sha256: scrubbed.sha256, files: scrubbed.files });
  });

  it("an erasure that rolls back leaves no scrub job; a card that is not erased is refused", async () => {
    const { admin, pool, ids } = await seedHandoffCards(t.db, [{ handle: "rollback_rita", label: "USER" }]);
    const batch = await frozenBatch(pool.id, admin.id);
    const rita = await t.db.leadCard.findUniqueOrThrow({ where: { id: ids[0]! } });
    const failing = async (tx: Parameters<typeof enqueueBatchFileScrubInTransaction>[0], data: TBatchFileScrub) => {
      await enqueueBatchFileScrubInTransaction(tx, data);
      throw new Error("crashed after queueing");
    };
    await expect(erasePerson(t.db, { target: { cardId: rita.id }, reason: "data_subject_request", actor, enqueueBatchFileScrub: failing })).rejects.toThrow("crashed after queueing");
    const jobs = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${handoffScrubErasedJob.name} AND data->>'leadCardPublicId' = ${rita.publicId}`;
    expect(jobs[0]!.n).toBe(0);
    expect(await t.db.leadCard.findUniqueOrThrow({ where: { id: rita.id } })).toMatchObject({ erasedAt: null, handle: "rollback_rita" });
    await expect(scrubErasedFromBatchFiles(t.db, { leadCardPublicId: rita.publicId, batchIds: [batch.id], actor })).rejects.toThrow(/is not erased/);
  });
});
