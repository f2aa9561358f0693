import type { Db } from "@/server/db/client";
import { HEARTBEAT_STALE_AFTER_SECONDS, WORKER_HEARTBEAT_KEY, ZWorkerHeartbeat } from "./worker-heartbeat";

export type TWorkerLiveness = {
  at: Date;
  host: string;
  pid: number;
  dbLatencyMs: number;
  ageSeconds: number;
  alive: boolean;
};

/** The last heartbeat and whether it is recent enough to call the worker alive; null if none yet. */
export async function getWorkerHeartbeat(
  db: Db,
  now: Date = new Date(),
  staleAfterSeconds = HEARTBEAT_STALE_AFTER_SECONDS,
): Promise<TWorkerLiveness | null> {
  const row = await db.setting.findUnique({ where: { key: WORKER_HEARTBEAT_KEY }, select: { value: true } });
  const parsed = ZWorkerHeartbeat.safeParse(row?.value);
  if (!parsed.success) return null;
  const at = new Date(parsed.data.at);
  const ageSeconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  return { at, host: parsed.data.host, pid: parsed.data.pid, dbLatencyMs: parsed.data.dbLatencyMs, ageSeconds, alive: ageSeconds <= staleAfterSeconds };
}
