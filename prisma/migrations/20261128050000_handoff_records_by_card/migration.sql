-- Finding a card's frozen handoff records (erasure, the card's trail, the ingest absorb check,
-- the dashboard's handed-off count) filtered on lead_card_id alone: the unique index leads with
-- batch_id, so each of those read the whole table. Also serves the foreign key's cascade.
CREATE INDEX "handoff_batch_records_lead_card_id_idx" ON "handoff_batch_records"("lead_card_id");
