import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { PrismaClient } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/prisma/client";
import { ZBatchSelection } from "@/server/domain/handoff/batch-selection";
import { HANDOFF_BATCH_EMITTED } from "@/server/domain/handoff/cloud-event";
import { buildLeadRecord, leadRecordCsvHeader, leadRecordCsvRow, type TLeadRecordSource } from "@/server/domain/handoff/lead-record";
import { BATCH_MANIFEST_SCHEMA_VERSION, LEAD_RECORD_SCHEMA_PATH, LEAD_RECORD_SCHEMA_VERSION } from "@/server/domain/handoff/schema-registry";
import { validateBatchManifest, validateLeadRecord, type TSchemaIssue } from "@/server/domain/handoff/validate-record";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { encodeCopyLine } from "@/server/services/ingest/copy-rows";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getSetting } from "@/server/services/settings/get-setting";
import { batchDirectory, mediaTypes, type TBatchFile } from "./handoff-files";
import { recordSourceQuery, selectionWhere, suppressedCondition } from "./handoff-selection-sql";

export type TInvalidRecord = { position: number; leadId: string; field: string; reason: string };
export type TFreezeResult =
  | { status: "ready"; batchId: string; publicId: string; recordCount: number; sha256: string; files: TBatchFile[] }
  | { status: "failed"; batchId: string; publicId: string; invalidRecords: number; report: TInvalidRecord[] }
  | { status: "skipped"; batchId: string; publicId: string; reason: string };

const MAX_REPORTED_ISSUES = 200;
const FETCH_SIZE = 2000;

/** A file written in chunks, hashed and counted on the way (backpressure respected). */
class HashedFile {
  private readonly stream: WriteStream;
  private readonly hash = createHash("sha256");
  private buffer = "";
  bytes = 0;
  constructor(readonly file: string) {
    this.stream = createWriteStream(file);
  }
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 1 << 17) await this.flush();
  }
  private async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = Buffer.from(this.buffer, "utf8");
    this.buffer = "";
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once("drain", resolve));
  }
  async close(): Promise<{ bytes: number; sha256: string }> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    return { bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
}

