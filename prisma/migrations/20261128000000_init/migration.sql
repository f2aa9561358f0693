-- Social XPress Engine: initial schema for all six phases.
-- Written in Prisma Migrate's style so `prisma migrate deploy` accepts it where the engine exists.

-- CreateEnum
CREATE TYPE "role" AS ENUM ('ADMIN', 'GROWTH', 'COMPLIANCE');
CREATE TYPE "platform" AS ENUM ('x', 'tiktok', 'threads');
CREATE TYPE "import_status" AS ENUM ('queued', 'running', 'completed', 'failed', 'cancelled');
CREATE TYPE "review_state" AS ENUM ('unreviewed', 'confirmed', 'corrected');
CREATE TYPE "execution_label" AS ENUM ('USER', 'PARTNER', 'AFFILIATE', 'FEEDBACK');
CREATE TYPE "enrichment_state" AS ENUM ('none', 'requested', 'enriching', 'enriched', 'unmatched', 'failed');
CREATE TYPE "pool_kind" AS ENUM ('source', 'rule', 'manual');
CREATE TYPE "enrichment_request_status" AS ENUM ('pending', 'approved', 'rejected', 'running', 'completed', 'failed', 'cancelled');
CREATE TYPE "enrichment_item_status" AS ENUM ('pending', 'running', 'matched', 'unmatched', 'skipped', 'failed', 'cancelled');
CREATE TYPE "contact_type" AS ENUM ('email', 'phone');
CREATE TYPE "actor_type" AS ENUM ('user', 'system', 'cli', 'api_token');
CREATE TYPE "audit_outcome" AS ENUM ('success', 'failure', 'denied');
CREATE TYPE "handoff_batch_status" AS ENUM ('building', 'ready', 'failed');
CREATE TYPE "transport" AS ENUM ('file', 'api_push', 'api_pull', 'queue');
CREATE TYPE "delivery_status" AS ENUM ('pending', 'succeeded', 'failed');

-- Contact data patterns used by the CHECK constraints that keep contact data out of social
-- tables. Emails (plain) and number-carrying messenger links are unambiguous enough to enforce
-- in the database; the full detector (obfuscations, local phone formats) runs before any write.
CREATE FUNCTION "sxe_has_contact_data"(value TEXT) RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT value IS NOT NULL AND (
    value ~* '[[:alnum:]._%+-]+@[[:alnum:]-]+(\.[[:alnum:]-]+)*\.[[:alpha:]]{2,}'
    OR value ~* '(wa\.me|t\.me)/\+?[0-9]{6,}'
  )
$$;

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "role" NOT NULL,
    "password_hash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_email_lowercase" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%')
);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip_address" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "sign_in_attempts_email_attempted_at_idx" ON "sign_in_attempts"("email", "attempted_at");

CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "platform" "platform",
    "format_override" TEXT,
    "detected_format" TEXT,
    "file_name" TEXT NOT NULL,
    "stored_path" TEXT,
    "sha256" CHAR(64) NOT NULL,
    "byte_size" BIGINT NOT NULL,
    "pool_name" TEXT,
    "status" "import_status" NOT NULL DEFAULT 'queued',
    "actor_id" UUID,
    "read_count" INTEGER NOT NULL DEFAULT 0,
    "accepted_count" INTEGER NOT NULL DEFAULT 0,
    "rejected_count" INTEGER NOT NULL DEFAULT 0,
    "duplicate_count" INTEGER NOT NULL DEFAULT 0,
    "redacted_count" INTEGER NOT NULL DEFAULT 0,
    "new_count" INTEGER NOT NULL DEFAULT 0,
    "updated_count" INTEGER NOT NULL DEFAULT 0,
    "unchanged_count" INTEGER NOT NULL DEFAULT 0,
    "suppressed_count" INTEGER NOT NULL DEFAULT 0,
    "bytes_processed" BIGINT NOT NULL DEFAULT 0,
    "warnings" JSONB NOT NULL DEFAULT '[]',
    "error_message" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "import_jobs_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "import_jobs_counts_nonnegative" CHECK (
        "byte_size" >= 0 AND "read_count" >= 0 AND "accepted_count" >= 0 AND "rejected_count" >= 0
        AND "duplicate_count" >= 0 AND "redacted_count" >= 0 AND "new_count" >= 0
        AND "updated_count" >= 0 AND "unchanged_count" >= 0 AND "suppressed_count" >= 0
        AND "bytes_processed" >= 0)
);
CREATE INDEX "import_jobs_created_at_id_idx" ON "import_jobs"("created_at" DESC, "id");
CREATE INDEX "import_jobs_status_idx" ON "import_jobs"("status");

