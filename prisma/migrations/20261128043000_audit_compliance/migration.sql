-- Audit and compliance: erasure requests (no handle, bio or contact value is ever stored here:
-- the person is named by the lead card's ids and by digests on the suppression list) and the
-- retention marker on raw profiles (content purged, row kept for lineage).

CREATE TABLE "erasure_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "platform" "platform",
    "lead_card_id" UUID,
    "lead_card_public_id" TEXT,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "deleted" JSONB NOT NULL DEFAULT '{}',
    "requested_by_id" UUID,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "erasure_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "erasure_requests_status" CHECK ("status" IN ('requested', 'completed', 'failed')),
    CONSTRAINT "erasure_requests_reason_given" CHECK (length(btrim("reason")) > 0),
    CONSTRAINT "erasure_requests_no_contact_data" CHECK (NOT sxe_has_contact_data("reason"))
);
CREATE INDEX "erasure_requests_requested_at_id_idx" ON "erasure_requests"("requested_at" DESC, "id");
ALTER TABLE "erasure_requests" ADD CONSTRAINT "erasure_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "raw_social_profiles" ADD COLUMN "content_purged_at" TIMESTAMPTZ(3);
CREATE INDEX "raw_social_profiles_last_seen_at_idx" ON "raw_social_profiles"("last_seen_at") WHERE "content_purged_at" IS NULL AND "erased_at" IS NULL;
CREATE INDEX "contacts_fetched_at_idx" ON "contacts"("fetched_at");
CREATE INDEX "audit_digests_head_seq_idx" ON "audit_digests"("head_seq");

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sxe_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON "erasure_requests" TO "sxe_app";
  END IF;
END
$$;
