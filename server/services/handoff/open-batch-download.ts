import { access } from "node:fs/promises";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { parseBatchFiles, type TBatchFile } from "./handoff-files";
import { closeDeliveryAttempt, openDeliveryAttempt } from "./record-delivery-attempt";

export const ARCHIVE_NAME = "archive.zip";

/**
 * The files an admin downloads from the Handoff screen: one file by name, or all of them for
 * `archive.zip`. Each download is logged as a `file` delivery (target "console download") with
 * its audit row naming the admin, so the delivery log shows every copy taken out of the console.
 */
export async function openBatchDownload(db: PrismaClient, opts: { batch: string; name: string; actor: TAuditActor }): Promise<{ publicId: string; files: TBatchFile[] }> {
  const where = opts.batch.startsWith("hb_") ? { publicId: opts.batch } : { id: opts.batch };
  const batch = await db.handoffBatch.findUnique({ where }).catch(() => null);
  if (!batch) throw new DomainError("NOT_FOUND", `Handoff batch ${opts.batch} does not exist`);
  if (batch.status !== "ready") throw new DomainError("INVALID_STATE", `Batch ${batch.publicId} is ${batch.status}: only a frozen, validated batch can be downloaded`);
  const all = parseBatchFiles(batch.files);
  const files = opts.name === ARCHIVE_NAME ? all : all.filter((f) => f.name === opts.name);
  if (!files.length) throw new DomainError("NOT_FOUND", `Batch ${batch.publicId} has no file ${opts.name}`);
  const started = performance.now();
  for (const file of files) {
    await access(file.path).catch(() => {
      throw new DomainError("NOT_FOUND", `The file ${file.name} of batch ${batch.publicId} is missing from storage`);
    });
  }
  const target = "console download";
  const attempt = await openDeliveryAttempt(db, batch.id, "file", target);
  await closeDeliveryAttempt(db, { ...attempt, batchPublicId: batch.publicId, transport: "file", target }, { ok: true, responseCode: 200, summary: `downloaded ${opts.name}`, durationMs: performance.now() - started }, opts.actor);
  return { publicId: batch.publicId, files };
}
