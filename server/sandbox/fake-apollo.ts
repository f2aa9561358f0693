import type { IncomingMessage, ServerResponse } from "node:http";
import type { TFaultQueue } from "./fault-plan";
import { answerFault, BodyError, readJsonBody, send, type TTimers } from "./fake-http";
import type { TRateWindows, TWindowCheck, TWindowLimits } from "./rate-windows";
import { organizationKnown, stableKey, syntheticApolloPerson, syntheticApolloPhones, syntheticOrganization, type TApolloQueryLike } from "./synthetic-data";

/**
 * A fake Apollo.io API (paths relative to …/api/v1) faithful to ../shared/spec/providers.md:
 * `x-api-key` auth (Bearer-only → 401), people match and bulk match (≤ 10, null misses, credits:
 * 1 per match + 8 when a mobile is revealed), organisation enrich, fixed-window rate limits per
 * endpoint with Apollo's headers (bulk endpoints at 1/10), 429 + retry-after, reveal_phone_number
 * only with webhook_url (phones delivered later, twice, to exercise idempotent handlers), and a
 * usage-stats endpoint that only a master key may call.
 */
export type TFakeApolloContext = {
  apiKey: string;
  /** a non-master key: works everywhere except usage stats (403 API_INACCESSIBLE) */
  restrictedApiKey?: string;
  seed: number;
  faults: TFaultQueue;
  windows: TRateWindows;
  /** limits of the single-record endpoints; bulk endpoints get 1/10 */
  limits: TWindowLimits;
  timers: TTimers;
  webhookDelayMs: number;
  counters: { people: Map<string, number>; orgs: Map<string, number>; requests: Map<string, number> };
};

export const defaultApolloLimits: TWindowLimits = { minute: 1_000, hourly: 20_000, daily: 200_000 };

const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

function rateHeaders(check: TWindowCheck): Record<string, string> {
  const w = check.windows;
  return {
    "x-rate-limit-minute": String(w.minute.limit),
    "x-minute-usage": String(w.minute.usage),
    "x-minute-requests-left": String(w.minute.left),
    "x-rate-limit-hourly": String(w.hourly.limit),
    "x-hourly-usage": String(w.hourly.usage),
    "x-hourly-requests-left": String(w.hourly.left),
    "x-rate-limit-daily": String(w.daily.limit),
    "x-daily-usage": String(w.daily.usage),
    "x-daily-requests-left": String(w.daily.left),
  };
}

const bulkLimits = (l: TWindowLimits): TWindowLimits => ({ minute: Math.max(1, Math.floor(l.minute / 10)), hourly: Math.max(1, Math.floor(l.hourly / 10)), daily: Math.max(1, Math.floor(l.daily / 10)) });

const routes: Record<string, { method: string; bulk: boolean }> = {
  "/people/match": { method: "POST", bulk: false },
  "/people/bulk_match": { method: "POST", bulk: true },
  "/organizations/enrich": { method: "GET", bulk: false },
  "/organizations/bulk_enrich": { method: "POST", bulk: true },
  "/usage_stats/api_usage_stats": { method: "POST", bulk: false },
};

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === "object" && !Array.isArray(v);
const truthy = (v: unknown) => v === true || v === "true";

type TFlags = { revealPhone: boolean; webhookUrl?: string };

function flagsFrom(body: Record<string, unknown>, url: URL): TFlags {
  const webhook = body.webhook_url ?? url.searchParams.get("webhook_url") ?? undefined;
  return { revealPhone: truthy(body.reveal_phone_number) || url.searchParams.get("reveal_phone_number") === "true", webhookUrl: typeof webhook === "string" && webhook ? webhook : undefined };
}

