import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { createImportJob, type TImportOptions } from "./create-import-job";
import { storeUpload } from "./store-upload";

/**
 * The one way a file enters the pipeline, from the console's upload or the CLI: stream it to
 * the data folder (sha256 and size on the way), record a queued job, hand it to the worker.
 */
export async function submitImport(
  db: PrismaClient,
  input: { source: AsyncIterable<Uint8Array> | NodeJS.ReadableStream; fileName: string; options: TImportOptions },
  ctx: { actor: TAuditActor; dataDir: string; maxBytes: number; enqueue: (importJobId: string) => Promise<unknown> },
): Promise<{ id: string; fileName: string; byteSize: number; sha256: string }> {
  const stored = await storeUpload(input.source, { fileName: input.fileName, dataDir: ctx.dataDir, maxBytes: ctx.maxBytes });
  const job = await createImportJob(db, { ...stored, options: input.options }, ctx.actor, ctx.enqueue);
  return { id: job.id, fileName: stored.fileName, byteSize: stored.byteSize, sha256: stored.sha256 };
}
