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
 * Cleans free text from a source record: line endings to `\n`, HTML removed and entities decoded,
 * control / zero-width / bidi-override characters removed, at most two consecutive newlines,
 * Unicode NFC, trimmed, capped at a grapheme boundary with "…". Text is otherwise kept verbatim —
 * spreadsheet formula payloads (`=HYPERLINK(…)`) included; CSV export neutralises those.
 */
export function sanitizeText(input: string, opts: TSanitizeTextOptions): string {
  let s = input.replace(/\r\n?|[\u2028\u2029]/g, "\n");
  s = stripHtml(s);
  s = removeInvisibleChars(s);
  s = opts.singleLine ? s.replace(/\s*\n\s*/g, " ") : s.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n");
  s = s.normalize("NFC").trim();
  return capLength(s, opts.maxLength);
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
