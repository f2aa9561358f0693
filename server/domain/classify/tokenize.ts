import { foldText } from "@/server/domain/taxonomy/fold-text";

/**
 * Unicode-aware tokenising for bios, names, handles and hashtags. Text is folded (accents, case,
 * compatibility forms) and cut into word tokens; each token carries a clause number ("segment")
 * so phrases and negation never reach across "|", "·", ",", line breaks or emoji. Mentions
 * (`@someone`) are skipped (after a word they read as "at": "eng @acme"), inline hashtags are collected apart, emoji are collected one code
 * point at a time (skin tones and joiners dropped). No regular expression is built per call.
 */

export type TTokenStream = { tokens: string[]; segs: number[]; emoji: string[]; hashtags: string[] };

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Always end a clause. */
const BREAKS = new Set(["|", ";", "!", "?", "/", "\\", "(", ")", "[", "]", "{", "}", "\n", "\r", "\t", "=", "<", ">", "\"", "~", "*"]);
/** End a clause when followed by a space or the end (so "8.2k", "1:1" and "3,412" stay whole). */
const SOFT_BREAKS = new Set([".", ":", ","]);
const WIDE_BREAKS = new Set(["•", "·", "—", "–", "→", "←", "⇄", "↔", "≠", "«", "»", "“", "”", "‘", "｜", "►", "▪", "↓", "↑", "⟶", "…", "¦", "⋅", "∙", "●", "○", "◦", "■", "□", "★", "☆", "✦", "✧"]);
const APOSTROPHES = new Set(["'", "’"]);

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(ch);
}

const isSpaceOrEnd = (ch: string | undefined) => ch === undefined || ch === " " || ch === "\n" || ch === "\r" || ch === "\t";

export function emptyStream(): TTokenStream {
  return { tokens: [], segs: [], emoji: [], hashtags: [] };
}

/** Tokenises `raw` (any case, any script) into `out`, starting a new clause. */
export function tokenizeText(raw: string, out: TTokenStream = emptyStream()): TTokenStream {
  const text = foldText(raw);
  let seg = out.segs.length ? out.segs[out.segs.length - 1]! + 1 : 0;
  let cur = "";
  const flush = () => {
    if (cur === "") return;
    out.tokens.push(cur);
    out.segs.push(seg);
    cur = "";
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      cur += text[i];
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (code >= 128 && LETTER_OR_DIGIT.test(ch)) {
      cur += ch;
      continue;
    }
    if (APOSTROPHES.has(ch) && cur !== "" && isWordChar(text[i + 1])) continue;
    if (ch === "@" && cur === "" && out.segs[out.segs.length - 1] === seg) {
      // "eng @shopify", "VP Ops @ Brightcart": a role at an organisation reads as "at".
      out.tokens.push("at");
      out.segs.push(seg);
    }
    if ((ch === "@" || ch === "#") && cur === "" && isWordChar(text[i + 1])) {
      let j = i + 1;
      while (j < text.length && (isWordChar(text[j]) || text[j] === "_" || ((text[j] === "." || text[j] === "-") && isWordChar(text[j + 1])))) j++;
      if (ch === "#") out.hashtags.push(text.slice(i + 1, j));
      i = j - 1;
      seg++;
      continue;
    }
    flush();
    if (cp >= 0xa9 && PICTOGRAPHIC.test(ch)) {
      out.emoji.push(ch);
      seg++;
    } else if (BREAKS.has(ch) || WIDE_BREAKS.has(ch) || (SOFT_BREAKS.has(ch) && isSpaceOrEnd(text[i + 1]))) {
      seg++;
    }
  }
  flush();
  return out;
}

const SEPARATORS = /[^\p{L}\p{N}]+/u;
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
const DIGIT_EDGE = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/**
 * Splits a handle, a one-word name or a hashtag into folded pieces: separators (`_`, `.`, `-`),
 * camelCase and letter/digit edges ("ProfAyeshaR" → prof, ayesha, r; "chef.tunde.o" → chef,
 * tunde, o). Mixed pieces are also kept whole ("k9", "808s") so cues like them still match.
 */
export function splitName(raw: string): string[] {
  const parts: string[] = [];
  for (const piece of raw.split(SEPARATORS)) {
    if (piece === "") continue;
    for (const camel of piece.split(CAMEL)) {
      const folded = foldText(camel);
      if (folded === "") continue;
      const runs = folded.split(DIGIT_EDGE);
      if (runs.length > 1) parts.push(folded);
      for (const run of runs) if (run !== "") parts.push(run);
    }
  }
  return parts;
}
