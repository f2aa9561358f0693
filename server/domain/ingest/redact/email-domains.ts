/**
 * Domain knowledge for obfuscated and spaced email forms: which webmail providers are
 * unmistakable (so `mika @ gmail.com` and `mika@gmail` count), which TLDs are plausible after
 * a bare ` at … dot ` spelling, and which words before ` at ` are never a mailbox.
 */

/** First domain labels that only ever mean a mailbox provider. */
const PROVIDER_LABELS: ReadonlySet<string> = new Set([
  "gmail", "googlemail", "hotmail", "yahoo", "ymail", "rocketmail", "outlook", "icloud", "protonmail", "proton",
  "aol", "gmx", "yandex", "rediffmail", "libero", "naver", "hanmail", "zoho", "zohomail", "fastmail",
  "tutanota", "tuta", "posteo", "mailbox", "seznam", "btinternet", "virginmedia", "wanadoo", "laposte",
  "bigpond", "sympatico", "comcast", "sbcglobal", "bellsouth", "earthlink", "optonline", "qq", "163", "126",
  "uol", "bol", "terra", "rambler", "interia", "onet", "mail",
]);

/** Providers whose address is recognisable even without a TLD (`mika@gmail`). */
export const NO_TLD_PROVIDERS: ReadonlySet<string> = new Set([
  "gmail", "googlemail", "hotmail", "yahoo", "outlook", "icloud", "protonmail", "proton",
]);

/** Whole domains of providers whose first label is generic (web.de, orange.fr, me.com …). */
const PROVIDER_DOMAINS: ReadonlySet<string> = new Set([
  "web.de", "t-online.de", "freenet.de", "arcor.de", "orange.fr", "free.fr", "sfr.fr", "live.com", "live.co.uk",
  "msn.com", "me.com", "mac.com", "pm.me", "hey.com", "ig.com.br", "globo.com", "sky.com", "wp.pl", "o2.pl",
  "abv.bg", "bk.ru", "list.ru", "inbox.ru", "ukr.net", "daum.net", "alice.it", "virgilio.it", "tiscali.it",
]);

const GENERIC_TLDS = [
  "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "pro", "name", "mobi", "io", "ai", "app",
  "dev", "gg", "tv", "fm", "me", "co", "xyz", "online", "site", "website", "web", "page", "link", "store",
  "shop", "tech", "studio", "design", "agency", "media", "news", "blog", "art", "music", "live", "life",
  "world", "today", "email", "space", "cloud", "club", "digital", "network", "solutions", "services",
  "systems", "consulting", "coach", "fitness", "health", "care", "coffee", "cafe", "bar", "restaurant",
  "kitchen", "photo", "photography", "photos", "gallery", "travel", "tours", "money", "finance", "capital",
  "fund", "partners", "ventures", "group", "company", "inc", "ltd", "llc", "one", "top", "vip", "fun",
  "games", "game", "social", "team", "work", "works", "careers", "jobs", "academy", "education", "school",
  "church", "love", "family", "kids", "pet", "pets", "dog", "vet", "garden", "farm", "eco", "green", "bio",
  "energy", "solar", "auto", "car", "cars", "homes", "house", "realty", "realestate", "properties", "estate",
  "land", "legal", "law", "lawyer", "attorney", "tax", "accountant", "dental", "clinic", "doctor", "yoga",
  "golf", "surf", "bike", "run", "style", "fashion", "beauty", "hair", "makeup", "skin", "salon", "spa",
  "wedding", "events", "tickets", "film", "movie", "band", "rocks", "ninja", "guru", "expert", "build",
  "tools", "software", "codes", "computer", "chat", "community", "foundation", "global",
  "london", "paris", "berlin", "nyc", "tokyo", "africa", "asia", "lat", "wtf", "lol",
];

const GENERIC_TLD_SET: ReadonlySet<string> = new Set(GENERIC_TLDS);

/** Plausible TLDs for ` at … dot …` spellings: every two-letter ccTLD plus common generic ones. */
export function isKnownTld(tld: string): boolean {
  const lower = tld.toLowerCase();
  return /^[a-z]{2}$/.test(lower) || GENERIC_TLD_SET.has(lower);
}

/** Words that, before a bare ` at `, are a job title, pronoun or verb, not a mailbox name. */
export const NOT_A_MAILBOX: ReadonlySet<string> = new Set([
  "me", "us", "you", "him", "her", "them", "it", "here", "there", "or", "and", "is", "am", "are", "was", "be",
  "work", "works", "working", "worked", "based", "live", "lives", "living", "find", "reach", "ping", "write",
  "email", "mail", "e-mail", "dm", "text", "call", "eng", "engineer", "dev", "developer", "pm", "designer",
  "founder", "cofounder", "co-founder", "ceo", "cto", "cfo", "coo", "vp", "head", "lead", "intern", "student",
  "manager", "prev", "ex", "formerly", "currently", "now", "home", "school",
]);

export function isProviderDomain(domain: string): boolean {
  const lower = domain.toLowerCase().replace(/[．。｡]/g, ".");
  const first = lower.split(".")[0] ?? "";
  return PROVIDER_LABELS.has(first) || PROVIDER_DOMAINS.has(lower);
}
