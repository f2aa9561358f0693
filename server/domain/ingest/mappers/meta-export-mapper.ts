import { repairMojibake } from "../sanitize/mojibake";
import { buildCandidate, firstPresent, get, isObject, mapError, notAnObject, type TMapResult } from "./map-types";

function repaired(v: unknown): unknown {
  return typeof v === "string" ? repairMojibake(v) : v;
}

/** `https://www.threads.net/@maya`, `https://www.instagram.com/maya`, `…/_u/maya` → "maya". */
function handleFromHref(href: unknown): string | undefined {
  if (typeof href !== "string") return undefined;
  try {
    const segments = new URL(href.trim()).pathname.split("/").filter((s) => s !== "" && s !== "_u");
    const last = segments.at(-1);
    return last === undefined ? undefined : last.replace(/^@/, "");
  } catch {
    return undefined;
  }
}

/**
 * One Meta "Download your information" follower/following item (Threads and Instagram layouts):
 * `{title, media_list_data, string_list_data: [{href, value, timestamp}]}`. Handle from `value`,
 * else `title` (newer Instagram following), else the `href` path. Meta writes UTF-8 bytes as
 * `\u00XX` escapes, so text is mojibake-repaired. The timestamp is the follow date, not account
 * creation, and is dropped. Stored unhydrated on platform "threads".
 */
export function mapMetaExportItem(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("a Meta export item", value);
  const first = get(value, "string_list_data.0");
  if (value.title === undefined && first === undefined) {
    return mapError("unexpected_shape", 'expected a Meta export item with "string_list_data" or "title"');
  }
  const handle = firstPresent(repaired(get(first, "value")), repaired(value.title), handleFromHref(get(first, "href")));
  return buildCandidate("threads", false, { handle });
}
