import type { Db } from "@/server/db/client";
import { enrichmentPolicySetting, type TEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";
import { getSetting } from "@/server/services/settings/get-setting";

export type TEnrichmentPolicyValue = { value: TEnrichmentPolicy; version: number; updatedAt: Date | null; isDefault: boolean };

/** The gate policy in force (the default until an admin saves one). */
export function getEnrichmentPolicy(db: Db): Promise<TEnrichmentPolicyValue> {
  return getSetting(db, enrichmentPolicySetting);
}
