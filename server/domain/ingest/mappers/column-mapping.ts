import type { TPlatform } from "../profile";
import { setOwn } from "./map-types";
import { canonicalFields, detectRowScope, matchHeader, type TCanonicalField } from "./header-aliases";

export type TColumnMappingSuggestion = {
  /** Every header → the field it feeds, or null when it is ignored. */
  mapping: Record<string, TCanonicalField | null>;
  /**
   * Required fields no header feeds. Identity needs a handle OR a user id: when neither is
   * mapped both are listed (either one satisfies). `platform` is listed unless a platform or
   * profile-URL column is mapped or a platform override is given.
   */
  missingRequired: TCanonicalField[];
};

/** What the console's column-mapping screen pre-fills for a file's headers. */
export function suggestColumnMapping(headers: string[], opts: { platformOverride?: TPlatform } = {}): TColumnMappingSuggestion {
  const scope = detectRowScope(headers);
  const mapping: Record<string, TCanonicalField | null> = {};
  for (const header of headers) setOwn(mapping, header, matchHeader(header, scope)?.field ?? null);
  const mapped = new Set(Object.values(mapping));
  const missingRequired: TCanonicalField[] = [];
  if (!mapped.has("handle") && !mapped.has("platformUserId")) missingRequired.push("handle", "platformUserId");
  if (!opts.platformOverride && !mapped.has("platform") && !mapped.has("profileUrl")) missingRequired.push("platform");
  return { mapping, missingRequired };
}

/**
 * For one row's keys: each canonical field → the keys that feed it, best first. Keys the
 * confirmed mapping names follow it (null = ignore); other keys (JSON rows vary) use the aliases.
 */
export function resolveColumns(
  keys: readonly string[],
  columnMapping?: Record<string, TCanonicalField | null>,
): Record<TCanonicalField, string[]> {
  const scope = detectRowScope(keys);
  const ranked = Object.fromEntries(canonicalFields.map((f) => [f, [] as { key: string; rank: number }[]])) as Record<
    TCanonicalField,
    { key: string; rank: number }[]
  >;
  keys.forEach((key, order) => {
    const auto = matchHeader(key, scope);
    const chosen = columnMapping && Object.hasOwn(columnMapping, key) ? columnMapping[key] ?? null : auto?.field ?? null;
    if (chosen === null || !Object.hasOwn(ranked, chosen)) return;
    const rank = auto?.field === chosen ? auto.rank : 1000 + order;
    ranked[chosen].push({ key, rank });
  });
  const out = {} as Record<TCanonicalField, string[]>;
  for (const field of canonicalFields) out[field] = ranked[field].sort((a, b) => a.rank - b.rank).map((e) => e.key);
  return out;
}