CREATE TABLE "import_errors" (
    "id" BIGSERIAL NOT NULL,
    "job_id" UUID NOT NULL,
    "record_index" INTEGER NOT NULL,
    "line" INTEGER,
    "field" TEXT,
    "code" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    CONSTRAINT "import_errors_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "import_errors_job_id_record_index_idx" ON "import_errors"("job_id", "record_index");

CREATE TABLE "raw_social_profiles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "platform" "platform" NOT NULL,
    "platform_user_id" TEXT,
    "handle" TEXT,
    "display_name" TEXT,
    "bio" TEXT,
    "website" TEXT,
    "location" TEXT,
    "follower_count" BIGINT,
    "following_count" BIGINT,
    "post_count" BIGINT,
    "like_count" BIGINT,
    "verified" BOOLEAN,
    "avatar_url" TEXT,
    "account_created_at" TIMESTAMPTZ(3),
    "hydrated" BOOLEAN NOT NULL DEFAULT true,
    "redaction_count" INTEGER NOT NULL DEFAULT 0,
    "contact_redacted" BOOLEAN NOT NULL DEFAULT false,
    "source_record" JSONB,
    "source_sha256" CHAR(64),
    "first_import_job_id" UUID NOT NULL,
    "last_import_job_id" UUID NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erased_at" TIMESTAMPTZ(3),
    CONSTRAINT "raw_social_profiles_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "raw_social_profiles_identified" CHECK ("erased_at" IS NOT NULL OR "platform_user_id" IS NOT NULL OR "handle" IS NOT NULL),
    CONSTRAINT "raw_social_profiles_counts_nonnegative" CHECK (
        coalesce("follower_count", 0) >= 0 AND coalesce("following_count", 0) >= 0
        AND coalesce("post_count", 0) >= 0 AND coalesce("like_count", 0) >= 0 AND "redaction_count" >= 0),
    CONSTRAINT "raw_social_profiles_website_http" CHECK ("website" IS NULL OR "website" ~* '^https?://'),
    CONSTRAINT "raw_social_profiles_no_contact_data" CHECK (
        NOT sxe_has_contact_data("handle") AND NOT sxe_has_contact_data("display_name")
        AND NOT sxe_has_contact_data("bio") AND NOT sxe_has_contact_data("website")
        AND NOT sxe_has_contact_data("location") AND NOT sxe_has_contact_data("source_record"::text))
);
CREATE UNIQUE INDEX "raw_social_profiles_platform_platform_user_id_key" ON "raw_social_profiles"("platform", "platform_user_id");
CREATE UNIQUE INDEX "raw_social_profiles_platform_handle_key" ON "raw_social_profiles"("platform", lower("handle")) WHERE "handle" IS NOT NULL;
CREATE INDEX "raw_social_profiles_last_import_job_id_idx" ON "raw_social_profiles"("last_import_job_id");

CREATE TABLE "lead_cards" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "public_id" TEXT NOT NULL,
    "raw_profile_id" UUID NOT NULL,
    "platform" "platform" NOT NULL,
    "handle" TEXT,
    "display_name" TEXT,
    "bio" TEXT,
    "website_domain" TEXT,
    "follower_count" BIGINT,
    "hashtags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "language" TEXT,
    "base_confidence" DECIMAL(4,3) NOT NULL DEFAULT 0,
    "industry" TEXT NOT NULL DEFAULT 'unknown',
    "persona" TEXT NOT NULL DEFAULT 'unknown',
    "tribe" TEXT NOT NULL DEFAULT 'none',
    "secondary_tribes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "label" "execution_label",
    "classification_confidence" DECIMAL(4,3) NOT NULL DEFAULT 0,
    "confidences" JSONB NOT NULL DEFAULT '{}',
    "explanation" JSONB NOT NULL DEFAULT '[]',
    "classifier_version" TEXT,
    "classified_at" TIMESTAMPTZ(3),
    "corrected_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "review_state" "review_state" NOT NULL DEFAULT 'unreviewed',
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "enrichment_state" "enrichment_state" NOT NULL DEFAULT 'none',
    "lawful_basis" TEXT,
    "erased_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "lead_cards_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "lead_cards_confidence_range" CHECK (
        "base_confidence" BETWEEN 0 AND 1 AND "classification_confidence" BETWEEN 0 AND 1),
    CONSTRAINT "lead_cards_no_contact_data" CHECK (
        NOT sxe_has_contact_data("handle") AND NOT sxe_has_contact_data("display_name")
        AND NOT sxe_has_contact_data("bio") AND NOT sxe_has_contact_data("website_domain"))
);
CREATE UNIQUE INDEX "lead_cards_public_id_key" ON "lead_cards"("public_id");
CREATE UNIQUE INDEX "lead_cards_raw_profile_id_key" ON "lead_cards"("raw_profile_id");
CREATE INDEX "lead_cards_created_at_id_idx" ON "lead_cards"("created_at" DESC, "id" DESC);
CREATE INDEX "lead_cards_platform_id_idx" ON "lead_cards"("platform", "id");
CREATE INDEX "lead_cards_label_id_idx" ON "lead_cards"("label", "id");
CREATE INDEX "lead_cards_industry_id_idx" ON "lead_cards"("industry", "id");
CREATE INDEX "lead_cards_persona_id_idx" ON "lead_cards"("persona", "id");
CREATE INDEX "lead_cards_tribe_id_idx" ON "lead_cards"("tribe", "id");
CREATE INDEX "lead_cards_review_state_classification_confidence_id_idx" ON "lead_cards"("review_state", "classification_confidence", "id");
CREATE INDEX "lead_cards_base_confidence_id_idx" ON "lead_cards"("base_confidence" DESC, "id");
CREATE INDEX "lead_cards_follower_count_id_idx" ON "lead_cards"("follower_count" DESC, "id");

