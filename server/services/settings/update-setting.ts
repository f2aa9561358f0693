import type { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import type { TSettingDefinition } from "@/server/domain/settings/define-setting";
import { recordAudit } from "@/server/services/audit/record-audit";

export type TUpdateSettingOptions = {
  actor: TAuditActor & { type: "user" | "cli" | "system" };
  /** Optimistic concurrency: the version the editor saw (0 = never saved). */
  expectedVersion?: number;
};

/**
 * Saves a new version of a setting: validates it, keeps the previous value in setting_versions
 * and writes `settings_changed` in the same transaction. A stale expectedVersion is a CONFLICT.
 */
export async function updateSetting<T>(db: PrismaClient, definition: TSettingDefinition<T>, value: unknown, options: TUpdateSettingOptions): Promise<{ version: number; value: T }> {
  const parsed = definition.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("VALIDATION", `${definition.key}.${issue.path.join(".") || "value"}: ${issue.message}`);
  }
  const json = parsed.data as Prisma.InputJsonValue;
  const userId = options.actor.type === "user" ? options.actor.id : null;
  return db.$transaction(async (tx) => {
    const current = await tx.setting.findUnique({ where: { key: definition.key }, select: { version: true } });
    const versionBefore = current?.version ?? 0;
    if (options.expectedVersion !== undefined && options.expectedVersion !== versionBefore) {
      throw new DomainError("CONFLICT", `${definition.key} was changed by someone else (now version ${versionBefore}); reload and try again`);
    }
    const versionAfter = versionBefore + 1;
    if (current) {
      const updated = await tx.setting.updateMany({ where: { key: definition.key, version: versionBefore }, data: { value: json, version: versionAfter, updatedById: userId, updatedAt: new Date() } });
      if (updated.count !== 1) throw new DomainError("CONFLICT", `${definition.key} was changed by someone else; reload and try again`);
    } else {
      const created = await tx.setting.createMany({ data: [{ key: definition.key, value: json, version: versionAfter, updatedById: userId }], skipDuplicates: true });
      if (created.count !== 1) throw new DomainError("CONFLICT", `${definition.key} was changed by someone else; reload and try again`);
    }
    await tx.settingVersion.create({ data: { key: definition.key, version: versionAfter, value: json, changedById: userId } });
    await recordAudit(tx, { event: "settings_changed", actor: options.actor, target: { type: "setting", id: definition.key }, metadata: { key: definition.key, versionBefore, versionAfter } });
    return { version: versionAfter, value: parsed.data };
  });
}
