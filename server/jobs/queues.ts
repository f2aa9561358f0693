import type PgBoss from "pg-boss";
import { deadLetterQueueName, type TAnyJobDefinition } from "./define-job";

/** pg-boss keeps its tables in their own schema, next to ours in the same database. */
export const PGBOSS_SCHEMA = "pgboss";

/**
 * pg-boss 10 needs a queue before send/work/schedule. Creates `<name>.dead` first (the
 * dead-letter target must exist), then the queue pointing at it, and updates an existing queue
 * so changed retry options in code take effect. Idempotent; safe from several processes.
 */
export async function ensureQueues(boss: PgBoss, jobs: readonly TAnyJobDefinition[]): Promise<void> {
  for (const job of jobs) {
    const deadLetter = deadLetterQueueName(job.name);
    await boss.createQueue(deadLetter, { name: deadLetter });
    const options: PgBoss.Queue = { name: job.name, policy: job.queue.policy ?? "standard", ...job.queue, deadLetter };
    await boss.createQueue(job.name, options);
    await boss.updateQueue(job.name, options);
  }
}
