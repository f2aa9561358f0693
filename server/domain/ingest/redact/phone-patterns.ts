import { CONTACT_MARKER, type TRedaction } from "./contact-marker";
import {
  endsWithIdentifierLabel,
  followsCurrency,
  hasPhoneCue,
  isInsideHexGroups,
  isPhoneCueWord,
  precedesUnit,
  segmentBefore,
} from "./decoy-guards";
import { isPhoneWindow, type TPhoneWindow } from "./phone-shape";

/**
 * Finds runs of digits joined by phone separators (spaces, dots, dashes, slashes, parentheses),
 * rejects runs that are glued to words, amounts, URLs, fingerprints or identifier labels, then
 * picks the longest phone-shaped windows inside each run (a run may hold "14.03 07700.900.461").
 */

const DIGITS = "0-9\\u0660-\\u0669\\u06F0-\\u06F9\\u0966-\\u096F\\u09E6-\\u09EF\\uFF10-\\uFF19";
const SEPARATORS = " \\u00A0\\u2009\\u202F().\\-\\u2010-\\u2015/";
const RUN_RE = new RegExp(`(?:[+＋][ \\u00A0]?)?\\(?[${DIGITS}][${DIGITS}${SEPARATORS}]*[${DIGITS}]`, "gu");
const DIGIT_RE = new RegExp(`[${DIGITS}]`, "u");
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10] as const;
const GLUED_AFTER_RE = /^[\p{L}\p{N}%°+]/u;
const REJECT_BEFORE = new Set(["_", "#", "$", "€", "£", "¥", "₹", "@", "/", "\\", "=", "&", "?", "%", "*", "^", "~"]);
const JOINERS = new Set([".", "-", ",", "'", "’"]);
const WORD_END_RE = /(\p{L}+)$/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const WHITESPACE_RE = /\s/u;
const BREAK_MARK_RE = /[.\-\u2010-\u2015/]/u;

type TGroup = { digits: string; start: number; end: number };

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return ch;
}

function parseGroups(run: string, offset: number): TGroup[] {
  const groups: TGroup[] = [];
  let current: TGroup | null = null;
  for (let i = 0; i < run.length; i++) {
    const ch = run[i] ?? "";
    if (DIGIT_RE.test(ch)) {
      if (!current) current = { digits: "", start: offset + i, end: offset + i };
      current.digits += asciiDigit(ch);
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

/** The run is part of a bigger token (URL, handle, version, amount, fingerprint, id) or labelled. */
function isRejectedRun(text: string, start: number, end: number, plus: boolean): boolean {
  const prev = text[start - 1] ?? "";
  if (prev !== "") {
    if (REJECT_BEFORE.has(prev)) return true;
    if (LETTER_OR_DIGIT_RE.test(prev) && !plus && !cueWordGlued(text, start)) return true;
    if (JOINERS.has(prev) && LETTER_OR_DIGIT_RE.test(text[start - 2] ?? "") && !cueWordGlued(text, start - 1)) return true;
  }
  if (followsCurrency(text, start) || isInsideHexGroups(text, start, end)) return true;
  return endsWithIdentifierLabel(segmentBefore(text, start));
}

const isOpenSep = (sep: string) => WHITESPACE_RE.test(sep);
const isBreakSep = (sep: string) => sep.length > 3 || (WHITESPACE_RE.test(sep) && BREAK_MARK_RE.test(sep));

/** Spans [start, end) of the phone numbers inside one run. */
function phoneSpans(text: string, runStart: number, groups: TGroup[], plus: boolean): Array<[number, number]> {
  const seps = groups.slice(1).map((g, i) => text.slice(groups[i]?.end ?? g.start, g.start));
  const spans: Array<[number, number]> = [];
  const runEnd = groups[groups.length - 1]?.end ?? runStart;
  const unitAfter = precedesUnit(text, runEnd);
  let i = 0;
  while (i < groups.length) {
    if (i > 0 && !isOpenSep(seps[i - 1] ?? "")) {
      i++;
      continue;
    }
    const from = i === 0 ? runStart : (groups[i]?.start ?? runStart) - ((seps[i - 1] ?? "").endsWith("(") ? 1 : 0);
    const cue = hasPhoneCue(segmentBefore(text, from));
    let last = i;
    while (last + 1 < groups.length && !isBreakSep(seps[last] ?? "")) last++;
    let accepted = -1;
    for (let j = last; j >= i && accepted < 0; j--) {
      if (j < groups.length - 1 && !isOpenSep(seps[j] ?? "")) continue;
      const window: TPhoneWindow = {
        groups: groups.slice(i, j + 1).map((g) => g.digits),
        seps: seps.slice(i, j),
        plus: plus && i === 0,
      };
      if (isPhoneWindow(window, { cue, unitAfter: unitAfter && j === groups.length - 1 })) accepted = j;
    }
    if (accepted < 0) {
      i++;
      continue;
    }
    spans.push([from, groups[accepted]?.end ?? from]);
    i = accepted + 1;
  }
  return spans;
}

/** Replaces every phone number in `text` with the contact marker. */
export function redactPhones(text: string): TRedaction {
  let out = "";
  let cursor = 0;
  let count = 0;
  RUN_RE.lastIndex = 0;
  for (let match = RUN_RE.exec(text); match !== null; match = RUN_RE.exec(text)) {
    const runStart = match.index;
    const plus = match[0].startsWith("+") || match[0].startsWith("＋");
    const groups = parseGroups(match[0], runStart);
    const tail = groups[groups.length - 1];
    if (tail && GLUED_AFTER_RE.test(text.slice(tail.end, tail.end + 1))) groups.pop();
    const runEnd = groups[groups.length - 1]?.end ?? runStart;
    if (groups.length === 0 || isRejectedRun(text, runStart, runEnd, plus)) continue;
    for (const [start, end] of phoneSpans(text, runStart, groups, plus)) {
      out += text.slice(cursor, start) + CONTACT_MARKER;
      cursor = end;
      count++;
    }
  }
  return count === 0 ? { text, count } : { text: out + text.slice(cursor), count };
}
