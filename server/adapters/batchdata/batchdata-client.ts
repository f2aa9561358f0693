import { ProviderError } from "../http/provider-error";
import { providerMessage, providerRequest, type TProviderCallInfo, type TProviderClientOptions } from "../http/provider-request";
import { ZBatchDataSkipTraceResponse, type TBatchDataPersonRaw } from "./batchdata-schemas";

/** baseUrl e.g. https://api.batchdata.com/api */
export type TBatchDataClientOptions = TProviderClientOptions;

export type TSkipTraceRequest = {
  requestId: string;
  name: { first: string; last: string };
  propertyAddress: { street: string; city?: string; state?: string; zip?: string };
};
export type TSkipTracePerson = {
  name?: { first?: string; last?: string; full?: string };
  phoneNumbers: { number: string; type?: string; reachable?: boolean; dnc: boolean; tcpa: boolean }[];
  emails: { email: string; tested?: boolean }[];
  litigator: boolean;
  matched: boolean;
};
export type TSkipTraceResult = { requestId: string; matched: boolean; persons: TSkipTracePerson[] };

export type TBatchDataClient = {
  /** V1 sync, 1..100 requests, includeTCPABlacklistedPhones always sent explicitly (true: we store the flags). */
  skipTrace(requests: TSkipTraceRequest[]): Promise<{ results: TSkipTraceResult[]; matchCount: number; call: TProviderCallInfo }>;
};

export const batchDataMaxRequests = 100;

/** BatchData accepts street+city+state+zip, street+zip or street+city+state. */
export function addressProblem(address: TSkipTraceRequest["propertyAddress"]): string | null {
  const has = (v: string | undefined) => Boolean(v?.trim());
  if (!has(address.street)) return "propertyAddress.street is required";
  if (has(address.zip) || (has(address.city) && has(address.state))) return null;
  return "propertyAddress needs a zip, or a city and a state, with the street";
}

function toPerson(raw: TBatchDataPersonRaw): TSkipTracePerson {
  return {
    ...(raw.name ? { name: raw.name } : {}),
    phoneNumbers: (raw.phoneNumbers ?? []).map((p) => ({ number: p.number, type: p.type, reachable: p.reachable, dnc: p.dnc, tcpa: p.tcpa })),
    emails: (raw.emails ?? []).map((e) => ({ email: e.email, tested: e.tested })),
    litigator: raw.litigator,
    matched: raw.meta?.matched ?? false,
  };
}

/**
 * BatchData skip trace (V1 sync): `Authorization: Bearer`, ≤ 100 requests per call. Results are
 * grouped per requestId (every request gets a result, unmatched ones with no persons). A 400 (bad
 * address) is invalid_input naming the request; the client checks the address combinations first so
 * a bad card never reaches the provider.
 */
export function createBatchDataClient(options: TBatchDataClientOptions): TBatchDataClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const invalid = (message: string) => new ProviderError("batchdata", "invalid_input", message, undefined, 0);

  return {
    async skipTrace(requests) {
      if (requests.length === 0) throw invalid("batchdata property/skip-trace: no requests given (send 1 to 100)");
      if (requests.length > batchDataMaxRequests) throw invalid(`batchdata property/skip-trace: ${requests.length} requests given, at most ${batchDataMaxRequests} per call`);
      const ids = new Set<string>();
      for (const [i, r] of requests.entries()) {
        if (!r.requestId) throw invalid(`batchdata property/skip-trace: requests[${i}] has no requestId`);
        if (ids.has(r.requestId)) throw invalid(`batchdata property/skip-trace: requestId ${r.requestId} appears twice`);
        ids.add(r.requestId);
        const problem = addressProblem(r.propertyAddress);
        if (problem) throw invalid(`batchdata property/skip-trace: request ${r.requestId}: ${problem}`);
      }
      const { data, call } = await providerRequest(
        {
          provider: "batchdata",
          endpoint: "v1/property/skip-trace",
          url: `${base}/v1/property/skip-trace`,
          method: "POST",
          headers: { authorization: `Bearer ${options.apiKey}` },
          body: {
            requests: requests.map((r) => ({ requestId: r.requestId, name: { first: r.name.first, last: r.name.last }, propertyAddress: r.propertyAddress })),
            options: { includeTCPABlacklistedPhones: true },
          },
          schema: ZBatchDataSkipTraceResponse,
          describeError: (status, body) => {
            const message = providerMessage(body);
            // Name the request when the provider's message points at one by index only.
            const index = /requests\[(\d+)\]/.exec(message)?.[1];
            const named = index !== undefined && requests[Number(index)] ? ` (request ${requests[Number(index)]?.requestId})` : "";
            return `${message || `HTTP ${status}`}${named}`;
          },
        },
        options,
      );

      const persons = data.results.persons;
      const echoed = persons.some((p) => p.request?.requestId || p.meta?.requestId);
      if (!echoed && persons.length !== requests.length) {
        throw new ProviderError("batchdata", "malformed", `batchdata v1/property/skip-trace: ${persons.length} persons for ${requests.length} requests and no request ids to align them`, call.status, call.attempts);
      }
      const byId = new Map<string, TSkipTracePerson[]>(requests.map((r) => [r.requestId, []]));
      persons.forEach((raw, i) => {
        const id = raw.request?.requestId ?? raw.meta?.requestId ?? requests[i]?.requestId;
        const bucket = id ? byId.get(id) : undefined;
        if (!bucket) throw new ProviderError("batchdata", "malformed", `batchdata v1/property/skip-trace: person ${i} refers to an unknown request`, call.status, call.attempts);
        bucket.push(toPerson(raw));
      });
      const results: TSkipTraceResult[] = requests.map((r) => {
        const list = byId.get(r.requestId) ?? [];
        const matched = list.filter((p) => p.matched);
        return { requestId: r.requestId, matched: matched.length > 0, persons: matched };
      });
      const matchCount = data.results.meta?.results?.matchCount ?? results.filter((r) => r.matched).length;
      return { results, matchCount, call };
    },
  };
}
