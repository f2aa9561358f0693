import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import pg from "pg";
import type { PrismaClient } from "@/server/db/client";
import { ZAuditActor, type TAuditActor } from "@/server/domain/audit/events";
import { FileFormatError, type TFileWarning, type TSourceFormat } from "@/server/domain/ingest/formats";
import { IdentityKeySet } from "@/server/domain/ingest/identity-key-set";
import { prepareRecord, type TPreparedProfile } from "@/server/domain/ingest/prepare-record";
import type { TPlatform, TRecordError } from "@/server/domain/ingest/profile";
import { DETECT_HEAD_BYTES, detectFormatWithOverride, readRecords } from "@/server/domain/ingest/readers";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ZImportOptions } from "./create-import-job";
import { createImportProgress, ImportCancelledError } from "./import-progress";
import { getActiveTaxonomy } from "@/server/services/taxonomy/get-active-taxonomy";
import { ensureSourcePool } from "./ensure-source-pool";
import { createProfileStage, mergeProfileBatch } from "./profile-stage";
import { recordImportErrors } from "./record-import-errors";
import { importSummary, type TImportCounts, type TImportSummary } from "./import-summary";

const BATCH_SIZE = 5000;
const YIELD_EVERY = 16;
/** Refresh planner statistics after an import that created or changed at least this many profiles. */
const ANALYZE_AFTER_ROWS = 1000;

