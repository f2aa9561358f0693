import type { TAnyJobDefinition, TJobDefinition } from "./define-job";
import { enrichmentBatchJob, enrichmentDispatchJob } from "./enrichment-batch-job";
import { auditDigestJob } from "./audit-digest-job";
import { handoffDeliverJob, handoffFreezeJob, handoffScrubErasedJob, outboxRelayJob } from "./handoff-jobs";
import { healthJob } from "./health-job";
import { importJob } from "./import-job";
import { retentionJob } from "./retention-job";

/**
 * Every job the worker runs. Later stages append theirs here (imports, enrichment batches,
 * handoff deliveries, outbox relay); each gets its queue and a `<name>.dead` queue on start.
 */
const jobs = [
  healthJob, importJob, enrichmentBatchJob, enrichmentDispatchJob, auditDigestJob, retentionJob, handoffFreezeJob, handoffDeliverJob, handoffScrubErasedJob,
  outboxRelayJob,
] as const satisfies readonly TAnyJobDefinition[];

type TJobs = (typeof jobs)[number];

/** Job definitions by queue name. */
export const jobRegistry = Object.fromEntries(jobs.map((job) => [job.name, job])) as { [J in TJobs as J["name"]]: J };

export type TJobRegistry = typeof jobRegistry;
export type TJobName = keyof TJobRegistry;
export type TJobData<N extends TJobName> = TJobRegistry[N] extends TJobDefinition<infer D, N> ? D : never;

export const registeredJobs = (): TAnyJobDefinition[] => [...jobs];
