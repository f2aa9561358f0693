import type { PrismaClient } from "@/server/db/client";
import { importSummary, type TImportSummary } from "./import-summary";

export type TImportProgress = { status: string; bytesProcessed: number; byteSize: number; readCount: number };

/** Polls a job until it finishes, reporting progress; used by the CLI, the demo seed and tests. */
export async function waitForImportJob(
  db: PrismaClient,
  jobId: string,
  opts: { onProgress?: (p: TImportProgress) => void; intervalMs?: number; signal?: AbortSignal } = {},
): Promise<TImportSummary> {
  for (;;) {
    const job = await db.importJob.findUniqueOrThrow({ where: { id: jobId }, include: { progress: true } });
    const live = job.status === "running" ? job.progress : null;
    opts.onProgress?.({ status: job.status, bytesProcessed: Number(live?.bytesProcessed ?? job.bytesProcessed), byteSize: Number(job.byteSize), readCount: live?.readCount ?? job.readCount });
    if (job.status === "completed" || job.status === "failed" || job.status === "cancelled") return importSummary(job);
    if (opts.signal?.aborted) throw new Error(`Stopped waiting for import ${jobId}`);
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 250));
  }
}
