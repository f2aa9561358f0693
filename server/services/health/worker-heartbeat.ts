import { z } from "zod";

/**
 * The worker's last sign of life, kept as a plain row in `settings` (not versioned, not audited:
 * it changes every minute and records no decision).
 */
export const WORKER_HEARTBEAT_KEY = "worker.heartbeat";

/** A heartbeat older than this means no worker is processing the `health` job. */
export const HEARTBEAT_STALE_AFTER_SECONDS = 150;

export const ZWorkerHeartbeat = z.object({
  at: z.iso.datetime(),
  host: z.string().max(255),
  pid: z.number().int().nonnegative(),
  dbLatencyMs: z.number().nonnegative(),
  jobId: z.string().max(100).optional(),
});
export type TWorkerHeartbeat = z.infer<typeof ZWorkerHeartbeat>;
