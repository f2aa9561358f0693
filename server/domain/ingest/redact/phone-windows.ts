import { sepChar } from "./phone-shape";

/**
 * Chooses which consecutive digit blocks of one run form phone numbers. A run can hold several
 * numbers or a number next to a date ("14.03 07700.900.461", "2024-05-01 0612345678"), so
 * windows are tried longest first from each block that follows whitespace. A window may stop
 * short of its neighbours only where the writing changes (another separator) or where the
 * neighbours are a phone too — so a card number or a list of scores is never cut into a phone.
 * Windows are capped (no phone has more than 8 blocks or 16 digits), so the work per run is
 * linear in its length.
 */

const WHITESPACE_RE = /\s/u;
const BREAK_MARK_RE = /[.\-\u2010-\u2015/]/u;
const MAX_BLOCKS = 8;
const MAX_DIGITS = 16;
const MIN_DIGITS = 7;

/** Whitespace between blocks: a number may start or end there. */
const isOpenSep = (sep: string): boolean => WHITESPACE_RE.test(sep);
/** " - ", " / ", ". " or a long gap: never inside one number. */
const isBreakSep = (sep: string): boolean => sep.length > 3 || (WHITESPACE_RE.test(sep) && BREAK_MARK_RE.test(sep));

/**
 * @param seps separators between the run's blocks (`seps[k]` sits between block k and k + 1)
 * @param sizes digit count of each block
 * @param accepts whether blocks i..j (inclusive) are a phone number in context
 * @returns accepted [i, j] windows, in order, non-overlapping
 */
export function selectPhoneWindows(
  seps: readonly string[],
  sizes: readonly number[],
  accepts: (i: number, j: number) => boolean,
): Array<[number, number]> {
  const count = sizes.length;
  const kinds = seps.map(sepChar);
  const opens = seps.map(isOpenSep);
  const segmentEnd: number[] = new Array<number>(count).fill(count - 1);
  const segmentStart: number[] = new Array<number>(count).fill(0);
  for (let k = 1; k < count; k++) segmentStart[k] = isBreakSep(seps[k - 1] ?? "") ? k : (segmentStart[k - 1] ?? 0);
  for (let k = count - 2; k >= 0; k--) segmentEnd[k] = isBreakSep(seps[k] ?? "") ? k : (segmentEnd[k + 1] ?? k);
  const digitsUpTo: number[] = [0];
  for (const size of sizes) digitsUpTo.push((digitsUpTo[digitsUpTo.length - 1] ?? 0) + size);
  const digits = (i: number, j: number) => (digitsUpTo[j + 1] ?? 0) - (digitsUpTo[i] ?? 0);
  const fits = (i: number, j: number) => j - i < MAX_BLOCKS && digits(i, j) >= MIN_DIGITS && digits(i, j) <= MAX_DIGITS;
  const differs = (cut: number, i: number, j: number) => !kinds.slice(i, j).includes(kinds[cut] ?? " ");
  /** The blocks after a cut open with a phone number of their own. */
  const phoneFollows = (from: number, last: number) => {
    for (let k = Math.min(last, from + MAX_BLOCKS - 1); k >= from; k--) {
      if ((k === last || opens[k]) && fits(from, k) && accepts(from, k)) return true;
    }
    return false;
  };
  /** Four or more blocks of exactly four digits: a card, account or key number, never phones. */
  const isQuadSequence = (from: number, last: number) =>
    last - from >= 3 && sizes.slice(from, last + 1).every((size) => size === 4) && new Set(kinds.slice(from, last)).size === 1;

  const picked: Array<[number, number]> = [];
  let lastEnd = -2;
  let i = 0;
  while (i < count) {
    if (i > 0 && !opens[i - 1]) {
      i++;
      continue;
    }
    const first = segmentStart[i] ?? i;
    const last = segmentEnd[i] ?? i;
    if (i === first && isQuadSequence(first, last)) {
      i = last + 1;
      continue;
    }
    let accepted = -1;
    for (let j = Math.min(last, i + MAX_BLOCKS - 1); j >= i && accepted < 0; j--) {
      if (!fits(i, j)) continue;
      // A number ends before whitespace, or where the writing changes ("6789.2016" after "0151 2345 ").
      if (j < last && !opens[j] && !(j > i && differs(j, i, j))) continue;
      const startOk = i === first || lastEnd === i - 1 || differs(i - 1, i, j);
      if (startOk && (j === last || differs(j, i, j) || phoneFollows(j + 1, last)) && accepts(i, j)) accepted = j;
    }
    if (accepted < 0) {
      i++;
      continue;
    }
    picked.push([i, accepted]);
    lastEnd = accepted;
    i = accepted + 1;
  }
  return picked;
}
