/**
 * Text folding shared by the taxonomy (to validate and canonicalise cues) and the classifier
 * (to read profiles): Unicode compatibility decomposition (fullwidth → ASCII, ligatures split),
 * combining marks dropped (accent folding: "nutrióloga" → "nutriologa"), lower case, and the
 * few letters that do not decompose (ß, ø, æ, œ, ł, đ, ı, þ) mapped to their ASCII spelling.
 */

const MARKS = /\p{M}/gu;
const SPECIAL_TEST = /[ßøæœłđıþð]/;
const SPECIAL_ALL = /[ßøæœłđıþð]/g;
const SPECIAL_MAP: Record<string, string> = { ß: "ss", ø: "o", æ: "ae", œ: "oe", ł: "l", đ: "d", ı: "i", þ: "th", ð: "d" };

const ASCII = /^[\x00-\x7f]*$/;

/** Folds accents, case and compatibility forms; keeps every other character. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const folded = text.normalize("NFKD").replace(MARKS, "").toLowerCase();
  return SPECIAL_TEST.test(folded) ? folded.replace(SPECIAL_ALL, (c) => SPECIAL_MAP[c] ?? c) : folded;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu;

/**
 * The canonical spelling of a term or phrase: folded words joined by single spaces; an apostrophe
 * inside a word joins it ("don't" → "dont"), as the classifier's tokenizer does.
 */
export function canonicalCue(text: string): string {
  return (foldText(text).replace(INNER_APOSTROPHE, "").match(WORD_RUN) ?? []).join(" ");
}

/** True when `cue` is already canonical (folded, lower case, words separated by one space). */
export function isCanonicalCue(cue: string): boolean {
  return cue !== "" && canonicalCue(cue) === cue;
}
