import { CONTACT_MARKER, type TRedaction } from "./contact-marker";
import {
  createRunContext,
  followsCurrency,
  isInsideHexGroups,
  isPhoneCueWord,
  precedesUnit,
  type TRunContext,
} from "./decoy-guards";
import { isPhoneWindow, type TPhoneWindow } from "./phone-shape";
import { selectPhoneWindows } from "./phone-windows";

/**
 * Finds runs of digits joined by phone separators (spaces, dots, dashes, slashes, parentheses),
 * rejects runs that are glued to words, amounts, URLs, fingerprints or identifier labels, then
 * picks the longest phone-shaped windows inside each run (a run may hold "14.03 07700.900.461").
 */

const DIGITS = "0-9\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF\\uFF10-\\uFF19";
const SEPARATORS = " \\u00A0\\u2009\\u202F().\\-\\u2010-\\u2015/";
const RUN_RE = new RegExp(`(?:\\(?[+＋][ \\u00A0]?)?\\(?[${DIGITS}][${DIGITS}${SEPARATORS}]*[${DIGITS}]`, "gu");
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10] as const;
const GLUED_AFTER_RE = /^[\p{L}\p{N}%°+]/u;
const REJECT_BEFORE = new Set(["_", "#", "$", "€", "£", "¥", "₹", "@", "/", "\\", "=", "&", "?", "%", "*", "^", "~"]);
const JOINERS = new Set([".", "-", ",", "'", "’"]);
const WORD_END_RE = /([\p{L}\p{M}]+)$/u;
const PLUS_START_RE = /^\(?[+＋]/;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

type TGroup = { digits: string; start: number; end: number };

/** No phone, local or international, has fewer digits than this. */
const MIN_DIGITS = 7;

/** The ASCII value of a decimal digit in any supported script, or -1. */
function digitValue(code: number): number {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}

function countDigits(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) if (digitValue(run.charCodeAt(i)) >= 0) n++;
  return n;
}

function parseGroups(run: string, offset: number): TGroup[] {
  const groups: TGroup[] = [];
  let current: TGroup | null = null;
  for (let i = 0; i < run.length; i++) {
    const value = digitValue(run.charCodeAt(i));
    if (value >= 0) {
      if (!current) current = { digits: "", start: offset + i, end: offset + i };
      current.digits += String(value);
      current.end = offset + i + 1;
    } else if (current) {
      groups.push(current);
      current = null;
    }
  }
  if (current) groups.push(current);
  return groups;
}

/** The word right before `offset`, ignoring one joiner ("Tel.0612…", "WhatsApp:+55…"). */
function cueWordGlued(text: string, offset: number): boolean {
  const word = WORD_END_RE.exec(text.slice(Math.max(0, offset - 16), offset))?.[1];
  return word !== undefined && isPhoneCueWord(word);
}

/** The run is glued to a bigger token: URL path or query, handle, version, word, amount. */
function isGluedRun(text: string, start: number, plus: boolean): boolean {
  const prev = text[start - 1] ?? "";
  if (prev === "") return false;
  if (REJECT_BEFORE.has(prev)) return true;
  if (LETTER_OR_DIGIT_RE.test(prev)) return !plus && !cueWordGlued(text, start);
  return JOINERS.has(prev) && LETTER_OR_DIGIT_RE.test(text[start - 2] ?? "") && !cueWordGlued(text, start - 1);
}

/** The run follows a currency or an identifier label, or sits inside a hex fingerprint. */
function isGuardedRun(text: string, start: number, end: number, context: TRunContext): boolean {
  return followsCurrency(text, start) || isInsideHexGroups(text, start, end) || context.identifierBefore(start);
}

/** Spans [start, end) of the phone numbers inside one run. */
function phoneSpans(
  text: string,
  runStart: number,
  groups: TGroup[],
  plus: boolean,
  context: TRunContext,
): Array<[number, number]> {
  const seps = groups.slice(1).map((g, k) => text.slice(groups[k]?.end ?? g.start, g.start));
  const runEnd = groups[groups.length - 1]?.end ?? runStart;
  const unitAfter = precedesUnit(text, runEnd);
  const startOf = (i: number) =>
    i === 0 ? runStart : (groups[i]?.start ?? runStart) - ((seps[i - 1] ?? "").endsWith("(") ? 1 : 0);
  const accepts = (i: number, j: number) => {
    const window: TPhoneWindow = {
      groups: groups.slice(i, j + 1).map((g) => g.digits),
      seps: seps.slice(i, j),
      plus: plus && i === 0,
    };
    return isPhoneWindow(window, { cue: context.cueBefore(startOf(i)), unitAfter: unitAfter && j === groups.length - 1 });
  };
  return selectPhoneWindows(
    seps,
    groups.map((g) => g.digits.length),
    accepts,
  ).map(([i, j]) => [startOf(i), groups[j]?.end ?? runEnd]);
}

/** Replaces every phone number in `text` with the contact marker. */
export function redactPhones(text: string): TRedaction {
  let out = "";
  let cursor = 0;
  let count = 0;
  let context: TRunContext | null = null;
  RUN_RE.lastIndex = 0;
  for (let match = RUN_RE.exec(text); match !== null; match = RUN_RE.exec(text)) {
    const runStart = match.index;
    const plus = PLUS_START_RE.test(match[0]);
    if (countDigits(match[0]) < MIN_DIGITS || isGluedRun(text, runStart, plus)) continue;
    const groups = parseGroups(match[0], runStart);
    const tail = groups[groups.length - 1];
    if (tail && GLUED_AFTER_RE.test(text.slice(tail.end, tail.end + 1))) groups.pop();
    const runEnd = groups[groups.length - 1]?.end ?? runStart;
    context ??= createRunContext(text);
    if (groups.length === 0 || isGuardedRun(text, runStart, runEnd, context)) continue;
    for (const [start, end] of phoneSpans(text, runStart, groups, plus, context)) {
      out += text.slice(cursor, start) + CONTACT_MARKER;
      cursor = end;
      count++;
    }
  }
  return count === 0 ? { text, count } : { text: out + text.slice(cursor), count };
}
