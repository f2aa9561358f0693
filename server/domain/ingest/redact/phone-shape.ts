import { getCountries, getCountryCallingCode, validatePhoneNumberLength } from "libphonenumber-js";

/**
 * Decides whether a group of digit blocks, as written, is a phone number. Works on shape
 * (digit count, grouping, separators) plus what the context says (a phone cue before it, a
 * unit after it); libphonenumber supplies calling codes and possible lengths for `+` numbers.
 * Written numbers are often fictional (555-01xx, Ofcom drama ranges), so validity of the
 * subscriber part is deliberately not required.
 */

export type TPhoneWindow = {
  /** ASCII digit blocks in writing order. */
  groups: readonly string[];
  /** `seps[i]` is the text between `groups[i]` and `groups[i + 1]`. */
  seps: readonly string[];
  /** Written with a leading `+`. */
  plus: boolean;
};

export type TPhoneContext = {
  /** A phone cue (call, WhatsApp, 📞 …) precedes it in the same segment. */
  cue: boolean;
  /** A unit, count word or currency follows it ("followers", "kg", "€"). */
  unitAfter: boolean;
};

const CALLING_CODES: ReadonlySet<string> = new Set(getCountries().map((country) => getCountryCallingCode(country)));

const DATE_YMD = /^(?:19|20)\d{2}[-./ ](\d{1,2})[-./ ](\d{1,2})$/;
const DATE_YMD_PREFIX = /^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])[-./ ]/;
const DATE_DMY = /^(\d{1,2})[-./ ](\d{1,2})[-./ ](?:\d{2}|(?:19|20)\d{2})$/;
const YEAR = /^(?:19|20)\d{2}$/;
const THOUSANDS = /^\d{1,3}(?:[ .]\d{3})+$/;
const TIME_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/;
const ZIP_PLUS_4 = /^\d{5}-\d{4}$/;
/** National layouts made only of 2–3 digit blocks: ES 3-2-2-2 / 2-3-2-2 / 3-3-3, CH 3-3-2-2, NO 3-2-3. */
const SHORT_BLOCK_PHONES: ReadonlySet<string> = new Set(["3-2-2-2", "2-3-2-2", "3-3-3", "3-3-2-2", "3-2-3"]);
const NEVER_PHONE: readonly RegExp[] = [
  /^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/, // CNPJ
  /^\d{3}\.\d{3}\.\d{3}-\d{2}$/, // CPF
  /^\d{5}-\d{3}$/, // CEP
  /^[1-9]\d-\d{7}$/, // EIN
  /^\d{3}-\d{2}-\d{4}$/, // SSN
  /^\d{2} \d{3} \d{3} \d{3}$/, // ABN
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // IPv4
];

function canonical(window: TPhoneWindow): string {
  let out = window.groups[0] ?? "";
  for (let i = 1; i < window.groups.length; i++) out += sepChar(window.seps[i - 1] ?? "") + (window.groups[i] ?? "");
  return out;
}

/** One character standing for a separator: ".", "/", "-" or " " (spaces, parentheses). */
export function sepChar(sep: string): string {
  for (const ch of sep) {
    if (ch === "." || ch === "/") return ch;
    if (ch === "-" || (ch >= "\u2010" && ch <= "\u2015")) return "-";
  }
  return " ";
}

function hasCallingCode(digits: string): boolean {
  return CALLING_CODES.has(digits.slice(0, 1)) || CALLING_CODES.has(digits.slice(0, 2)) || CALLING_CODES.has(digits.slice(0, 3));
}

function isInternational(digits: string): boolean {
  if (digits.length < 8 || digits.length > 16 || !hasCallingCode(digits)) return false;
  if (digits.length >= 10) return true;
  return validatePhoneNumberLength(`+${digits}`) === undefined;
}

