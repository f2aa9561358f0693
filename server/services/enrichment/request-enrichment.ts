import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import { assertBatchSize, splitIntoBatches } from "@/server/domain/enrichment/batching";
import { summariseIneligible } from "@/server/domain/enrichment/eligibility";
import { budgetLines, checkBudget, estimateCost } from "@/server/domain/enrichment/estimate";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getCommittedSpend } from "./committed-spend";
import { auditActorOf, requirePermission, type TEnrichmentActor } from "./enrichment-actor";
import { evaluateSelection } from "./evaluate-selection";
import { lockEnrichmentGate } from "./gate-lock";
import { getEnrichmentPolicy } from "./get-enrichment-policy";
import { resolveSelection, ZEnrichmentSelection } from "./resolve-selection";

export const ZRequestEnrichment = z.object({
  selection: ZEnrichmentSelection,
  reason: z.string().trim().min(3, "say why these cards should be enriched").max(2000),
  /** More than 250 eligible cards become several requests (default); false refuses them instead. */
  split: z.boolean().default(true),
}).strict();

export const ZRequestEnrichmentResult = z.object({
  requests: z.array(z.object({ id: z.uuid(), batchIndex: z.number(), batchCount: z.number(), cards: z.number(), estimatedCredits: z.number(), estimatedCost: z.number() })),
  eligible: z.number(),
  ineligible: z.number(),
  reasonCounts: z.record(z.string(), z.number()),
});
export type TRequestEnrichmentResult = z.infer<typeof ZRequestEnrichmentResult>;

const describeReasons = (counts: Record<string, number>) => Object.entries(counts).map(([code, n]) => `${code}: ${n}`).join(", ");

/**
 * A GROWTH or ADMIN user asks for the eligible cards of a selection to be enriched. Ineligible
 * cards are left out (and counted by reason); if none is eligible, or the estimate exceeds a
 * budget, nothing is written and the reason is given. Each batch of ≤ 250 cards becomes one
 * pending request with a policy snapshot, its items and an `enrichment_requested` audit row.
 */
export async function requestEnrichment(db: PrismaClient, input: z.input<typeof ZRequestEnrichment>, actor: TEnrichmentActor, now = new Date()): Promise<TRequestEnrichmentResult> {
  const { selection, reason, split } = parseOrThrow(ZRequestEnrichment, input);
  requirePermission(actor, "requestEnrichment", "request enrichment");
  return db.$transaction(
    async (tx) => {
      await lockEnrichmentGate(tx);
      const policy = await getEnrichmentPolicy(tx);
      const ids = await resolveSelection(tx, selection);
      const cards = await evaluateSelection(tx, ids, policy.value, now);
      const eligibleIds = cards.filter((c) => c.eligible).map((c) => c.cardId);
      const reasonCounts = summariseIneligible(cards.map((c) => ({ cardId: c.cardId, eligible: c.eligible, reasons: c.reasons })));
      if (eligibleIds.length === 0) {
        const only = cards.length === 1 ? ` (${cards[0]!.reasons.map((r) => r.message).join("; ")})` : "";
        throw new DomainError("VALIDATION", `none of the ${cards.length} selected card(s) is eligible for enrichment${only ? only : ` — ${describeReasons(reasonCounts)}`}`, { reasonCounts });
      }
      if (!split) assertBatchSize(eligibleIds.length);
      const batches = splitIntoBatches(eligibleIds);
      const estimates = batches.map((batch) => estimateCost(batch.length, policy.value));
      const violations = checkBudget(estimates, budgetLines(policy.value, await getCommittedSpend(tx, now)), policy.value.currency);
      if (violations.length > 0) throw new DomainError("LIMIT_EXCEEDED", `over budget: ${violations.map((v) => v.message).join("; ")}`, { violations });

      const group = batches.length > 1 ? randomUUID() : null;
      const snapshot = { version: policy.version, policy: policy.value } as unknown as Prisma.InputJsonObject;
      const requests: TRequestEnrichmentResult["requests"] = [];
      for (const [index, batch] of batches.entries()) {
        const estimate = estimates[index]!;
        const request = await tx.enrichmentRequest.create({
          data: {
            requesterId: actor.userId, reason, policySnapshot: snapshot, estimatedCredits: estimate.credits, estimatedCost: estimate.money,
            currency: policy.value.currency, createdAt: now, batchGroup: group, batchIndex: index + 1, batchCount: batches.length,
          },
          select: { id: true },
        });
        await tx.$executeRaw`INSERT INTO enrichment_items (request_id, lead_card_id) SELECT ${request.id}::uuid, unnest(${batch}::uuid[])`;
        await tx.$executeRaw`UPDATE lead_cards SET enrichment_state = 'requested', updated_at = ${now} WHERE id = ANY(${batch}::uuid[])`;
        await recordAudit(tx, {
          event: "enrichment_requested", actor: auditActorOf(actor), target: { type: "enrichment_request", id: request.id },
          metadata: { cardCount: batch.length, reason, estimatedCredits: estimate.credits, estimatedCost: estimate.money, batchIndex: index + 1, batchCount: batches.length },
        }, now);
        requests.push({ id: request.id, batchIndex: index + 1, batchCount: batches.length, cards: batch.length, estimatedCredits: estimate.credits, estimatedCost: estimate.money });
      }
      return { requests, eligible: eligibleIds.length, ineligible: cards.length - eligibleIds.length, reasonCounts };
    },
    { timeout: 60_000, maxWait: 15_000 },
  );
}
