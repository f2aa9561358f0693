import type { Db } from "@/server/db/client";
import { WORKER_HEARTBEAT_KEY, ZWorkerHeartbeat, type TWorkerHeartbeat } from "./worker-heartbeat";

/** Upserts the heartbeat row; leaves `version` alone because this is liveness, not configuration. */
export async function recordWorkerHeartbeat(db: Db, heartbeat: TWorkerHeartbeat): Promise<void> {
  const value = ZWorkerHeartbeat.parse(heartbeat);
  const updatedAt = new Date(value.at);
  await db.setting.upsert({
    where: { key: WORKER_HEARTBEAT_KEY },
    create: { key: WORKER_HEARTBEAT_KEY, value, updatedAt },
    update: { value, updatedAt },
  });
}
