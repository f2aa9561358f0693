import { z } from "zod";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { findResumableEnrichmentBatches } from "@/server/services/enrichment/find-resumable-enrichment-batches";
import { createProviderClients } from "@/server/services/enrichment/provider-clients";
import { runEnrichmentBatch } from "@/server/services/enrichment/run-enrichment-batch";
import { defineJob } from "./define-job";
import { enqueueJobVia } from "./enqueue-in-transaction";

const leaseMs = () => {
  const seconds = Number(process.env.SXE_ENRICHMENT_LEASE_SECONDS ?? 600);
  return (Number.isFinite(seconds) && seconds >= 1 ? seconds : 600) * 1000;
};

/**
 * Runs one approved enrichment batch (resuming where a crashed or retried run stopped).
 * Retryable provider errors that the client gave up on fail the job, so pg-boss retries it
 * with backoff; on the last attempt they fail the remaining items instead.
 */
export const enrichmentBatchJob = defineJob({
  name: "enrichment.batch",
  schema: z.object({ requestId: z.uuid() }).strict(),
  queue: { retryLimit: 4, retryDelay: 15, retryBackoff: true, expireInSeconds: 2 * 60 * 60, retentionMinutes: 7 * 24 * 60 },
  concurrency: 1,
  async handler({ requestId }, { db, logger, jobId, retryCount, retryLimit }) {
    const result = await runEnrichmentBatch(db, requestId, {
      clients: createProviderClients(),
      owner: jobId,
      leaseMs: leaseMs(),
      finalAttempt: retryCount >= retryLimit,
      log: (fields, message) => logger.info(fields, message),
    });
    logger.info({ requestId, status: result.status, providerCalls: result.providerCalls }, "enrichment batch job done");
    return result;
  },
});

/**
 * The relay that makes approvals outbox-safe across crashes: on worker start and every minute it
 * queues a run for every approved or running batch whose lease is free or expired (a killed
 * worker's batch resumes once its lease runs out; a live run keeps renewing its lease).
 */
export const enrichmentDispatchJob = defineJob({
  name: "enrichment.dispatch",
  schema: z.object({}).strict(),
  queue: { retryLimit: 1, retryDelay: 30, retryBackoff: false, expireInSeconds: 5 * 60, retentionMinutes: 60 },
  schedule: { cron: "* * * * *", data: {} },
  runOnStart: true,
  concurrency: 1,
  async handler(_data, { db, logger }) {
    const batches = await findResumableEnrichmentBatches(db, new Date());
    for (const batch of batches) await enqueueJobVia(db, enrichmentBatchJob, { requestId: batch.id });
    if (batches.length) logger.info({ batches: batches.length }, "enrichment batches queued to resume");
    return { queued: batches.length };
  },
});

/**
 * For approveEnrichmentRequest: the batch job row is written in the approval's own transaction.
 * pg-boss drops a job for a queue that does not exist yet (no worker has started with this
 * registry): that refuses the approval instead of approving without a job.
 */
export async function enqueueEnrichmentBatchInTransaction(tx: Prisma.TransactionClient, requestId: string): Promise<string> {
  const jobId = await enqueueJobVia(tx, enrichmentBatchJob, { requestId });
  if (!jobId) throw new Error(`could not queue the enrichment batch ${requestId}: the ${enrichmentBatchJob.name} queue does not exist yet (start the worker once: npm run worker)`);
  return jobId;
}
