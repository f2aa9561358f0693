import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { isDomainError, type TDomainErrorCode } from "@/server/domain/errors";
import { defaultEnrichmentPolicy, enrichmentPolicySetting } from "@/server/domain/settings/enrichment-policy";
import { updateSetting } from "@/server/services/settings/update-setting";
import { useTestDatabase } from "@/server/testing/test-database";
import { approveEnrichmentRequest } from "./approve-enrichment-request";
import { cancelEnrichmentBatch } from "./cancel-enrichment-batch";
import type { TEnrichmentActor } from "./enrichment-actor";
import { createActor, insertEnrichableCards } from "./__fixtures__/enrichment-fixtures";
import { getEnrichmentRequest } from "./get-enrichment-request";
import { listEnrichmentRequests } from "./list-enrichment-requests";
import { previewEnrichment } from "./preview-enrichment";
import { recordLawfulBasis } from "./record-lawful-basis";
import { rejectEnrichmentRequest } from "./reject-enrichment-request";
import { requestEnrichment } from "./request-enrichment";

async function refusal(promise: Promise<unknown>): Promise<{ code: TDomainErrorCode; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal, but it succeeded");
}

describe("enrichment gate", () => {
  const t = useTestDatabase();
  let growth: TEnrichmentActor;
  let admin: TEnrichmentActor;
  let admin2: TEnrichmentActor;
  let compliance: TEnrichmentActor;
  const enqueued: string[] = [];
  const enqueue = async (_tx: Prisma.TransactionClient, requestId: string) => void enqueued.push(requestId);

  beforeAll(async () => {
    growth = await createActor(t.db, "GROWTH");
    admin = await createActor(t.db, "ADMIN");
    admin2 = await createActor(t.db, "ADMIN", "admin2");
    compliance = await createActor(t.db, "COMPLIANCE");
  });

  it("previews each card's eligibility with a reason for every ineligible one, batches and estimate", async () => {
    const [ok] = await insertEnrichableCards(t.db, 1);
    const [user] = await insertEnrichableCards(t.db, 1, { label: "USER" });
    const [low] = await insertEnrichableCards(t.db, 1, { classificationConfidence: 0.3 });
    const [x] = await insertEnrichableCards(t.db, 1, { platform: "x" });
    const [unreviewed] = await insertEnrichableCards(t.db, 1, { reviewState: "unreviewed" });
    const preview = await previewEnrichment(t.db, { selection: { cardIds: [ok!, user!, low!, x!, unreviewed!] } });
    expect(preview).toMatchObject({ selected: 5, eligible: 1, ineligible: 4, maxBatchCards: 250, withinBudget: true, sandbox: true });
    const codes = Object.fromEntries(preview.cards.map((c) => [c.cardId, c.reasons.map((r) => r.code)]));
    expect(codes).toEqual({ [ok!]: [], [user!]: ["label"], [low!]: ["confidence"], [x!]: ["lawful_basis"], [unreviewed!]: ["review"] });
    expect(preview.batches).toEqual([{ index: 1, cards: 1, estimate: expect.objectContaining({ credits: 9 }) }]);
    expect(preview.estimate.providers.map((p) => p.provider)).toEqual(["apollo", "batchdata"]);
    expect(preview.budget.find((b) => b.window === "day")?.remainingCredits).toBe(5000);
  });

  it("refuses, with the reason, an ineligible label, low confidence and an X card without lawful basis", async () => {
    const [user] = await insertEnrichableCards(t.db, 1, { label: "USER" });
    const [low] = await insertEnrichableCards(t.db, 1, { classificationConfidence: 0.2 });
    const [x] = await insertEnrichableCards(t.db, 1, { platform: "x" });
    const reason = "partner outreach";
    expect(await refusal(requestEnrichment(t.db, { selection: { cardIds: [user!] }, reason }, growth))).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/label USER is not eligible/) });
    expect(await refusal(requestEnrichment(t.db, { selection: { cardIds: [low!] }, reason }, growth))).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/confidence 0\.20 is below the minimum 0\.60/) });
    expect(await refusal(requestEnrichment(t.db, { selection: { cardIds: [x!] }, reason }, growth))).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/X-sourced cards need a recorded lawful basis/) });

    // Once a lawful basis is recorded (audited), the X card passes.
    await recordLawfulBasis(t.db, { leadCardId: x!, basis: "consent: opt-in form 2026-10-02" }, growth);
    const card = await t.db.leadCard.findUniqueOrThrow({ where: { id: x! } });
    expect(card).toMatchObject({ lawfulBasis: "consent: opt-in form 2026-10-02", lawfulBasisRecordedById: growth.userId });
    expect(await t.db.auditLog.count({ where: { event: "lawful_basis_recorded", targetId: x! } })).toBe(1);
    const result = await requestEnrichment(t.db, { selection: { cardIds: [x!] }, reason }, growth);
    expect(result.requests).toHaveLength(1);
    expect(await refusal(recordLawfulBasis(t.db, { leadCardId: x!, basis: "consent given by maya@example.net" }, growth))).toMatchObject({ code: "VALIDATION" });
  });

  it("refuses a COMPLIANCE requester and a request without a reason", async () => {
    const [card] = await insertEnrichableCards(t.db, 1);
    expect(await refusal(requestEnrichment(t.db, { selection: { cardIds: [card!] }, reason: "need it" }, compliance))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(requestEnrichment(t.db, { selection: { cardIds: [card!] }, reason: " " }, growth))).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/^reason/) });
  });

  it("refuses a 251-card batch, and splits 251 eligible cards into two requests", async () => {
    const ids = await insertEnrichableCards(t.db, 251);
    const refused = await refusal(requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "big launch", split: false }, growth));
    expect(refused).toMatchObject({ code: "LIMIT_EXCEEDED", message: expect.stringMatching(/at most 250 cards; this one has 251/) });
    expect(await t.db.enrichmentItem.count({ where: { leadCardId: { in: ids } } })).toBe(0);

    const result = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "big launch" }, growth);
    expect(result.requests.map((r) => [r.batchIndex, r.batchCount, r.cards])).toEqual([[1, 2, 250], [2, 2, 1]]);
    const stored = await t.db.enrichmentRequest.findMany({ where: { id: { in: result.requests.map((r) => r.id) } }, select: { batchGroup: true, _count: { select: { items: true } } } });
    expect(new Set(stored.map((s) => s.batchGroup)).size).toBe(1);
    expect(stored.map((s) => s._count.items).sort((a, b) => a - b)).toEqual([1, 250]);
    expect(await t.db.auditLog.count({ where: { event: "enrichment_requested", targetId: { in: result.requests.map((r) => r.id) } } })).toBe(2);
    // Already pending now: a second request for the same cards is refused with that reason.
    expect(await refusal(requestEnrichment(t.db, { selection: { cardIds: ids.slice(0, 3) }, reason: "again" }, growth))).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(/pending: 3/) });
    for (const r of result.requests) await rejectEnrichmentRequest(t.db, { requestId: r.id, reason: "too big for now" }, admin);
    expect(await t.db.leadCard.count({ where: { id: { in: ids }, enrichmentState: "none" } })).toBe(251);
  });

  it("refuses requests and approvals that exceed a budget, with the numbers", async () => {
    const ids = await insertEnrichableCards(t.db, 3);
    const tight = { ...defaultEnrichmentPolicy, budget: { ...defaultEnrichmentPolicy.budget, perDay: { credits: 20, money: 250 } } };
    const version = (await t.db.setting.findUnique({ where: { key: enrichmentPolicySetting.key } }))?.version ?? 0;
    await updateSetting(t.db, enrichmentPolicySetting, tight, { actor: { type: "user", id: admin.userId }, expectedVersion: version });
    try {
      const refused = await refusal(requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "over budget" }, growth));
      expect(refused).toMatchObject({ code: "LIMIT_EXCEEDED", message: expect.stringMatching(/needs 27 credits but the day's remaining budget is 20 credits/) });
      const preview = await previewEnrichment(t.db, { selection: { cardIds: ids } });
      expect(preview.withinBudget).toBe(false);

      // Within budget when requested; the cap shrinks before approval → approval refused.
      const ok = await requestEnrichment(t.db, { selection: { cardIds: ids.slice(0, 2) }, reason: "fits" }, growth);
      await updateSetting(t.db, enrichmentPolicySetting, { ...tight, budget: { ...tight.budget, perDay: { credits: 10, money: 250 } } }, { actor: { type: "user", id: admin.userId } });
      const late = await refusal(approveEnrichmentRequest(t.db, { requestId: ok.requests[0]!.id }, admin, { enqueue }));
      expect(late).toMatchObject({ code: "LIMIT_EXCEEDED", message: expect.stringMatching(/over budget now: .*18 credits.*10 credits/) });
      expect((await t.db.enrichmentRequest.findUniqueOrThrow({ where: { id: ok.requests[0]!.id } })).status).toBe("pending");
      await rejectEnrichmentRequest(t.db, { requestId: ok.requests[0]!.id, reason: "budget" }, admin);
    } finally {
      await updateSetting(t.db, enrichmentPolicySetting, defaultEnrichmentPolicy, { actor: { type: "user", id: admin.userId } });
    }
  });

  it("refuses self-approval, a GROWTH approver and approving twice", async () => {
    const ids = await insertEnrichableCards(t.db, 2);
    const own = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "admin's own" }, admin);
    const id = own.requests[0]!.id;
    expect(await refusal(approveEnrichmentRequest(t.db, { requestId: id }, admin, { enqueue }))).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/another admin must approve it/) });
    expect(await refusal(rejectEnrichmentRequest(t.db, { requestId: id, reason: "nope" }, admin))).toMatchObject({ code: "FORBIDDEN" });
    expect(await refusal(approveEnrichmentRequest(t.db, { requestId: id }, growth, { enqueue }))).toMatchObject({ code: "FORBIDDEN" });
    const before = enqueued.length;
    const approved = await approveEnrichmentRequest(t.db, { requestId: id, reason: "looks right" }, admin2, { enqueue });
    expect(approved).toMatchObject({ status: "approved", cards: 2, skipped: 0 });
    expect(enqueued.slice(before)).toEqual([id]);
    expect(await refusal(approveEnrichmentRequest(t.db, { requestId: id }, admin2, { enqueue }))).toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/already approved/) });
    expect(enqueued.slice(before)).toEqual([id]);
    await cancelEnrichmentBatch(t.db, { requestId: id, reason: "test over" }, admin2);
  });

  it("two racing approvals produce exactly one approval and one job", async () => {
    const ids = await insertEnrichableCards(t.db, 2);
    const { requests } = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "race" }, growth);
    const id = requests[0]!.id;
    const admin3 = await createActor(t.db, "ADMIN", "admin3");
    const before = enqueued.length;
    const results = await Promise.allSettled([
      approveEnrichmentRequest(t.db, { requestId: id }, admin2, { enqueue }),
      approveEnrichmentRequest(t.db, { requestId: id }, admin3, { enqueue }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(isDomainError(rejected.reason) && rejected.reason.code).toBe("INVALID_STATE");
    expect(enqueued.slice(before)).toEqual([id]);
    expect(await t.db.auditLog.count({ where: { event: "enrichment_approved", targetId: id } })).toBe(1);
    await cancelEnrichmentBatch(t.db, { requestId: id }, admin2);
  });

  it("approval skips cards that stopped being eligible, with the reason", async () => {
    const ids = await insertEnrichableCards(t.db, 3);
    const { requests } = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "recheck" }, growth);
    await t.db.leadCard.update({ where: { id: ids[0]! }, data: { label: "USER" } });
    const approved = await approveEnrichmentRequest(t.db, { requestId: requests[0]!.id }, admin, { enqueue });
    expect(approved).toMatchObject({ cards: 2, skipped: 1, estimatedCredits: 18 });
    const item = await t.db.enrichmentItem.findFirstOrThrow({ where: { requestId: requests[0]!.id, leadCardId: ids[0]! } });
    expect(item).toMatchObject({ status: "skipped", skipReason: expect.stringMatching(/no longer eligible at approval: label USER/) });
    const cancelled = await cancelEnrichmentBatch(t.db, { requestId: requests[0]!.id, reason: "stop" }, admin);
    expect(cancelled.cancelled).toBe(2);
    expect(await refusal(cancelEnrichmentBatch(t.db, { requestId: requests[0]!.id }, admin))).toMatchObject({ code: "INVALID_STATE" });
    const detail = await getEnrichmentRequest(t.db, { id: requests[0]!.id });
    expect(detail.progress).toMatchObject({ total: 3, skipped: 1, cancelled: 2 });
    expect(await t.db.auditLog.count({ where: { event: "enrichment_cancelled", targetId: requests[0]!.id } })).toBe(1);
  });

  it("requests a pool by name, lists pending requests for the approvals screen", async () => {
    const ids = await insertEnrichableCards(t.db, 4);
    const pool = await t.db.audiencePool.create({ data: { name: `Enrich pool ${ids[0]!.slice(0, 6)}`, kind: "manual" } });
    await t.db.leadCardPool.createMany({ data: ids.map((leadCardId) => ({ poolId: pool.id, leadCardId })) });
    const result = await requestEnrichment(t.db, { selection: { poolName: pool.name }, reason: "pool run" }, growth);
    expect(result.eligible).toBe(4);
    const page = await listEnrichmentRequests(t.db, { status: ["pending"], limit: 100 });
    const mine = page.items.find((r) => r.id === result.requests[0]!.id)!;
    expect(mine).toMatchObject({ status: "pending", requester: { email: growth.email }, estimatedCredits: 36, progress: { total: 4, pending: 4 }, sandbox: true, policyVersion: expect.any(Number) });
    expect(await refusal(requestEnrichment(t.db, { selection: { poolName: "no such pool" }, reason: "x" + "yz" }, growth))).toMatchObject({ code: "NOT_FOUND" });
  });
});

