-- Lead card search and keyset-pagination indexes (no table changes; schema.prisma is unchanged).

-- Text search over handle, display name and bio: ILIKE '%term%' on exactly this expression
-- (server/services/cards/lead-card-sql.ts searchExpression) uses the trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "lead_cards_search_trgm_idx" ON "lead_cards"
  USING gin ((lower(coalesce("handle", '') || ' ' || coalesce("display_name", '') || ' ' || coalesce("bio", ''))) gin_trgm_ops);

-- Keyset sort keys: each sort reads (key, id) in one direction (ASC,ASC or backward DESC,DESC),
-- so the index columns go the same way; nullable keys are coalesced in the expression.
CREATE INDEX "lead_cards_follower_sort_idx" ON "lead_cards" ((coalesce("follower_count", -1)), "id");
CREATE INDEX "lead_cards_base_confidence_sort_idx" ON "lead_cards" ("base_confidence", "id");
CREATE INDEX "lead_cards_classification_confidence_sort_idx" ON "lead_cards" ("classification_confidence", "id");
CREATE INDEX "lead_cards_handle_sort_idx" ON "lead_cards" ((coalesce(lower("handle"), '')), "id");

-- Tribe filter matches the primary tribe or any secondary tribe (array overlap).
CREATE INDEX "lead_cards_secondary_tribes_idx" ON "lead_cards" USING gin ("secondary_tribes");

