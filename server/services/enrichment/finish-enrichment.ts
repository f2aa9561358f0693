import type { PrismaClient } from "@/server/db/client";
import { recordAudit } from "@/server/services/audit/record-audit";
import { enrichmentWorkerActor } from "./enrichment-actor";

type TItemCalls = {
  id: string; lead_card_id: string;
  calls: { provider: string; status: string; outcome: string; credits: string; cost: string; attempts: number; provider_ref: string | null; reason: string | null }[] | null;
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const providerName = (call: string) => (call.startsWith("apollo") ? "apollo" : call);

/**
 * Gives every unfinished item of a batch its outcome from its recorded calls — matched if any
 * provider matched, unmatched if one answered without a match, failed if a call failed and
 * none matched, skipped if no provider could be asked (with why) — plus its card's enrichment
 * state and one `enrichment_completed` / `enrichment_failed` audit row with its cost, in one
 * transaction. Items of a cancelled batch that no provider saw are cancelled.
 */
export async function finishEnrichmentItems(db: PrismaClient, requestId: string, opts: { abortReason: string | null; cancelled: boolean; now: Date }): Promise<void> {
  const { now } = opts;
  await db.$transaction(async (tx) => {
    const [request] = await tx.$queryRaw<{ currency: string }[]>`SELECT currency FROM enrichment_requests WHERE id = ${requestId}::uuid`;
    const currency = request?.currency ?? "USD";
    const items = await tx.$queryRaw<TItemCalls[]>`
      SELECT i.id::text AS id, i.lead_card_id::text AS lead_card_id,
             (SELECT json_agg(json_build_object('provider', c.provider, 'status', c.status, 'outcome', c.outcome, 'credits', c.credits::text, 'cost', c.cost::text,
                     'attempts', c.attempts, 'provider_ref', c.provider_ref, 'reason', c.reason) ORDER BY c.completed_at) FROM enrichment_calls c WHERE c.item_id = i.id) AS calls
        FROM enrichment_items i WHERE i.request_id = ${requestId}::uuid AND i.status IN ('pending', 'running') ORDER BY i.id FOR UPDATE OF i`;
    for (const item of items) {
      const calls = item.calls ?? [];
      const completed = calls.filter((c) => c.status === "completed");
      const failed = calls.filter((c) => c.status === "failed");
      const credits = round(calls.reduce((sum, c) => sum + Number(c.credits), 0), 2);
      const cost = round(calls.reduce((sum, c) => sum + Number(c.cost), 0), 4);
      const attempts = calls.reduce((sum, c) => sum + c.attempts, 0);
      const providers = [...new Set(completed.map((c) => providerName(c.provider)))];
      const provider = providers.join("+") || null;
      const providerRef = completed.find((c) => c.provider === "apollo_people" && c.provider_ref)?.provider_ref ?? completed.find((c) => c.provider_ref)?.provider_ref ?? null;
      const skipReasons = calls.filter((c) => c.status === "skipped" && c.reason).map((c) => c.reason!);

      let status: "matched" | "unmatched" | "skipped" | "failed" | "cancelled";
      let error: string | null = null;
      if (calls.length === 0) {
        status = opts.abortReason ? "failed" : opts.cancelled ? "cancelled" : "skipped";
        error = opts.abortReason;
        if (status === "skipped") skipReasons.push("no enrichment provider is enabled");
      } else if (completed.some((c) => c.outcome === "matched")) {
        status = "matched";
        error = failed[0]?.reason ?? null;
      } else if (failed.length > 0) {
        status = "failed";
        error = failed[0]!.reason ?? "provider call failed";
      } else if (completed.length > 0) {
        status = "unmatched";
      } else {
        status = "skipped";
      }
      const skipReason = skipReasons.length ? skipReasons.join("; ").slice(0, 1000) : opts.cancelled && status === "cancelled" ? "batch cancelled" : null;

      await tx.enrichmentItem.update({
        where: { id: item.id },
        data: { status, error, skipReason, credits, cost, attempts, provider, providerRef, finishedAt: now },
      });
      const state = status === "matched" ? "enriched" : status === "unmatched" ? "unmatched" : status === "failed" ? "failed" : null;
      if (state) await tx.$executeRaw`UPDATE lead_cards SET enrichment_state = ${state}::enrichment_state, updated_at = ${now} WHERE id = ${item.lead_card_id}::uuid`;
      else await tx.$executeRaw`UPDATE lead_cards c SET updated_at = ${now}, enrichment_state = coalesce((
          SELECT CASE i.status WHEN 'matched' THEN 'enriched' WHEN 'unmatched' THEN 'unmatched' ELSE 'failed' END::enrichment_state
            FROM enrichment_items i WHERE i.lead_card_id = c.id AND i.status IN ('matched', 'unmatched', 'failed') ORDER BY i.finished_at DESC LIMIT 1), 'none')
          WHERE c.id = ${item.lead_card_id}::uuid`;
      if (status === "cancelled") continue;
      const target = { type: "enrichment_item", id: item.id };
      const auditCost = { credits, amount: cost, currency };
      if (status === "failed") {
        await recordAudit(tx, { event: "enrichment_failed", actor: enrichmentWorkerActor, outcome: "failure", target, cost: auditCost, requestId,
          metadata: { ...(provider ? { provider } : {}), reason: (error ?? "failed").slice(0, 2000), leadCardId: item.lead_card_id } }, now);
      } else {
        await recordAudit(tx, { event: "enrichment_completed", actor: enrichmentWorkerActor, target, cost: auditCost, requestId,
          metadata: { ...(provider ? { provider } : {}), leadCardId: item.lead_card_id, outcome: status, ...(skipReason ? { reason: skipReason } : {}) } }, now);
      }
    }
  }, { timeout: 120_000, maxWait: 15_000 });
}

/**
 * Closes the batch: actual credits and cost from its calls, status completed (failed when every
 * item failed), lease released, and one batch-level audit row. A batch cancelled meanwhile keeps
 * its status (the cancellation was audited) and only gets its totals.
 */
export async function finishEnrichmentRequest(db: PrismaClient, requestId: string, opts: { owner: string; abortReason: string | null; cancelled: boolean; now: Date }): Promise<"completed" | "failed" | "cancelled"> {
  const { now } = opts;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string; currency: string }[]>`SELECT status::text, currency FROM enrichment_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    const [totals] = await tx.$queryRaw<{ credits: string; cost: string }[]>`SELECT coalesce(sum(credits), 0)::text AS credits, coalesce(sum(cost), 0)::text AS cost FROM enrichment_calls WHERE request_id = ${requestId}::uuid`;
    const credits = Number(totals?.credits ?? 0);
    const cost = Number(totals?.cost ?? 0);
    const counts = await tx.enrichmentItem.groupBy({ by: ["status"], where: { requestId }, _count: { _all: true } });
    const count = (status: string) => counts.find((c) => c.status === status)?._count._all ?? 0;
    const total = counts.reduce((sum, c) => sum + c._count._all, 0);
    const clear = { leaseOwner: null, leaseExpiresAt: null, actualCredits: credits, actualCost: cost };
    if (row?.status !== "running") {
      await tx.enrichmentRequest.update({ where: { id: requestId }, data: { ...clear, finishedAt: now } });
      return "cancelled" as const;
    }
    const allFailed = total > 0 && count("failed") === total;
    const status = allFailed ? ("failed" as const) : ("completed" as const);
    await tx.enrichmentRequest.update({ where: { id: requestId }, data: { ...clear, status, finishedAt: now } });
    const target = { type: "enrichment_request", id: requestId };
    const auditCost = { credits, amount: cost, currency: row.currency };
    if (status === "failed") {
      await recordAudit(tx, { event: "enrichment_failed", actor: enrichmentWorkerActor, outcome: "failure", target, cost: auditCost, requestId,
        metadata: { reason: (opts.abortReason ?? `all ${total} item(s) failed`).slice(0, 2000) } }, now);
    } else {
      await recordAudit(tx, { event: "enrichment_completed", actor: enrichmentWorkerActor, target, cost: auditCost, requestId,
        metadata: { matched: count("matched"), unmatched: count("unmatched"), skipped: count("skipped"), failed: count("failed"), cancelled: count("cancelled") } }, now);
    }
    return status;
  }, { timeout: 60_000, maxWait: 15_000 });
}
