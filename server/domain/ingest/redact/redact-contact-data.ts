import { CONTACT_MARKER, type TRedaction } from "./contact-marker";
import { redactEmails } from "./email-patterns";
import { redactNumberLinks } from "./link-patterns";
import { redactPhones } from "./phone-patterns";

export { CONTACT_MARKER, type TRedaction };

/**
 * Replaces every email address, phone number and number-carrying link in `text` with
 * `CONTACT_MARKER` and reports how many were removed. Pure and idempotent: redacting the
 * output again changes nothing. Definition: spec/taxonomy.md "What counts as contact data".
 */
export function redactContactData(text: string): TRedaction {
  const digits = countDigits(text);
  const emailHint = AT_HINT_RE.test(text) || SPELLED_AT_HINT_RE.test(text);
  if (digits < MIN_PHONE_DIGITS && !emailHint) return { text, count: 0 };

  let out = text;
  let count = 0;
  const apply = (step: (input: string) => TRedaction) => {
    const result = step(out);
    out = result.text;
    count += result.count;
  };
  if (digits >= MIN_PHONE_DIGITS) apply(redactNumberLinks);
  if (emailHint) apply(redactEmails);
  if (digits >= MIN_PHONE_DIGITS) apply(redactPhones);
  return { text: out, count };
}

const MIN_PHONE_DIGITS = 7;
const AT_HINT_RE = /[@＠﹫]|%40|&#0*64;|&commat;/i;
const SPELLED_AT_HINT_RE = /(?<![\p{L}])(?:at|arroba|arobase|chiocciola|ät|aet)(?![\p{L}])|[[({<]\s*a\s*[\])}>]/iu;
const OTHER_DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\uFF10-\uFF19]/gu;

/** ASCII digits plus Arabic-Indic, Devanagari, Bengali and fullwidth digits, stopping at 7. */
function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < MIN_PHONE_DIGITS; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) n++;
  }
  if (n >= MIN_PHONE_DIGITS) return n;
  return n + (text.match(OTHER_DIGIT_RE)?.length ?? 0);
}
