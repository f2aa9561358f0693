import { z } from "zod";
import type { Db } from "@/server/db/client";
import { readHandoffEnv } from "@/server/config/handoff-env";
import { handoffSetting, maskAmqpUrl, maskSecret, ZHandoffConfig, ZPushEndpoint } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";

/** A push endpoint as the Settings form edits it: the secret is never sent, only a hint to recognise it. */
export const ZMaskedPushEndpoint = ZPushEndpoint.extend({ secret: z.literal(""), secretHint: z.string() });

export const ZHandoffConfigView = z.object({
  /** Masked: endpoint secrets are "" (see secretHint) and the broker URL's password is "••••". */
  value: ZHandoffConfig.extend({ pushEndpoints: z.array(ZMaskedPushEndpoint) }),
  /** The setting's version, for optimistic saves (0 = never saved). */
  version: z.number().int(),
  updatedAt: z.date().nullable(),
  isDefault: z.boolean(),
  /** Whether the queue transport is on, and whether SXE_AMQP_URL is set (used while the setting has no broker URL). */
  queue: z.object({ enabled: z.boolean(), environmentUrlSet: z.boolean() }),
});
export type THandoffConfigView = z.infer<typeof ZHandoffConfigView>;

/** The `handoff` setting for the Settings form (ADMIN), with every secret masked. */
export async function getHandoffConfig(db: Db, env: { amqpUrl: string | null } = readHandoffEnv()): Promise<THandoffConfigView> {
  const { value, version, updatedAt, isDefault } = await getSetting(db, handoffSetting);
  return {
    value: {
      ...value,
      pushEndpoints: value.pushEndpoints.map(({ secret, ...endpoint }) => ({ ...endpoint, secret: "" as const, secretHint: maskSecret(secret) })),
      amqpUrl: value.amqpUrl ? maskAmqpUrl(value.amqpUrl) : null,
    },
    version,
    updatedAt,
    isDefault,
    queue: { enabled: Boolean(value.amqpUrl ?? env.amqpUrl), environmentUrlSet: Boolean(env.amqpUrl) },
  };
}