async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(DETECT_HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, DETECT_HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Runs one queued import: stream → per-record pipeline → dedupe → bulk merge, all in one
 * transaction that also records the job's final counts and its `import_completed` audit row.
 * A file that cannot be read as a whole fails the job and writes nothing. Re-running a finished
 * job returns its summary; a job interrupted by a crash is run again from the start (its
 * transaction never committed).
 */
export async function runImportJob(
  db: PrismaClient,
  databaseUrl: string,
  importJobId: string,
  opts: { finalAttempt?: boolean; now?: () => Date } = {},
): Promise<TImportSummary> {
  const now = opts.now ?? (() => new Date());
  const job = await db.importJob.findUniqueOrThrow({ where: { id: importJobId } });
  if (job.status !== "queued" && job.status !== "running") return importSummary(job);
  const options = ZImportOptions.extend({ requestedBy: ZAuditActor.optional() }).parse(job.options);
  const actor: TAuditActor = options.requestedBy ?? { type: "system", id: "worker" };
  const target = { type: "import_job", id: job.id };
  const started = now();
  await db.$transaction(async (tx) => {
    await tx.importJob.update({ where: { id: job.id }, data: { status: "running", startedAt: started, errorMessage: null } });
    await recordAudit(tx, { event: "import_started", actor, target, metadata: { fileName: job.fileName.slice(0, 500), sha256: job.sha256, byteSize: Number(job.byteSize), platform: job.platform ?? undefined, format: job.formatOverride ?? undefined } }, started);
  });

  const storedPath = job.storedPath;
  const counts: TImportCounts = { read: 0, accepted: 0, rejected: 0, duplicates: 0, redacted: 0, created: 0, updated: 0, unchanged: 0, suppressed: 0 };
  const warnings: TFileWarning[] = [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let format: TSourceFormat | null = null;
  let platform: TPlatform | null = options.platform ?? null;
  try {
    if (!storedPath) throw new FileFormatError("The import has no stored file");
    const taxonomy = await getActiveTaxonomy(db);
    await client.query("BEGIN");
    await createProfileStage(client);
    const detected = detectFormatWithOverride(await readHead(storedPath), job.fileName, options.format);
    const readFormat = detected.format;
    format = readFormat;
    platform = options.platform ?? detected.platform;
    await db.importJob.update({ where: { id: job.id }, data: { detectedFormat: format, platform } });

    const poolId = await ensureSourcePool(client, job, started);
    const progress = createImportProgress(db, job.id);
    const seen = new IdentityKeySet();
    let batch: TPreparedProfile[] = [];
    let errors: TRecordError[] = [];
    let bytesProcessed = 0;
    // Writing a batch overlaps with preparing the next one: the database works while Node parses.
    let writing: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [profiles, rejected] = [batch, errors];
      batch = [];
      errors = [];
      await writing;
      writing = (async () => {
        if (profiles.length) {
          const merged = await mergeProfileBatch(client, profiles, { jobId: job.id, now: started, poolId });
          counts.created += merged.created;
          counts.updated += merged.updated;
          counts.unchanged += merged.unchanged;
          counts.suppressed += merged.suppressed;
        }
        await recordImportErrors(client, job.id, rejected);
      })();
      writing.catch(() => {}); // surfaced by the next `await writing`
    };
    const source = createReadStream(storedPath);
    source.on("data", (chunk) => (bytesProcessed += chunk.length));
    const items = readRecords(readFormat, source, { encoding: detected.encoding, fileName: job.fileName, onWarning: (w: TFileWarning) => warnings.push(w) });
    for await (const item of items) {
      counts.read++;
      if (item.kind === "error") {
        counts.rejected++;
        errors.push(item);
      } else {
        const prepared = prepareRecord(readFormat, item, { platformOverride: platform ?? undefined, columnMapping: options.columnMapping, taxonomy });
        if (!prepared.ok) {
          counts.rejected++;
          errors.push(...prepared.errors);
        } else if (prepared.identityKeys.some((key) => seen.has(key))) {
          counts.duplicates++;
        } else {
          prepared.identityKeys.forEach((key) => seen.add(key));
          if (prepared.profile.redactionCount > 0) counts.redacted++;
          batch.push(prepared.profile);
        }
      }
      if (batch.length >= BATCH_SIZE || errors.length >= BATCH_SIZE) await flush();
      // Records arrive through promise callbacks only, which starve the event loop: without
      // a turn now and then, the database's answers for the batch being written wait until
      // the next chunk of the file, and the merge's statements crawl instead of overlapping.
      if (counts.read % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      await progress.tick({ bytesProcessed, readCount: counts.read });
    }
    await flush();
    await writing;
    if (counts.read === 0) throw new FileFormatError("The file contains no records");
    counts.accepted = counts.created + counts.updated + counts.unchanged;

    const finished = now();
    await client.query(
      `UPDATE import_jobs SET status = 'completed', finished_at = $2, read_count = $3, accepted_count = $4, rejected_count = $5,
         duplicate_count = $6, redacted_count = $7, new_count = $8, updated_count = $9, unchanged_count = $10, suppressed_count = $11,
         bytes_processed = byte_size, warnings = $12 WHERE id = $1`,
      [job.id, finished, counts.read, counts.accepted, counts.rejected, counts.duplicates, counts.redacted, counts.created, counts.updated, counts.unchanged, counts.suppressed, JSON.stringify(warnings.slice(0, 100))],
    );
    await recordAudit(client, {
      event: "import_completed", actor, target,
      metadata: { read: counts.read, accepted: counts.accepted, rejected: counts.rejected, duplicates: counts.duplicates, redacted: counts.redacted, created: counts.created, updated: counts.updated, unchanged: counts.unchanged, suppressed: counts.suppressed, durationMs: finished.getTime() - started.getTime() },
    }, finished);
    await client.query("COMMIT");
    // A large import changes the tables' statistics at once; autovacuum catches up within a minute
    // or so, but queries planned before that (the console, a handoff freeze right after an import)
    // would pick plans for near-empty tables. ANALYZE samples a fixed number of rows, so it is cheap.
    if (counts.created + counts.updated >= ANALYZE_AFTER_ROWS) {
      await client.query("ANALYZE raw_social_profiles, lead_cards, lead_card_pools").catch(() => {}); // best effort: the import is committed; autovacuum analyzes later anyway
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const expected = error instanceof FileFormatError || error instanceof ImportCancelledError;
    if (!expected && opts.finalAttempt === false) {
      await db.importJob.update({ where: { id: job.id }, data: { status: "queued", errorMessage: `Retrying after: ${String(error)}`.slice(0, 1000) } });
      throw error;
    }
    const status = error instanceof ImportCancelledError ? "cancelled" : "failed";
    const reason = expected ? (error as Error).message : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    const finished = now();
    await db.$transaction(async (tx) => {
      await tx.importJob.update({ where: { id: job.id }, data: { status, errorMessage: reason.slice(0, 1000), finishedAt: finished, detectedFormat: format, platform, readCount: counts.read } });
      await recordAudit(tx, { event: "import_failed", actor, target, outcome: "failure", metadata: { reason: reason.slice(0, 2000), read: counts.read } }, finished);
    });
  } finally {
    await client.end();
  }
  return importSummary(await db.importJob.findUniqueOrThrow({ where: { id: job.id } }));
}