function isDate(canon: string): boolean {
  if (DATE_YMD.test(canon)) return true;
  const dmy = DATE_DMY.exec(canon);
  if (!dmy) return false;
  const a = Number(dmy[1]);
  const b = Number(dmy[2]);
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

function isNeverPhone(window: TPhoneWindow, canon: string, digits: string): boolean {
  if (NEVER_PHONE.some((re) => re.test(canon)) || isDate(canon) || DATE_YMD_PREFIX.test(canon)) return true;
  // Dotted phones keep short blocks ("07700.900.461"); "3.1415926535" is a decimal.
  if (canon.includes(".") && window.groups.some((g) => g.length > 5)) return true;
  if (window.groups.length >= 2 && window.groups.every((g) => YEAR.test(g))) return true;
  if (digits.length === 13 && /^97[89]/.test(digits) && window.groups.length >= 3) return true; // ISBN-13
  const slashes = window.seps.filter((sep) => sep.includes("/")).length;
  return slashes > 1 || (slashes === 1 && !(window.groups[0] ?? "").startsWith("0"));
}

function groupsPlausible(groups: readonly string[], cue: boolean): boolean {
  if (groups.length > (cue ? 7 : 6)) return false;
  // One lone digit may sit inside ("(11) 9 8765-4321", "1 206 555 0143"), never at the end.
  const lone = groups.slice(1).filter((g) => g.length < 2).length;
  if (lone > 1 || (groups[groups.length - 1] ?? "").length < 2) return false;
  if (groups.length === 2) return (groups[0] ?? "").length <= 5;
  if (groups.length >= 3) {
    const last = groups.length - 1;
    return groups.every((g, i) => g.length <= (i === last ? 8 : 5));
  }
  return true;
}

/** 8 digits without a cue: `2345 6789`, `12 34 56 78`, `412 34 567` — never `0900-1700` or `12 345 678`. */
function isEightDigitPhone(window: TPhoneWindow, canon: string): boolean {
  const { groups } = window;
  if (groups.length === 2) {
    const first = groups[0] ?? "";
    const roundNumber = groups.some((g) => g.endsWith("00"));
    return first.length === 4 && /^[2-9]/.test(first) && !roundNumber && !TIME_RANGE.test(canon) && !/[./]/.test(canon);
  }
  return groups.length >= 3 && groups.every((g) => g.length >= 2 && g.length <= 4);
}

/**
 * Without a cue, a number made only of 2–3 digit blocks is a list (`36 38 40 42 44` sizes,
 * `98 97 99 100` scores) unless it follows a national layout (`612 34 56 78`,
 * `06 12 34 56 78` with trunk 0); several round blocks (`200 300 400`) are amounts.
 */
function looksLikeList(groups: readonly string[], digits: string): boolean {
  if (groups.filter((g) => g.length >= 3 && g.endsWith("00")).length >= 2) return true;
  if (groups.length < 3 || groups.some((g) => g.length > 3)) return false;
  const pattern = groups.map((g) => g.length).join("-");
  if (pattern === "2-2-2-2-2") return !digits.startsWith("0");
  return !SHORT_BLOCK_PHONES.has(pattern);
}

/** Is this window of digit blocks a phone number, given its context? */
export function isPhoneWindow(window: TPhoneWindow, context: TPhoneContext): boolean {
  const digits = window.groups.join("");
  if (window.plus) return isInternational(digits);
  if (digits.startsWith("00") && digits.length >= 10) return isInternational(digits.slice(2));
  if (digits.length < 7 || digits.length > 13) return false;
  if (!groupsPlausible(window.groups, context.cue)) return false;
  const canon = canonical(window);
  if (isNeverPhone(window, canon, digits)) return false;
  const thousands = THOUSANDS.test(canon);
  if (thousands && context.unitAfter) return false;
  if (context.cue) return true;
  if (looksLikeList(window.groups, digits)) return false;
  if (ZIP_PLUS_4.test(canon) || digits.length === 7) return false;
  if (thousands && (digits.length <= 8 || digits.startsWith("1"))) return false;
  if (digits.length === 8) return isEightDigitPhone(window, canon);
  if (window.groups.length === 2 && YEAR.test(window.groups[0] ?? "")) return false; // "2024-1234567" case/order ids
  if (window.groups.length === 1) return digits.length >= 10 && digits.length <= 12;
  return true;
}
