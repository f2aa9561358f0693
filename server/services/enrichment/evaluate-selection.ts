import { z } from "zod";
import type { Db } from "@/server/db/client";
import { evaluateEligibility, ineligibleCodes } from "@/server/domain/enrichment/eligibility";
import type { TEnrichmentPolicy } from "@/server/domain/settings/enrichment-policy";
import { loadCardFacts } from "./load-card-facts";

export const ZCardEligibility = z.object({
  cardId: z.uuid(),
  publicId: z.string(),
  platform: z.enum(["x", "tiktok", "threads"]),
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
  eligible: z.boolean(),
  reasons: z.array(z.object({ code: z.enum(ineligibleCodes), message: z.string() })),
});
export type TCardEligibility = z.infer<typeof ZCardEligibility>;

/** Eligibility of every card in `ids` (in order) under `policy` at `now`. */
export async function evaluateSelection(db: Db, ids: readonly string[], policy: TEnrichmentPolicy, now: Date, opts: { exceptRequestId?: string } = {}): Promise<TCardEligibility[]> {
  const facts = await loadCardFacts(db, ids, opts);
  return facts.map((card) => {
    const result = evaluateEligibility(card, policy, now);
    return { cardId: card.id, publicId: card.publicId, platform: card.platform, handle: card.handle, displayName: card.displayName, eligible: result.eligible, reasons: result.reasons };
  });
}