CREATE TABLE "audience_pools" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "pool_kind" NOT NULL,
    "description" TEXT,
    "rule" JSONB,
    "import_job_id" UUID,
    "created_by_id" UUID,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audience_pools_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audience_pools_rule_matches_kind" CHECK (("kind" = 'rule') = ("rule" IS NOT NULL)),
    CONSTRAINT "audience_pools_name_not_blank" CHECK (length(btrim("name")) > 0)
);
CREATE UNIQUE INDEX "audience_pools_active_name_key" ON "audience_pools"(lower("name")) WHERE "archived_at" IS NULL;

CREATE TABLE "lead_card_pools" (
    "pool_id" UUID NOT NULL,
    "lead_card_id" UUID NOT NULL,
    "added_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "lead_card_pools_pkey" PRIMARY KEY ("pool_id","lead_card_id")
);
CREATE INDEX "lead_card_pools_lead_card_id_idx" ON "lead_card_pools"("lead_card_id");

CREATE TABLE "enrichment_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "requester_id" UUID NOT NULL,
    "approver_id" UUID,
    "status" "enrichment_request_status" NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL,
    "decision_reason" TEXT,
    "policy_snapshot" JSONB NOT NULL,
    "estimated_credits" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "estimated_cost" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "actual_credits" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "actual_cost" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "enrichment_requests_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "enrichment_requests_not_self_approved" CHECK ("approver_id" IS NULL OR "approver_id" <> "requester_id"),
    CONSTRAINT "enrichment_requests_reason_given" CHECK (length(btrim("reason")) > 0),
    CONSTRAINT "enrichment_requests_costs_nonnegative" CHECK (
        "estimated_credits" >= 0 AND "estimated_cost" >= 0 AND "actual_credits" >= 0 AND "actual_cost" >= 0)
);
CREATE INDEX "enrichment_requests_status_created_at_idx" ON "enrichment_requests"("status", "created_at");

CREATE TABLE "enrichment_items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "lead_card_id" UUID NOT NULL,
    "status" "enrichment_item_status" NOT NULL DEFAULT 'pending',
    "provider" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "credits" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "cost" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "provider_ref" TEXT,
    "skip_reason" TEXT,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "enrichment_items_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "enrichment_items_counters_nonnegative" CHECK ("attempts" >= 0 AND "credits" >= 0 AND "cost" >= 0)
);
CREATE UNIQUE INDEX "enrichment_items_request_id_lead_card_id_key" ON "enrichment_items"("request_id", "lead_card_id");
CREATE INDEX "enrichment_items_lead_card_id_idx" ON "enrichment_items"("lead_card_id");

CREATE TABLE "contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "lead_card_id" UUID NOT NULL,
    "request_id" UUID,
    "type" "contact_type" NOT NULL,
    "value" TEXT NOT NULL,
    "subtype" TEXT,
    "verification_status" TEXT,
    "dnc" BOOLEAN NOT NULL DEFAULT false,
    "tcpa" BOOLEAN NOT NULL DEFAULT false,
    "litigator" BOOLEAN NOT NULL DEFAULT false,
    "provider" TEXT NOT NULL,
    "provider_ref" TEXT,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contacts_value_matches_type" CHECK (
        ("type" = 'email' AND "value" LIKE '%_@_%') OR ("type" = 'phone' AND "value" ~ '^\+?[0-9]{6,15}$'))
);
CREATE UNIQUE INDEX "contacts_lead_card_id_type_value_key" ON "contacts"("lead_card_id", "type", "value");

