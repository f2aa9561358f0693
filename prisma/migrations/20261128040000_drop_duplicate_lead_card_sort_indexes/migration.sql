-- Two sort indexes from the initial schema duplicate the keyset sort indexes of 20261128020000:
-- every card list sorts by (key, id) in one direction (lead-card-sql.ts sortKeys), served by
-- lead_cards_base_confidence_sort_idx and lead_cards_follower_sort_idx read forwards or
-- backwards. No query orders by "base_confidence DESC, id ASC" or by an uncoalesced
-- follower_count, so these two only cost every lead-card insert and update (bench:ingest).
DROP INDEX "lead_cards_base_confidence_id_idx";
DROP INDEX "lead_cards_follower_count_id_idx";
