import { createHash, randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { PrismaClient } from "@/server/db/client";
import { ZBatchSelection } from "@/server/domain/handoff/batch-selection";
import { HANDOFF_BATCH_EMITTED } from "@/server/domain/handoff/cloud-event";
import { BATCH_MANIFEST_SCHEMA_VERSION, LEAD_RECORD_SCHEMA_PATH, LEAD_RECORD_SCHEMA_VERSION } from "@/server/domain/handoff/schema-registry";
import { validateBatchManifest } from "@/server/domain/handoff/validate-record";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { copyEncoded } from "@/server/services/ingest/copy-rows";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getSetting } from "@/server/services/settings/get-setting";
import { batchDirectory, mediaTypes, type TBatchFile } from "./handoff-files";
import { BatchRenderer, RECORD_ROW_COLUMNS, type TInvalidRecord } from "./batch-renderer";
import { selectionWhere } from "./handoff-selection-sql";
import { SelectionReader } from "./selection-reader";

export type TFreezeResult =
  | { status: "ready"; batchId: string; publicId: string; recordCount: number; sha256: string; files: TBatchFile[] }
  | { status: "failed"; batchId: string; publicId: string; invalidRecords: number; report: TInvalidRecord[] }
  | { status: "skipped"; batchId: string; publicId: string; reason: string };

const PAGE_SIZE = 2000;

/**
 * Freezes a `building` batch with two connections working in parallel with Node:
 * - the reader streams the selection through a cursor in one REPEATABLE READ snapshot (no sort:
 *   the first page arrives in well under a second), fetching the next page while Node works on
 *   this one; suppressed cards are counted on the way and left out;
 * - Node builds each lead record, validates it against lead-record v1 (ajv, compiled once) and
 *   writes the JSONL and CSV files, hashing as it goes;
 * - the writer (READ COMMITTED, holding the batch row from start to end) COPYs each page's
 *   handoff_batch_records rows (card, JSONL line offset and length) while the next page is
 *   rendered, then stores the manifest, the `ready` status, the CloudEvents outbox row and the
 *   `handoff_emitted` audit row, and commits.
 * Any invalid record fails the batch with a report (position, lead id, field, reason): the writer
 * rolls back and nothing is kept or delivered. Idempotent: a batch no longer `building` is skipped.
 */