export function createFakeApollo(ctx: TFakeApolloContext) {
  const enrichPerson = (query: TApolloQueryLike, flags: TFlags) => {
    bump(ctx.counters.people, stableKey(query));
    const person = syntheticApolloPerson(ctx.seed, query);
    if (!person) return { person: null, credits: 0, phones: [] as ReturnType<typeof syntheticApolloPhones> };
    const phones = flags.revealPhone ? syntheticApolloPhones(ctx.seed, person.id) : [];
    return { person, credits: 1 + (phones.some((p) => p.type === "mobile") ? 8 : 0), phones };
  };

  const deliverPhones = (webhookUrl: string, people: { id: string; phone_numbers: unknown[] }[]) => {
    if (!people.length) return;
    const body = JSON.stringify({ status: "success", people });
    // Delivered twice, as Apollo may retry webhooks: handlers must be idempotent.
    for (const extra of [0, 50]) {
      ctx.timers.later(ctx.webhookDelayMs + extra, () => {
        fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body, signal: AbortSignal.timeout(5_000) }).catch(() => {});
      });
    }
  };

  return async function handle(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const route = routes[path];
    bump(ctx.counters.requests, path || "/");
    if (!route) return send(res, 404, { error: `Not found: ${path}` });
    if (req.method !== route.method) return send(res, 404, { error: `Cannot ${req.method} ${path}` });

    const key = req.headers["x-api-key"];
    if (typeof key !== "string" || !key) {
      const bearer = /^bearer\s/i.test(req.headers.authorization ?? "");
      return bearer
        ? send(res, 401, { error: "Invalid access token", error_code: "INVALID_ACCESS_TOKEN" })
        : send(res, 401, { error: "api/v1" + path + " requires an API key in the x-api-key header", error_code: "MISSING_API_KEY" });
    }
    const master = key === ctx.apiKey;
    if (!master && key !== ctx.restrictedApiKey) return send(res, 401, "Invalid access credentials.");

    // The body is read before any injected fault, so a "slow" call still does (and counts) the work
    // after the client gave up, as a real provider would.
    let body: Record<string, unknown> = {};
    let bodyError: string | null = null;
    if (req.method === "POST") {
      try {
        const parsed = await readJsonBody(req);
        if (parsed !== undefined && !isObject(parsed)) bodyError = "The request body must be a JSON object";
        else body = parsed ?? {};
      } catch (error) {
        bodyError = error instanceof BodyError ? error.message : "Unreadable request body";
      }
    }

    const endpoint = `api/v1${path}`;
    const check = ctx.windows.hit(`apollo:${path}`, route.bulk ? bulkLimits(ctx.limits) : ctx.limits);
    const headers = rateHeaders(check);
    const fault = ctx.faults.take("apollo", path);
    if (fault) {
      const done = await answerFault(fault, res, ctx.timers, {
        invalidStatus: 422,
        invalid: (message) => ({ error: message ?? "Invalid parameters", error_code: "UNPROCESSABLE_ENTITY" }),
        malformedShape: { status: "success", matches: "not-a-list", organization: 42 },
      }, headers);
      if (done) return;
    }
    if (!check.allowed) {
      const per = { minute: "minute", hourly: "hour", daily: "day" }[check.exceeded ?? "minute"];
      const limit = check.windows[check.exceeded ?? "minute"].limit;
      return send(res, 429, { message: `The maximum number of api calls allowed for ${endpoint} is ${limit} times per ${per}. Please upgrade your plan from https://app.apollo.io/#/settings/plans/upgrade.` }, { ...headers, "retry-after": String(check.retryAfterSeconds) });
    }

    if (bodyError) return send(res, 422, { error: bodyError }, headers);

    switch (path) {
      case "/people/match": {
        const query: Record<string, unknown> = { ...Object.fromEntries(url.searchParams), ...body };
        const flags = flagsFrom(query, url);
        if (flags.revealPhone && !flags.webhookUrl) return send(res, 422, { error: "Please add a valid 'webhook_url' parameter when using 'reveal_phone_number'" }, headers);
        for (const k of ["reveal_phone_number", "reveal_personal_emails", "webhook_url", "run_waterfall_email", "run_waterfall_phone"]) delete query[k];
        const result = enrichPerson(query, flags);
        if (flags.webhookUrl && result.person) deliverPhones(flags.webhookUrl, [{ id: result.person.id, phone_numbers: result.phones }]);
        return send(res, 200, { person: result.person, credits_consumed: result.credits }, headers);
      }
      case "/people/bulk_match": {
        const details = body.details;
        if (!Array.isArray(details) || details.length === 0) return send(res, 422, { message: "details must be a non-empty array of people to enrich" }, headers);
        if (details.length > 10) return send(res, 422, { message: `details can contain at most 10 records per request, got ${details.length}`, error_code: "UNPROCESSABLE_ENTITY" }, headers);
        const bad = details.findIndex((d) => !isObject(d));
        if (bad >= 0) return send(res, 422, { message: `details[${bad}] must be an object` }, headers);
        const flags = flagsFrom(body, url);
        if (flags.revealPhone && !flags.webhookUrl) return send(res, 422, { error: "Please add a valid 'webhook_url' parameter when using 'reveal_phone_number'" }, headers);
        const results = (details as TApolloQueryLike[]).map((d) => enrichPerson(d, flags));
        const matches = results.map((r) => r.person);
        if (flags.webhookUrl) deliverPhones(flags.webhookUrl, results.flatMap((r) => (r.person ? [{ id: r.person.id, phone_numbers: r.phones }] : [])));
        const enriched = new Set(matches.filter((m) => m).map((m) => m?.id));
        return send(
          res,
          200,
          {
            status: "success",
            error_code: null,
            error_message: null,
            total_requested_enrichments: details.length,
            unique_enriched_records: enriched.size,
            missing_records: matches.filter((m) => !m).length,
            credits_consumed: results.reduce((n, r) => n + r.credits, 0),
            matches,
          },
          headers,
        );
      }
      case "/organizations/enrich": {
        const domain = url.searchParams.get("domain")?.trim().toLowerCase();
        if (!domain) return send(res, 422, { error: "domain is required" }, headers);
        if (domain.startsWith("www.") || domain.includes("@") || domain.includes("/")) return send(res, 422, { error: "domain must not include www., @ or a path" }, headers);
        bump(ctx.counters.orgs, domain);
        return send(res, 200, organizationKnown(ctx.seed, domain) ? { organization: syntheticOrganization(ctx.seed, domain) } : {}, headers);
      }
      case "/organizations/bulk_enrich": {
        const domains = body.domains;
        if (!Array.isArray(domains) || domains.length === 0 || domains.length > 10 || !domains.every((d) => typeof d === "string")) return send(res, 422, { message: "domains must be an array of 1 to 10 domains" }, headers);
        const organizations = (domains as string[]).map((d) => {
          const domain = d.trim().toLowerCase();
          bump(ctx.counters.orgs, domain);
          return organizationKnown(ctx.seed, domain) ? syntheticOrganization(ctx.seed, domain) : null;
        });
        return send(res, 200, { status: "success", total_requested_domains: domains.length, unique_domains: new Set(domains).size, unique_enriched_records: organizations.filter(Boolean).length, missing_records: organizations.filter((o) => !o).length, organizations: organizations.filter(Boolean) }, headers);
      }
      case "/usage_stats/api_usage_stats": {
        if (!master) return send(res, 403, { error: "api/v1/usage_stats/api_usage_stats is not accessible with this api_key", error_code: "API_INACCESSIBLE" }, headers);
        const stats: Record<string, unknown> = {};
        for (const [p, r] of Object.entries(routes)) {
          const w = ctx.windows.usage(`apollo:${p}`, r.bulk ? bulkLimits(ctx.limits) : ctx.limits);
          const [, area, name] = p.split("/");
          stats[JSON.stringify([`api/v1/${area}`, name])] = {
            minute: { limit: w.minute.limit, consumed: w.minute.usage, left_over: w.minute.left },
            hour: { limit: w.hourly.limit, consumed: w.hourly.usage, left_over: w.hourly.left },
            day: { limit: w.daily.limit, consumed: w.daily.usage, left_over: w.daily.left },
          };
        }
        return send(res, 200, stats, headers);
      }
    }
  };
}
