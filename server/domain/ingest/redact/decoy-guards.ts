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

const UNIT_AFTER_RE = new RegExp(`^[ \\t\\u00A0]?(?:(?:${UNIT_WORDS.join("|")})(?![\\p{L}])|[$€£¥₹₩₦₱₫₺₽%+])`, "iu");
const CURRENCY_BEFORE_RE =
  /(?:[$€£¥₹₩₦₱₫₺₽¢]|R\$|(?<![\p{L}])(?:rs|rp|ksh|inr|idr|usd|eur|gbp|brl|mxn|aud|cad|chf|kr|zł|vnd|php|ngn|kes|zar|aed|sar)\.?)[ \t\u00A0]?$/iu;
const HEX_BEFORE_RE = /(?<![\p{L}\p{N}])(?=[0-9a-f]{0,3}[a-f])[0-9a-f]{4}[ :\u00A0]$/iu;
const HEX_AFTER_RE = /^[ :\u00A0](?=[0-9a-f]{0,3}[a-f])[0-9a-f]{4}(?![\p{L}\p{N}])/iu;

const SEGMENT_BREAKS = new Set(["\n", "\r", "|", "•", "·", "・", ";", "¦"]);
const SENTENCE_ENDS = new Set([".", "!", "?"]);
const SHORT_WORD_END_RE = /(?<![\p{L}])\p{L}{1,4}$/u;
const CUE_SCAN_RE = new RegExp(CUE_SOURCE, "giu");
const LABEL_TAIL = 48;

/** "Tel. ", "Mob. No. ", "Reg. " end with a dot but do not end the sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  return text[dot] === "." && SHORT_WORD_END_RE.test(text.slice(Math.max(0, dot - 5), dot));
}

/** Offsets where a segment (line, `|`/`·`-separated field, sentence) starts, ascending. */
function segmentStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const next = text[i + 1] ?? "";
    if (SEGMENT_BREAKS.has(ch) || (SENTENCE_ENDS.has(ch) && (next === " " || next === "\n") && !isAbbreviation(text, i))) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Phone cues in the text as [start, end) pairs, ignoring the word "contact" inside markers. */
function cueSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  CUE_SCAN_RE.lastIndex = 0;
  for (let m = CUE_SCAN_RE.exec(text); m !== null; m = CUE_SCAN_RE.exec(text)) {
    if (!text.startsWith(CONTACT_MARKER, m.index - 1)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** What the text around a digit run says; computed once per text, asked many times. */
export type TRunContext = {
  /** A phone cue (call, WhatsApp, tel, 📞 …) appears earlier in the same segment. */
  cueBefore(offset: number): boolean;
  /** The segment ends at `offset` with an identifier label (NMLS, CNPJ, charity no., CRP …). */
  identifierBefore(offset: number): boolean;
};

export function createRunContext(text: string): TRunContext {
  let starts: number[] | null = null;
  let cues: Array<[number, number]> | null = null;
  const segmentStart = (offset: number): number => {
    starts ??= segmentStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo] ?? 0;
  };
  return {
    cueBefore(offset) {
      cues ??= cueSpans(text);
      const from = segmentStart(offset);
      return cues.some(([start, end]) => start >= from && end <= offset);
    },
    identifierBefore(offset) {
      const tail = text.slice(Math.max(segmentStart(offset), offset - LABEL_TAIL), offset);
      return endsWithIdentifierLabel(tail.includes(CONTACT_MARKER) ? tail.split(CONTACT_MARKER).join(" ") : tail);
    },
  };
}

export function isPhoneCueWord(word: string): boolean {
  return CUE_WORD_RE.test(word);
}

/** The segment ends with an identifier label: NMLS, CNPJ, ABN, charity no., CRP, "Order #" … */
function endsWithIdentifierLabel(segment: string): boolean {
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
