import { createHash } from "node:crypto";

/**
 * Deterministic synthetic people, organisations and skip-trace records for the fake providers:
 * the same seed and identifiers always give the same answer. Everything is fictional — emails at
 * example.com / example.net, phones in the 555-0100…0199 range reserved for fiction.
 */

export type TSyntheticApolloPhone = { raw_number: string; sanitized_number: string; type: string; status: string; dnc_status: string };
export type TSyntheticOrg = {
  id: string;
  name: string;
  website_url: string;
  primary_domain: string;
  linkedin_url: string;
  industry: string;
  estimated_num_employees: number;
  founded_year: number;
  city: string;
  state: string;
  country: string;
  street_address: string | null;
  postal_code: string | null;
};
export type TSyntheticPerson = {
  id: string;
  first_name: string;
  last_name: string;
  name: string;
  title: string;
  headline: string;
  email: string | null;
  email_status: string | null;
  linkedin_url: string;
  twitter_url: string | null;
  city: string;
  state: string;
  country: string;
  organization_id: string | null;
  organization: TSyntheticOrg | null;
};

/** Stable pseudo-random bytes for a key. */
export function stableHash(seed: number, key: string): Buffer {
  return createHash("sha256").update(`${seed}\u0000${key}`).digest();
}

/** A stable number in [0, 1) from byte `i` onwards. */
function unit(hash: Buffer, i: number): number {
  return hash.readUInt32BE(i % 28) / 2 ** 32;
}
function pick<T>(hash: Buffer, i: number, list: readonly T[]): T {
  return list[Math.floor(unit(hash, i) * list.length)] as T;
}

/** Stable JSON (sorted keys, no undefined): the identity key of a query for counters and matching. */
export function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const firstNames = ["Maya", "Jordan", "Avery", "Riley", "Sam", "Noah", "Priya", "Lena", "Mateo", "Chloe", "Omar", "Grace", "Theo", "Ines", "Kai", "Zoe"];
const lastNames = ["Reed", "Okafor", "Lindqvist", "Moreno", "Tanaka", "Brooks", "Haddad", "Novak", "Silva", "Kim", "Walsh", "Dubois", "Park", "Greene"];
const titles = ["Founder", "Co-Founder", "Owner", "Managing Partner", "Head of Growth", "Partnerships Lead", "Marketing Director", "CEO", "Creator"];
const industries = ["food & beverages", "marketing & advertising", "health, wellness & fitness", "retail", "information technology & services", "real estate", "apparel & fashion", "consumer services"];
const places = [
  { city: "Seattle", state: "Washington", st: "WA", zip: "98101", area: "206" },
  { city: "Austin", state: "Texas", st: "TX", zip: "78701", area: "512" },
  { city: "Denver", state: "Colorado", st: "CO", zip: "80202", area: "303" },
  { city: "Miami", state: "Florida", st: "FL", zip: "33131", area: "305" },
  { city: "Chicago", state: "Illinois", st: "IL", zip: "60601", area: "312" },
  { city: "Portland", state: "Oregon", st: "OR", zip: "97204", area: "503" },
] as const;
const orgWords = ["Harbor", "Maple", "Summit", "Copper", "Lumen", "Bright", "North", "Cedar", "Atlas", "Juniper"];
const orgKinds = ["Bakes", "Studio", "Labs", "Collective", "Supply", "Partners", "Goods", "Media"];

const hex = (hash: Buffer, from = 0) => hash.subarray(from, from + 12).toString("hex");
const ascii = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** A fictional phone: area code + 555-01xx. */
export function fictionalPhone(area: string, hash: Buffer, i: number): string {
  return `${area}55501${String(Math.floor(unit(hash, i) * 100)).padStart(2, "0")}`;
}

export function syntheticOrganization(seed: number, domainOrName: string, opts: { name?: string } = {}): TSyntheticOrg {
  const key = domainOrName.toLowerCase();
  const h = stableHash(seed, `org:${key}`);
  const domain = key.includes(".") ? key : `${slug(key) || "org"}.example.com`;
  const name = opts.name ?? titleCase(domain.split(".")[0]?.replace(/-/g, " ") ?? "");
  const place = pick(h, 3, places);
  const hasAddress = unit(h, 4) < 0.6;
  return {
    id: hex(h),
    name: name || `${pick(h, 1, orgWords)} ${pick(h, 2, orgKinds)}`,
    website_url: `http://www.${domain}`,
    primary_domain: domain,
    linkedin_url: `http://www.linkedin.com/company/${slug(name) || hex(h, 5)}`,
    industry: pick(h, 5, industries),
    estimated_num_employees: 1 + Math.floor(unit(h, 6) * 200),
    founded_year: 1990 + Math.floor(unit(h, 7) * 35),
    city: place.city,
    state: place.state,
    country: "United States",
    street_address: hasAddress ? `${100 + Math.floor(unit(h, 8) * 8800)} ${pick(h, 9, orgWords)} Example Ave` : null,
    postal_code: hasAddress ? place.zip : null,
  };
}

/** Whether an organisation enrich finds the domain (about 85%). */
export function organizationKnown(seed: number, domain: string): boolean {
  return unit(stableHash(seed, `orgknown:${domain.toLowerCase()}`), 0) < 0.85;
}

