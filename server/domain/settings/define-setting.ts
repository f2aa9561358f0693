import type { z } from "zod";

/**
 * One typed, versioned setting: its key, the zod schema its value must satisfy and the default
 * used until an admin saves a value. Each area declares its settings in its own file
 * (`server/domain/settings/<area>.ts`) and lists them in `setting-registry.ts`.
 */
export type TSettingDefinition<T> = {
  key: string;
  description: string;
  schema: z.ZodType<T>;
  defaultValue: T;
};

export function defineSetting<T>(definition: TSettingDefinition<T>): TSettingDefinition<T> {
  return definition;
}
