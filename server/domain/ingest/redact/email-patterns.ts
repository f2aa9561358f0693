import { CONTACT_MARKER, type TRedaction } from "./contact-marker";
import { NO_TLD_PROVIDERS, NOT_A_MAILBOX, isKnownTld, isProviderDomain } from "./email-domains";

/**
 * Email addresses in every written form: plain (also fullwidth ＠, small ﹫, %40, &#64;),
 * spaced around a provider (`mika @ gmail.com`), and spelled out (`mika [at] gmail [dot] com`,
 * `(arroba)`/`(ponto)`, ` at … dot `, `at the rate`, `name-at-domain-dot-com`).
 */

const LOCAL = "\\p{L}\\p{M}\\p{N}._%+\\-";
const LABEL = "[\\p{L}\\p{M}\\p{N}\\-]+";
const LIT_DOT = "[.．。｡]";
const SP = "[ \\t\\u00A0\\u3000]";
const AT_CHARS = "(?:@|＠|﹫|%40|&#0*64;|&commat;)";

const PLAIN_RE = new RegExp(
  `(?:mailto:)?(?<![${LOCAL}])[${LOCAL}]+(${SP}*)${AT_CHARS}(${SP}*)(${LABEL}(?:${LIT_DOT}${LABEL})*)`,
  "giu",
);
/** Longest `labels.tld` prefix ending at a label boundary; else the loosest one ("y.com2" → "y.com"). */
const DOMAIN_STRICT_RE = new RegExp(`^${LABEL}(?:${LIT_DOT}${LABEL})*${LIT_DOT}\\p{L}{2,}(?![\\p{L}\\p{M}\\p{N}\\-])`, "u");
const DOMAIN_LOOSE_RE = new RegExp(`^${LABEL}(?:${LIT_DOT}${LABEL})*${LIT_DOT}\\p{L}{2,}`, "u");

const AT_WORDS = "at\\s?the\\s?rate(?:\\s?of)?|at\\s?sign|at\\s?symbol|arroba|arobase|chiocciola|ät|aet|at";
const DOT_WORDS = "dot|punto|ponto|point|punkt|pto|period";
const OPEN = "[\\[({<]";
const CLOSE = "[\\])}>]";
const BRACKET_AT = `${SP}*${OPEN}${SP}*(?:${AT_WORDS}|a|@|＠)${SP}*${CLOSE}${SP}*`;
const WORD_AT = `${SP}+(?:${AT_WORDS}|@|＠|﹫)${SP}+`;
const GLUED_AT = "[@＠﹫]";
const BRACKET_DOT = `${SP}*${OPEN}${SP}*(?:${DOT_WORDS}|\\.)${SP}*${CLOSE}${SP}*`;
const WORD_DOT = `${SP}+(?:${DOT_WORDS})${SP}+`;
const ANY_DOT = `(?:${BRACKET_DOT}|${WORD_DOT}|${LIT_DOT})`;
const WORD = "[\\p{L}\\p{M}\\p{N}_%+\\-]+";

const SPELLED_RE = new RegExp(
  `(?<![${LOCAL}])${WORD}(?:${ANY_DOT}${WORD})*(?:${BRACKET_AT}|${WORD_AT}|${GLUED_AT})${WORD}(?:${ANY_DOT}${WORD})+`,
  "giu",
);
const AT_TOKEN_RE = new RegExp(`${BRACKET_AT}|${WORD_AT}|${GLUED_AT}`, "iu");
const STRONG_AT_RE = new RegExp(`^(?:${BRACKET_AT}|${GLUED_AT})$`, "iu");
const SPELLED_DOT_RE = new RegExp(`${BRACKET_DOT}|${WORD_DOT}`, "iu");
const DOT_SPLIT_RE = new RegExp(ANY_DOT, "giu");
const DASHED_RE = /(?<![\p{L}\p{N}._-])[\p{L}\p{N}.]+([-_])at\1[\p{L}\p{N}]+(?:\1dot\1[\p{L}\p{N}]+)+/giu;
const TLD_RE = /^\p{L}{2,24}$/u;
/** Local parts that are mailboxes, not people or job titles: `hello at studio.com`, `jo.lee at x.io`. */
const MAILBOX_LOCAL_RE =
  /^(?:hello|hi|hey|info|contact|team|press|pr|booking|bookings|mgmt|management|support|sales|hola|contato|contacto|kontakt|bonjour|ciao|office|admin|inquiries|enquiries|collabs?|partnerships?|business|biz|media|studio|mail)$|[._\d]/iu;
