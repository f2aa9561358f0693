import type { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TLogger } from "@/server/logging/logger";

/** Retry and retention options of one queue (pg-boss 10 `createQueue`); delays are seconds. */
export type TQueueOptions = {
  policy?: "standard" | "short" | "singleton" | "stately";
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  expireInSeconds?: number;
  retentionMinutes?: number;
};

export type TJobContext = {
  db: PrismaClient;
  /** For jobs that need their own `pg` connection (bulk COPY paths). */
  databaseUrl: string;
  logger: TLogger;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
};

export type TJobDefinition<TData extends object = object, TName extends string = string> = {
  name: TName;
  /** Validates the payload when it is enqueued and again when it is worked. */
  schema: z.ZodType<TData>;
  /** Method syntax on purpose: keeps the registry's payload types assignable to TAnyJobDefinition. */
  handler(data: TData, ctx: TJobContext): Promise<unknown>;
  queue: TQueueOptions;
  /** Cron (UTC) for recurring jobs, e.g. "* * * * *". */
  schedule?: { cron: string; data: TData };
  /** Parallel jobs per worker process for this queue; defaults to the worker's concurrency. */
  concurrency?: number;
  /** Enqueue one immediately when the worker starts (for liveness-style jobs). */
  runOnStart?: boolean;
};

/** Any job, payload type erased, so heterogeneous jobs can sit in one list. */
export type TAnyJobDefinition = TJobDefinition<object>;

export const defaultQueueOptions: TQueueOptions = {
  retryLimit: 5,
  retryDelay: 10,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
};

export const deadLetterQueueName = (name: string) => `${name}.dead`;

/** Identity with inference: `defineJob({ name, schema, handler, queue })`. */
export function defineJob<const TName extends string, TData extends object>(definition: TJobDefinition<TData, TName>): TJobDefinition<TData, TName> {
  return definition;
}
