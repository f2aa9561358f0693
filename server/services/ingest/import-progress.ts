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
 * bar; and notices a cancel request made from the console.
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
      pending = db.importJob
        .update({ where: { id: jobId }, data: { bytesProcessed: BigInt(progress.bytesProcessed), readCount: progress.readCount }, select: { cancelRequestedAt: true } })
        .then((job) => {
          if (job.cancelRequestedAt) throw new ImportCancelledError();
        });
      await pending;
    },
  };
}
