import { sanitizeText } from "./sanitize-text";

export const HASHTAG_MAX_LENGTH = 100;
export const HASHTAGS_MAX_COUNT = 50;

/**
 * Hashtags a source lists separately from the bio (X `entities.description.hashtags[].tag`):
 * strings only, "#" dropped, sanitised to one line, empty ones and case-insensitive repeats
 * removed, at most HASHTAGS_MAX_COUNT. Anything that is not an array → [].
 */
export function parseHashtags(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== "string") continue;
    const tag = sanitizeText(item.replace(/^\s*#/, ""), { maxLength: HASHTAG_MAX_LENGTH, singleLine: true });
    const key = tag.toLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= HASHTAGS_MAX_COUNT) break;
  }
  return out;
}
