import type { PrismaClient } from "@/server/db/client";
import { enrichmentPolicySetting, type TEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";
import { updateSetting } from "@/server/services/settings/update-setting";
import { auditActorOf, requirePermission, type TEnrichmentActor } from "./enrichment-actor";

/** An admin saves a new version of the gate policy (validated, versioned, `settings_changed` audited). */
export async function updateEnrichmentPolicy(db: PrismaClient, input: { value: unknown; expectedVersion?: number }, actor: TEnrichmentActor): Promise<{ version: number; value: TEnrichmentPolicy }> {
  requirePermission(actor, "administer", "change the enrichment policy");
  return updateSetting(db, enrichmentPolicySetting, input.value, { actor: auditActorOf(actor) as { type: "user"; id: string; label?: string }, expectedVersion: input.expectedVersion });
}
