import type { Db } from "@/server/db/client";

export type THealthCheck = { database: "ok"; latencyMs: number; checkedAt: Date };

/** Round-trips `SELECT 1` to the database; throws the driver's error when it is unreachable. */
export async function checkHealth(db: Db, now: () => number = () => performance.now()): Promise<THealthCheck> {
  const started = now();
  await db.$queryRaw`SELECT 1`;
  return { database: "ok", latencyMs: Math.round((now() - started) * 10) / 10, checkedAt: new Date() };
}
