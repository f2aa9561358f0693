import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueueClient, type TQueueClient } from "@/server/jobs/enqueue";
import { enqueueEnrichmentBatchInTransaction } from "@/server/jobs/enrichment-batch-job";
import { startSandbox, type TSandbox } from "@/server/sandbox/start-sandbox";
import { useTestDatabase } from "@/server/testing/test-database";
import { approveEnrichmentRequest } from "./approve-enrichment-request";
import { cancelEnrichmentBatch } from "./cancel-enrichment-batch";
import type { TEnrichmentActor } from "./enrichment-actor";
import { createActor, insertEnrichableCards } from "./__fixtures__/enrichment-fixtures";
import { getEnrichmentCosts } from "./get-enrichment-costs";
import { getEnrichmentRequest } from "./get-enrichment-request";
import { listCardContacts } from "./list-card-contacts";
import { createProviderClients, type TProviderClients } from "./provider-clients";
import { rejectEnrichmentRequest } from "./reject-enrichment-request";
import { requestEnrichment } from "./request-enrichment";
import { runEnrichmentBatch } from "./run-enrichment-batch";

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

describe("enrichment batch run against the fake providers", () => {
  const t = useTestDatabase();
  let sandbox: TSandbox;
  let clients: TProviderClients;
  let queue: TQueueClient;
  let growth: TEnrichmentActor;
  let admin: TEnrichmentActor;
  let compliance: TEnrichmentActor;
  let completedId: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 7 });
    clients = createProviderClients({
      SXE_APOLLO_BASE_URL: sandbox.apolloUrl, SXE_APOLLO_API_KEY: sandbox.apiKey, SXE_BATCHDATA_BASE_URL: sandbox.batchDataUrl, SXE_BATCHDATA_API_KEY: sandbox.apiKey,
      SXE_PROVIDER_TIMEOUT_MS: "2000", SXE_PROVIDER_MAX_ATTEMPTS: "2",
    });
    queue = await createQueueClient(t.url); // creates the pgboss schema in the test database
    growth = await createActor(t.db, "GROWTH");
    admin = await createActor(t.db, "ADMIN");
    compliance = await createActor(t.db, "COMPLIANCE");
  });
  afterAll(async () => {
    await queue?.stop();
    await sandbox?.close();
  });

  async function approvedBatch(count: number, over: Parameters<typeof insertEnrichableCards>[2] = {}) {
    const ids = await insertEnrichableCards(t.db, count, over);
    const { requests } = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "partner outreach readiness" }, growth);
    await approveEnrichmentRequest(t.db, { requestId: requests[0]!.id, reason: "ok" }, admin, { enqueue: enqueueEnrichmentBatchInTransaction });
    return { ids, id: requests[0]!.id };
  }

  it("the approval's job row is written in the approval's transaction", async () => {
    const { id } = await approvedBatch(2);
    const jobs = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'enrichment.batch' AND data->>'requestId' = ${id}`;
    expect(jobs[0]!.n).toBe(1);
    // A transaction that enqueues and then fails leaves no job behind.
    await expect(t.db.$transaction(async (tx) => {
      await enqueueEnrichmentBatchInTransaction(tx, "00000000-0000-4000-8000-0000000000ff");
      throw new Error("rolled back");
    })).rejects.toThrow("rolled back");
    const none = await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'requestId' = '00000000-0000-4000-8000-0000000000ff'`;
    expect(none[0]!.n).toBe(0);
    await cancelEnrichmentBatch(t.db, { requestId: id }, admin);
  });

  it("runs the waterfall: per-item outcomes, credits from the provider, contacts and businesses only in their tables", async () => {
    // 80 cards: the fake providers' outcomes are seeded per identity (the cards' domains are random),
    // and with 24 a batch now and then held no flagged phone at all (one CI run in four this session).
    const { ids, id } = await approvedBatch(80);
    const result = await runEnrichmentBatch(t.db, id, { clients, owner: "test-run-1" });
    expect(result.status).toBe("completed");
    completedId = id;

    const detail = await getEnrichmentRequest(t.db, { id, items: { limit: 250 } });
    expect(detail.status).toBe("completed");
    expect(detail.progress.pending + detail.progress.running).toBe(0);
    expect(detail.progress.matched).toBeGreaterThan(0);
    expect(detail.progress.unmatched).toBeGreaterThan(0);
    expect(detail.progress.total).toBe(80);

    const items = await t.db.enrichmentItem.findMany({ where: { requestId: id } });
    const calls = await t.db.enrichmentCall.findMany({ where: { requestId: id } });
    const apolloCredits = calls.filter((c) => c.provider === "apollo_people").reduce((a, c) => a + Number(c.credits), 0);
    expect(Number(detail.actualCredits)).toBeCloseTo(apolloCredits, 2);
    expect(items.reduce((a, i) => a + Number(i.credits), 0)).toBeCloseTo(apolloCredits, 2);
    expect(items.reduce((a, i) => a + Number(i.cost), 0)).toBeCloseTo(detail.actualCost, 4);
    // Money follows the policy's pricing: apollo credits × 0.025, batchdata 0.07 per match.
    const batchMatches = calls.filter((c) => c.provider === "batchdata" && c.outcome === "matched").length;
    expect(detail.actualCost).toBeCloseTo(apolloCredits * 0.025 + batchMatches * 0.07, 4);
    expect(detail.actualCost).toBeLessThanOrEqual(detail.estimatedCost);
    // Skip trace only with a name and a street address; the rest skipped at no cost with the reason.
    const skippedTrace = calls.filter((c) => c.provider === "batchdata" && c.status === "skipped");
    expect(skippedTrace.length).toBeGreaterThan(0);
    for (const c of skippedTrace) expect(c).toMatchObject({ cost: expect.anything(), reason: expect.stringMatching(/skip trace needs/) });
    expect(skippedTrace.every((c) => Number(c.cost) === 0)).toBe(true);
    expect(calls.filter((c) => c.provider === "batchdata" && c.status === "completed").length).toBeGreaterThan(0);

    const contacts = await t.db.contact.findMany({ where: { requestId: id } });
    expect(contacts.length).toBeGreaterThan(0);
    expect(new Set(contacts.map((c) => c.provider))).toEqual(new Set(["apollo", "batchdata"]));
    expect(contacts.some((c) => c.type === "phone" && (c.dnc || c.tcpa || c.litigator))).toBe(true);
    expect(await t.db.business.count({ where: { requestId: id } })).toBeGreaterThan(0);
    const states = await t.db.leadCard.groupBy({ by: ["enrichmentState"], where: { id: { in: ids } }, _count: { _all: true } });
    expect(states.map((s) => s.enrichmentState).sort()).toEqual(expect.arrayContaining(["enriched"]));
    expect(states.every((s) => ["enriched", "unmatched", "none"].includes(s.enrichmentState))).toBe(true);

    // Per-provider breakdown and cost/volume queries agree with the calls.
    expect(detail.providers.map((p) => p.provider)).toEqual(["apollo_org", "apollo_people", "batchdata"]);
    const byProvider = await getEnrichmentCosts(t.db, { groupBy: "provider" });
    expect(byProvider.total.credits).toBeCloseTo(apolloCredits, 2);
    const byActor = await getEnrichmentCosts(t.db, { groupBy: "actor" });
    expect(byActor.rows.find((r) => r.label === growth.email)?.credits).toBeCloseTo(apolloCredits, 2);
    expect((await getEnrichmentCosts(t.db, { groupBy: "day" })).rows).toHaveLength(1);
    expect((await getEnrichmentCosts(t.db, { groupBy: "request" })).rows.find((r) => r.key === id)?.matched).toBeGreaterThan(0);

    // Running it again calls no provider and changes nothing.
    const callsBefore = sandbox.calls();
    expect(await runEnrichmentBatch(t.db, id, { clients, owner: "test-run-2" })).toMatchObject({ status: "not_runnable", requestStatus: "completed", providerCalls: 0 });
    expect(sandbox.calls()).toEqual(callsBefore);
  });

  it("masks contact values for GROWTH and shows them to COMPLIANCE and ADMIN", async () => {
    const contact = await t.db.contact.findFirstOrThrow({ where: { requestId: completedId, type: "email" } });
    const masked = await listCardContacts(t.db, { leadCardId: contact.leadCardId }, { role: growth.role });
    expect(masked.masked).toBe(true);
    expect(JSON.stringify(masked)).not.toContain(contact.value);
    expect(masked.contacts.every((c) => c.value.includes("•"))).toBe(true);
    for (const viewer of [compliance, admin]) {
      const full = await listCardContacts(t.db, { leadCardId: contact.leadCardId }, { role: viewer.role });
      expect(full.masked).toBe(false);
      expect(full.contacts.map((c) => c.value)).toContain(contact.value);
    }
  });

  it("resumes after provider failures without calling again for what completed, and never charges twice", async () => {
    const { id } = await approvedBatch(30);
    const before = sandbox.calls();
    // Apollo answers the first two chunks, then fails every call: the client gives up, the job would retry.
    let chunks = 0;
    const flaky: TProviderClients = {
      batchdata: clients.batchdata,
      apollo: {
        enrichOrganization: (domain) => clients.apollo!.enrichOrganization(domain),
        async bulkMatchPeople(details) {
          const out = await clients.apollo!.bulkMatchPeople(details);
          if (++chunks === 2) sandbox.inject([{ provider: "apollo", endpoint: "people/bulk_match", fault: "server_error", times: 1000 }]);
          return out;
        },
      },
    };
    await expect(runEnrichmentBatch(t.db, id, { clients: flaky, owner: "attempt-1" })).rejects.toThrow();
    const recorded = await t.db.enrichmentCall.count({ where: { requestId: id, provider: "apollo_people", status: "completed" } });
    expect(recorded).toBe(20);
    expect((await t.db.enrichmentRequest.findUniqueOrThrow({ where: { id } })).leaseOwner).toBeNull();
    sandbox.clearFaults();
    const resumed = await runEnrichmentBatch(t.db, id, { clients, owner: "attempt-2" });
    expect(resumed.status).toBe("completed");
    const after = sandbox.calls();
    const newPeopleCalls = Object.fromEntries(Object.entries(after.apolloPeople).map(([k, n]) => [k, n - (before.apolloPeople[k] ?? 0)]).filter(([, n]) => Number(n) > 0));
    expect(Object.values(newPeopleCalls).every((n) => n === 1)).toBe(true);
    expect(sum(newPeopleCalls as Record<string, number>)).toBe(await t.db.enrichmentCall.count({ where: { requestId: id, provider: "apollo_people", status: "completed" } }));
    const newTraces = Object.entries(after.batchData).filter(([k]) => !(k in before.batchData));
    expect(newTraces.every(([, n]) => n === 1)).toBe(true);
    expect(await t.db.auditLog.count({ where: { event: "enrichment_started", targetId: id } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { event: "enrichment_completed", targetType: "enrichment_request", targetId: id } })).toBe(1);
  });

  it("an auth error fails the items with the reason and the batch as failed", async () => {
    const { id } = await approvedBatch(3);
    sandbox.inject([{ provider: "apollo", fault: "unauthorized", times: 5 }]);
    const result = await runEnrichmentBatch(t.db, id, { clients, owner: "auth" });
    sandbox.clearFaults();
    expect(result.status).toBe("failed");
    const items = await t.db.enrichmentItem.findMany({ where: { requestId: id } });
    expect(items.every((i) => i.status === "failed" && /apollo auth/.test(i.error ?? ""))).toBe(true);
    const failed = await t.db.auditLog.findMany({ where: { event: "enrichment_failed", requestId: id } });
    expect(failed).toHaveLength(4); // three items + the batch
    expect(failed.every((a) => a.outcome === "failure")).toBe(true);
  });

  it("a cancel between chunks stops the remaining items", async () => {
    const { id } = await approvedBatch(25);
    let chunks = 0;
    const cancelling: TProviderClients = {
      batchdata: clients.batchdata,
      apollo: {
        enrichOrganization: (domain) => clients.apollo!.enrichOrganization(domain),
        async bulkMatchPeople(details) {
          const out = await clients.apollo!.bulkMatchPeople(details);
          if (++chunks === 1) await cancelEnrichmentBatch(t.db, { requestId: id, reason: "changed our mind" }, admin);
          return out;
        },
      },
    };
    const result = await runEnrichmentBatch(t.db, id, { clients: cancelling, owner: "cancel" });
    expect(result.status).toBe("cancelled");
    expect(chunks).toBe(1);
    const detail = await getEnrichmentRequest(t.db, { id });
    expect(detail.status).toBe("cancelled");
    expect(detail.progress.cancelled).toBe(15);
    expect(detail.progress.matched + detail.progress.unmatched + detail.progress.failed + detail.progress.skipped).toBe(10);
    expect(detail.actualCredits).toBeGreaterThanOrEqual(0);
  });

  it("honours Apollo's per-minute window: waits for the next minute instead of running into 429s", async () => {
    let clock = Date.now();
    const limited = await startSandbox({ port: 0, seed: 3, apolloLimits: { minute: 20 }, now: () => clock });
    try {
      const limitedClients = createProviderClients({ SXE_APOLLO_BASE_URL: limited.apolloUrl, SXE_APOLLO_API_KEY: limited.apiKey, SXE_BATCHDATA_BASE_URL: limited.batchDataUrl, SXE_BATCHDATA_API_KEY: limited.apiKey });
      const { id } = await approvedBatch(25);
      const pauses: number[] = [];
      const result = await runEnrichmentBatch(t.db, id, { clients: limitedClients, owner: "paced", now: () => new Date(clock), sleep: async (ms) => void (pauses.push(ms), (clock += ms)) });
      expect(result.status).toBe("completed");
      // bulk_match gets 1/10 of 20 per minute: after the 2nd chunk the window is used up.
      expect(pauses.length).toBeGreaterThanOrEqual(1);
      expect(pauses.every((ms) => ms > 0 && ms <= 60_250)).toBe(true);
      // Three chunks, three requests: none was refused with a 429.
      expect(limited.requests()["apollo/people/bulk_match"]).toBe(3);
    } finally {
      await limited.close();
    }
  });

  it("scan: no social table holds any contact value that is in contacts", async () => {
    const values = await t.db.contact.findMany({ select: { value: true } });
    expect(values.length).toBeGreaterThan(10);
    const needles = [...new Set(values.flatMap((v) => [v.value.toLowerCase(), v.value.replace(/^\+1?/, "")]))];
    const hits = await t.db.$queryRaw<{ tbl: string; n: number }[]>`
      WITH needles AS (SELECT unnest(${needles}::text[]) AS v)
      SELECT 'raw_social_profiles' AS tbl, count(*)::int AS n FROM raw_social_profiles r, needles WHERE position(needles.v IN lower(r::text)) > 0
      UNION ALL SELECT 'lead_cards', count(*)::int FROM lead_cards c, needles WHERE position(needles.v IN lower(c::text)) > 0
      UNION ALL SELECT 'audience_pools', count(*)::int FROM audience_pools p, needles WHERE position(needles.v IN lower(p::text)) > 0
      UNION ALL SELECT 'lead_card_pools', count(*)::int FROM lead_card_pools p, needles WHERE position(needles.v IN lower(p::text)) > 0
      UNION ALL SELECT 'import_jobs', count(*)::int FROM import_jobs j, needles WHERE position(needles.v IN lower(j::text)) > 0
      UNION ALL SELECT 'import_errors', count(*)::int FROM import_errors e, needles WHERE position(needles.v IN lower(e::text)) > 0
      UNION ALL SELECT 'enrichment_calls', count(*)::int FROM enrichment_calls e, needles WHERE position(needles.v IN lower(e::text)) > 0
      UNION ALL SELECT 'audit_log', count(*)::int FROM audit_log a, needles WHERE position(needles.v IN lower(a::text)) > 0`;
    expect(hits.filter((h) => h.n > 0)).toEqual([]);
  });

  it("audit completeness: every enrichment action has its row with time, actor and outcome", async () => {
    // One rejected request too, so every decision kind is covered.
    const ids = await insertEnrichableCards(t.db, 1);
    const { requests } = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "to be rejected" }, growth);
    await rejectEnrichmentRequest(t.db, { requestId: requests[0]!.id, reason: "not now" }, admin);

    const audit = await t.db.auditLog.findMany({ where: { event: { startsWith: "enrichment_" } } });
    const has = (event: string, targetId: string) => audit.filter((a) => a.event === event && a.targetId === targetId);
    const requestRows = await t.db.enrichmentRequest.findMany({ include: { items: true } });
    const missing: string[] = [];
    let checked = 0;
    const expectRow = (event: string, targetId: string, what: string) => {
      checked++;
      if (has(event, targetId).length !== 1) missing.push(`${what}: ${event} ×${has(event, targetId).length}`);
    };
    for (const r of requestRows) {
      expectRow("enrichment_requested", r.id, `request ${r.id}`);
      if (r.approverId && r.status !== "rejected") expectRow("enrichment_approved", r.id, `request ${r.id}`);
      if (r.status === "rejected") expectRow("enrichment_rejected", r.id, `request ${r.id}`);
      if (r.startedAt) expectRow("enrichment_started", r.id, `request ${r.id}`);
      if (r.status === "completed") expectRow("enrichment_completed", r.id, `request ${r.id}`);
      if (r.status === "failed") expectRow("enrichment_failed", r.id, `request ${r.id}`);
      if (r.status === "cancelled") expectRow("enrichment_cancelled", r.id, `request ${r.id}`);
      for (const item of r.items) {
        if (["matched", "unmatched"].includes(item.status) || (item.status === "skipped" && r.startedAt && !item.skipReason?.startsWith("no longer eligible"))) expectRow("enrichment_completed", item.id, `item ${item.id}`);
        if (item.status === "failed") expectRow("enrichment_failed", item.id, `item ${item.id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(60);
    for (const row of audit) {
      expect(row.occurredAt).toBeInstanceOf(Date);
      expect(row.actorId).toBeTruthy();
      expect(["success", "failure"]).toContain(row.outcome);
    }
    // The outcome and cost of each item are in the audit row.
    const itemRows = audit.filter((a) => a.targetType === "enrichment_item" && a.event === "enrichment_completed");
    expect(itemRows.every((a) => typeof (a.metadata as { outcome?: string }).outcome === "string" && a.costCredits !== null && a.outcome === "success")).toBe(true);
    const failedRows = audit.filter((a) => a.event === "enrichment_failed");
    expect(failedRows.length).toBeGreaterThan(0);
    expect(failedRows.every((a) => a.outcome === "failure" && (a.metadata as { reason?: string }).reason)).toBe(true);
  });
});
