import { z } from "zod";
import { runImportJob } from "@/server/services/ingest/run-import-job";
import { defineJob } from "./define-job";

/**
 * Processes one uploaded file. A file that is unreadable as a whole is a finished (failed) job,
 * not a retry; an unexpected fault (database restart) is retried from the start, which is safe
 * because an interrupted import never commits anything.
 */
export const importJob = defineJob({
  name: "import.process",
  schema: z.object({ importJobId: z.uuid() }).strict(),
  queue: { retryLimit: 2, retryDelay: 15, retryBackoff: true, expireInSeconds: 4 * 60 * 60, retentionMinutes: 7 * 24 * 60 },
  concurrency: 1,
  async handler({ importJobId }, { db, databaseUrl, logger, retryCount, retryLimit }) {
    const summary = await runImportJob(db, databaseUrl, importJobId, { finalAttempt: retryCount >= retryLimit });
    logger.info({ importJobId, status: summary.status, read: summary.read, accepted: summary.accepted, rejected: summary.rejected }, "import finished");
    return { status: summary.status };
  },
});
