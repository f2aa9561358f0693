import { sepChar } from "./phone-shape";

/**
 * Chooses which consecutive digit blocks of one run form phone numbers. A run can hold several
 * numbers or a number next to a date ("14.03 07700.900.461", "2024-05-01 0612345678"), so
 * windows are tried longest first from each block that follows whitespace. A window may stop
 * short of its neighbours only where the writing changes (another separator) or where the
 * neighbours are a phone too — so a card number or a list of scores is never cut into a phone.
 */

const WHITESPACE_RE = /\s/u;
const BREAK_MARK_RE = /[.\-\u2010-\u2015/]/u;

/** Whitespace between blocks: a number may start or end there. */
export const isOpenSep = (sep: string): boolean => WHITESPACE_RE.test(sep);
/** " - ", " / ", ". " or a long gap: never inside one number. */
export const isBreakSep = (sep: string): boolean => sep.length > 3 || (WHITESPACE_RE.test(sep) && BREAK_MARK_RE.test(sep));

/**
 * @param seps separators between the run's blocks (`seps[k]` sits between block k and k + 1)
 * @param count number of blocks
 * @param accepts whether blocks i..j (inclusive) are a phone number in context
 * @returns accepted [i, j] windows, in order, non-overlapping
 */
export function selectPhoneWindows(
  seps: readonly string[],
  count: number,
  accepts: (i: number, j: number) => boolean,
): Array<[number, number]> {
  const picked: Array<[number, number]> = [];
  const sep = (k: number) => seps[k] ?? "";
  const segmentStart = (k: number): number => {
    while (k > 0 && !isBreakSep(sep(k - 1))) k--;
    return k;
  };
  const segmentEnd = (k: number): number => {
    while (k + 1 < count && !isBreakSep(sep(k))) k++;
    return k;
  };
  const differs = (cut: string, i: number, j: number) => !seps.slice(i, j).some((inner) => sepChar(inner) === sepChar(cut));
  let lastEnd = -2;
  let i = 0;
  while (i < count) {
    if (i > 0 && !isOpenSep(sep(i - 1))) {
      i++;
      continue;
    }
    const first = segmentStart(i);
    const last = segmentEnd(i);
    let accepted = -1;
    for (let j = last; j >= i && accepted < 0; j--) {
      // A number ends before whitespace, or where the writing changes ("6789.2016" after "0151 2345 ").
      if (j < last && !isOpenSep(sep(j)) && !(j > i && differs(sep(j), i, j))) continue;
      const startOk = i === first || lastEnd === i - 1 || differs(sep(i - 1), i, j);
      const endOk = j === last || differs(sep(j), i, j) || accepts(j + 1, last);
      if (startOk && endOk && accepts(i, j)) accepted = j;
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
