import { z } from "zod";
import { ProviderError } from "../http/provider-error";
import { providerRequest, type TProviderCallInfo, type TProviderClientOptions } from "../http/provider-request";
import { ZApolloBulkMatchResponse, ZApolloOrganizationResponse } from "./apollo-schemas";

export type { TProviderCallInfo } from "../http/provider-request";

/** baseUrl e.g. https://api.apollo.io/api/v1 (no trailing slash needed). */
export type TApolloClientOptions = TProviderClientOptions;

export type TApolloPersonQuery = {
  first_name?: string;
  last_name?: string;
  name?: string;
  domain?: string;
  organization_name?: string;
  twitter_url?: string;
  linkedin_url?: string;
};
export type TApolloPhone = { raw_number: string; sanitized_number?: string; type?: string; status?: string; dnc_status?: string };
export type TApolloOrganization = {
  id?: string;
  name?: string;
  website_url?: string;
  primary_domain?: string;
  industry?: string;
  estimated_num_employees?: number;
  city?: string;
  state?: string;
  country?: string;
  street_address?: string;
  postal_code?: string;
  linkedin_url?: string;
};
export type TApolloPerson = {
  id: string;
  name?: string;
  first_name?: string;
  last_name?: string;
  title?: string;
  email?: string | null;
  email_status?: string | null;
  linkedin_url?: string;
  twitter_url?: string;
  city?: string;
  state?: string;
  country?: string;
  organization?: TApolloOrganization | null;
  phone_numbers?: TApolloPhone[];
};
export type TApolloBulkMatch = { matches: (TApolloPerson | null)[]; creditsConsumed: number; missingRecords: number; call: TProviderCallInfo };

export type TApolloClient = {
  /** 1..10 details (else ProviderError invalid_input before any HTTP); matches are aligned with details, null = no match. */
  bulkMatchPeople(details: TApolloPersonQuery[]): Promise<TApolloBulkMatch>;
  enrichOrganization(domain: string): Promise<{ organization: TApolloOrganization | null; call: TProviderCallInfo }>;
};

export const apolloMaxBulkDetails = 10;

const queryKeys = ["first_name", "last_name", "name", "domain", "organization_name", "twitter_url", "linkedin_url"] as const;

/** Apollo wants bare domains: no scheme, `www.`, `@`, path or port. */
export function normalizeDomain(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^.*@/, "")
    .replace(/^www\./, "")
    .replace(/[/?#:].*$/, "")
    .replace(/\.$/, "");
}

const ZDomain = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);

/** Only the identifier fields Apollo knows, without empty values (so the fake and logs see exactly what matters). */
export function cleanApolloQuery(query: TApolloPersonQuery): TApolloPersonQuery {
  const out: TApolloPersonQuery = {};
  for (const key of queryKeys) {
    const value = query[key]?.trim();
    if (value) out[key] = key === "domain" ? normalizeDomain(value) : value;
  }
  return out;
}

/**
 * Apollo.io REST client: key in `x-api-key` (never Bearer), people bulk match (≤ 10 per call, personal
 * emails never revealed, phones never requested here — they come from skip trace) and organisation
 * enrichment. Retries, timeouts and error kinds come from providerRequest.
 */
export function createApolloClient(options: TApolloClientOptions): TApolloClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const headers = { "x-api-key": options.apiKey, "cache-control": "no-cache" };
  const invalid = (message: string) => new ProviderError("apollo", "invalid_input", message, undefined, 0);

  return {
    async bulkMatchPeople(details) {
      if (details.length === 0) throw invalid("apollo people/bulk_match: no details given (send 1 to 10)");
      if (details.length > apolloMaxBulkDetails) throw invalid(`apollo people/bulk_match: ${details.length} details given, at most ${apolloMaxBulkDetails} per call`);
      const cleaned = details.map(cleanApolloQuery);
      const { data, call } = await providerRequest(
        {
          provider: "apollo",
          endpoint: "people/bulk_match",
          url: `${base}/people/bulk_match`,
          method: "POST",
          headers,
          body: { details: cleaned, reveal_personal_emails: false, reveal_phone_number: false },
          schema: ZApolloBulkMatchResponse,
        },
        options,
      );
      if (data.matches.length !== details.length) {
        throw new ProviderError("apollo", "malformed", `apollo people/bulk_match: ${data.matches.length} matches for ${details.length} details`, call.status, call.attempts);
      }
      const missing = data.matches.filter((m) => m === null).length;
      return { matches: data.matches, creditsConsumed: data.credits_consumed, missingRecords: data.missing_records ?? missing, call };
    },

    async enrichOrganization(domain) {
      const normalized = normalizeDomain(domain);
      if (!ZDomain.safeParse(normalized).success) throw invalid(`apollo organizations/enrich: "${domain.slice(0, 100)}" is not a domain`);
      const { data, call } = await providerRequest(
        {
          provider: "apollo",
          endpoint: "organizations/enrich",
          url: `${base}/organizations/enrich?domain=${encodeURIComponent(normalized)}`,
          method: "GET",
          headers,
          schema: ZApolloOrganizationResponse,
        },
        options,
      );
      return { organization: data.organization ?? null, call };
    },
  };
}
