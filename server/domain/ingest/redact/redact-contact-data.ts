import { CONTACT_MARKER, type TRedaction } from "./contact-marker";
import { redactEmails } from "./email-patterns";
import { redactNumberLinks } from "./link-patterns";
import { redactPhones } from "./phone-patterns";

export { CONTACT_MARKER, type TRedaction };

/**
 * Replaces every email address, phone number and number-carrying link in `text` with
 * `CONTACT_MARKER` and reports how many were removed. Pure and idempotent: passes repeat while
 * they find something (pieces glued to a removed contact are judged as a next pass would judge
 * them), so redacting the output again finds nothing. Definition: spec/taxonomy.md
 * "What counts as contact data".
 */
export function redactContactData(text: string): TRedaction {
  let result = redactOnce(text);
  for (let pass = 1; pass < MAX_PASSES && result.count > 0; pass++) {
    const again = redactOnce(result.text);
    if (again.count === 0) break;
    result = { text: again.text, count: result.count + again.count };
  }
  return result;
}

const MAX_PASSES = 4;

function redactOnce(text: string): TRedaction {
  const digits = countDigits(text);
  const atSign = AT_HINT_RE.test(text);
  if (SINGLE_URL_RE.test(text)) return redactUrl(text, digits, atSign);
  const emailHint = atSign || SPELLED_AT_HINT_RE.test(text);
  if (digits < MIN_LINK_DIGITS && !emailHint) return { text, count: 0 };

  let out = text;
  let count = 0;
  const apply = (step: (input: string) => TRedaction) => {
    const result = step(out);
    out = result.text;
    count += result.count;
  };
  if (digits >= MIN_LINK_DIGITS && (text.includes("/") || text.includes(":"))) apply(redactNumberLinks);
  if (emailHint) apply(redactEmails);
  if (digits >= MIN_PHONE_DIGITS) apply(redactPhones);
  return { text: out, count };
}

/**
 * A field that is one URL (website, avatar): digits there are paths and ids, so only links that
 * carry a number and addresses (mailto:, ?email=) are looked for.
 */
function redactUrl(text: string, digits: number, atSign: boolean): TRedaction {
  const links = digits >= MIN_LINK_DIGITS ? redactNumberLinks(text) : { text, count: 0 };
  if (!atSign) return links;
  const emails = redactEmails(links.text);
  return { text: emails.text, count: links.count + emails.count };
}

const MIN_PHONE_DIGITS = 7;
/** Messenger links (wa.me, t.me/+) count from six digits: a bio limit may have cut the number short. */
const MIN_LINK_DIGITS = 6;
const SINGLE_URL_RE = /^(?:https?:\/\/|www\.)[^\s]+$/i;
const AT_HINT_RE = /[@＠﹫]|%40|&#0*64;|&#[xX]0*40;|&commat;/i;
const SPELLED_AT_HINT_RE = /(?<![\p{L}])(?:at|arroba|arobase|chiocciola|ät|aet)(?![\p{L}])|[[({<]\s*a\s*[\])}>]/iu;
const OTHER_DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xff10] as const;

/** ASCII digits plus Arabic-Indic, Devanagari, Bengali and fullwidth digits, stopping at 7. */
function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < MIN_PHONE_DIGITS; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) n++;
    else if (code >= 0x660) for (const zero of OTHER_DIGIT_ZEROS) if (code >= zero && code <= zero + 9) n++;
  }
  return n;
}
