-- Enrichment flow: who recorded a card's lawful basis and when; a lease so only one worker runs
-- a batch at a time (a crashed worker's lease expires and another resumes); and one row per
-- (item, provider call) that makes every provider call idempotent: a call whose row is completed
-- is never made again, so nothing is charged twice. `context` keeps what a later stage of the
-- waterfall needs after a restart (the matched person's name, the organisation's domain and
-- street address): never an email or a phone number (CHECK below).
ALTER TABLE "lead_cards" ADD COLUMN "lawful_basis_recorded_by_id" UUID;
ALTER TABLE "lead_cards" ADD COLUMN "lawful_basis_recorded_at" TIMESTAMPTZ(3);
ALTER TABLE "lead_cards" ADD CONSTRAINT "lead_cards_lawful_basis_recorded_by_id_fkey" FOREIGN KEY ("lawful_basis_recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "lead_cards" ADD CONSTRAINT "lead_cards_lawful_basis_no_contact_data" CHECK (NOT sxe_has_contact_data("lawful_basis"));

ALTER TABLE "enrichment_requests" ADD COLUMN "lease_owner" TEXT;
ALTER TABLE "enrichment_requests" ADD COLUMN "lease_expires_at" TIMESTAMPTZ(3);
ALTER TABLE "enrichment_requests" ADD COLUMN "batch_group" UUID;
ALTER TABLE "enrichment_requests" ADD COLUMN "batch_index" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "enrichment_requests" ADD COLUMN "batch_count" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "enrichment_requests" ADD CONSTRAINT "enrichment_requests_batch_position" CHECK ("batch_index" >= 1 AND "batch_index" <= "batch_count");

CREATE TABLE "enrichment_calls" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "credits" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "cost" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "provider_ref" TEXT,
    "reason" TEXT,
    "context" JSONB,
    "completed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "enrichment_calls_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "enrichment_calls_provider_known" CHECK ("provider" IN ('apollo_people', 'apollo_org', 'batchdata')),
    CONSTRAINT "enrichment_calls_status_known" CHECK ("status" IN ('completed', 'skipped', 'failed')),
    CONSTRAINT "enrichment_calls_outcome_known" CHECK ("outcome" IN ('matched', 'unmatched', 'skipped', 'failed')),
    CONSTRAINT "enrichment_calls_context_no_contact_data" CHECK (NOT sxe_has_contact_data("context"::text)),
    CONSTRAINT "enrichment_calls_counters_nonnegative" CHECK ("attempts" >= 0 AND "credits" >= 0 AND "cost" >= 0)
);
CREATE UNIQUE INDEX "enrichment_calls_item_id_provider_key" ON "enrichment_calls"("item_id", "provider");
CREATE INDEX "enrichment_calls_request_id_idx" ON "enrichment_calls"("request_id");
CREATE INDEX "enrichment_calls_completed_at_idx" ON "enrichment_calls"("completed_at");
ALTER TABLE "enrichment_calls" ADD CONSTRAINT "enrichment_calls_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "enrichment_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "enrichment_calls" ADD CONSTRAINT "enrichment_calls_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "enrichment_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "enrichment_requests_requester_id_idx" ON "enrichment_requests"("requester_id");
