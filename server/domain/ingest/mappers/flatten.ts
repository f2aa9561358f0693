import { isObject, setOwn, type TJsonObject } from "./map-types";

const MAX_DEPTH = 6;
const MAX_ARRAY_ITEMS = 5;
const MAX_KEYS = 1000;

/**
 * Nested scraper JSON → dotted keys (`{authorMeta: {fans: 1}}` → `authorMeta.fans`, arrays by
 * index: `bioLinks.0.url`), so JSON and CSV exports share one alias table. Already-flat rows
 * (CSV) come back unchanged; empty objects/arrays stay as values so a wrong type (`followers: {}`)
 * still reaches validation. Bounded (depth 6, first 5 array items, 1000 keys) so a hostile or
 * huge record (a per-video row with hundreds of comments) cannot blow up.
 */
export function flattenRecord(value: TJsonObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let count = 0;
  const visit = (v: unknown, path: string, depth: number): void => {
    if (count >= MAX_KEYS) return;
    const isEmpty = (isObject(v) && Object.keys(v).length === 0) || (Array.isArray(v) && v.length === 0);
    if (depth < MAX_DEPTH && isObject(v) && !isEmpty) {
      for (const [k, child] of Object.entries(v)) visit(child, path === "" ? k : `${path}.${k}`, depth + 1);
      return;
    }
    if (depth < MAX_DEPTH && Array.isArray(v) && !isEmpty) {
      v.slice(0, MAX_ARRAY_ITEMS).forEach((child, i) => visit(child, `${path}.${i}`, depth + 1));
      return;
    }
    setOwn(out, path, v);
    count++;
  };
  for (const [k, v] of Object.entries(value)) visit(v, k, 1);
  return out;
}
