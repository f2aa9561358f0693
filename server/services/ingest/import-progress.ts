import type { PrismaClient } from "@/server/db/client";

export class ImportCancelledError extends Error {
  constructor() {
    super("The import was cancelled");
    this.name = "ImportCancelledError";
  }
}

/**
 * Publishes a running import's progress (bytes and records read) at most every `intervalMs`,
 * on its own connection, outside the import's transaction, so the console can show a live
 * bar; and notices a cancel request made from the console. Progress goes to its own row in
 * import_job_progress, never to import_jobs: every row the import writes checks its foreign key
 * against the job row, and versions of it piling up under the open transaction made those checks
 * (and large imports) ever slower.
 */
export function createImportProgress(db: PrismaClient, jobId: string, intervalMs = 500) {
  let last = 0;
  let pending: Promise<void> = Promise.resolve();
  return {
    async tick(progress: { bytesProcessed: number; readCount: number }, force = false): Promise<void> {
      const now = Date.now();
      if (!force && now - last < intervalMs) return;
      last = now;
      await pending;
      pending = (async () => {
        const values = { bytesProcessed: BigInt(progress.bytesProcessed), readCount: progress.readCount, updatedAt: new Date(now) };
        await db.importJobProgress.upsert({ where: { jobId }, create: { jobId, ...values }, update: values });
        const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { cancelRequestedAt: true } });
        if (job.cancelRequestedAt) throw new ImportCancelledError();
      })();
      await pending;
    },
  };
}
