import { complianceSettings } from "./compliance";
import type { TSettingDefinition } from "./define-setting";
import { enrichmentPolicySetting } from "./enrichment-policy";
import { handoffSetting } from "./handoff";

/**
 * Every setting the product knows. Areas append theirs here; a stored value whose key is not
 * listed is refused by updateSetting.
 */
export const settingDefinitions: readonly TSettingDefinition<unknown>[] = [
  enrichmentPolicySetting as TSettingDefinition<unknown>,
  ...(complianceSettings as readonly TSettingDefinition<unknown>[]),
  handoffSetting as TSettingDefinition<unknown>,
];

export function findSettingDefinition(key: string): TSettingDefinition<unknown> | undefined {
  return settingDefinitions.find((definition) => definition.key === key);
}
