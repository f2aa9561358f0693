import type { TApolloOrganization, TApolloPerson } from "@/server/adapters/apollo/apollo-client";
import { addressProblem, type TSkipTraceRequest, type TSkipTraceResult } from "@/server/adapters/batchdata/batchdata-client";
import { isProviderError } from "@/server/adapters/http/provider-error";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import { attributeCredits, isMobilePhone } from "@/server/domain/enrichment/credits";
import { rateLimitPauseMs } from "@/server/domain/enrichment/pacing";
import { usStateCode } from "@/server/domain/enrichment/us-states";
import { buildPersonQuery, normaliseDomain, splitPersonName } from "@/server/domain/enrichment/identifiers";
import { ZEnrichmentPolicy, type TEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";
import { recordAudit } from "@/server/services/audit/record-audit";
import { enrichmentWorkerActor } from "./enrichment-actor";
import { finishEnrichmentItems, finishEnrichmentRequest } from "./finish-enrichment";
import type { TProviderClients } from "./provider-clients";
import { insertContact, type TContactInput } from "./insert-contact";


/** One row per provider call and item; a completed row is never called again. */
export type TCallProvider = "apollo_people" | "apollo_org" | "batchdata";
type TCallRow = { itemId: string; provider: TCallProvider; status: "completed" | "skipped" | "failed"; outcome: "matched" | "unmatched" | "skipped" | "failed"; attempts: number; credits: number; cost: number; providerRef: string | null; reason: string | null; context: Record<string, string> | null };
type TItem = { id: string; leadCardId: string; platform: "x" | "tiktok" | "threads"; handle: string | null; displayName: string | null; websiteDomain: string | null };
type TKnownCall = { provider: TCallProvider; outcome: string; context: Record<string, string> | null };

export type TRunEnrichmentBatchOptions = {
  clients: TProviderClients;
  /** Who holds the lease (the pg-boss job id). */
  owner: string;
  /** How long a lease lasts without renewal; a crashed worker's batch is resumable after it. */
  leaseMs?: number;
  /** The job's last attempt: retryable provider errors fail the items instead of retrying. */
  finalAttempt?: boolean;
  log?: (fields: Record<string, unknown>, message: string) => void;
  now?: () => Date;
  /** Waits (Apollo's per-minute window); injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
};

export type TRunEnrichmentBatchResult = { status: "completed" | "failed" | "cancelled" | "busy" | "not_runnable"; requestStatus?: string; providerCalls: number };

const APOLLO_CHUNK = 10;
const SKIP_TRACE_CHUNK = 50;
const DEFAULT_LEASE_MS = 600_000;

class LeaseLost extends Error {}
class Retry extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const reasonOf = (error: unknown) => (isProviderError(error) ? `${error.provider} ${error.kind}: ${error.message}` : error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Runs (or resumes) one approved batch through the provider waterfall: Apollo people bulk match
 * in chunks of 10 → Apollo organisation enrichment of the matched person's employer →
 * BatchData skip trace for cards with a person's name and a street address (otherwise skipped,
 * at no cost). Each chunk's results and their `enrichment_calls` rows commit in ONE transaction
 * right after the provider answered, so a crash resumes without calling a provider again for
 * anything already recorded. Cancellation is checked between chunks.
 */
export async function runEnrichmentBatch(db: PrismaClient, requestId: string, opts: TRunEnrichmentBatchOptions): Promise<TRunEnrichmentBatchResult> {
  const now = opts.now ?? (() => new Date());
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const log = opts.log ?? (() => {});
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let providerCalls = 0;
  /** Honours Apollo's rate-limit headers: a used-up minute window waits for the next one. */
  const pace = async (rateLimit: Parameters<typeof rateLimitPauseMs>[0]) => {
    const pause = rateLimitPauseMs(rateLimit, now().getTime());
    if (pause > 0) {
      log({ requestId, pauseMs: pause }, "apollo minute window used up; pausing");
      await sleep(pause);
    }
  };

  // 1. Claim the batch (lease) and, on the first run, mark it started.
  const claim = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string; lease_owner: string | null; lease_expires_at: Date | null; policy_snapshot: unknown }[]>`
      SELECT status::text, lease_owner, lease_expires_at, policy_snapshot FROM enrichment_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row || !["approved", "running"].includes(row.status)) return { kind: "not_runnable" as const, status: row?.status };
    const at = now();
    if (row.lease_owner && row.lease_owner !== opts.owner && row.lease_expires_at && row.lease_expires_at > at) return { kind: "busy" as const, status: row.status };
    await tx.$executeRaw`UPDATE enrichment_requests SET status = 'running', started_at = coalesce(started_at, ${at}), lease_owner = ${opts.owner},
        lease_expires_at = ${new Date(at.getTime() + leaseMs)} WHERE id = ${requestId}::uuid`;
    if (row.status === "approved") {
      const count = await tx.enrichmentItem.count({ where: { requestId, status: "pending" } });
      await tx.$executeRaw`UPDATE lead_cards SET enrichment_state = 'enriching', updated_at = ${at}
         WHERE id IN (SELECT lead_card_id FROM enrichment_items WHERE request_id = ${requestId}::uuid AND status = 'pending')`;
      await recordAudit(tx, { event: "enrichment_started", actor: enrichmentWorkerActor, target: { type: "enrichment_request", id: requestId }, metadata: { itemCount: count } }, at);
    }
    return { kind: "claimed" as const, status: row.status, policy: snapshotPolicy(row.policy_snapshot) };
  });
  if (claim.kind !== "claimed") return { status: claim.kind, requestStatus: claim.status, providerCalls };
  const policy = claim.policy;

  /** Renews the lease; false when the batch was cancelled meanwhile. */
  const renew = async (): Promise<boolean> => {
    const at = now();
    const rows = await db.$queryRaw<{ status: string }[]>`UPDATE enrichment_requests SET lease_expires_at = ${new Date(at.getTime() + leaseMs)}
       WHERE id = ${requestId}::uuid AND lease_owner = ${opts.owner} RETURNING status::text`;
    if (rows.length === 0) throw new LeaseLost(`lost the lease on enrichment request ${requestId}`);
    return rows[0]!.status === "running";
  };

  const items = await db.$queryRaw<(TItem & { id: string })[]>`
    SELECT i.id::text AS id, i.lead_card_id::text AS "leadCardId", c.platform::text AS platform, c.handle, c.display_name AS "displayName", c.website_domain AS "websiteDomain"
      FROM enrichment_items i JOIN lead_cards c ON c.id = i.lead_card_id
     WHERE i.request_id = ${requestId}::uuid AND i.status IN ('pending', 'running') ORDER BY i.id`;
  const known = new Map<string, TKnownCall[]>();
  for (const call of await db.enrichmentCall.findMany({ where: { requestId }, select: { itemId: true, provider: true, outcome: true, context: true } })) {
    const list = known.get(call.itemId) ?? [];
    list.push({ provider: call.provider as TCallProvider, outcome: call.outcome, context: (call.context as Record<string, string> | null) ?? null });
    known.set(call.itemId, list);
  }
  const callOf = (itemId: string, provider: TCallProvider) => known.get(itemId)?.find((c) => c.provider === provider);
  let abortReason: string | null = null;
  let cancelled = false;

  /** Writes call rows (+ their results) in one transaction and remembers them. */
  async function commitCalls(rows: TCallRow[], results: (tx: Prisma.TransactionClient, at: Date) => Promise<void> = async () => {}) {
    if (rows.length === 0) return;
    const at = now();
    await db.$transaction(async (tx) => {
      for (const r of rows) {
        await tx.$executeRaw`INSERT INTO enrichment_calls (item_id, request_id, provider, status, outcome, attempts, credits, cost, provider_ref, reason, context, completed_at)
          VALUES (${r.itemId}::uuid, ${requestId}::uuid, ${r.provider}, ${r.status}, ${r.outcome}, ${r.attempts}, ${r.credits}, ${r.cost}, ${r.providerRef}, ${r.reason},
                  ${r.context ? JSON.stringify(r.context) : null}::jsonb, ${at})`;
      }
      await results(tx, at);
      // An item cancelled while its chunk was already at the provider was still processed (and
      // charged): it comes back to finish with its outcome and cost.
      await tx.$executeRaw`UPDATE enrichment_items SET status = 'running', started_at = coalesce(started_at, ${at}), skip_reason = NULL, finished_at = NULL,
          attempts = (SELECT coalesce(sum(attempts), 0) FROM enrichment_calls WHERE item_id = enrichment_items.id)
        WHERE id = ANY(${rows.filter((r) => r.status === "completed").map((r) => r.itemId)}::uuid[])
          AND (status IN ('pending', 'running') OR (status = 'cancelled' AND skip_reason = 'batch cancelled'))`;
      await tx.$executeRaw`UPDATE enrichment_items SET status = 'running', started_at = coalesce(started_at, ${at}),
          attempts = (SELECT coalesce(sum(attempts), 0) FROM enrichment_calls WHERE item_id = enrichment_items.id)
        WHERE id = ANY(${rows.filter((r) => r.status !== "completed").map((r) => r.itemId)}::uuid[]) AND status IN ('pending', 'running')`;
    }, { timeout: 60_000, maxWait: 15_000 });
    for (const r of rows) {
      const list = known.get(r.itemId) ?? [];
      list.push({ provider: r.provider, outcome: r.outcome, context: r.context });
      known.set(r.itemId, list);
    }
  }

  const failedRows = (chunk: TItem[], provider: TCallProvider, reason: string, attempts = 0): TCallRow[] =>
    chunk.map((item) => ({ itemId: item.id, provider, status: "failed", outcome: "failed", attempts, credits: 0, cost: 0, providerRef: null, reason, context: null }));

  /** Classifies a provider error: retry the job, abort the batch, or fail just this chunk. */
  async function onProviderError(error: unknown, chunk: TItem[], provider: TCallProvider): Promise<void> {
    if (!isProviderError(error)) throw error;
    const reason = reasonOf(error);
    log({ requestId, provider, kind: error.kind, status: error.status, attempts: error.attempts, items: chunk.length }, "provider call failed");
    if (error.retryable && !opts.finalAttempt) throw new Retry(error);
    await commitCalls(failedRows(chunk, provider, reason, error.attempts ?? 0));
    if (error.retryable || error.kind === "auth" || error.kind === "forbidden") abortReason = reason;
  }

  const enabled = (name: "apollo" | "batchdata") => policy.providers.some((p) => p.provider === name && p.enabled);
  const apolloPricing = policy.providers.find((p) => p.provider === "apollo");
  const batchPricing = policy.providers.find((p) => p.provider === "batchdata");
  const moneyPerCredit = apolloPricing?.provider === "apollo" ? apolloPricing.moneyPerCredit : 0;
  const moneyPerMatch = batchPricing?.provider === "batchdata" ? batchPricing.moneyPerMatch : 0;

  try {
    for (const provider of policy.providers) {
      if (!provider.enabled || abortReason || cancelled) continue;
      if (provider.provider === "apollo") {
        // 2a. Apollo people bulk match, chunks of 10.
        const todo = items.filter((item) => !callOf(item.id, "apollo_people"));
        const queries = new Map(todo.map((item) => [item.id, buildPersonQuery(item)]));
        const unmatchable = todo.filter((item) => !queries.get(item.id));
        await commitCalls(unmatchable.map((item) => ({ itemId: item.id, provider: "apollo_people", status: "skipped", outcome: "skipped", attempts: 0, credits: 0, cost: 0, providerRef: null,
          reason: "apollo: too little to match on (needs a person's name with a company domain, or an X profile)", context: null })));
        const matchable = todo.filter((item) => queries.get(item.id));
        if (!opts.clients.apollo) {
          await commitCalls(failedRows(matchable, "apollo_people", "apollo is not configured (set SXE_APOLLO_BASE_URL and SXE_APOLLO_API_KEY)"));
        } else {
          for (let i = 0; i < matchable.length && !abortReason; i += APOLLO_CHUNK) {
            if (!(await renew())) {
              cancelled = true;
              break;
            }
            const chunk = matchable.slice(i, i + APOLLO_CHUNK);
            try {
              providerCalls++;
              const result = await opts.clients.apollo.bulkMatchPeople(chunk.map((item) => queries.get(item.id)!));
              await pace(result.call.rateLimit);
              const shares = attributeCredits(result.matches.map((m) => (m ? { matched: true, mobile: (m.phone_numbers ?? []).some((p) => isMobilePhone(p.type)) } : null)), result.creditsConsumed);
              const rows: TCallRow[] = chunk.map((item, k) => {
                const person = result.matches[k] ?? null;
                const credits = shares[k] ?? 0;
                return {
                  itemId: item.id, provider: "apollo_people", status: "completed", outcome: person ? "matched" : "unmatched", attempts: result.call.attempts,
                  credits, cost: round(credits * moneyPerCredit, 4), providerRef: person?.id ?? null, reason: null, context: person ? personContext(person) : null,
                };
              });
              await commitCalls(rows, async (tx, at) => {
                for (const [k, item] of chunk.entries()) {
                  const person = result.matches[k];
                  if (!person) continue;
                  for (const contact of apolloContacts(person)) await insertContact(tx, { ...contact, leadCardId: item.leadCardId, requestId, provider: "apollo", providerRef: person.id, fetchedAt: at });
                }
              });
            } catch (error) {
              await onProviderError(error, chunk, "apollo_people");
            }
          }
        }

        // 2b. Apollo organisation enrichment of the matched person's employer (→ businesses).
        const orgTodo = items.filter((item) => callOf(item.id, "apollo_people")?.outcome === "matched" && callOf(item.id, "apollo_people")?.context?.orgDomain && !callOf(item.id, "apollo_org"));
        const byDomain = new Map<string, { organization: TApolloOrganization | null; attempts: number }>();
        const apollo = opts.clients.apollo;
        for (let i = 0; i < orgTodo.length && !abortReason && !cancelled && apollo; i++) {
          if (i % APOLLO_CHUNK === 0 && !(await renew())) {
            cancelled = true;
            break;
          }
          const item = orgTodo[i]!;
          const domain = callOf(item.id, "apollo_people")!.context!.orgDomain!;
          try {
            let found = byDomain.get(domain);
            const reused = Boolean(found);
            if (!found) {
              providerCalls++;
              const result = await apollo.enrichOrganization(domain);
              await pace(result.call.rateLimit);
              found = { organization: result.organization, attempts: result.call.attempts };
              byDomain.set(domain, found);
            }
            const org = found.organization;
            await commitCalls([{ itemId: item.id, provider: "apollo_org", status: "completed", outcome: org ? "matched" : "unmatched", attempts: reused ? 0 : found.attempts, credits: 0, cost: 0,
              providerRef: org?.id ?? null, reason: reused ? `same organisation as an earlier card of this batch (${domain})` : null, context: org ? orgContext(org, domain) : null }], async (tx, at) => {
              if (!org) return;
              await tx.business.create({ data: {
                leadCardId: item.leadCardId, requestId, name: (org.name ?? domain).slice(0, 300), domain: normaliseDomain(org.primary_domain ?? org.website_url ?? domain), industry: org.industry ?? null,
                size: employeeBand(org.estimated_num_employees), employees: org.estimated_num_employees ?? null, location: [org.city, org.state, org.country].filter(Boolean).join(", ") || null,
                provider: "apollo", providerRef: org.id ?? null, fetchedAt: at,
              } });
            });
          } catch (error) {
            await onProviderError(error, [item], "apollo_org");
          }
        }
      } else {
        // 2c. BatchData skip trace: only with a person's name and a street address.
        const todo = items.filter((item) => !callOf(item.id, "batchdata"));
        const requests = new Map<string, TSkipTraceRequest>();
        const skipped: TCallRow[] = [];
        for (const item of todo) {
          const request = skipTraceRequest(item, callOf(item.id, "apollo_people")?.context ?? null, callOf(item.id, "apollo_org")?.context ?? null);
          if (typeof request === "string") skipped.push({ itemId: item.id, provider: "batchdata", status: "skipped", outcome: "skipped", attempts: 0, credits: 0, cost: 0, providerRef: null, reason: `batchdata: ${request}`, context: null });
          else requests.set(item.id, request);
        }
        await commitCalls(skipped);
        const traceable = todo.filter((item) => requests.has(item.id));
        if (!opts.clients.batchdata) {
          await commitCalls(failedRows(traceable, "batchdata", "batchdata is not configured (set SXE_BATCHDATA_BASE_URL and SXE_BATCHDATA_API_KEY)"));
        } else {
          for (let i = 0; i < traceable.length && !abortReason; i += SKIP_TRACE_CHUNK) {
            if (!(await renew())) {
              cancelled = true;
              break;
            }
            const chunk = traceable.slice(i, i + SKIP_TRACE_CHUNK);
            try {
              providerCalls++;
              const result = await opts.clients.batchdata.skipTrace(chunk.map((item) => requests.get(item.id)!));
              const byRequest = new Map(result.results.map((r) => [r.requestId, r]));
              await commitCalls(chunk.map((item) => {
                const matched = byRequest.get(item.id)?.matched ?? false;
                return { itemId: item.id, provider: "batchdata", status: "completed", outcome: matched ? "matched" : "unmatched", attempts: result.call.attempts, credits: 0,
                  cost: matched ? round(moneyPerMatch, 4) : 0, providerRef: item.id, reason: null, context: null };
              }), async (tx, at) => {
                for (const item of chunk) {
                  for (const contact of skipTraceContacts(byRequest.get(item.id))) await insertContact(tx, { ...contact, leadCardId: item.leadCardId, requestId, provider: "batchdata", providerRef: item.id, fetchedAt: at });
                }
              });
            } catch (error) {
              await onProviderError(error, chunk, "batchdata");
            }
          }
        }
      }
    }
    if (!cancelled) cancelled = !(await renew());
  } catch (error) {
    // Give the lease back so the retry (or another worker) can resume at once.
    await db.$executeRaw`UPDATE enrichment_requests SET lease_owner = NULL, lease_expires_at = NULL WHERE id = ${requestId}::uuid AND lease_owner = ${opts.owner}`.catch(() => {});
    if (error instanceof Retry) throw error.cause;
    throw error;
  }

  // 3. Item outcomes (+ their audit rows), then the batch's.
  await finishEnrichmentItems(db, requestId, { abortReason, cancelled, now: now() });
  const status = await finishEnrichmentRequest(db, requestId, { owner: opts.owner, abortReason, cancelled, now: now() });
  log({ requestId, status, providerCalls, enabled: { apollo: enabled("apollo"), batchdata: enabled("batchdata") } }, "enrichment batch finished");
  return { status, providerCalls };
}

function snapshotPolicy(snapshot: unknown): TEnrichmentPolicy {
  const policy = (snapshot as { policy?: unknown } | null)?.policy;
  return ZEnrichmentPolicy.parse(policy);
}

/** What later stages need from a matched person: the name and the employer's domain. Never contact values. */
function personContext(person: TApolloPerson): Record<string, string> {
  const context: Record<string, string> = {};
  const name = person.first_name && person.last_name ? { first: person.first_name, last: person.last_name } : splitPersonName(person.name ?? null);
  if (name) Object.assign(context, { firstName: name.first, lastName: name.last });
  const domain = normaliseDomain(person.organization?.primary_domain ?? person.organization?.website_url ?? null);
  if (domain) context.orgDomain = domain;
  // The employer's address as the person match gave it: skip trace falls back to it.
  if (person.organization?.street_address) Object.assign(context, prefixed(orgContext(person.organization, domain ?? ""), "org"));
  return context;
}

const prefixed = (context: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(context).filter(([k]) => k !== "domain").map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));

function orgContext(org: TApolloOrganization, domain: string): Record<string, string> {
  const context: Record<string, string> = { domain };
  if (org.street_address) context.street = org.street_address;
  if (org.city) context.city = org.city;
  const state = usStateCode(org.state);
  if (state) context.state = state;
  if (org.postal_code) context.zip = org.postal_code;
  return context;
}

function employeeBand(employees: number | undefined): string | null {
  if (employees === undefined || employees === null) return null;
  const bands: [number, string][] = [[10, "1-10"], [50, "11-50"], [200, "51-200"], [500, "201-500"], [1000, "501-1000"], [5000, "1001-5000"]];
  return bands.find(([max]) => employees <= max)?.[1] ?? "5001+";
}

/** The skip-trace request for an item, or why there is none. */
function skipTraceRequest(item: TItem, person: Record<string, string> | null, org: Record<string, string> | null): TSkipTraceRequest | string {
  const name = person?.firstName && person.lastName ? { first: person.firstName, last: person.lastName } : splitPersonName(item.displayName);
  const place = org?.street ? org : person?.orgStreet ? { street: person.orgStreet, city: person.orgCity, state: person.orgState, zip: person.orgZip } : null;
  const address = place?.street ? { street: place.street, ...(place.city ? { city: place.city } : {}), ...(place.state ? { state: place.state } : {}), ...(place.zip ? { zip: place.zip } : {}) } : null;
  if (!name && !address) return "skip trace needs a person's name and a street address; neither is known";
  if (!name) return "skip trace needs a person's name; none is known";
  if (!address) return "skip trace needs a street address; no organisation address is known";
  const problem = addressProblem(address);
  if (problem) return `skip trace address incomplete (${problem})`;
  return { requestId: item.id, name, propertyAddress: address };
}

function apolloContacts(person: TApolloPerson): Omit<TContactInput, "leadCardId" | "requestId" | "provider" | "providerRef" | "fetchedAt">[] {
  const out: Omit<TContactInput, "leadCardId" | "requestId" | "provider" | "providerRef" | "fetchedAt">[] = [];
  if (person.email) out.push({ type: "email", value: person.email, subtype: "work", verificationStatus: person.email_status ?? null, dnc: false, tcpa: false, litigator: false });
  for (const phone of person.phone_numbers ?? []) {
    out.push({ type: "phone", value: phone.sanitized_number ?? phone.raw_number, subtype: phone.type ?? null, verificationStatus: phone.status ?? null,
      dnc: /dnc|do_not_call|blocked/i.test(phone.dnc_status ?? ""), tcpa: false, litigator: false });
  }
  return out;
}

function skipTraceContacts(result: TSkipTraceResult | undefined): Omit<TContactInput, "leadCardId" | "requestId" | "provider" | "providerRef" | "fetchedAt">[] {
  if (!result?.matched) return [];
  return result.persons.flatMap((person) => [
    ...person.phoneNumbers.map((phone) => ({ type: "phone" as const, value: phone.number, subtype: phone.type ?? null, verificationStatus: phone.reachable === undefined ? null : phone.reachable ? "reachable" : "unreachable",
      dnc: phone.dnc, tcpa: phone.tcpa, litigator: person.litigator })),
    ...person.emails.map((email) => ({ type: "email" as const, value: email.email, subtype: "personal", verificationStatus: email.tested ? "tested" : null, dnc: false, tcpa: false, litigator: person.litigator })),
  ]);
}
