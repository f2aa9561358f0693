import { removeInvisibleChars } from "./invisible-chars";
import { stripHtml } from "./strip-html";

export type TSanitizeTextOptions = {
  /** Cap in UTF-16 code units (JS `.length`, what zod's `.max()` checks); "…" is included. */
  maxLength: number;
  /** Names and locations: newlines become spaces. */
  singleLine?: boolean;
};

const ELLIPSIS = "…";

/**
 * Raw input beyond this is dropped before cleaning: markup and invisible characters can make the
 * raw text longer than what survives, but never legitimately 16× the cap. Bounds the work a
 * hostile record (a megabyte "bio", thousands of unclosed `<script` openers) can cause.
 */
export function rawInputLimit(maxLength: number): number {
  return Math.max(maxLength * 16, 16_384);
}

function cutRaw(s: string, limit: number): string {
  if (s.length <= limit) return s;
  const end = /[\uD800-\uDBFF]/.test(s.charAt(limit - 1)) ? limit - 1 : limit;
  return s.slice(0, end);
}

/**
 * Cleans free text from a source record: line endings to `\n`, HTML removed and entities decoded,
 * control / zero-width / bidi-override characters removed, at most two consecutive newlines,
 * Unicode NFC, trimmed — but not capped. Contact-data redaction must run on this output (before
 * the cap, after HTML is gone: `mika<b></b>@gmail.com` only becomes an email here). Text is
 * otherwise kept verbatim, spreadsheet formula payloads (`=HYPERLINK(…)`) included; CSV export
 * neutralises those. Raw input past `rawInputLimit(maxLength)` is dropped first.
 */
export function cleanText(input: string, opts: TSanitizeTextOptions): string {
  let s = cutRaw(input, rawInputLimit(opts.maxLength)).replace(/\r\n?|[\u2028\u2029]/g, "\n");
  s = stripHtml(s);
  s = removeInvisibleChars(s);
  s = opts.singleLine ? s.replace(/\s*\n\s*/g, " ") : s.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n");
  return s.normalize("NFC").trim();
}

/** `cleanText`, then capped at `maxLength` on a grapheme boundary with "…". */
export function sanitizeText(input: string, opts: TSanitizeTextOptions): string {
  return capLength(cleanText(input, opts), opts.maxLength);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Cut to at most `maxLength` UTF-16 units without splitting a code point or an emoji sequence. */
export function capLength(s: string, maxLength: number): string {
  if (s.length <= maxLength) return s;
  const budget = maxLength - ELLIPSIS.length;
  let out = "";
  for (const { segment } of graphemes.segment(s)) {
    if (out.length + segment.length > budget) break;
    out += segment;
  }
  if (out === "") {
    // A single grapheme longer than the budget (e.g. Zalgo text): fall back to code points.
    for (const cp of s) {
      if (out.length + cp.length > budget) break;
      out += cp;
    }
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}
