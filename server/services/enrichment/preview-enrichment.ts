import { z } from "zod";
import type { Db } from "@/server/db/client";
import { MAX_BATCH_CARDS, splitIntoBatches } from "@/server/domain/enrichment/batching";
import { summariseIneligible } from "@/server/domain/enrichment/eligibility";
import { budgetLines, checkBudget, estimateCost, type TEstimate } from "@/server/domain/enrichment/estimate";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { getCommittedSpend } from "./committed-spend";
import { evaluateSelection, ZCardEligibility } from "./evaluate-selection";
import { getEnrichmentPolicy } from "./get-enrichment-policy";
import { resolveSelection, ZEnrichmentSelection } from "./resolve-selection";

export const ZPreviewEnrichment = z.object({ selection: ZEnrichmentSelection }).strict();

const ZEstimate = z.object({
  cards: z.number(),
  providers: z.array(z.object({ provider: z.enum(["apollo", "batchdata"]), credits: z.number(), money: z.number() })),
  credits: z.number(),
  money: z.number(),
  currency: z.string(),
});
export const ZEnrichmentPreview = z.object({
  policyVersion: z.number(),
  selected: z.number(),
  eligible: z.number(),
  ineligible: z.number(),
  reasonCounts: z.record(z.string(), z.number()),
  cards: z.array(ZCardEligibility),
  maxBatchCards: z.number(),
  batches: z.array(z.object({ index: z.number(), cards: z.number(), estimate: ZEstimate })),
  estimate: ZEstimate,
  budget: z.array(z.object({ window: z.enum(["batch", "day", "month"]), capCredits: z.number(), capMoney: z.number(), usedCredits: z.number(), usedMoney: z.number(), remainingCredits: z.number(), remainingMoney: z.number() })),
  violations: z.array(z.object({ window: z.enum(["batch", "day", "month"]), unit: z.enum(["credits", "money"]), needed: z.number(), remaining: z.number(), message: z.string() })),
  withinBudget: z.boolean(),
  sandbox: z.boolean(),
});
export type TEnrichmentPreview = z.infer<typeof ZEnrichmentPreview>;

/**
 * What the request screen shows before anything is written: each card's eligibility with the
 * reason for every ineligible one, the batches (≤ 250 cards each), the worst-case cost per
 * provider and in total, and that against what is left of the batch/day/month budgets.
 */
export async function previewEnrichment(db: Db, input: z.input<typeof ZPreviewEnrichment>, now = new Date()): Promise<TEnrichmentPreview> {
  const { selection } = parseOrThrow(ZPreviewEnrichment, input);
  const policy = await getEnrichmentPolicy(db);
  const ids = await resolveSelection(db, selection);
  const cards = await evaluateSelection(db, ids, policy.value, now);
  const eligibleIds = cards.filter((c) => c.eligible).map((c) => c.cardId);
  const batches = splitIntoBatches(eligibleIds).map((batch, i) => ({ index: i + 1, cards: batch.length, estimate: estimateCost(batch.length, policy.value) }));
  const estimate = estimateCost(eligibleIds.length, policy.value);
  const budget = budgetLines(policy.value, await getCommittedSpend(db, now));
  const violations = checkBudget(batches.map((b) => b.estimate), budget, policy.value.currency);
  return {
    policyVersion: policy.version,
    selected: ids.length,
    eligible: eligibleIds.length,
    ineligible: ids.length - eligibleIds.length,
    reasonCounts: summariseIneligible(cards.map((c) => ({ cardId: c.cardId, eligible: c.eligible, reasons: c.reasons }))),
    cards,
    maxBatchCards: MAX_BATCH_CARDS,
    batches,
    estimate,
    budget,
    violations,
    withinBudget: violations.length === 0,
    sandbox: policy.value.providers.some((p) => p.enabled && p.sandbox),
  };
}

export type { TEstimate };
