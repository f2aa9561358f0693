import { CONTACT_MARKER, type TRedaction } from "./contact-marker";
import { NO_TLD_PROVIDERS, NOT_A_MAILBOX, isKnownTld, isProviderDomain } from "./email-domains";
import { ANY_DOT, BRACKET_DOT, LABEL, LIT_DOT, LOCAL_CLASS, WORD, WORD_DOT, findAtToken, type TAtToken } from "./email-syntax";

/**
 * Email addresses in every written form: plain (also fullwidth ＠, small ﹫, %40, &#64;),
 * spaced around a provider (`mika @ gmail.com`), and spelled out (`mika [at] gmail [dot] com`,
 * `(arroba)`/`(ponto)`, ` at … dot `, `at the rate`, `name-at-domain-dot-com`).
 * Works from each "at" token outwards, so text without one costs a single scan.
 */

const PLAIN_DOMAIN_RE = new RegExp(`${LABEL}(?:${LIT_DOT}${LABEL})*`, "uy");
/** Longest `labels.tld` prefix ending at a label boundary; else the loosest one ("y.com2" → "y.com"). */
const DOMAIN_STRICT_RE = new RegExp(`^${LABEL}(?:${LIT_DOT}${LABEL})*${LIT_DOT}\\p{L}{2,}(?![\\p{L}\\p{M}\\p{N}\\-])`, "u");
const DOMAIN_LOOSE_RE = new RegExp(`^${LABEL}(?:${LIT_DOT}${LABEL})*${LIT_DOT}\\p{L}{2,}`, "u");
const SPELLED_DOMAIN_RE = new RegExp(`${WORD}(?:${ANY_DOT}${WORD})+`, "iuy");
const SPELLED_LOCAL_RE = new RegExp(`(?<![${LOCAL_CLASS}])${WORD}(?:${ANY_DOT}${WORD})*$`, "iu");
const PROVIDER_NO_TLD_RE = /(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|protonmail)(?![\p{L}\p{N}.．])/iuy;
const LOCAL_CHAR_RE = new RegExp(`[${LOCAL_CLASS}]`, "u");
const SPELLED_DOT_RE = new RegExp(`${BRACKET_DOT}|${WORD_DOT}`, "iu");
const DOT_SPLIT_RE = new RegExp(ANY_DOT, "giu");
const DASHED_RE = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}.]+([-_])at\1[\p{L}\p{N}]+(?:\1dot\1[\p{L}\p{N}]+)+/giu;
const DASHED_HINT_RE = /[-_]at[-_]/i;
const TLD_RE = /^\p{L}{2,24}$/u;
const TLD_PREFIX_RE = /^\p{L}{2,24}(?!\p{L})/u;
/** "email: mika at gmail" — a bare at before a webmail name counts only when announced as mail. */
const EMAIL_CUE_RE = /(?:(?<!\p{L})(?:e-?mail|mail|correo|courriel)[ \t]*[:：\-–—→=>»]|[📧✉📩])\uFE0F?[ \t]*$/iu;
/**
 * "business: mika at studio.co.uk", "📧 mika at studio.co.uk" — a bare at before a plain domain
 * counts when a contact label (followed by ":", "-", "→" …) or a mail emoji announces it.
 */
const CONTACT_CUE_RE =
  /(?:(?<!\p{L})(?:e-?mail|mail|correo|courriel|contact[oa]?|contato|kontakt|inquiries|enquiries|business|biz|booking|bookings|collabs?|press|pr|mgmt|management|tips|pitches)[ \t]*[:：\-–—→=>»]|[📧✉📩💌])\uFE0F?[ \t]*$/iu;
/** Local parts that are mailboxes, not people or job titles: `hello at studio.com`, `jo.lee at x.io`. */
const MAILBOX_LOCAL_RE =
  /^(?:hello|hi|hey|info|contact|team|press|pr|booking|bookings|mgmt|management|support|sales|hola|contato|contacto|kontakt|bonjour|ciao|office|admin|inquiries|enquiries|collabs?|partnerships?|business|biz|media|studio|mail)$|[._\d]/iu;
const LOCAL_LOOKBACK = 64;

type TSpan = [number, number];

/** `local@domain.tld`; a space before `@` means a mention, except before a webmail provider. */
function plainSpan(text: string, token: TAtToken, floor: number): TSpan | null {
  let start = token.start;
  while (start > floor && LOCAL_CHAR_RE.test(text[start - 1] ?? "")) start--;
  if (start === token.start) return null;
  PLAIN_DOMAIN_RE.lastIndex = token.end;
  const domain = PLAIN_DOMAIN_RE.exec(text)?.[0];
  if (domain === undefined) return null;
  const withTld = (DOMAIN_STRICT_RE.exec(domain) ?? DOMAIN_LOOSE_RE.exec(domain))?.[0];
  const spaced = token.spaceBefore > 0;
  let length: number | null = null;
  if (withTld !== undefined && (!spaced || isProviderDomain(withTld))) length = withTld.length;
  else if (withTld === undefined && !spaced && token.spaceAfter === 0 && NO_TLD_PROVIDERS.has(domain.toLowerCase())) {
    length = domain.length;
  }
  if (length === null) return null;
  if (text.slice(Math.max(floor, start - 7), start).toLowerCase() === "mailto:") start -= 7;
  return [start, token.end + length];
}

