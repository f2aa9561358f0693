import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { handoffSetting, ZHandoffConfig, ZPushEndpoint } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { updateSetting } from "@/server/services/settings/update-setting";

/** The handoff setting as edited in the console: an endpoint's secret may be left empty to keep the stored one. */
export const ZHandoffConfigInput = ZHandoffConfig.extend({
  pushEndpoints: z.array(ZPushEndpoint.extend({ secret: z.string().max(200).default("") })).max(20).default([]),
  expectedVersion: z.number().int().nonnegative(),
});
export type THandoffConfigInput = z.input<typeof ZHandoffConfigInput>;

/** Saves the `handoff` setting (new audited version); secrets never travel back to the browser. */
export async function saveHandoffConfig(db: PrismaClient, input: THandoffConfigInput, opts: { actor: TAuditActor & { type: "user" | "cli" | "system" } }): Promise<{ version: number }> {
  const { expectedVersion, ...config } = ZHandoffConfigInput.parse(input);
  const { value: current } = await getSetting(db, handoffSetting);
  const pushEndpoints = config.pushEndpoints.map((endpoint) => {
    if (endpoint.secret) return endpoint;
    const kept = current.pushEndpoints.find((e) => e.name === endpoint.name)?.secret;
    if (!kept) throw new DomainError("VALIDATION", `pushEndpoints.${endpoint.name}.secret: a new endpoint needs a secret (at least 16 characters)`);
    return { ...endpoint, secret: kept };
  });
  const saved = await updateSetting(db, handoffSetting, { ...config, pushEndpoints }, { actor: opts.actor, expectedVersion });
  return { version: saved.version };
}
