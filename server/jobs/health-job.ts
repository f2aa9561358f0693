import os from "node:os";
import { z } from "zod";
import { checkHealth } from "@/server/services/health/check-health";
import { recordWorkerHeartbeat } from "@/server/services/health/record-worker-heartbeat";
import { defineJob } from "./define-job";

/**
 * Every minute (and once at start-up): round-trip the database and store the heartbeat the
 * console shows as worker liveness. Failing is cheap to retry, so retries are few and short.
 */
export const healthJob = defineJob({
  name: "health",
  schema: z.object({}).strict(),
  queue: { retryLimit: 2, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, retentionMinutes: 60 },
  schedule: { cron: "* * * * *", data: {} },
  concurrency: 1,
  runOnStart: true,
  async handler(_data, { db, logger, jobId }) {
    const health = await checkHealth(db);
    await recordWorkerHeartbeat(db, { at: health.checkedAt.toISOString(), host: os.hostname(), pid: process.pid, dbLatencyMs: health.latencyMs, jobId });
    logger.debug({ jobId, dbLatencyMs: health.latencyMs }, "heartbeat recorded");
    return { dbLatencyMs: health.latencyMs };
  },
});