/**
 * Freezes a `building` batch: streams the selected cards through a cursor (one REPEATABLE READ
 * snapshot), builds each lead record, validates it against lead-record v1 (ajv, compiled once),
 * and writes the JSONL and CSV files plus a COPY file for handoff_batch_records, hashing as it
 * goes. Any invalid record fails the batch with a report (position, lead id, field, reason) and
 * nothing is kept or delivered. Otherwise one transaction stores the records, the manifest, the
 * `ready` status, the CloudEvents outbox row and the `handoff_emitted` audit row. Idempotent:
 * a batch that is no longer `building` is skipped.
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
  const query = recordSourceQuery(where);
  const suppressedWhere = Prisma.sql`${where} AND ${suppressedCondition}`;
  const rulePool = selection.poolId ? await db.audiencePool.findUnique({ where: { id: selection.poolId }, select: { id: true, name: true, kind: true } }) : null;
  const generatedAt = now.toISOString();

  const finalDir = batchDirectory(opts.dataDir, batch.publicId);
  const workDir = path.join(path.dirname(finalDir), `.building-${batch.publicId}-${randomUUID().slice(0, 8)}`);
  await mkdir(workDir, { recursive: true });
  const jsonlName = `${batch.publicId}.jsonl`;
  const csvName = `${batch.publicId}.csv`;
  const jsonl = new HashedFile(path.join(workDir, jsonlName));
  const csv = new HashedFile(path.join(workDir, csvName));
  const copyFile = new HashedFile(path.join(workDir, "records.copy"));
  await csv.write(leadRecordCsvHeader());

  const client = new pg.Client({ connectionString: databaseUrl, application_name: "sxe-handoff-freeze" });
  await client.connect();
  let committed = false;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    const locked = await client.query<{ status: string }>("SELECT status FROM handoff_batches WHERE id = $1 FOR UPDATE", [batch.id]);
    if (locked.rows[0]?.status !== "building") {
      await client.query("ROLLBACK");
      return { status: "skipped", ...ref, reason: `batch is ${locked.rows[0]?.status ?? "gone"}` };
    }
    const counted = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id WHERE ${suppressedWhere.text}`, suppressedWhere.values as unknown[]);
    const suppressed = counted.rows[0]?.n ?? 0;
    await client.query(`DECLARE handoff_cursor NO SCROLL CURSOR FOR ${query.text}`, query.values as unknown[]);

    let position = 0;
    let invalid = 0;
    let flaggedRecords = 0;
    let flaggedContacts = 0;
    const report: TInvalidRecord[] = [];
    // The next page is fetched while this one is processed: the database and Node work in parallel.
    const fetchPage = () => client.query<TLeadRecordSource>(`FETCH ${FETCH_SIZE} FROM handoff_cursor`);
    let next = fetchPage();
    for (;;) {
      const { rows } = await next;
      if (rows.length === 0) break;
      next = fetchPage();
      for (const row of rows) {
        const built = buildLeadRecord(row, { batchId: batch.publicId, generatedAt, dnc: config.dnc });
        flaggedContacts += built.droppedContacts;
        if ("excluded" in built) {
          flaggedRecords++;
          continue;
        }
        const record = built.record;
        if (rulePool?.kind === "rule" && !record.pools.some((p) => p.id === rulePool.id)) record.pools.push(rulePool);
        position++;
        const issues: TSchemaIssue[] = validateLeadRecord(record);
        if (issues.length) {
          invalid++;
          for (const issue of issues) if (report.length < MAX_REPORTED_ISSUES) report.push({ position, leadId: record.lead_id, ...issue });
          continue;
        }
        if (invalid) continue; // the batch fails anyway: keep validating, stop rendering
        const json = JSON.stringify(record);
        await jsonl.write(`${json}\n`);
        await csv.write(leadRecordCsvRow(record));
        await copyFile.write(encodeCopyLine([batch.id, position, row.lead_card_id, json]));
      }
    }
    await client.query("CLOSE handoff_cursor");

    if (invalid) {
      await client.query("ROLLBACK");
      await Promise.all([jsonl.close(), csv.close(), copyFile.close()]);
      await rm(workDir, { recursive: true, force: true });
      await failBatch(client, batch, { invalid, report, now });
      return { status: "failed", ...ref, invalidRecords: invalid, report };
    }

    const [jsonlInfo, csvInfo] = await Promise.all([jsonl.close(), csv.close(), copyFile.close()]);
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
        pool: rulePool ? { id: rulePool.id, name: rulePool.name } : null,
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

    // The snapshot read is over (everything is in the files). The writes run in a READ COMMITTED
    // transaction: the audit chain's head must be read after its lock is taken, which a
    // REPEATABLE READ snapshot taken earlier would not see (a stale head → duplicate seq).
    await client.query("COMMIT");
    await client.query("BEGIN");
    const stillBuilding = await client.query<{ status: string }>("SELECT status FROM handoff_batches WHERE id = $1 FOR UPDATE", [batch.id]);
    if (stillBuilding.rows[0]?.status !== "building") {
      await client.query("ROLLBACK");
      await rm(workDir, { recursive: true, force: true });
      return { status: "skipped", ...ref, reason: `batch is ${stillBuilding.rows[0]?.status ?? "gone"}` };
    }
    await pipeline(createReadStream(copyFile.file), client.query(copyFrom(`COPY handoff_batch_records (batch_id, position, lead_card_id, record) FROM STDIN`)));
    await client.query(
      `UPDATE handoff_batches SET status = 'ready', record_count = $2, sha256 = $3, files = $4::jsonb, frozen_at = $5, schema_version = $6 WHERE id = $1`,
      [batch.id, position, manifestSha, JSON.stringify(files), now, LEAD_RECORD_SCHEMA_VERSION],
    );
    await client.query(`INSERT INTO outbox (type, aggregate_type, aggregate_id, payload, created_at, available_at) VALUES ($1, 'handoff_batch', $2, $3::jsonb, $4, $4)`, [
      HANDOFF_BATCH_EMITTED, batch.publicId, JSON.stringify(manifest), now,
    ]);
    await recordAudit(client, {
      event: "handoff_emitted",
      actor: await creatorActor(db, batch.createdById),
      target: { type: "handoff_batch", id: batch.publicId },
      metadata: { schemaVersion: LEAD_RECORD_SCHEMA_VERSION, recordCount: position, sha256: manifestSha },
    }, now);
    await rm(path.join(workDir, "records.copy"));
    await rm(finalDir, { recursive: true, force: true });
    await rename(workDir, finalDir);
    await client.query("COMMIT");
    committed = true;
    return { status: "ready", ...ref, recordCount: position, sha256: manifestSha, files };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    await rm(workDir, { recursive: true, force: true }).catch(() => {});
    if (!committed) await rm(finalDir, { recursive: true, force: true }).catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
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
