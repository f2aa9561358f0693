import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TFaultQueue } from "./fault-plan";
import { answerFault, BodyError, readJsonBody, send, type TTimers } from "./fake-http";
import type { TRateWindows } from "./rate-windows";
import { syntheticSkipTrace, type TSkipTraceInput } from "./synthetic-data";

/**
 * A fake BatchData skip-trace API (paths relative to …/api) per ../shared/spec/providers.md:
 * Bearer auth, sync V1 and V3 and async V1 (immediate requestId, results by webhook), ≤ 100
 * requests per sync call, mixed matched/unmatched persons with dnc/tcpa/litigator flags,
 * `includeTCPABlacklistedPhones` honoured (V1 drops TCPA-flagged phones unless it is true; V3
 * keeps them unless it is false), 400 naming the request for a bad address, 429 above a per-minute
 * rate.
 */
export type TFakeBatchDataContext = {
  apiKey: string;
  seed: number;
  faults: TFaultQueue;
  windows: TRateWindows;
  /** calls per minute per token before 429 (BatchData documents 3,000) */
  perMinute: number;
  timers: TTimers;
  webhookDelayMs: number;
  counters: { requests: Map<string, number>; traces: Map<string, number> };
};

export const batchDataSyncMax = 100;
export const batchDataAsyncMax = 5_000;

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === "object" && !Array.isArray(v);
const has = (v: unknown) => typeof v === "string" && v.trim() !== "";

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** A 26-character ULID-like id (time prefix + randomness). */
export function ulidLike(now: number): string {
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = crockford[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const rand = [...randomBytes(16)].map((b) => crockford[b % 32]).join("");
  return time + rand;
}

const status = (code: number, text: string) => ({ status: { code, text } });

type TRequest = TSkipTraceInput & { requestId?: string; propertyAddress: Record<string, unknown> };

/** Why a request's address is unusable, or null. Messages name the index, never the values. */
function addressProblem(r: unknown, i: number): string | null {
  if (!isObject(r)) return `requests[${i}] must be an object`;
  const a = r.propertyAddress;
  if (!isObject(a)) {
    if (has(r.apn) && has(r.state) && (has(r.county) || has(r.countyFipsCode))) return null;
    return `requests[${i}].propertyAddress is required (street with zip, or street with city and state)`;
  }
  if (!has(a.street)) return `requests[${i}].propertyAddress.street is required`;
  if (!has(a.zip) && !(has(a.city) && has(a.state))) return `requests[${i}].propertyAddress needs a zip, or a city and a state`;
  if (has(a.zip) && !/^\d{5}(-\d{4})?$/.test(String(a.zip).trim())) return `requests[${i}].propertyAddress.zip is not a valid ZIP code`;
  if (has(a.state) && !/^[A-Za-z]{2}$/.test(String(a.state).trim())) return `requests[${i}].propertyAddress.state must be a two-letter state code`;
  return null;
}

export function createFakeBatchData(ctx: TFakeBatchDataContext) {
  const trace = (r: TRequest, includeTcpa: boolean) => {
    if (r.requestId) bump(ctx.counters.traces, r.requestId);
    const hit = syntheticSkipTrace(ctx.seed, r);
    if (!hit) return null;
    return { ...hit, phoneNumbers: includeTcpa ? hit.phoneNumbers : hit.phoneNumbers.filter((p) => !p.tcpa) };
  };

  const v1Body = (requests: TRequest[], includeTcpa: boolean, batchRequestId: string) => {
    const persons = requests.map((r) => {
      const hit = trace(r, includeTcpa);
      const meta = { matched: Boolean(hit), error: false, ...(r.requestId ? { requestId: r.requestId } : {}) };
      return hit
        ? { ...hit, propertyAddress: r.propertyAddress, meta }
        : { propertyAddress: r.propertyAddress, phoneNumbers: [], emails: [], litigator: false, deceased: false, meta };
    });
    const matchCount = persons.filter((p) => p.meta.matched).length;
    return {
      ...status(200, "OK"),
      results: { persons, meta: { requestId: batchRequestId, results: { requestCount: requests.length, matchCount, noMatchCount: requests.length - matchCount, errorCount: 0 } } },
    };
  };

  const v3Body = (requests: TRequest[], includeTcpa: boolean) => {
    const data = requests.map((r) => {
      const hit = trace(r, includeTcpa);
      return {
        input: { requestId: r.requestId, propertyAddress: r.propertyAddress },
        meta: { matched: Boolean(hit), error: false, ...(r.requestId ? { requestId: r.requestId } : {}) },
        persons: hit
          ? [
              {
                name: hit.name,
                phones: hit.phoneNumbers.map((p, rank) => ({ number: p.number, type: p.type, carrier: p.carrier, rank: rank + 1, dnc: p.dnc, tcpa: p.tcpa, reachable: p.reachable })),
                emails: hit.emails.map((e, rank) => ({ email: e.email, rank: rank + 1, tested: e.tested })),
                litigator: hit.litigator,
                deceased: hit.deceased,
              },
            ]
          : [],
      };
    });
    const matchCount = data.filter((d) => d.meta.matched).length;
    return { ...status(200, "OK"), result: { data, meta: { requestCount: requests.length, matchCount, noMatchCount: requests.length - matchCount, errorCount: 0 } } };
  };

  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    bump(ctx.counters.requests, path || "/");
    const route = ["/v1/property/skip-trace", "/v3/property/skip-trace", "/v1/property/skip-trace/async"].includes(path) ? path : null;
    if (!route) return send(res, 404, { ...status(404, "Not Found"), message: `No route for ${path}` });
    if (req.method !== "POST") return send(res, 405, { ...status(405, "Method Not Allowed") });

    const auth = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim();
    if (!auth || auth !== ctx.apiKey) return send(res, 401, { ...status(401, "Unauthorized"), message: auth ? "Invalid API token" : "Missing Authorization: Bearer token" });

    // Read before any injected fault, so a "slow" call still does (and counts) the work.
    let body: unknown;
    let bodyError: string | null = null;
    try {
      body = await readJsonBody(req, 20_000_000);
    } catch (error) {
      bodyError = error instanceof BodyError ? error.message : "Unreadable request body";
    }

    const fault = ctx.faults.take("batchdata", path);
    if (fault) {
      const done = await answerFault(fault, res, ctx.timers, {
        invalidStatus: 400,
        invalid: (message) => ({ ...status(400, "Bad Request"), message: message ?? "Invalid request" }),
        malformedShape: { ...status(200, "OK"), results: { persons: "none" } },
      }, {});
      if (done) return;
    }
    const check = ctx.windows.hit("batchdata", { minute: ctx.perMinute, hourly: Number.MAX_SAFE_INTEGER, daily: Number.MAX_SAFE_INTEGER });
    if (!check.allowed) return send(res, 429, { ...status(429, "Too Many Requests"), message: `Rate limit of ${ctx.perMinute} requests per minute exceeded` }, { "retry-after": String(check.retryAfterSeconds) });

    if (bodyError) return send(res, 400, { ...status(400, "Bad Request"), message: bodyError });
    if (!isObject(body) || !Array.isArray(body.requests) || body.requests.length === 0) return send(res, 400, { ...status(400, "Bad Request"), message: "requests must be a non-empty array" });
    const async = route.endsWith("/async");
    const max = async ? batchDataAsyncMax : batchDataSyncMax;
    if (body.requests.length > max) return send(res, 400, { ...status(400, "Bad Request"), message: `at most ${max} requests per call, got ${body.requests.length}` });
    for (const [i, r] of body.requests.entries()) {
      const problem = addressProblem(r, i);
      if (problem) return send(res, 400, { ...status(400, "Bad Request"), message: `Invalid request: ${problem}` });
    }
    const options = isObject(body.options) ? body.options : {};
    const requests = body.requests as TRequest[];
    const batchRequestId = ulidLike(Date.now());

    if (route === "/v3/property/skip-trace") return send(res, 200, v3Body(requests, options.includeTCPABlacklistedPhones !== false));
    if (!async) return send(res, 200, v1Body(requests, options.includeTCPABlacklistedPhones === true, batchRequestId));

    const webhookUrl = options.webhookUrl;
    if (!has(webhookUrl)) return send(res, 400, { ...status(400, "Bad Request"), message: "options.webhookUrl is required for async requests" });
    const result = v1Body(requests, options.includeTCPABlacklistedPhones === true, batchRequestId);
    ctx.timers.later(ctx.webhookDelayMs, () => {
      fetch(String(webhookUrl), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(result), signal: AbortSignal.timeout(5_000) }).catch(() => {
        if (has(options.errorWebhookUrl)) {
          fetch(String(options.errorWebhookUrl), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...status(500, "Webhook delivery failed"), meta: { requestId: batchRequestId } }) }).catch(() => {});
        }
      });
    });
    return send(res, 200, { ...status(200, "OK"), requestId: batchRequestId });
  };
}
