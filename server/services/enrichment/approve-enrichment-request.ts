import { z } from "zod";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import { budgetLines, checkBudget, estimateCost } from "@/server/domain/enrichment/estimate";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { restoreEnrichmentState } from "./card-enrichment-state";
import { getCommittedSpend } from "./committed-spend";
import { auditActorOf, requirePermission, type TEnrichmentActor } from "./enrichment-actor";
import { evaluateSelection } from "./evaluate-selection";
import { lockEnrichmentGate } from "./gate-lock";
import { getEnrichmentPolicy } from "./get-enrichment-policy";
import { lockPendingRequest } from "./lock-pending-request";

export const ZApproveEnrichmentRequest = z.object({ requestId: z.uuid(), reason: z.string().trim().min(1).max(2000).optional() }).strict();

/**
 * Puts the batch job in the queue INSIDE the approval's transaction (pg-boss writes its job row
 * through the same connection), so an approval never commits without its job and a rolled-back
 * approval leaves no job behind.
 */
export type TEnqueueEnrichmentBatch = (tx: Prisma.TransactionClient, requestId: string) => Promise<unknown>;

export type TApproveResult = { id: string; status: "approved"; cards: number; skipped: number; estimatedCredits: number; estimatedCost: number };

/**
 * An ADMIN other than the requester approves a pending request. The policy and budgets are
 * checked again as they are now: cards that stopped being eligible are skipped with their
 * reason (if none is left the approval is refused), and a budget overrun refuses it. Racing
 * approvals serialise on the request row: exactly one wins, the other gets INVALID_STATE.
 */
export async function approveEnrichmentRequest(
  db: PrismaClient,
  input: z.input<typeof ZApproveEnrichmentRequest>,
  actor: TEnrichmentActor,
  ctx: { enqueue: TEnqueueEnrichmentBatch },
  now = new Date(),
): Promise<TApproveResult> {
  const { requestId, reason } = parseOrThrow(ZApproveEnrichmentRequest, input);
  requirePermission(actor, "approveEnrichment", "approve enrichment requests");
  return db.$transaction(
    async (tx) => {
      const request = await lockPendingRequest(tx, requestId, actor, "approve");
      await lockEnrichmentGate(tx);
      const policy = await getEnrichmentPolicy(tx);
      const items = await tx.enrichmentItem.findMany({ where: { requestId, status: "pending" }, select: { id: true, leadCardId: true } });
      const cards = await evaluateSelection(tx, items.map((i) => i.leadCardId), policy.value, now, { exceptRequestId: requestId });
      const ineligible = cards.filter((c) => !c.eligible);
      const eligibleCount = cards.length - ineligible.length;
      if (eligibleCount === 0) {
        const summary = [...new Set(ineligible.flatMap((c) => c.reasons.map((r) => r.code)))].join(", ");
        throw new DomainError("VALIDATION", `request ${requestId}: none of its ${cards.length} card(s) is eligible under the policy in force now (${summary}); reject it instead`);
      }
      const estimate = estimateCost(eligibleCount, policy.value);
      const violations = checkBudget([estimate], budgetLines(policy.value, await getCommittedSpend(tx, now)), policy.value.currency);
      if (violations.length > 0) throw new DomainError("LIMIT_EXCEEDED", `request ${requestId} is over budget now: ${violations.map((v) => v.message).join("; ")}`, { violations });

      for (const card of ineligible) {
        await tx.enrichmentItem.updateMany({
          where: { requestId, leadCardId: card.cardId, status: "pending" },
          data: { status: "skipped", skipReason: `no longer eligible at approval: ${card.reasons.map((r) => r.message).join("; ")}`.slice(0, 1000), finishedAt: now },
        });
      }
      await restoreEnrichmentState(tx, ineligible.map((c) => c.cardId), now);
      await tx.enrichmentRequest.update({
        where: { id: requestId },
        data: {
          status: "approved", approverId: actor.userId, decidedAt: now, decisionReason: reason ?? null,
          estimatedCredits: estimate.credits, estimatedCost: estimate.money,
          policySnapshot: { version: policy.version, policy: policy.value, requestedUnder: request.policySnapshot } as unknown as Prisma.InputJsonObject,
        },
      });
      await recordAudit(tx, {
        event: "enrichment_approved", actor: auditActorOf(actor), target: { type: "enrichment_request", id: requestId },
        metadata: { ...(reason ? { reason } : {}), policyVersion: policy.version, cardCount: eligibleCount, skipped: ineligible.length },
      }, now);
      await ctx.enqueue(tx, requestId);
      return { id: requestId, status: "approved" as const, cards: eligibleCount, skipped: ineligible.length, estimatedCredits: estimate.credits, estimatedCost: estimate.money };
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}
