import type { Db } from "@/server/db/client";
import type { TSettingDefinition } from "@/server/domain/settings/define-setting";

export type TSettingValue<T> = { value: T; version: number; updatedAt: Date | null; isDefault: boolean };

/**
 * The current value of a setting (version 0 and the default when nobody saved one). A stored
 * value that no longer satisfies the schema fails loudly rather than being silently replaced.
 */
export async function getSetting<T>(db: Db, definition: TSettingDefinition<T>): Promise<TSettingValue<T>> {
  const row = await db.setting.findUnique({ where: { key: definition.key } });
  if (!row) return { value: definition.defaultValue, version: 0, updatedAt: null, isDefault: true };
  const parsed = definition.schema.safeParse(row.value);
  if (!parsed.success) {
    throw new Error(`setting ${definition.key} v${row.version} is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  }
  return { value: parsed.data, version: row.version, updatedAt: row.updatedAt, isDefault: false };
}