/** `mika AT studio.com`: an upper-case AT inside lower-case text is deliberate obfuscation. */
function isShoutedAt(token: TAtToken, local: string): boolean {
  return token.core === "AT" && /[\p{Ll}\p{N}]/u.test(local);
}

function isSpelledEmail(token: TAtToken, local: string, domain: string, announced: () => boolean): boolean {
  const labels = domain.split(DOT_SPLIT_RE);
  const tld = labels[labels.length - 1] ?? "";
  if (!TLD_RE.test(tld)) return false;
  if (token.kind === "bracket" || isShoutedAt(token, local)) return true;
  if (token.kind === "symbol") {
    if (token.spaceBefore === 0) return true; // "mika@studio dot com", "mika@ studio dot com"
    if (token.spaceAfter === 0) return false; // "by @studio.agency" is a mention
  }
  if (!isKnownTld(tld) || NOT_A_MAILBOX.has(local.toLowerCase().replace(/^[-_.%+]+/, ""))) return false;
  const first = (labels[0] ?? "").toLowerCase();
  const name = local.toLowerCase().split(/[._-]/)[0] ?? "";
  const nameInDomain = name.length >= 3 && first.includes(name);
  if (SPELLED_DOT_RE.test(domain) || isProviderDomain(labels.join(".")) || nameInDomain || MAILBOX_LOCAL_RE.test(local)) return true;
  return labels.length >= 2 && announced();
}

/**
 * Prefixes of a spelled domain that end in a TLD, longest first: "gmail dot com+98765" gives
 * "gmail dot com", so digits glued to an address do not hide it.
 */
function tldCuts(domain: string): string[] {
  const dots: Array<[number, number]> = [];
  DOT_SPLIT_RE.lastIndex = 0;
  for (let m = DOT_SPLIT_RE.exec(domain); m !== null; m = DOT_SPLIT_RE.exec(domain)) dots.push([m.index, m.index + m[0].length]);
  const cuts: string[] = [];
  for (let k = dots.length - 1; k >= 0; k--) {
    const end = dots[k]?.[1] ?? 0;
    const letters = TLD_PREFIX_RE.exec(domain.slice(end, dots[k + 1]?.[0] ?? domain.length))?.[0];
    if (letters !== undefined) cuts.push(domain.slice(0, end + letters.length));
  }
  return cuts;
}

/**
 * Spelled-out forms around any token. Without a TLD, only a webmail name counts, and only after
 * a bracketed at (`mika (at) gmail`) or when announced as mail (`email: mika at gmail`).
 */
function spelledSpan(text: string, token: TAtToken, floor: number): TSpan | null {
  SPELLED_DOMAIN_RE.lastIndex = token.end;
  const domain = SPELLED_DOMAIN_RE.exec(text)?.[0];
  let provider: string | undefined;
  if (domain === undefined) {
    if (token.kind === "symbol") return null;
    PROVIDER_NO_TLD_RE.lastIndex = token.end;
    provider = PROVIDER_NO_TLD_RE.exec(text)?.[0];
    if (provider === undefined) return null;
  }
  const before = text.slice(Math.max(floor, token.start - LOCAL_LOOKBACK), token.start);
  const local = SPELLED_LOCAL_RE.exec(before)?.[0];
  if (local === undefined) return null;
  const start = token.start - local.length;
  // The cue must sit right before the address ("business: mika at …"), so no later pass reads it differently.
  const lead = text.slice(Math.max(0, start - 24), start);
  if (domain !== undefined) {
    const announced = () => CONTACT_CUE_RE.test(lead);
    const candidate = tldCuts(domain).find((cut) => isSpelledEmail(token, local, cut, announced));
    if (candidate !== undefined) return [start, token.end + candidate.length];
    if (token.kind === "symbol") return null;
    PROVIDER_NO_TLD_RE.lastIndex = token.end;
    provider = PROVIDER_NO_TLD_RE.exec(text)?.[0];
  }
  const announced = token.kind === "bracket" || EMAIL_CUE_RE.test(lead);
  return announced && provider !== undefined ? [start, token.end + provider.length] : null;
}

function redactDashed(text: string): TRedaction {
  if (!DASHED_HINT_RE.test(text)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(DASHED_RE, (match: string) => {
    const tld = match.split(/[-_]dot[-_]/i).pop() ?? "";
    return isKnownTld(tld) ? (count++, CONTACT_MARKER) : match;
  });
  return { text: out, count };
}

/** Replaces every email address (plain, spaced, spelled out) with the contact marker. */
export function redactEmails(text: string): TRedaction {
  let out = "";
  let cursor = 0;
  let count = 0;
  let from = 0;
  for (let token = findAtToken(text, from); token !== null; token = findAtToken(text, from)) {
    from = token.coreEnd;
    if (token.start < cursor) continue;
    const span = (token.kind === "symbol" ? plainSpan(text, token, cursor) : null) ?? spelledSpan(text, token, cursor);
    if (span === null) continue;
    out += text.slice(cursor, span[0]) + CONTACT_MARKER;
    cursor = span[1];
    from = Math.max(from, cursor);
    count++;
  }
  const dashed = redactDashed(count === 0 ? text : out + text.slice(cursor));
  return { text: dashed.text, count: count + dashed.count };
}