export async function freezeHandoffBatch(db: PrismaClient, databaseUrl: string, batchId: string, opts: { dataDir: string; now?: Date }): Promise<TFreezeResult> {
  const now = opts.now ?? new Date();
  const batch = await db.handoffBatch.findUnique({ where: { id: batchId } });
  if (!batch) throw new Error(`handoff batch ${batchId} does not exist`);
  const ref = { batchId: batch.id, publicId: batch.publicId };
  if (batch.status !== "building") return { status: "skipped", ...ref, reason: `batch is ${batch.status}` };

  const selection = ZBatchSelection.parse(batch.selection);
  const { value: config } = await getSetting(db, handoffSetting);
  const where = await selectionWhere(db, selection);
  const pool = selection.poolId ? await db.audiencePool.findUnique({ where: { id: selection.poolId }, select: { id: true, name: true, kind: true } }) : null;
  const actor = await creatorActor(db, batch.createdById);
  const generatedAt = now.toISOString();

  const finalDir = batchDirectory(opts.dataDir, batch.publicId);
  const workDir = path.join(path.dirname(finalDir), `.building-${batch.publicId}-${randomUUID().slice(0, 8)}`);
  await mkdir(workDir, { recursive: true });
  const jsonlName = `${batch.publicId}.jsonl`;
  const csvName = `${batch.publicId}.csv`;
  const renderer = new BatchRenderer(workDir, { jsonl: jsonlName, csv: csvName }, {
    id: batch.id, publicId: batch.publicId, generatedAt, dnc: config.dnc, rulePool: pool?.kind === "rule" ? pool : null,
  });
  await renderer.start();

  const reader = new pg.Client({ connectionString: databaseUrl, application_name: "sxe-handoff-freeze-read" });
  const writer = new pg.Client({ connectionString: databaseUrl, application_name: "sxe-handoff-freeze-write" });
  await Promise.all([reader.connect(), writer.connect()]);
  let committed = false;
  try {
    // READ COMMITTED: the audit chain's head is read after its lock is taken (a snapshot taken
    // earlier would see a stale head → duplicate seq).
    await writer.query("BEGIN");
    const locked = await writer.query<{ status: string }>("SELECT status FROM handoff_batches WHERE id = $1 FOR UPDATE", [batch.id]);
    if (locked.rows[0]?.status !== "building") {
      await writer.query("ROLLBACK");
      await rm(workDir, { recursive: true, force: true });
      return { status: "skipped", ...ref, reason: `batch is ${locked.rows[0]?.status ?? "gone"}` };
    }
    await reader.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const selected = await SelectionReader.open(reader, where, { cursor: "handoff_selection", pageSize: PAGE_SIZE });

    // The next page is read, and the previous one stored, while this one is rendered.
    let next = selected.next();
    let storing: Promise<void> = Promise.resolve();
    for (;;) {
      const page = await next;
      if (!page) break;
      next = selected.next();
      next.catch(() => {}); // surfaced by the next `await next`
      const copyText = await renderer.renderPage(page);
      await storing;
      storing = copyEncoded(writer, "handoff_batch_records", RECORD_ROW_COLUMNS, copyText);
      storing.catch(() => {}); // surfaced by the next `await storing`
    }
    await storing;
    await reader.query("COMMIT");
    const { position, invalid, report, suppressed, flaggedRecords, flaggedContacts } = renderer;

    if (invalid) {
      await writer.query("ROLLBACK");
      await renderer.close();
      await rm(workDir, { recursive: true, force: true });
      await failBatch(writer, batch, { invalid, report, now });
      return { status: "failed", ...ref, invalidRecords: invalid, report };
    }

    const [jsonlInfo, csvInfo] = await renderer.close();
    const recordFiles: TBatchFile[] = [
      { name: jsonlName, mediaType: mediaTypes.jsonl, ...jsonlInfo, records: position, path: path.join(finalDir, jsonlName) },
      { name: csvName, mediaType: mediaTypes.csv, ...csvInfo, records: position, path: path.join(finalDir, csvName) },
    ];
    const manifest = {
      schema_version: BATCH_MANIFEST_SCHEMA_VERSION,
      batch_id: batch.publicId,
      generated_at: generatedAt,
      record_schema: { id: LEAD_RECORD_SCHEMA_PATH, version: LEAD_RECORD_SCHEMA_VERSION },
      record_count: position,
      selection: {
        pool: pool ? { id: pool.id, name: pool.name } : null,
        labels: selection.label,
        review_states: selection.reviewState,
        enrichment_states: selection.enrichmentState,
      },
      excluded: { suppressed, flagged_record: flaggedRecords, flagged_contacts: flaggedContacts },
      files: recordFiles.map((f) => ({ name: f.name, media_type: f.mediaType, bytes: f.bytes, sha256: f.sha256, records: f.records })),
    };
    const manifestIssues = validateBatchManifest(manifest);
    if (manifestIssues.length) throw new Error(`manifest of ${batch.publicId} does not satisfy its schema: ${JSON.stringify(manifestIssues)}`);
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
    const manifestSha = createHash("sha256").update(manifestBytes).digest("hex");
    await writeFile(path.join(workDir, "manifest.json"), manifestBytes);
    const files: TBatchFile[] = [...recordFiles, { name: "manifest.json", mediaType: mediaTypes.json, bytes: manifestBytes.length, sha256: manifestSha, records: position, path: path.join(finalDir, "manifest.json") }];

    await writer.query(
      `UPDATE handoff_batches SET status = 'ready', record_count = $2, sha256 = $3, files = $4::jsonb, frozen_at = $5, schema_version = $6 WHERE id = $1`,
      [batch.id, position, manifestSha, JSON.stringify(files), now, LEAD_RECORD_SCHEMA_VERSION],
    );
    await writer.query(`INSERT INTO outbox (type, aggregate_type, aggregate_id, payload, created_at, available_at) VALUES ($1, 'handoff_batch', $2, $3::jsonb, $4, $4)`, [
      HANDOFF_BATCH_EMITTED, batch.publicId, JSON.stringify(manifest), now,
    ]);
    await recordAudit(writer, {
      event: "handoff_emitted",
      actor,
      target: { type: "handoff_batch", id: batch.publicId },
      metadata: { schemaVersion: LEAD_RECORD_SCHEMA_VERSION, recordCount: position, sha256: manifestSha },
    }, now);
    await rm(finalDir, { recursive: true, force: true });
    await rename(workDir, finalDir);
    await writer.query("COMMIT");
    committed = true;
    return { status: "ready", ...ref, recordCount: position, sha256: manifestSha, files };
  } catch (error) {
    await Promise.all([reader.query("ROLLBACK").catch(() => {}), writer.query("ROLLBACK").catch(() => {}), renderer.close().catch(() => {})]);
    await rm(workDir, { recursive: true, force: true }).catch(() => {});
    if (!committed) await rm(finalDir, { recursive: true, force: true }).catch(() => {});
    throw error;
  } finally {
    await Promise.all([reader.end().catch(() => {}), writer.end().catch(() => {})]);
  }
}

async function creatorActor(db: PrismaClient, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  return { type: "user" as const, id: userId, label: user?.email };
}

async function failBatch(client: pg.Client, batch: { id: string; publicId: string; createdById: string }, failure: { invalid: number; report: TInvalidRecord[]; now: Date }): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(`UPDATE handoff_batches SET status = 'failed', record_count = 0, error_report = $2::jsonb WHERE id = $1 AND status = 'building'`, [
      batch.id, JSON.stringify({ reason: "invalid_records", invalidRecords: failure.invalid, issues: failure.report }),
    ]);
    const user = await client.query<{ email: string }>("SELECT email FROM users WHERE id = $1", [batch.createdById]);
    await recordAudit(client, {
      event: "handoff_emitted",
      outcome: "failure",
      actor: { type: "user", id: batch.createdById, label: user.rows[0]?.email },
      target: { type: "handoff_batch", id: batch.publicId },
      metadata: { schemaVersion: LEAD_RECORD_SCHEMA_VERSION, recordCount: 0 },
    }, failure.now);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
