import { foldText } from "@/server/domain/taxonomy/fold-text";

/**
 * Unicode-aware tokenising for bios, names, handles and hashtags. Text is folded (accents, case,
 * compatibility forms) and cut into word tokens; each token carries a clause number ("segment")
 * so phrases and negation never reach across "|", "·", ",", line breaks or emoji. Mentions
 * (`@someone`) are skipped (after a word they read as "at": "eng @acme"), inline hashtags are
 * collected apart, emoji are collected one code point at a time (skin tones and joiners dropped).
 * No regular expression is built per call.
 */

export type TTokenStream = { tokens: string[]; segs: number[]; emoji: string[]; hashtags: string[] };

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Always end a clause. */
const BREAKS = new Set(["|", ";", "!", "?", "/", "\\", "(", ")", "[", "]", "{", "}", "\n", "\r", "\t", "=", "<", ">", "\"", "~", "*"]);
/** End a clause when followed by a space or the end (so "8.2k", "1:1" and "3,412" stay whole). */
const SOFT_BREAKS = new Set([".", ":", ","]);
const WIDE_BREAKS = new Set(["•", "·", "—", "–", "→", "←", "⇄", "↔", "≠", "«", "»", "“", "”", "‘", "｜", "►", "▪", "↓", "↑", "⟶", "…", "¦", "⋅", "∙", "●", "○", "◦", "■", "□", "★", "☆", "✦", "✧"]);

const isAsciiWord = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);

function isWordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiWord(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isSpaceOrEnd(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const code = text.charCodeAt(i);
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export function emptyStream(): TTokenStream {
  return { tokens: [], segs: [], emoji: [], hashtags: [] };
}

/** Tokenises `raw` (any case, any script) into `out`, starting a new clause. */
export function tokenizeText(raw: string, out: TTokenStream = emptyStream()): TTokenStream {
  const text = foldText(raw);
  const { tokens, segs } = out;
  let seg = segs.length ? segs[segs.length - 1]! + 1 : 0;
  let start = -1;
  let cur = "";
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    const cp = code < 0xd800 || code > 0xdbff ? code : text.codePointAt(i)!;
    const ch = code < 128 ? "" : String.fromCodePoint(cp);
    if (code >= 128 && LETTER_OR_DIGIT.test(ch)) {
      // Non-ASCII letter inside a word: finish the token by hand from here on.
      cur += start >= 0 ? text.slice(start, i) + ch : ch;
      start = -1;
      if (cp > 0xffff) i++;
      continue;
    }
    if ((code === 39 || code === 0x2019) && (start >= 0 || cur !== "") && isWordAt(text, i + 1)) {
      if (start >= 0) cur += text.slice(start, i);
      start = -1;
      continue;
    }
    if (start >= 0) {
      cur += text.slice(start, i);
      start = -1;
    }
    if (cur !== "") {
      tokens.push(cur);
      segs.push(seg);
      cur = "";
    }
    if (i === text.length) break;
    if (cp > 0xffff) i++;
    if (code === 64 && segs[segs.length - 1] === seg && tokens.length > 0) {
      // "eng @shopify", "VP Ops @ Brightcart": a role at an organisation reads as "at".
      tokens.push("at");
      segs.push(seg);
    }
    if ((code === 64 || code === 35) && isWordAt(text, i + 1)) {
      let j = i + 1;
      while (j < text.length) {
        const c = text.charCodeAt(j);
        if (isWordAt(text, j) || c === 95 || ((c === 46 || c === 45) && isWordAt(text, j + 1))) j += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        else break;
      }
      if (code === 35) out.hashtags.push(text.slice(i + 1, j));
      i = j - 1;
      seg++;
      continue;
    }
    if (code < 128) {
      if (BREAKS.has(text[i]!) || (SOFT_BREAKS.has(text[i]!) && isSpaceOrEnd(text, i + 1))) seg++;
    } else if (cp >= 0xa9 && PICTOGRAPHIC.test(ch)) {
      out.emoji.push(ch);
      seg++;
    } else if (WIDE_BREAKS.has(ch)) {
      seg++;
    }
  }
  return out;
}

const NUMBER = /^\p{N}$/u;
const ASCII = /^[\x00-\x7f]*$/;

const asciiKind = (code: number) => (code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : code >= 48 && code <= 57 ? 3 : 0);

/** `splitName` for ASCII text (nearly every handle), without per-character strings. */
function splitAscii(raw: string): string[] {
  const parts: string[] = [];
  const n = raw.length;
  for (let i = 0; i < n; ) {
    if (asciiKind(raw.charCodeAt(i)) === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    let mixed = false;
    while (j < n) {
      const prev = asciiKind(raw.charCodeAt(j - 1));
      const kind = asciiKind(raw.charCodeAt(j));
      if (kind === 0 || (prev === 1 && kind === 2) || (prev === 2 && kind === 2 && j + 1 < n && asciiKind(raw.charCodeAt(j + 1)) === 1)) break;
      if ((prev === 3) !== (kind === 3)) mixed = true;
      j++;
    }
    const piece = raw.slice(i, j).toLowerCase();
    if (!mixed) parts.push(piece);
    else pushPart(parts, piece);
    i = j;
  }
  return parts;
}

/** 0 separator, 1 lower-case letter, 2 upper-case letter, 3 digit, 4 caseless letter. */
function charKind(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122 ? 1 : code >= 65 && code <= 90 ? 2 : code >= 48 && code <= 57 ? 3 : 0;
  if (!LETTER_OR_DIGIT.test(ch)) return 0;
  if (ch !== ch.toUpperCase()) return 1;
  if (ch !== ch.toLowerCase()) return 2;
  return NUMBER.test(ch) ? 3 : 4;
}

function pushPart(parts: string[], text: string): void {
  const folded = foldText(text);
  let runStart = 0;
  let runs = 0;
  for (let i = 1; i <= folded.length; i++) {
    const edge = i === folded.length || (folded.charCodeAt(i) >= 48 && folded.charCodeAt(i) <= 57) !== (folded.charCodeAt(i - 1) >= 48 && folded.charCodeAt(i - 1) <= 57);
    if (!edge) continue;
    if (runs === 0 && i < folded.length) parts.push(folded);
    parts.push(folded.slice(runStart, i));
    runStart = i;
    runs++;
  }
}

/**
 * Splits a handle, a one-word name or a hashtag into folded pieces: separators (`_`, `.`, `-`),
 * camelCase ("GlowLab" → glow, lab; "AIBrief" → ai, brief) and letter/digit edges, keeping mixed
 * pieces whole as well ("k9" → k9, k, 9) so cues like "k9" or "808s" still match.
 */
export function splitName(raw: string): string[] {
  if (ASCII.test(raw)) return splitAscii(raw);
  const parts: string[] = [];
  const chars = Array.from(raw);
  const kinds = chars.map(charKind);
  const n = chars.length;
  for (let i = 0; i < n; ) {
    if (kinds[i] === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && kinds[j] !== 0) {
      const camel = (kinds[j - 1] === 1 && kinds[j] === 2) || (kinds[j - 1] === 2 && kinds[j] === 2 && kinds[j + 1] === 1);
      if (camel) break;
      j++;
    }
    pushPart(parts, chars.slice(i, j).join(""));
    i = j;
  }
  return parts;
}
