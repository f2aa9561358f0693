import { z } from "zod";
import type { Db } from "@/server/db/client";
import { handoffSetting, maskAmqpUrl, maskSecret } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { resolveQueueConfig } from "./resolve-queue-config";

export const ZHandoffOptions = z.object({
  pools: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
  autoDeliver: z.array(z.enum(["file", "api_push", "queue"])),
  fileDirectory: z.string().nullable(),
  pushEndpoints: z.array(z.object({ name: z.string(), url: z.string(), secret: z.string(), enabled: z.boolean(), timeoutMs: z.number().int() })),
  queue: z.object({ enabled: z.boolean(), exchange: z.string() }),
  dnc: z.object({ flags: z.array(z.enum(["dnc", "tcpa", "litigator"])), action: z.enum(["drop_contact", "drop_record"]) }),
  maxAttempts: z.number().int(),
  amqpUrl: z.string().nullable(),
  /** The setting's version, for optimistic saves. */
  version: z.number().int(),
});
export type THandoffOptions = z.infer<typeof ZHandoffOptions>;

/** What the Handoff screen offers: active pools and the configured transports (secrets masked). */
export async function getHandoffOptions(db: Db): Promise<THandoffOptions> {
  const [pools, { value, version }, queue] = await Promise.all([
    db.audiencePool.findMany({ where: { archivedAt: null }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } }),
    getSetting(db, handoffSetting),
    resolveQueueConfig(db),
  ]);
  return {
    pools,
    autoDeliver: value.autoDeliver,
    fileDirectory: value.fileDirectory,
    pushEndpoints: value.pushEndpoints.map((e) => ({ name: e.name, url: e.url, secret: maskSecret(e.secret), enabled: e.enabled, timeoutMs: e.timeoutMs })),
    queue: { enabled: Boolean(queue), exchange: value.exchange },
    dnc: value.dnc,
    maxAttempts: value.maxAttempts,
    amqpUrl: value.amqpUrl ? maskAmqpUrl(value.amqpUrl) : null,
    version,
  };
}
