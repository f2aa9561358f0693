import PgBoss from "pg-boss";
import { createLogger, type TLogger } from "@/server/logging/logger";
import { ensureQueues, PGBOSS_SCHEMA } from "./queues";
import { jobRegistry, registeredJobs, type TJobData, type TJobName } from "./registry";

/**
 * Validates the payload against the job's schema and sends it. Returns the job id, or null when
 * pg-boss dropped it on purpose (a singleton/throttle key already queued).
 */
export async function enqueueJob<N extends TJobName>(boss: PgBoss, name: N, data: TJobData<N>, opts: PgBoss.SendOptions = {}): Promise<string | null> {
  const job = jobRegistry[name];
  const payload: object = job.schema.parse(data);
  return boss.send(name, payload, opts);
}

export type TQueueClient = {
  boss: PgBoss;
  enqueue<N extends TJobName>(name: N, data: TJobData<N>, opts?: PgBoss.SendOptions): Promise<string | null>;
  stop(): Promise<void>;
};

/**
 * A producer for the web process and the CLI: sends jobs, never works them, and runs neither
 * pg-boss maintenance nor the cron scheduler (that is the worker's job). Keep one per process.
 */
export async function createQueueClient(databaseUrl: string, opts: { logger?: TLogger } = {}): Promise<TQueueClient> {
  const logger = opts.logger ?? createLogger("queue");
  const boss = new PgBoss({ connectionString: databaseUrl, schema: PGBOSS_SCHEMA, application_name: "sxe-producer", supervise: false, schedule: false, migrate: true, max: 3 });
  boss.on("error", (error) => logger.error({ err: { message: error.message } }, "pg-boss error"));
  await boss.start();
  await ensureQueues(boss, registeredJobs());
  return {
    boss,
    enqueue: (name, data, sendOpts) => enqueueJob(boss, name, data, sendOpts),
    stop: () => boss.stop({ graceful: false, close: true }),
  };
}
