import { access, readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { csvRecordScrubber, jsonlRecordScrubber } from "@/server/domain/handoff/scrub-erased-record";
import { recordAudit } from "@/server/services/audit/record-audit";
import { parseBatchFiles, type TBatchFile } from "@/server/services/handoff/handoff-files";
import { rebuildBatchManifest } from "@/server/services/handoff/rebuild-batch-manifest";
import { discardRewrite, replaceFileAtomically, replaceWithRewrite, rewriteBatchFile, type TFileRewrite } from "@/server/services/handoff/rewrite-batch-file";

export type TBatchScrubReport =
  | { batchId: string; publicId: string; status: "scrubbed"; files: string[]; sha256: string }
  | { batchId: string; publicId: string | null; status: "unchanged" | "skipped"; reason?: string };

type TLockedBatch = { id: string; public_id: string; status: string; sha256: string | null; files: unknown };

/** One batch holds the lock for as long as its ~100 MB files take to rewrite. */
const BATCH_TRANSACTION = { timeout: 30 * 60_000, maxWait: 60_000 };

const exists = (file: string) => access(file).then(() => true, () => false);
const skipped = (batch: TLockedBatch, reason: string): TBatchScrubReport => ({ batchId: batch.id, publicId: batch.public_id, status: "skipped", reason });

/**
 * Removes an erased person from the files of the frozen batches that held them (the job queued by
 * erasePerson). Per batch, in one transaction holding the batch row: the JSONL line and the CSV row
 * of the person are rewritten (streamed to a temp file, then renamed over the original), the
 * manifest gets the new sizes and digests, and handoff_batches.files/sha256 are updated with a
 * `handoff_files_scrubbed` audit row. Idempotent: a second run finds the rows already erased and
 * the stored digests matching, and changes nothing. A batch whose files are gone (pruned) is
 * skipped and reported. Files rewritten before a crash are recognised on retry, and the stored
 * digests are brought up to date then.
 */
export async function scrubErasedFromBatchFiles(
  db: PrismaClient,
  opts: { leadCardPublicId: string; batchIds: string[]; actor: TAuditActor; now?: Date },
): Promise<TBatchScrubReport[]> {
  const card = await db.leadCard.findUnique({ where: { publicId: opts.leadCardPublicId }, select: { id: true, publicId: true, erasedAt: true } });
  if (!card) throw new DomainError("NOT_FOUND", `Lead card ${opts.leadCardPublicId} does not exist`);
  if (!card.erasedAt) throw new DomainError("INVALID_STATE", `Lead card ${card.publicId} is not erased: its batch files are left as they are`);
  const reports: TBatchScrubReport[] = [];
  for (const batchId of new Set(opts.batchIds)) {
    reports.push(await db.$transaction((tx) => scrubBatch(tx, batchId, { id: card.id, publicId: card.publicId }, opts.actor, opts.now ?? new Date()), BATCH_TRANSACTION));
  }
  return reports;
}

async function scrubBatch(tx: Prisma.TransactionClient, batchId: string, card: { id: string; publicId: string }, actor: TAuditActor, now: Date): Promise<TBatchScrubReport> {
  const [batch] = await tx.$queryRaw<TLockedBatch[]>`SELECT id, public_id, status::text AS status, sha256, files FROM handoff_batches WHERE id = ${batchId}::uuid FOR NO KEY UPDATE`;
  if (!batch) return { batchId, publicId: null, status: "skipped", reason: "the batch no longer exists" };
  if (batch.status !== "ready") return skipped(batch, `the batch is ${batch.status}`);
  const record = await tx.handoffBatchRecord.findUnique({ where: { batchId_leadCardId: { batchId, leadCardId: card.id } }, select: { position: true } });
  if (!record) return skipped(batch, "the batch holds no record of this lead card");

  const stored = parseBatchFiles(batch.files);
  const jsonl = stored.find((f) => f.name.endsWith(".jsonl"));
  const csv = stored.find((f) => f.name.endsWith(".csv"));
  const manifest = stored.find((f) => f.name === "manifest.json");
  if (!jsonl || !csv || !manifest) return skipped(batch, "the batch records no JSONL, CSV or manifest file");
  if (!(await exists(path.dirname(jsonl.path)))) return skipped(batch, "the batch directory is missing (pruned?)");
  for (const file of [jsonl, csv, manifest]) if (!(await exists(file.path))) return skipped(batch, `the file ${file.name} is missing`);

  const rewrites: TFileRewrite[] = [];
  try {
    rewrites.push(await rewriteBatchFile(jsonl.path, "jsonl", jsonlRecordScrubber(card.publicId)));
    rewrites.push(await rewriteBatchFile(csv.path, "csv", csvRecordScrubber(card.publicId)));
    const absent = [jsonl, csv].filter((_, i) => rewrites[i]!.found === "absent");
    if (absent.length) {
      await Promise.all(rewrites.map(discardRewrite));
      return skipped(batch, `the record of the lead card is not in ${absent.map((f) => f.name).join(" and ")}`);
    }
    const withRecords = stored.map((f): TBatchFile => {
      const rewrite = f === jsonl ? rewrites[0] : f === csv ? rewrites[1] : undefined;
      return rewrite ? { ...f, bytes: rewrite.bytes, sha256: rewrite.sha256 } : f;
    });
    const rebuilt = rebuildBatchManifest(await readFile(manifest.path), withRecords, batch.public_id);
    const files = withRecords.map((f): TBatchFile => (f === manifest ? { ...f, bytes: rebuilt.bytes.length, sha256: rebuilt.sha256 } : f));
    const changed = files.filter((f, i) => f.sha256 !== stored[i]!.sha256 || f.bytes !== stored[i]!.bytes).map((f) => f.name);
    if (!changed.length && batch.sha256 === rebuilt.sha256) {
      await Promise.all(rewrites.map(discardRewrite));
      return { batchId, publicId: batch.public_id, status: "unchanged" };
    }
    for (const rewrite of rewrites) await replaceWithRewrite(rewrite);
    if (rebuilt.changed) await replaceFileAtomically(manifest.path, rebuilt.bytes);

    await tx.handoffBatch.update({ where: { id: batchId }, data: { files, sha256: rebuilt.sha256 } });
    await recordAudit(tx, {
      event: "handoff_files_scrubbed",
      actor,
      target: { type: "handoff_batch", id: batch.public_id },
      metadata: { batchId: batch.public_id, leadId: card.publicId, position: record.position, files: changed, sha256Before: batch.sha256, sha256After: rebuilt.sha256 },
    }, now);
    return { batchId, publicId: batch.public_id, status: "scrubbed", files: changed, sha256: rebuilt.sha256 };
  } catch (error) {
    await Promise.all(rewrites.map(discardRewrite));
    throw error;
  }
}
