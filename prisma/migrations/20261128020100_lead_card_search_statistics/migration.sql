-- The planner's estimate for LIKE '%term%' on the search expression comes from its histogram,
-- with a floor of about 1/(histogram size): at the default target (100) every rare term looks
-- like 1% of the table, so a rare handle search walked the created_at index over the whole table
-- (seconds at 1M cards) instead of using the trigram index. A finer histogram lets rare terms
-- take the trigram bitmap and common ones the sort index (bench:query). Index setting only.
ALTER INDEX "lead_cards_search_trgm_idx" ALTER COLUMN 1 SET STATISTICS 1000;
