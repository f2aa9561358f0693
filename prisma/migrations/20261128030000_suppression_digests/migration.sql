-- The suppression list keeps only digests of the identifiers it blocks, so that after an erasure
-- no table holds the person's handle: sha256 (hex) of the lower-cased handle and of the platform
-- user id. Imports compute the same digests to skip suppressed people.
DROP INDEX "suppressions_platform_platform_user_id_idx";
DROP INDEX "suppressions_platform_handle_idx";
ALTER TABLE "suppressions" DROP CONSTRAINT "suppressions_identified";
ALTER TABLE "suppressions" ADD COLUMN "handle_sha256" CHAR(64);
ALTER TABLE "suppressions" ADD COLUMN "platform_user_id_sha256" CHAR(64);
UPDATE "suppressions" SET
  "handle_sha256" = CASE WHEN "handle" IS NULL THEN NULL ELSE encode(sha256(convert_to(lower("handle"), 'UTF8')), 'hex') END,
  "platform_user_id_sha256" = CASE WHEN "platform_user_id" IS NULL THEN NULL ELSE encode(sha256(convert_to("platform_user_id", 'UTF8')), 'hex') END;
ALTER TABLE "suppressions" DROP COLUMN "handle";
ALTER TABLE "suppressions" DROP COLUMN "platform_user_id";
ALTER TABLE "suppressions" ADD CONSTRAINT "suppressions_identified" CHECK ("handle_sha256" IS NOT NULL OR "platform_user_id_sha256" IS NOT NULL);
ALTER TABLE "suppressions" ADD CONSTRAINT "suppressions_digest_format" CHECK (
  ("handle_sha256" IS NULL OR "handle_sha256" ~ '^[0-9a-f]{64}$') AND ("platform_user_id_sha256" IS NULL OR "platform_user_id_sha256" ~ '^[0-9a-f]{64}$'));
CREATE INDEX "suppressions_platform_handle_sha256_idx" ON "suppressions"("platform", "handle_sha256");
CREATE INDEX "suppressions_platform_platform_user_id_sha256_idx" ON "suppressions"("platform", "platform_user_id_sha256");
