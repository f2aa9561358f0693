import type { Db } from "@/server/db/client";
import type { TCardFacts } from "@/server/domain/enrichment/eligibility";

/** The gate's facts plus what a screen needs to name the card. */
export type TCardGateFacts = TCardFacts & { publicId: string; handle: string | null; displayName: string | null };

type TRow = {
  id: string; public_id: string; handle: string | null; display_name: string | null; platform: TCardFacts["platform"]; label: TCardFacts["label"]; confidence: string; review_state: TCardFacts["reviewState"];
  lawful_basis: string | null; erased: boolean; suppressed: boolean; last_enriched_at: Date | null; pending: boolean;
};

/**
 * The gate's view of the given cards (missing ids are simply absent). `exceptRequestId` leaves a
 * request's own items out of "already pending", for the re-check at approval.
 */
export async function loadCardFacts(db: Db, ids: readonly string[], opts: { exceptRequestId?: string } = {}): Promise<TCardGateFacts[]> {
  if (ids.length === 0) return [];
  const except = opts.exceptRequestId ?? null;
  const rows = await db.$queryRaw<TRow[]>`
    SELECT c.id::text AS id, c.public_id, c.handle, c.display_name, c.platform::text AS platform, c.label::text AS label, c.classification_confidence::text AS confidence,
           c.review_state::text AS review_state, c.lawful_basis, (c.erased_at IS NOT NULL OR p.erased_at IS NOT NULL) AS erased,
           EXISTS (SELECT 1 FROM suppressions s WHERE s.platform = c.platform AND (
             (p.handle IS NOT NULL AND s.handle_sha256 = encode(sha256(convert_to(lower(p.handle), 'UTF8')), 'hex'))
             OR (p.platform_user_id IS NOT NULL AND s.platform_user_id_sha256 = encode(sha256(convert_to(p.platform_user_id, 'UTF8')), 'hex')))) AS suppressed,
           (SELECT max(i.finished_at) FROM enrichment_items i WHERE i.lead_card_id = c.id AND i.status IN ('matched', 'unmatched')) AS last_enriched_at,
           EXISTS (SELECT 1 FROM enrichment_items i JOIN enrichment_requests r ON r.id = i.request_id
                    WHERE i.lead_card_id = c.id AND r.status IN ('pending', 'approved', 'running') AND i.status IN ('pending', 'running')
                      AND (${except}::uuid IS NULL OR r.id <> ${except}::uuid)) AS pending
      FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id
     WHERE c.id = ANY(${[...ids]}::uuid[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{
      id: r.id, publicId: r.public_id, handle: r.handle, displayName: r.display_name, platform: r.platform, label: r.label, classificationConfidence: Number(r.confidence), reviewState: r.review_state,
      lawfulBasis: r.lawful_basis, erased: r.erased, suppressed: r.suppressed, lastEnrichedAt: r.last_enriched_at, pending: r.pending,
    }];
  });
}
