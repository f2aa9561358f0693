import type { Prisma } from "@/server/db/generated/prisma/client";

/**
 * Puts cards back to the state their latest finished enrichment left them in ('none' if there
 * was none), after a request that named them was rejected or cancelled.
 */
export async function restoreEnrichmentState(tx: Prisma.TransactionClient, cardIds: readonly string[], now: Date): Promise<void> {
  if (cardIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE lead_cards c SET updated_at = ${now}, enrichment_state = coalesce((
      SELECT CASE i.status WHEN 'matched' THEN 'enriched' WHEN 'unmatched' THEN 'unmatched' ELSE 'failed' END::enrichment_state
        FROM enrichment_items i WHERE i.lead_card_id = c.id AND i.status IN ('matched', 'unmatched', 'failed') AND i.finished_at IS NOT NULL
       ORDER BY i.finished_at DESC LIMIT 1), 'none')
     WHERE c.id = ANY(${[...cardIds]}::uuid[])`;
}
