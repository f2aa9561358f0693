/**
 * What we may send to a provider about a card: its display name split into first/last when that
 * looks like a person's name, its website domain and, for X cards, the profile URL (Apollo
 * accepts twitter_url; it has no field for TikTok or Threads profiles). Never the bio.
 */
export type TCardIdentity = { platform: "x" | "tiktok" | "threads"; handle: string | null; displayName: string | null; websiteDomain: string | null };
export type TPersonQuery = { first_name?: string; last_name?: string; name?: string; domain?: string; twitter_url?: string };

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const NOT_NAMES = new Set(["the", "official", "inc", "llc", "ltd", "co", "shop", "studio", "store", "hq", "team", "club", "news", "app"]);

/** "Maya Reed" → Maya / Reed; "Mary Ann de la Cruz" → Mary / de la Cruz style tails are kept whole. */
export function splitPersonName(displayName: string | null): { first: string; last: string } | null {
  if (!displayName) return null;
  const cleaned = displayName.normalize("NFKC").replace(/[\p{Extended_Pictographic}\u200d\ufe0f|•·@#]+/gu, " ").replace(/\s+/g, " ").trim();
  const words = cleaned.split(" ").filter(Boolean);
  if (words.length < 2 || words.length > 4) return null;
  if (words.some((w) => NOT_NAMES.has(w.toLowerCase().replace(/\.$/, "")))) return null;
  const [first, ...rest] = words as [string, ...string[]];
  if (!NAME_WORD.test(first) || first.replace(/\.$/, "").length < 2) return null;
  const last = rest.at(-1)!;
  if (!NAME_WORD.test(last) || last.replace(/\.$/, "").length < 2) return null;
  return { first, last: rest.join(" ") };
}

/** A bare registrable host (no scheme, `www.`, path or port), or null when it is not a domain. */
export function normaliseDomain(value: string | null | undefined): string | null {
  if (!value) return null;
  let host = value.trim().toLowerCase();
  host = host.replace(/^[a-z]+:\/\//, "").replace(/^www\./, "").split(/[/?#:]/)[0] ?? "";
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  return host;
}

/** Link shorteners and social hosts say nothing about a person's employer. */
const NON_COMPANY_DOMAINS = new Set(["linktr.ee", "bit.ly", "instagram.com", "tiktok.com", "x.com", "twitter.com", "threads.net", "youtube.com", "facebook.com", "beacons.ai", "linkin.bio", "gmail.com", "substack.com", "medium.com"]);

/** The Apollo people-match query for a card, or null when it holds too little to match on. */
export function buildPersonQuery(card: TCardIdentity): TPersonQuery | null {
  const query: TPersonQuery = {};
  const name = splitPersonName(card.displayName);
  if (name) {
    query.first_name = name.first;
    query.last_name = name.last;
  }
  const domain = normaliseDomain(card.websiteDomain);
  if (domain && !NON_COMPANY_DOMAINS.has(domain)) query.domain = domain;
  if (card.platform === "x" && card.handle && /^[A-Za-z0-9_]{1,15}$/.test(card.handle)) query.twitter_url = `https://twitter.com/${card.handle}`;
  // Apollo needs a name with a domain, or a profile URL, to find anyone.
  const matchable = (query.first_name && query.domain) || query.twitter_url;
  return matchable ? query : null;
}