export type TApolloQueryLike = Partial<Record<"first_name" | "last_name" | "name" | "domain" | "organization_name" | "twitter_url" | "linkedin_url" | "email" | "id", unknown>>;

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/** An Apollo people match for a query, or null (about 65% of queries with identifiers match; none without). */
export function syntheticApolloPerson(seed: number, query: TApolloQueryLike): TSyntheticPerson | null {
  const first = str(query.first_name);
  const last = str(query.last_name);
  const full = str(query.name);
  const hasIdentity = Boolean(first || last || full || str(query.twitter_url) || str(query.linkedin_url) || str(query.email) || str(query.id));
  if (!hasIdentity) return null;
  const key = stableKey(query);
  const h = stableHash(seed, `person:${key}`);
  if (unit(h, 0) >= 0.65) return null;
  const [splitFirst, ...rest] = (full ?? "").split(/\s+/);
  const firstName = first ?? (full ? splitFirst : undefined) ?? pick(h, 1, firstNames);
  const lastName = last ?? (full && rest.length ? rest.join(" ") : undefined) ?? pick(h, 2, lastNames);
  const domain = str(query.domain)?.toLowerCase();
  const orgName = str(query.organization_name);
  const organization = domain
    ? syntheticOrganization(seed, domain, orgName ? { name: orgName } : {})
    : orgName
      ? syntheticOrganization(seed, orgName, { name: orgName })
      : unit(h, 3) < 0.7
        ? syntheticOrganization(seed, `${pick(h, 4, orgWords)} ${pick(h, 5, orgKinds)}`)
        : null;
  const local = [ascii(firstName), ascii(lastName)].filter(Boolean).join(".") || `person.${hex(h).slice(0, 6)}`;
  const emailRoll = unit(h, 6);
  const email = emailRoll < 0.85 ? `${local}@example.com` : null;
  const place = pick(h, 7, places);
  const handle = str(query.twitter_url);
  return {
    id: hex(h),
    first_name: firstName,
    last_name: lastName,
    name: `${firstName} ${lastName}`,
    title: pick(h, 8, titles),
    headline: `${pick(h, 8, titles)}${organization ? ` at ${organization.name}` : ""}`,
    email,
    email_status: email ? (emailRoll < 0.7 ? "verified" : "guessed") : "unavailable",
    linkedin_url: str(query.linkedin_url) ?? `http://www.linkedin.com/in/${slug(`${firstName} ${lastName}`)}-${hex(h).slice(0, 6)}`,
    twitter_url: handle ?? null,
    city: place.city,
    state: place.state,
    country: "United States",
    organization_id: organization?.id ?? null,
    organization,
  };
}

/** Phones Apollo would deliver by webhook for a matched person (about half have a mobile). */
export function syntheticApolloPhones(seed: number, personId: string): TSyntheticApolloPhone[] {
  const h = stableHash(seed, `apollo-phone:${personId}`);
  if (unit(h, 0) >= 0.5) return [];
  const place = pick(h, 1, places);
  const number = fictionalPhone(place.area, h, 2);
  return [
    {
      raw_number: `+1 ${number.slice(0, 3)}-${number.slice(3, 6)}-${number.slice(6)}`,
      sanitized_number: `+1${number}`,
      type: "mobile",
      status: "valid_number",
      dnc_status: unit(h, 3) < 0.2 ? "dnc" : "non_dnc",
    },
  ];
}

export type TSkipTraceInput = { name?: { first?: unknown; last?: unknown }; propertyAddress?: { street?: unknown; city?: unknown; state?: unknown; zip?: unknown } };
export type TSyntheticTracePhone = { number: string; type: string; carrier: string; reachable: boolean; score: number; tested: boolean; dnc: boolean; tcpa: boolean };
export type TSyntheticTracePerson = {
  name: { first: string; last: string; full: string };
  phoneNumbers: TSyntheticTracePhone[];
  emails: { email: string; tested: boolean }[];
  litigator: boolean;
  deceased: boolean;
};

/** A skip-trace hit for a name + address, or null (about 65% match). Flags: dnc ~25%, tcpa ~15%, litigator ~10%. */
export function syntheticSkipTrace(seed: number, input: TSkipTraceInput): TSyntheticTracePerson | null {
  const h = stableHash(seed, `trace:${stableKey({ name: input.name, propertyAddress: input.propertyAddress })}`);
  if (unit(h, 0) >= 0.65) return null;
  const first = str(input.name?.first) ?? pick(h, 1, firstNames);
  const last = str(input.name?.last) ?? pick(h, 2, lastNames);
  const zip = str(input.propertyAddress?.zip);
  const place = places.find((p) => p.zip === zip || p.st === str(input.propertyAddress?.state)) ?? pick(h, 3, places);
  const phoneCount = 1 + Math.floor(unit(h, 4) * 3);
  const phoneNumbers: TSyntheticTracePhone[] = [];
  for (let i = 0; i < phoneCount; i++) {
    const ph = stableHash(seed, `trace-phone:${h.toString("hex")}:${i}`);
    const number = fictionalPhone(place.area, ph, 0);
    if (phoneNumbers.some((p) => p.number === number)) continue;
    phoneNumbers.push({
      number,
      type: i === 0 ? "Mobile" : pick(ph, 1, ["Mobile", "Land Line", "VoIP"]),
      carrier: pick(ph, 2, ["Example Wireless", "Fictional Telecom", "Sample Mobile"]),
      reachable: unit(ph, 3) < 0.85,
      score: 40 + Math.floor(unit(ph, 4) * 60),
      tested: true,
      dnc: unit(ph, 5) < 0.25,
      tcpa: unit(ph, 6) < 0.15,
    });
  }
  const emails = unit(h, 5) < 0.75 ? [{ email: `${ascii(first) || "person"}.${ascii(last) || hex(h).slice(0, 4)}@example.net`, tested: unit(h, 6) < 0.7 }] : [];
  return { name: { first, last, full: `${first} ${last}` }, phoneNumbers, emails, litigator: unit(h, 7) < 0.1, deceased: false };
}
