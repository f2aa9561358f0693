import { CONTACT_MARKER } from "./contact-marker";
import { COUNCIL_LABEL_SOURCE, IDENTIFIER_LABELS, PHONE_CUE_EMOJI, PHONE_CUE_WORDS, UNIT_WORDS } from "./guard-words";

/**
 * Context checks around a digit run: is it announced as a phone, labelled as an identifier,
 * part of an amount, a count or a hex fingerprint? Pure functions over the text and an offset.
 */

const CUE_SOURCE = `(?<![\\p{L}])(?:${PHONE_CUE_WORDS.join("|")})(?![\\p{L}])|${PHONE_CUE_EMOJI.join("|")}`;
const CUE_RE = new RegExp(CUE_SOURCE, "iu");
const CUE_WORD_RE = new RegExp(`^(?:${PHONE_CUE_WORDS.join("|")})$`, "iu");

const SIGN = "(?:[ \\t]*(?:#|n[º°o]\\.?|nr\\.?|num(?:ber|ero)?\\.?|n[uú]m(?:ero)?\\.?|nummer|num[ée]ro))";
const TAIL = "[ \\t]*[:#.\\-–]?[ \\t]*$";
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IDENTIFIER_LABELS.join("|")})\\.?(?:[ \\-/]?\\p{L}{2}(?![\\p{L}]))?${SIGN}?${TAIL}`,
  "iu",
);
const COUNCIL_RE = new RegExp(`(?<![\\p{L}])${COUNCIL_LABEL_SOURCE}(?:[ \\-/]?[A-Z]{2})?${SIGN}?${TAIL}`, "u");
/** "#", "No.", "nº" before a number: an identifier unless a phone cue is near ("Mob. No."). */
const SIGN_RE = /(?:#|n[º°]\.?|(?<![\p{L}])no\.|(?<![\p{L}])nr\.?|(?<![\p{L}])núm\.?|(?<![\p{L}])num\.)[ \t]*:?[ \t]*$/iu;

const UNIT_AFTER_RE = new RegExp(`^[ \\t\\u00A0]?(?:(?:${UNIT_WORDS.join("|")})(?![\\p{L}])|[$€£¥₹%+])`, "iu");
const CURRENCY_BEFORE_RE =
  /(?:[$€£¥₹₩₦₱₺₽¢]|R\$|(?<![\p{L}])(?:rs|inr|usd|eur|gbp|brl|mxn|aud|cad|chf|kr|zł)\.?)[ \t\u00A0]?$/iu;
const HEX_BEFORE_RE = /(?<![\p{L}\p{N}])(?=[0-9a-f]{0,3}[a-f])[0-9a-f]{4}[ :\u00A0]$/iu;
const HEX_AFTER_RE = /^[ :\u00A0](?=[0-9a-f]{0,3}[a-f])[0-9a-f]{4}(?![\p{L}\p{N}])/iu;

const SEGMENT_BREAKS = new Set(["\n", "\r", "|", "•", "·", "・", ";", "¦"]);
const SENTENCE_ENDS = new Set([".", "!", "?"]);
const SHORT_WORD_END_RE = /(?<![\p{L}])\p{L}{1,4}$/u;
const LOOKBACK = 240;
const LABEL_TAIL = 48;

/**
 * The part of the text's current segment (line, `|`/`·`-separated field or sentence) before
 * `offset`, with earlier markers blanked so that a second pass sees the same context.
 */
export function segmentBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - LOOKBACK);
  let start = from;
  for (let i = offset - 1; i >= from; i--) {
    const ch = text[i] ?? "";
    const next = text[i + 1] ?? "";
    if (SEGMENT_BREAKS.has(ch) || (SENTENCE_ENDS.has(ch) && (next === " " || next === "\n") && !isAbbreviation(text, i))) {
      start = i + 1;
      break;
    }
  }
  const segment = text.slice(start, offset);
  return segment.includes(CONTACT_MARKER) ? segment.split(CONTACT_MARKER).join(" ") : segment;
}

/** "Tel. ", "Mob. No. ", "Reg. " end with a dot but do not end the sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  return text[dot] === "." && SHORT_WORD_END_RE.test(text.slice(Math.max(0, dot - 5), dot));
}

/** A phone cue (call, WhatsApp, tel, 📞 …) appears earlier in the segment. */
export function hasPhoneCue(segment: string): boolean {
  return CUE_RE.test(segment);
}

export function isPhoneCueWord(word: string): boolean {
  return CUE_WORD_RE.test(word);
}

/** The segment ends with an identifier label: NMLS, CNPJ, ABN, charity no., CRP, "Order #" … */
export function endsWithIdentifierLabel(segment: string): boolean {
  const tail = segment.slice(-LABEL_TAIL);
  if (LABEL_RE.test(tail) || COUNCIL_RE.test(tail)) return true;
  return SIGN_RE.test(tail) && !CUE_RE.test(tail);
}

/** The run is directly preceded by a currency symbol or code ($, R$, €, Rs., USD …). */
export function followsCurrency(text: string, offset: number): boolean {
  return CURRENCY_BEFORE_RE.test(text.slice(Math.max(0, offset - 5), offset));
}

/** The run is followed by a unit, count word, currency or %, e.g. "1 250 000 followers". */
export function precedesUnit(text: string, offset: number): boolean {
  return UNIT_AFTER_RE.test(text.slice(offset, offset + 16));
}

/** The run sits inside groups of hex quads (a PGP/GPG fingerprint such as `4F2A 9113 0237 55D1`). */
export function isInsideHexGroups(text: string, start: number, end: number): boolean {
  return HEX_BEFORE_RE.test(text.slice(Math.max(0, start - 6), start)) || HEX_AFTER_RE.test(text.slice(end, end + 6));
}
