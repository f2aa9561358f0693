import { readDatabaseEnv } from "@/server/config/env";
import { createQueueClient, type TQueueClient } from "@/server/jobs/enqueue";

const holder = globalThis as unknown as { sxeWebQueue?: Promise<TQueueClient> };

/** The web process's one job producer (pg-boss, no maintenance), created on first use. */
export function getWebQueue(): Promise<TQueueClient> {
  holder.sxeWebQueue ??= createQueueClient(readDatabaseEnv().DATABASE_URL).catch((error: unknown) => {
    holder.sxeWebQueue = undefined;
    throw error;
  });
  return holder.sxeWebQueue;
}
