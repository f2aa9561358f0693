import type { TEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";

/** What the gate needs to know about one card (read by the service; no I/O here). */
export type TCardFacts = {
  id: string;
  platform: "x" | "tiktok" | "threads";
  label: "USER" | "PARTNER" | "AFFILIATE" | "FEEDBACK" | null;
  classificationConfidence: number;
  reviewState: "unreviewed" | "confirmed" | "corrected";
  lawfulBasis: string | null;
  erased: boolean;
  suppressed: boolean;
  /** Finish time of the latest matched/unmatched enrichment of this card, if any. */
  lastEnrichedAt: Date | null;
  /** The card is already in a pending, approved or running request (other than `exceptRequest`). */
  pending: boolean;
};

export const ineligibleCodes = ["erased", "suppressed", "label", "confidence", "review", "lawful_basis", "cooldown", "pending"] as const;
export type TIneligibleCode = (typeof ineligibleCodes)[number];
export type TIneligibleReason = { code: TIneligibleCode; message: string };
export type TEligibility = { cardId: string; eligible: boolean; reasons: TIneligibleReason[] };

const DAY_MS = 86_400_000;

/**
 * Every reason a card may not be enriched under `policy` at `now` (all of them, not only the
 * first, so the screen can show the whole picture). Eligible = no reasons.
 */
export function evaluateEligibility(card: TCardFacts, policy: TEnrichmentPolicy, now: Date): TEligibility {
  const reasons: TIneligibleReason[] = [];
  if (card.erased) reasons.push({ code: "erased", message: "the card was erased" });
  if (card.suppressed) reasons.push({ code: "suppressed", message: "the person is on the suppression list" });
  if (!card.label || !policy.eligibleLabels.includes(card.label)) {
    reasons.push({ code: "label", message: `label ${card.label ?? "(none)"} is not eligible (eligible: ${policy.eligibleLabels.join(", ")})` });
  }
  if (card.classificationConfidence < policy.minConfidence) {
    reasons.push({ code: "confidence", message: `classification confidence ${card.classificationConfidence.toFixed(2)} is below the minimum ${policy.minConfidence.toFixed(2)}` });
  }
  if (policy.reviewRequired && card.reviewState === "unreviewed") {
    reasons.push({ code: "review", message: "the card has not been reviewed (confirm or correct it first)" });
  }
  if (policy.lawfulBasisRequiredFor.includes(card.platform) && !card.lawfulBasis?.trim()) {
    reasons.push({ code: "lawful_basis", message: `${platformName(card.platform)}-sourced cards need a recorded lawful basis before matching to third-party contact data` });
  }
  if (card.lastEnrichedAt && policy.cooldownDays > 0) {
    const until = new Date(card.lastEnrichedAt.getTime() + policy.cooldownDays * DAY_MS);
    if (until > now) reasons.push({ code: "cooldown", message: `enriched ${card.lastEnrichedAt.toISOString().slice(0, 10)}; re-enrichment allowed from ${until.toISOString().slice(0, 10)} (${policy.cooldownDays}-day cooldown)` });
  }
  if (card.pending) reasons.push({ code: "pending", message: "already in a pending or running enrichment request" });
  return { cardId: card.id, eligible: reasons.length === 0, reasons };
}

const platformName = (platform: TCardFacts["platform"]) => ({ x: "X", tiktok: "TikTok", threads: "Threads" })[platform];

/** Counts of ineligible cards per reason code (a card with two reasons counts under both). */
export function summariseIneligible(results: readonly TEligibility[]): Partial<Record<TIneligibleCode, number>> {
  const counts: Partial<Record<TIneligibleCode, number>> = {};
  for (const result of results) for (const reason of result.reasons) counts[reason.code] = (counts[reason.code] ?? 0) + 1;
  return counts;
}
