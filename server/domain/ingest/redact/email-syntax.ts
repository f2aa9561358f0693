/**
 * The written pieces of an email address, as regex sources and a scanner for "at" tokens:
 * `@` and its look-alikes (＠ ﹫ %40 &#64;), bracketed words (`(at)`, `[ät]`, `{arroba}`, `(@)`)
 * and bare words between spaces (` at `, ` arroba `, ` at the rate `).
 */

export const SP = "[ \\t\\u00A0\\u3000]";
export const LABEL = "[\\p{L}\\p{M}\\p{N}\\-]+";
export const LIT_DOT = "[.．。｡]";
export const WORD = "[\\p{L}\\p{M}\\p{N}_%+\\-]+";
export const LOCAL_CLASS = "\\p{L}\\p{M}\\p{N}._%+\\-";

const AT_WORDS = "at\\s?the\\s?rate(?:\\s?of)?|at\\s?sign|at\\s?symbol|arroba|arobase|chiocciola|ät|aet|at";
const DOT_WORDS = "dot|punto|ponto|point|punkt|pto|period";
const OPEN = "[\\[({<]";
const CLOSE = "[\\])}>]";
export const BRACKET_DOT = `${SP}*${OPEN}${SP}*(?:${DOT_WORDS}|\\.)${SP}*${CLOSE}${SP}*`;
export const WORD_DOT = `${SP}+(?:${DOT_WORDS})${SP}+`;
/** A dot with spaces on both sides ("gmail . com"): splits a domain but is not itself a spelling signal. */
const SPACED_DOT = `${SP}+[.．]${SP}+`;
export const ANY_DOT = `(?:${BRACKET_DOT}|${WORD_DOT}|${SPACED_DOT}|${LIT_DOT})`;

const AT_CORE_RE = new RegExp(
  [
    `${OPEN}${SP}*(?:${AT_WORDS}|a|@|＠|﹫)${SP}*${CLOSE}`,
    `(?<![\\p{L}\\p{M}])(?:${AT_WORDS})(?![\\p{L}\\p{M}])`,
    "@|＠|﹫|%40|&#0*64;|&#[xX]0*40;|&commat;",
  ].join("|"),
  "giu",
);
const OPEN_CHARS = new Set(["[", "(", "{", "<"]);
const SPACE_CHARS = new Set([" ", "\t", "\u00A0", "\u3000"]);
const LETTER_RE = /\p{L}/u;

export type TAtToken = {
  /** symbol: @ and look-alikes; bracket: (at), [@]…; word: a bare " at " between spaces. */
  kind: "symbol" | "bracket" | "word";
  /** Start of the token including the spaces before it. */
  start: number;
  /** End of the token including the spaces after it. */
  end: number;
  spaceBefore: number;
  spaceAfter: number;
  core: string;
  /** End of the token's core (`@`, `(at)`, `at`), where the next scan may resume. */
  coreEnd: number;
};

/** Zero-width characters pasted between the parts of an address are skipped, not spaces. */
const INVISIBLE_CHARS = new Set(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]);

/** [characters skipped, visible spaces among them] walking from `index` in `step` direction. */
function gap(text: string, index: number, step: 1 | -1): [number, number] {
  let skipped = 0;
  let visible = 0;
  for (let i = step === 1 ? index : index - 1; ; i += step) {
    const ch = text[i] ?? "";
    if (SPACE_CHARS.has(ch)) visible++;
    else if (!INVISIBLE_CHARS.has(ch)) break;
    skipped++;
  }
  return [skipped, visible];
}

/** The first "at" token in `text` at or after `from`, or null. */
export function findAtToken(text: string, from: number): TAtToken | null {
  AT_CORE_RE.lastIndex = from;
  for (let m = AT_CORE_RE.exec(text); m !== null; m = AT_CORE_RE.exec(text)) {
    const core = m[0];
    const coreStart = m.index;
    const coreEnd = coreStart + core.length;
    const [skipBefore, before] = gap(text, coreStart, -1);
    const [skipAfter, after] = gap(text, coreEnd, 1);
    const first = core[0] ?? "";
    const kind = OPEN_CHARS.has(first) ? "bracket" : LETTER_RE.test(first) ? "word" : "symbol";
    if (kind === "word" && (before === 0 || after === 0)) continue;
    return { kind, start: coreStart - skipBefore, end: coreEnd + skipAfter, spaceBefore: before, spaceAfter: after, core, coreEnd };
  }
  return null;
}
