import addFormats from "ajv-formats";
import type { FormatDefinition } from "ajv";

const fullDateTime = addFormats.get("date-time", "full") as FormatDefinition<string>;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number written by `length` ASCII digits at `start`, or -1 when one of them is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether `YYYY-MM-DDTHH:MM:SS.mmmZ` — the form every lead-record timestamp takes (PostgreSQL's
 * to_char, Date#toISOString) — names a real instant; undefined when the text has another form.
 * Reads the digits in place: no regex match arrays or split strings per timestamp.
 */
function canonicalUtcIsValid(text: string): boolean | undefined {
  if (text.length !== 24 || text[4] !== "-" || text[7] !== "-" || text[10] !== "T" || text[13] !== ":" || text[16] !== ":" || text[19] !== "." || text[23] !== "Z") return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || digitsAt(text, 20, 3) < 0 || second === 60) return undefined; // not digits, or a leap second: the full check decides
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!);
}

/**
 * ajv-formats' full RFC 3339 `date-time` check with a fast path for the canonical UTC form: the
 * same answers (the canonical form is checked for a real calendar date and time of day, every
 * other form goes to the full check), without its per-value regex matches and splits: ~0.3 s of
 * main-thread CPU in a 100k-record freeze (7 timestamps a record), plus their garbage.
 */
export const dateTimeFormat: FormatDefinition<string> = {
  type: "string",
  validate: (text: string) => canonicalUtcIsValid(text) ?? (fullDateTime.validate as (value: string) => boolean)(text),
  compare: fullDateTime.compare,
};