CREATE TABLE "businesses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "lead_card_id" UUID NOT NULL,
    "request_id" UUID,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "industry" TEXT,
    "size" TEXT,
    "employees" INTEGER,
    "location" TEXT,
    "provider" TEXT NOT NULL,
    "provider_ref" TEXT,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "businesses_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "businesses_lead_card_id_idx" ON "businesses"("lead_card_id");

CREATE TABLE "audit_log" (
    "seq" BIGINT NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "actor_type" "actor_type" NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT,
    "event" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "outcome" "audit_outcome" NOT NULL,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "cost_credits" DECIMAL(12,2),
    "cost_amount" DECIMAL(12,4),
    "cost_currency" CHAR(3),
    "request_id" TEXT,
    "prev_hash" CHAR(64) NOT NULL,
    "hash" CHAR(64) NOT NULL,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("seq"),
    CONSTRAINT "audit_log_seq_positive" CHECK ("seq" > 0),
    CONSTRAINT "audit_log_hashes_hex" CHECK ("hash" ~ '^[0-9a-f]{64}$' AND "prev_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "audit_log_no_contact_data" CHECK (NOT sxe_has_contact_data("metadata"::text))
);
CREATE UNIQUE INDEX "audit_log_hash_key" ON "audit_log"("hash");
CREATE INDEX "audit_log_event_seq_idx" ON "audit_log"("event", "seq");
CREATE INDEX "audit_log_actor_id_seq_idx" ON "audit_log"("actor_id", "seq");
CREATE INDEX "audit_log_target_type_target_id_seq_idx" ON "audit_log"("target_type", "target_id", "seq");
CREATE INDEX "audit_log_occurred_at_idx" ON "audit_log"("occurred_at");

CREATE TABLE "audit_digests" (
    "id" BIGSERIAL NOT NULL,
    "head_seq" BIGINT NOT NULL,
    "head_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prev_digest_hash" CHAR(64),
    "digest_hash" CHAR(64) NOT NULL,
    CONSTRAINT "audit_digests_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "audit_digests_digest_hash_key" ON "audit_digests"("digest_hash");

CREATE TABLE "handoff_batches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "public_id" TEXT NOT NULL,
    "schema_version" TEXT NOT NULL,
    "status" "handoff_batch_status" NOT NULL DEFAULT 'building',
    "selection" JSONB NOT NULL,
    "record_count" INTEGER NOT NULL DEFAULT 0,
    "sha256" CHAR(64),
    "files" JSONB NOT NULL DEFAULT '[]',
    "error_report" JSONB,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozen_at" TIMESTAMPTZ(3),
    CONSTRAINT "handoff_batches_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "handoff_batches_record_count_nonnegative" CHECK ("record_count" >= 0)
);
CREATE UNIQUE INDEX "handoff_batches_public_id_key" ON "handoff_batches"("public_id");
CREATE INDEX "handoff_batches_created_at_id_idx" ON "handoff_batches"("created_at" DESC, "id");

CREATE TABLE "handoff_batch_records" (
    "batch_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "lead_card_id" UUID NOT NULL,
    "record" JSONB NOT NULL,
    CONSTRAINT "handoff_batch_records_pkey" PRIMARY KEY ("batch_id","position")
);
CREATE UNIQUE INDEX "handoff_batch_records_batch_id_lead_card_id_key" ON "handoff_batch_records"("batch_id", "lead_card_id");

CREATE TABLE "handoff_deliveries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "batch_id" UUID NOT NULL,
    "transport" "transport" NOT NULL,
    "target" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "status" "delivery_status" NOT NULL DEFAULT 'pending',
    "response_code" INTEGER,
    "response_summary" TEXT,
    "duration_ms" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "handoff_deliveries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "handoff_deliveries_attempt_positive" CHECK ("attempt" >= 1)
);
CREATE INDEX "handoff_deliveries_batch_id_created_at_idx" ON "handoff_deliveries"("batch_id", "created_at");

CREATE TABLE "outbox" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" TEXT NOT NULL,
    "aggregate_type" TEXT NOT NULL,
    "aggregate_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "outbox_unpublished_idx" ON "outbox"("available_at") WHERE "published_at" IS NULL;

CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "setting_versions" (
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "value" JSONB NOT NULL,
    "changed_by_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "setting_versions_pkey" PRIMARY KEY ("key","version")
);

CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "token_prefix" TEXT NOT NULL,
    "scopes" TEXT[],
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

CREATE TABLE "suppressions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "platform" "platform" NOT NULL,
    "handle" TEXT,
    "platform_user_id" TEXT,
    "reason" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "suppressions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "suppressions_identified" CHECK ("handle" IS NOT NULL OR "platform_user_id" IS NOT NULL)
);
CREATE INDEX "suppressions_platform_platform_user_id_idx" ON "suppressions"("platform", "platform_user_id");
CREATE INDEX "suppressions_platform_handle_idx" ON "suppressions"("platform", lower("handle"));

-- AddForeignKey
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "import_errors" ADD CONSTRAINT "import_errors_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "raw_social_profiles" ADD CONSTRAINT "raw_social_profiles_first_import_job_id_fkey" FOREIGN KEY ("first_import_job_id") REFERENCES "import_jobs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "raw_social_profiles" ADD CONSTRAINT "raw_social_profiles_last_import_job_id_fkey" FOREIGN KEY ("last_import_job_id") REFERENCES "import_jobs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "lead_cards" ADD CONSTRAINT "lead_cards_raw_profile_id_fkey" FOREIGN KEY ("raw_profile_id") REFERENCES "raw_social_profiles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "lead_cards" ADD CONSTRAINT "lead_cards_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audience_pools" ADD CONSTRAINT "audience_pools_import_job_id_fkey" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "lead_card_pools" ADD CONSTRAINT "lead_card_pools_pool_id_fkey" FOREIGN KEY ("pool_id") REFERENCES "audience_pools"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "lead_card_pools" ADD CONSTRAINT "lead_card_pools_lead_card_id_fkey" FOREIGN KEY ("lead_card_id") REFERENCES "lead_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "enrichment_requests" ADD CONSTRAINT "enrichment_requests_requester_id_fkey" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "enrichment_requests" ADD CONSTRAINT "enrichment_requests_approver_id_fkey" FOREIGN KEY ("approver_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "enrichment_items" ADD CONSTRAINT "enrichment_items_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "enrichment_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "enrichment_items" ADD CONSTRAINT "enrichment_items_lead_card_id_fkey" FOREIGN KEY ("lead_card_id") REFERENCES "lead_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_lead_card_id_fkey" FOREIGN KEY ("lead_card_id") REFERENCES "lead_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "enrichment_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_lead_card_id_fkey" FOREIGN KEY ("lead_card_id") REFERENCES "lead_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "enrichment_requests"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "handoff_batches" ADD CONSTRAINT "handoff_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "handoff_batch_records" ADD CONSTRAINT "handoff_batch_records_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "handoff_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "handoff_batch_records" ADD CONSTRAINT "handoff_batch_records_lead_card_id_fkey" FOREIGN KEY ("lead_card_id") REFERENCES "lead_cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "handoff_deliveries" ADD CONSTRAINT "handoff_deliveries_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "handoff_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "setting_versions" ADD CONSTRAINT "setting_versions_key_fkey" FOREIGN KEY ("key") REFERENCES "settings"("key") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only audit trail: the trigger refuses UPDATE, DELETE and TRUNCATE for every role,
-- including the owner. In production the application connects as a role that neither owns
-- these tables nor holds UPDATE/DELETE/TRUNCATE on them (see README "Database roles"), because
-- an owner could disable the trigger.
CREATE FUNCTION "sxe_refuse_audit_change"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit tables are append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "sxe_refuse_audit_change"();
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "sxe_refuse_audit_change"();
CREATE TRIGGER "audit_digests_append_only" BEFORE UPDATE OR DELETE ON "audit_digests"
    FOR EACH ROW EXECUTE FUNCTION "sxe_refuse_audit_change"();
CREATE TRIGGER "audit_digests_no_truncate" BEFORE TRUNCATE ON "audit_digests"
    FOR EACH STATEMENT EXECUTE FUNCTION "sxe_refuse_audit_change"();

REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log", "audit_digests" FROM PUBLIC;

-- The application role: created when the migrating role may create roles (skipped with a notice
-- on managed databases, where an operator creates it; README "Database roles").
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sxe_app') THEN
    CREATE ROLE "sxe_app" NOLOGIN;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'role sxe_app not created (insufficient privilege); create it as described in the README';
END
$$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sxe_app') THEN
    EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO sxe_app';
    EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ' || quote_ident(current_schema()) || ' TO sxe_app';
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ' || quote_ident(current_schema()) || ' TO sxe_app';
    REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log", "audit_digests" FROM "sxe_app";
  END IF;
END
$$;
