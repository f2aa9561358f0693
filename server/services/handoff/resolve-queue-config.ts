import type { Db } from "@/server/db/client";
import { readHandoffEnv } from "@/server/config/handoff-env";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";

export type TQueueConfig = { url: string; exchange: string; baseUrl: string };

/** The broker the queue transport uses, or null while it is off (no setting and no SXE_AMQP_URL). */
export async function resolveQueueConfig(db: Db, env = readHandoffEnv()): Promise<TQueueConfig | null> {
  const { value } = await getSetting(db, handoffSetting);
  const url = value.amqpUrl ?? env.amqpUrl;
  return url ? { url, exchange: value.exchange, baseUrl: env.publicUrl } : null;
}
