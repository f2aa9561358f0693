import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { handoffSetting, restoreMaskedAmqpPassword, ZHandoffConfig, ZPushEndpoint } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { updateSetting } from "@/server/services/settings/update-setting";

/**
 * The handoff setting as edited in the console: an endpoint's secret may be left empty to keep the
 * stored one, and a broker URL whose password is still masked ("••••") keeps the stored password.
 */
export const ZHandoffConfigInput = ZHandoffConfig.extend({
  pushEndpoints: z.array(ZPushEndpoint.extend({ secret: z.string().max(200).default("") })).max(20).default([]),
  expectedVersion: z.number().int().nonnegative(),
});
export type THandoffConfigInput = z.input<typeof ZHandoffConfigInput>;

/** Saves the `handoff` setting (new audited version); secrets never travel back to the browser. */
export async function saveHandoffConfig(db: PrismaClient, input: THandoffConfigInput, opts: { actor: TAuditActor & { type: "user" | "cli" | "system" } }): Promise<{ version: number }> {
  const { expectedVersion, ...config } = ZHandoffConfigInput.parse(input);
  const { value: current } = await getSetting(db, handoffSetting);
  const seen = new Set<string>();
  const pushEndpoints = config.pushEndpoints.map((endpoint) => {
    // Secrets are kept by name: two endpoints with one name would make that ambiguous (and deliveries too).
    if (seen.has(endpoint.name)) throw new DomainError("VALIDATION", `pushEndpoints.${endpoint.name}.name: two endpoints are named ${endpoint.name}`);
    seen.add(endpoint.name);
    if (endpoint.secret) return endpoint;
    const kept = current.pushEndpoints.find((e) => e.name === endpoint.name)?.secret;
    if (!kept) throw new DomainError("VALIDATION", `pushEndpoints.${endpoint.name}.secret: a new endpoint needs a secret (at least 16 characters)`);
    return { ...endpoint, secret: kept };
  });
  const amqpUrl = config.amqpUrl === null ? null : restoreMaskedAmqpPassword(config.amqpUrl, current.amqpUrl);
  if (amqpUrl === null && config.amqpUrl !== null) throw new DomainError("VALIDATION", "amqpUrl: no broker password is stored to keep; type the password instead of ••••");
  const saved = await updateSetting(db, handoffSetting, { ...config, pushEndpoints, amqpUrl }, { actor: opts.actor, expectedVersion });
  return { version: saved.version };
}
