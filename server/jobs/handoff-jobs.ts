import { z } from "zod";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { openAmqpPublisher, type TEventPublisher } from "@/server/adapters/handoff/amqp-publisher";
import { readStorageEnv } from "@/server/config/env";
import type { TBatchFileScrub } from "@/server/services/compliance/erase-person";
import { scrubErasedFromBatchFiles } from "@/server/services/compliance/scrub-erased-from-batch-files";
import { deliverableTransports, deliverHandoffBatch, type TDeliveryReport } from "@/server/services/handoff/deliver-handoff-batch";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { relayOutbox } from "@/server/services/handoff/relay-outbox";
import { resolveQueueConfig } from "@/server/services/handoff/resolve-queue-config";
import { runAutoDeliveries } from "@/server/services/handoff/run-auto-deliveries";
import { defineJob } from "./define-job";
import { enqueueJobVia } from "./enqueue-in-transaction";

const workerActor = { type: "system" as const, id: "handoff-worker", label: "handoff worker" };
const dataDir = () => readStorageEnv().SXE_DATA_DIR;

const failedTargets = (reports: TDeliveryReport[]) => reports.filter((r) => r.status === "failed").map((r) => `${r.transport} → ${r.target}`);

/**
 * Freezes a batch (validate → files → records, outbox event and audit in one transaction), then
 * runs the automatic deliveries of the `handoff` setting. A failed delivery fails the job, so
 * pg-boss retries it with backoff: the freeze is skipped (already frozen) and only the deliveries
 * that have not succeeded yet run again.
 */
export const handoffFreezeJob = defineJob({
  name: "handoff.freeze",
  schema: z.object({ batchId: z.uuid() }).strict(),
  queue: { retryLimit: 4, retryDelay: 30, retryBackoff: true, expireInSeconds: 30 * 60, retentionMinutes: 7 * 24 * 60 },
  concurrency: 1,
  async handler({ batchId }, { db, databaseUrl, logger }) {
    const frozen = await freezeHandoffBatch(db, databaseUrl, batchId, { dataDir: dataDir() });
    logger.info({ batchId, status: frozen.status, ...(frozen.status === "ready" ? { records: frozen.recordCount } : {}) }, "handoff batch freeze");
    const failed = failedTargets(await runAutoDeliveries(db, batchId, { actor: workerActor, dataDir: dataDir() }));
    if (failed.length) throw new Error(`deliveries failed: ${failed.join(", ")}; the worker retries with backoff`);
    return { status: frozen.status };
  },
});

/** One delivery asked for from the console or a retry; a failure is retried by pg-boss with backoff. */
export const handoffDeliverJob = defineJob({
  name: "handoff.deliver",
  schema: z.object({ batchId: z.uuid(), transport: z.enum(deliverableTransports), target: z.string().max(500).optional(), requestedBy: z.string().max(320).optional() }).strict(),
  queue: { retryLimit: 4, retryDelay: 30, retryBackoff: true, expireInSeconds: 30 * 60, retentionMinutes: 7 * 24 * 60 },
  concurrency: 1,
  async handler({ batchId, transport, target }, { db, logger }) {
    const reports = await deliverHandoffBatch(db, { batch: batchId, transport, target, actor: workerActor, dataDir: dataDir() });
    logger.info({ batchId, transport, results: reports.map((r) => ({ target: r.target, status: r.status, attempts: r.attempts.length })) }, "handoff delivery");
    const failed = failedTargets(reports);
    if (failed.length) throw new Error(`deliveries failed: ${failed.join(", ")}; the worker retries with backoff`);
    return { status: "succeeded" };
  },
});

/**
 * Rewrites an erased person's record in the files of the frozen batches that held them (queued by
 * erasePerson in the erasure's transaction). A batch whose files are gone is reported, not failed;
 * an I/O error fails the job and pg-boss retries it (a retry finishes what a crash left).
 */
export const handoffScrubErasedJob = defineJob({
  name: "handoff.scrub-erased",
  schema: z.object({ leadCardPublicId: z.string().regex(/^lc_[0-9A-Za-z]{1,64}$/), batchIds: z.array(z.uuid()).min(1).max(10_000) }).strict(),
  queue: { retryLimit: 8, retryDelay: 60, retryBackoff: true, expireInSeconds: 60 * 60, retentionMinutes: 30 * 24 * 60 },
  concurrency: 1,
  async handler({ leadCardPublicId, batchIds }, { db, logger }) {
    const reports = await scrubErasedFromBatchFiles(db, { leadCardPublicId, batchIds, actor: workerActor });
    for (const report of reports) {
      if (report.status === "skipped") logger.warn({ leadCardPublicId, batchId: report.batchId, publicId: report.publicId, reason: report.reason }, "handoff batch files not scrubbed");
    }
    const count = (status: string) => reports.filter((r) => r.status === status).length;
    logger.info({ leadCardPublicId, batches: reports.length, scrubbed: count("scrubbed"), unchanged: count("unchanged"), skipped: count("skipped") }, "erased lead scrubbed from batch files");
    return { reports };
  },
});

/**
 * For erasePerson: the scrub job row is written in the erasure's own transaction. pg-boss drops a
 * job for a queue that does not exist yet: that refuses the erasure instead of committing it with
 * its batch files left as they are.
 */
export async function enqueueBatchFileScrubInTransaction(tx: Prisma.TransactionClient, data: TBatchFileScrub): Promise<string> {
  const jobId = await enqueueJobVia(tx, handoffScrubErasedJob, data);
  if (!jobId) throw new Error(`could not queue the batch file scrub of ${data.leadCardPublicId}: the ${handoffScrubErasedJob.name} queue does not exist yet (start the worker once: npm run worker)`);
  return jobId;
}

const RELAY_WINDOW_MS = 25_000;
const RELAY_IDLE_MS = 500;

/**
 * The outbox relay: while the queue transport is configured (SXE_AMQP_URL or the `handoff`
 * setting), polls the outbox for ~25 s per run and publishes every due row to RabbitMQ with
 * publisher confirms. Scheduled every minute and run at worker start; the singleton policy keeps
 * one relay run at a time.
 */
export const outboxRelayJob = defineJob({
  name: "outbox.relay",
  schema: z.object({}).strict(),
  queue: { policy: "singleton", retryLimit: 1, retryDelay: 5, retryBackoff: false, expireInSeconds: 120, retentionMinutes: 60 },
  schedule: { cron: "* * * * *", data: {} },
  runOnStart: true,
  concurrency: 1,
  async handler(_data, { db, logger }) {
    const config = await resolveQueueConfig(db);
    if (!config) return { skipped: "queue transport not configured" };
    let publisher: TEventPublisher | undefined;
    let published = 0;
    const until = Date.now() + RELAY_WINDOW_MS;
    try {
      publisher = await openAmqpPublisher(config.url, config.exchange);
      while (Date.now() < until) {
        const result = await relayOutbox(db, { publisher, exchange: config.exchange, baseUrl: config.baseUrl });
        published += result.published;
        if (result.error) {
          logger.warn({ failed: result.failed, error: result.error }, "outbox publish failed; rows retried with backoff");
          break;
        }
        if (result.published === 0) await new Promise((resolve) => setTimeout(resolve, RELAY_IDLE_MS));
      }
    } finally {
      await publisher?.close();
    }
    if (published) logger.info({ published, exchange: config.exchange }, "outbox relayed");
    return { published };
  },
});
