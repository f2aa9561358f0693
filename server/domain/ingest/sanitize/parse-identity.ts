import { handlePatterns, type TPlatform } from "../profile";
import { removeInvisibleChars } from "./invisible-chars";
import { isAbsent, parsed, quote, rejected, type TParsed } from "./result";

export const platformLabels: Record<TPlatform, string> = { x: "X", tiktok: "TikTok", threads: "Threads" };

/** `[A-Za-z0-9_]{1,15}` for X etc.: the platform pattern without its anchors, for messages. */
export function handlePatternText(platform: TPlatform): string {
  return handlePatterns[platform].source.replace(/^\^|\$$/g, "");
}

/**
 * A handle as the platform shows it: trimmed, ONE leading "@" dropped, invisible characters
 * removed, NFC. Case is preserved (dedupe compares case-insensitively later). Numbers are coerced
 * to text (a CSV/JSON tool may have turned handle "42" into 42). null/undefined → null.
 */
export function parseHandle(v: unknown, platform: TPlatform): TParsed<string | null> {
  if (v === undefined || v === null) return parsed(null);
  if (typeof v !== "string" && !(typeof v === "number" && Number.isSafeInteger(v) && v >= 0)) {
    return rejected("invalid_handle", `handle must be text, got ${typeof v}`);
  }
  let s = removeInvisibleChars(String(v)).trim();
  if (s.startsWith("@")) s = s.slice(1);
  s = s.normalize("NFC");
  if (s === "") return rejected("empty_handle", "handle is empty after removing \"@\", spaces and invisible characters");
  const pattern = handlePatternText(platform);
  if (!handlePatterns[platform].test(s)) {
    return rejected("invalid_handle", `handle ${quote(s)} does not match the ${platformLabels[platform]} handle format ${pattern}`);
  }
  return parsed(s);
}

const NUMERIC_ID = /^\d{1,25}$/;
/** TikTok open_id / union_id are opaque ("-000aBc…", uuid); Apify authorMeta.id is digits. */
const OPAQUE_ID = /^[A-Za-z0-9._:=+/-]{1,128}$/;
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;

const idPatterns: Record<TPlatform, RegExp> = { x: NUMERIC_ID, tiktok: OPAQUE_ID, threads: NUMERIC_ID };

function precisionLost(how: string): TParsed<never> {
  return rejected("id_precision_lost", `id arrived as ${how} and lost precision; export ids as strings`);
}

/**
 * The platform's stable user id as text: X and Threads ids are digit strings, TikTok ids are
 * opaque strings. Ids travel as strings because X ids exceed 2^53: a JSON number that is not a
 * safe integer (or a spreadsheet's "1.5E+18") has already been rounded → `id_precision_lost`.
 */
export function parsePlatformUserId(v: unknown, platform: TPlatform): TParsed<string | null> {
  if (isAbsent(v)) return parsed(null);
  if (typeof v === "number") {
    if (Number.isSafeInteger(v) && v >= 0) return parsed(String(v));
    if (Number.isInteger(v) && v > 0) return precisionLost("a JSON number");
    return rejected("invalid_platform_user_id", `id ${quote(v)} is not a valid ${platformLabels[platform]} user id`);
  }
  if (typeof v === "bigint" && v >= 0n) return parsed(v.toString());
  if (typeof v !== "string") return rejected("invalid_platform_user_id", `id must be text, got ${typeof v}`);
  const s = v.trim();
  if (SCIENTIFIC.test(s)) return precisionLost(`scientific notation (${quote(s)}, e.g. from a spreadsheet)`);
  if (!idPatterns[platform].test(s)) {
    const expected = platform === "tiktok" ? "an opaque id without spaces" : "digits only";
    return rejected("invalid_platform_user_id", `id ${quote(s)} is not a valid ${platformLabels[platform]} user id (${expected})`);
  }
  return parsed(s);
}
