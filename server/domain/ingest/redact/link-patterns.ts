import { CONTACT_MARKER, type TRedaction } from "./contact-marker";

/**
 * Links that carry a phone number: wa.me/<n>, api.whatsapp.com/send?phone=<n>, t.me/+<n>,
 * signal.me/#p/+<n>, zalo.me/<n>, whatsapp:// and viber:// deep links, tel:/sms:/callto:
 * URIs, and any URL with a `phone=`/`tel=`/`number=` style query parameter. The whole link
 * is replaced; links without a number (t.me/handle, wa.me/message/ABC) are left alone.
 */

const URL_CHARS = "[A-Za-z0-9\\-._~:/?#@!$&*+,;=%]";
const LINK_RE = new RegExp(
  [
    `(?:(?:https?|whatsapp|viber|tg):\\/\\/|(?<![A-Za-z0-9.\\-])www\\.)${URL_CHARS}+`,
    `(?<![A-Za-z0-9.\\-/])(?:(?:api|web|chat)\\.)?(?:wa\\.me|whatsapp\\.com|t\\.me|telegram\\.(?:me|dog)|signal\\.me|zalo\\.me)\\/${URL_CHARS}*`,
    `(?<![A-Za-z])(?:tel|sms|smsto|callto|facetime(?:-audio)?|skype):(?:\\/\\/)?\\+?[0-9(][0-9().\\-]*[0-9]${URL_CHARS}*`,
  ].join("|"),
  "giu",
);
const NUMBER_IN_LINK_RE = new RegExp(
  [
    "wa\\.me\\/(?:c\\/)?\\+?(\\d{6,15})(?![A-Za-z0-9])",
    "[?&#;](?:phone|phone_?number|tel|mobile|whatsapp|number|celular|telefone|telefono|msisdn)=\\+?(\\d{7,15})(?![A-Za-z0-9])",
    "(?:t|telegram)\\.(?:me|dog)\\/\\+(\\d{6,15})(?![A-Za-z0-9])",
    "signal\\.me\\/#p\\/\\+?(\\d{7,15})(?![A-Za-z0-9])",
    "zalo\\.me\\/(\\d{8,12})(?![A-Za-z0-9])",
    "^(?:tel|sms|smsto|callto|facetime(?:-audio)?|skype):(?:\\/\\/)?\\+?([0-9().\\-]{7,})",
  ].join("|"),
  "i",
);
const TRAILING_PUNCTUATION_RE = /[.,;:!?)\]'"]+$/;
const DIGIT_COUNT_RE = /\d/g;

function carriesNumber(link: string): boolean {
  const decoded = link.replace(/%2B/gi, "+");
  const found = NUMBER_IN_LINK_RE.exec(decoded);
  if (!found) return false;
  const number = found.slice(1).find((group) => group !== undefined) ?? "";
  // Six digits already make a messenger link a (possibly truncated, e.g. by a bio length limit) number.
  return (number.match(DIGIT_COUNT_RE)?.length ?? 0) >= 6;
}

/** Replaces every link that carries a phone number with the contact marker. */
export function redactNumberLinks(text: string): TRedaction {
  let count = 0;
  const out = text.replace(LINK_RE, (match: string) => {
    const trailing = TRAILING_PUNCTUATION_RE.exec(match)?.[0] ?? "";
    const link = match.slice(0, match.length - trailing.length);
    if (!carriesNumber(link)) return match;
    count++;
    return CONTACT_MARKER + trailing;
  });
  return { text: out, count };
}