/** `mika (at) gmail`, `mika[at]hotmail`: a bracketed at before a webmail provider, TLD left out. */
const BRACKETED_PROVIDER_RE = new RegExp(
  `(?<![${LOCAL}])${WORD}(?:${ANY_DOT}${WORD})*${BRACKET_AT}(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|protonmail)(?![\\p{L}\\p{N}.．])`,
  "giu",
);

/** Plain `local@domain.tld`; spaces around `@` only for unmistakable webmail providers. */
function redactPlain(text: string): TRedaction {
  let count = 0;
  const out = text.replace(PLAIN_RE, (match: string, spaceBefore: string, spaceAfter: string, domain: string) => {
    // "by @litbridge.agency" is a mention; "mika@ studio.com" / "mika @ gmail.com" are addresses.
    const spaced = spaceBefore.length > 0;
    const withTld = (DOMAIN_STRICT_RE.exec(domain) ?? DOMAIN_LOOSE_RE.exec(domain))?.[0];
    let kept: string | undefined;
    if (withTld !== undefined && (!spaced || isProviderDomain(withTld))) kept = domain.slice(withTld.length);
    else if (withTld === undefined && !spaced && spaceAfter === "" && NO_TLD_PROVIDERS.has(domain.toLowerCase())) kept = "";
    if (kept === undefined) return match;
    count++;
    return CONTACT_MARKER + kept;
  });
  return { text: out, count };
}

function isSpelledEmail(match: string): boolean {
  const at = AT_TOKEN_RE.exec(match);
  if (!at || at.index === 0) return false;
  const local = match.slice(0, at.index);
  const domain = match.slice(at.index + at[0].length);
  const labels = domain.split(DOT_SPLIT_RE);
  const tld = labels[labels.length - 1] ?? "";
  if (!TLD_RE.test(tld)) return false;
  if (STRONG_AT_RE.test(at[0]) || isShoutedAt(at[0], local)) return true;
  if (!isKnownTld(tld) || NOT_A_MAILBOX.has(local.toLowerCase())) return false;
  const first = (labels[0] ?? "").toLowerCase();
  const nameInDomain = local.length >= 3 && first.includes(local.toLowerCase().split(/[._-]/)[0] ?? "\u0000");
  return SPELLED_DOT_RE.test(domain) || isProviderDomain(labels.join(".")) || nameInDomain || MAILBOX_LOCAL_RE.test(local);
}

/** `mika AT studio.com`: an upper-case AT inside lower-case text is deliberate obfuscation. */
function isShoutedAt(token: string, local: string): boolean {
  return token.trim() === "AT" && /[\p{Ll}\p{N}]/u.test(local);
}

function redactSpelled(text: string): TRedaction {
  let count = 0;
  const replace = (match: string) => (isSpelledEmail(match) ? (count++, CONTACT_MARKER) : match);
  let out = text.replace(SPELLED_RE, replace).replace(BRACKETED_PROVIDER_RE, () => (count++, CONTACT_MARKER));
  if (out.includes("-at-") || out.includes("_at_") || /[-_]at[-_]/i.test(out)) {
    out = out.replace(DASHED_RE, (match: string) => {
      const tld = match.split(/[-_]dot[-_]/i).pop() ?? "";
      return isKnownTld(tld) ? (count++, CONTACT_MARKER) : match;
    });
  }
  return { text: out, count };
}

/** Replaces every email address (plain, spaced, spelled out) with the contact marker. */
export function redactEmails(text: string): TRedaction {
  const plain = redactPlain(text);
  const spelled = redactSpelled(plain.text);
  return { text: spelled.text, count: plain.count + spelled.count };
}
