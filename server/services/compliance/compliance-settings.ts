import { z } from "zod";
import type { Db, PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { auditDigestSetting, processingRecordSetting, retentionSetting } from "@/server/domain/settings/compliance";
import { getSetting } from "@/server/services/settings/get-setting";
import { updateSetting } from "@/server/services/settings/update-setting";

export const ZComplianceSettings = z.object({
  retention: z.object({ value: retentionSetting.schema, version: z.number() }),
  digests: z.object({ value: auditDigestSetting.schema, version: z.number() }),
  record: z.object({ value: processingRecordSetting.schema, version: z.number() }),
});
export type TComplianceSettings = z.infer<typeof ZComplianceSettings>;

/** The compliance area's settings with their versions (for the edit form and its optimistic check). */
export async function getComplianceSettings(db: Db): Promise<TComplianceSettings> {
  const [retention, digests, record] = await Promise.all([getSetting(db, retentionSetting), getSetting(db, auditDigestSetting), getSetting(db, processingRecordSetting)]);
  return { retention: { value: retention.value, version: retention.version }, digests: { value: digests.value, version: digests.version }, record: { value: record.value, version: record.version } };
}

const definitions = { retention: retentionSetting, digests: auditDigestSetting, record: processingRecordSetting } as const;
export type TComplianceSettingName = keyof typeof definitions;

/** Saves one compliance setting (validated, versioned, audited as settings_changed). */
export async function updateComplianceSetting(
  db: PrismaClient,
  name: TComplianceSettingName,
  value: unknown,
  opts: { actor: TAuditActor & { type: "user" | "cli" | "system" }; expectedVersion: number },
): Promise<{ version: number }> {
  const { version } = await updateSetting(db, definitions[name] as typeof retentionSetting, value, opts);
  return { version };
}
