import PgBoss from "pg-boss";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { createLogger, type TLogger } from "@/server/logging/logger";
import { deadLetterQueueName, type TAnyJobDefinition } from "./define-job";
import { ensureQueues, PGBOSS_SCHEMA } from "./queues";
import { registeredJobs } from "./registry";

export type TStartWorkerOptions = {
  databaseUrl: string;
  /** The jobs this process works; defaults to every job in the registry. */
  handlers?: readonly TAnyJobDefinition[];
  /** Parallel jobs per queue (a job's own `concurrency` wins). */
  concurrency?: number;
  /** How long stop() lets running jobs finish before failing them back to the queue (they retry). */
  shutdownTimeoutMs?: number;
  logger?: TLogger;
  /** How often an idle queue is polled (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Register cron schedules and run pg-boss's scheduler (default true). */
  schedule?: boolean;
};

export type TWorker = {
  boss: PgBoss;
  db: PrismaClient;
  /** Stops fetching, waits for running jobs (up to shutdownTimeoutMs), closes both pools. Idempotent. */
  stop(): Promise<void>;
};

const errorSummary = (error: unknown) =>
  error instanceof Error ? { type: error.name, message: error.message, stack: error.stack } : { message: String(error) };

/** Starts pg-boss on the app database (schema `pgboss`), creates the queues and works them. */
export async function startWorker(options: TStartWorkerOptions): Promise<TWorker> {
  const jobs = options.handlers ?? registeredJobs();
  const concurrency = options.concurrency ?? 2;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 30_000;
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const schedule = options.schedule ?? true;
  const logger = options.logger ?? createLogger("worker");

  const boss = new PgBoss({ connectionString: options.databaseUrl, schema: PGBOSS_SCHEMA, application_name: "sxe-worker", schedule, supervise: true, migrate: true });
  boss.on("error", (error) => logger.error({ err: errorSummary(error) }, "pg-boss error"));
  const db = createPrismaClient(options.databaseUrl);

  async function run(job: TAnyJobDefinition, pgJob: PgBoss.JobWithMetadata<unknown>): Promise<unknown> {
    const log = logger.child({ job: job.name, jobId: pgJob.id, attempt: pgJob.retryCount + 1 });
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    log.debug("job started");
    try {
      const data = job.schema.parse(pgJob.data);
      const output = await job.handler(data, { db, databaseUrl: options.databaseUrl, logger: log, jobId: pgJob.id, retryCount: pgJob.retryCount, retryLimit: pgJob.retryLimit });
      log.info({ durationMs: durationMs() }, "job completed");
      return output;
    } catch (error) {
      const final = pgJob.retryCount >= pgJob.retryLimit;
      const fields = { err: errorSummary(error), durationMs: durationMs(), retryLimit: pgJob.retryLimit };
      if (final) log.error({ ...fields, deadLetter: deadLetterQueueName(job.name) }, "job failed for the last time; moved to its dead-letter queue");
      else log.warn(fields, "job failed; will retry with backoff");
      throw error;
    }
  }

  try {
    await boss.start();
    await ensureQueues(boss, jobs);
    for (const job of jobs) {
      if (job.schedule && schedule) await boss.schedule(job.name, job.schedule.cron, job.schedule.data, { tz: "UTC" });
      if (job.runOnStart) await boss.send(job.name, job.schedule?.data ?? {});
      for (let i = 0; i < (job.concurrency ?? concurrency); i++) {
        await boss.work<unknown>(job.name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds }, async ([pgJob]) => (pgJob ? run(job, pgJob) : undefined));
      }
    }
  } catch (error) {
    await boss.stop({ graceful: false, close: true }).catch(() => {});
    await db.$disconnect();
    throw error;
  }
  logger.info({ queues: jobs.map((j) => j.name), concurrency, pollingIntervalSeconds }, "worker started");

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      logger.info({ timeoutMs: shutdownTimeoutMs }, "worker stopping: no new jobs, waiting for running ones");
      await boss.stop({ graceful: true, wait: true, close: true, timeout: shutdownTimeoutMs });
      await db.$disconnect();
      logger.info("worker stopped");
    })());

  return { boss, db, stop };
}
