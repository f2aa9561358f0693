import type pg from "pg";
import { v7 as timeOrderedUuid } from "uuid";
import type { TPreparedProfile } from "@/server/domain/ingest/prepare-record";
import { copyRows } from "./copy-rows";

/**
 * The bulk write path for raw profiles: each batch is COPYed into a temporary staging table,
 * matched against the store by (platform, platform user id) and (platform, lower(handle)), then
 * merged with a handful of set-based statements. Everything runs in the import's transaction,
 * so a file that fails as a whole writes nothing.
 *
 * Merge rule (README "Deduplication"): the platform user id is authoritative; a handle-only
 * record matches by handle only when the ids cannot disagree. A hydrated record replaces the
 * stored descriptive fields (newest import wins, cleared bios included); an id/handle-only record
 * never overwrites anything and only refreshes last-seen. Identical source records are
 * "unchanged": only last-seen and the last job move. A handle now held by a different account
 * is released from the stale profile; an unhydrated handle-only profile whose handle turns out to
 * belong to a known id is absorbed into it.
 */
export type TStagedProfile = TPreparedProfile;
export type TMergeCounts = { created: number; updated: number; unchanged: number; suppressed: number };

const STAGE = "sxe_profile_stage";
const ABSORB = "sxe_profile_absorb";
const columns = [
  "ord", "platform", "platform_user_id", "handle", "display_name", "bio", "website", "location", "follower_count", "following_count",
  "post_count", "like_count", "verified", "avatar_url", "account_created_at", "hydrated", "redaction_count", "source_record", "source_sha256",
  "website_domain", "hashtags", "base_confidence", "industry", "persona", "tribe", "secondary_tribes", "label", "classification_confidence",
  "confidences", "explanation", "classifier_version", "new_id", "card_id", "card_public_id",
] as const;

export async function createProfileStage(client: pg.ClientBase): Promise<void> {
  await client.query(`CREATE TEMP TABLE ${STAGE} (
    ord int NOT NULL, platform platform NOT NULL, platform_user_id text, handle text, display_name text, bio text, website text,
    location text, follower_count bigint, following_count bigint, post_count bigint, like_count bigint, verified boolean,
    avatar_url text, account_created_at timestamptz, hydrated boolean NOT NULL, redaction_count int NOT NULL,
    source_record jsonb, source_sha256 char(64), website_domain text, hashtags text[], base_confidence numeric, industry text, persona text,
    tribe text, secondary_tribes text[], label execution_label, classification_confidence numeric, confidences jsonb, explanation jsonb,
    classifier_version text, new_id uuid NOT NULL, card_id uuid NOT NULL, card_public_id text NOT NULL, target_id uuid, action text
  ) ON COMMIT DROP`);
  await client.query(`CREATE TEMP TABLE ${ABSORB} (orphan_id uuid PRIMARY KEY, target_id uuid NOT NULL) ON COMMIT DROP`);
}

/**
 * Ids of new profiles and cards are UUIDv7 (time-ordered), drawn here: each insert lands at the
 * right edge of the primary-key, lineage and (key, id) indexes instead of on a random page, which
 * keeps imports into a large store from thrashing the buffer cache (bench:ingest at 1M). The card's
 * public id is a second, independent UUIDv7: stable and public, never the database key.
 */
const toRow = ({ card, ...p }: TStagedProfile, ord: number) => [
  ord, p.platform, p.platformUserId, p.handle, p.displayName, p.bio, p.website, p.location, p.followerCount, p.followingCount,
  p.postCount, p.likeCount, p.verified, p.avatarUrl, p.accountCreatedAt, p.hydrated, p.redactionCount, p.sourceRecordJson, p.sourceSha256,
  card.websiteDomain, card.hashtags, card.baseConfidence, card.classification.industry, card.classification.persona, card.classification.tribe,
  card.classification.tribes, card.classification.label, card.classification.confidence.label, card.classification.confidence,
  JSON.stringify(card.classification.explanation), card.classification.classifierVersion, timeOrderedUuid(), timeOrderedUuid(),
  `lc_${timeOrderedUuid().replaceAll("-", "")}`,
];

const sameAccount = `p.platform = s.platform`;
/** The stored profile a staged row merged into (target_id) or was inserted as (new_id, drawn in Node). */
const storedId = `COALESCE(s.target_id, s.new_id)`;

export async function mergeProfileBatch(client: pg.ClientBase, batch: TStagedProfile[], ctx: { jobId: string; now: Date; poolId?: string }): Promise<TMergeCounts> {
  await client.query(`TRUNCATE ${STAGE}`);
  await copyRows(client, STAGE, columns, batch.map(toRow));

  // Same digests as server/domain/suppression/suppression-digest.ts.
  const suppressed = await client.query(`DELETE FROM ${STAGE} s USING suppressions x
    WHERE x.platform = s.platform AND (
      (x.platform_user_id_sha256 IS NOT NULL AND s.platform_user_id IS NOT NULL
        AND x.platform_user_id_sha256 = encode(sha256(convert_to(s.platform_user_id, 'UTF8')), 'hex'))
      OR (x.handle_sha256 IS NOT NULL AND s.handle IS NOT NULL
        AND x.handle_sha256 = encode(sha256(convert_to(lower(s.handle), 'UTF8')), 'hex')))`);

  const byId = await client.query(`UPDATE ${STAGE} s SET target_id = p.id FROM raw_social_profiles p
    WHERE s.platform_user_id IS NOT NULL AND ${sameAccount} AND p.platform_user_id = s.platform_user_id`);
  const byHandle = await client.query(`UPDATE ${STAGE} s SET target_id = p.id FROM raw_social_profiles p
    WHERE s.target_id IS NULL AND s.handle IS NOT NULL AND ${sameAccount} AND lower(p.handle) = lower(s.handle)
      AND (p.platform_user_id IS NULL OR s.platform_user_id IS NULL)`);

  // Profiles already in the store: most batches of a first import match none, and then the
  // absorb, touch and update steps below have nothing to do (one round trip each saved).
  const matched = (byId.rowCount ?? 0) + (byHandle.rowCount ?? 0) > 0;
  if (matched) {
    // An unhydrated handle-only profile whose handle belongs to a known id is the same person:
    // its card's pool memberships move to the known profile's card (or the card moves), then it goes.
    await client.query(`TRUNCATE ${ABSORB}`);
    await client.query(`INSERT INTO ${ABSORB} (orphan_id, target_id)
      SELECT DISTINCT p.id, s.target_id FROM ${STAGE} s JOIN raw_social_profiles p ON ${sameAccount} AND lower(p.handle) = lower(s.handle)
      WHERE s.target_id IS NOT NULL AND s.handle IS NOT NULL AND p.id <> s.target_id AND p.platform_user_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM lead_cards c WHERE c.raw_profile_id = p.id AND (
          EXISTS (SELECT 1 FROM enrichment_items i WHERE i.lead_card_id = c.id)
          OR EXISTS (SELECT 1 FROM handoff_batch_records r WHERE r.lead_card_id = c.id)))`);
    await client.query(`INSERT INTO lead_card_pools (pool_id, lead_card_id, added_at)
      SELECT m.pool_id, keep.id, m.added_at FROM ${ABSORB} a
        JOIN lead_cards orphan ON orphan.raw_profile_id = a.orphan_id JOIN lead_card_pools m ON m.lead_card_id = orphan.id
        JOIN lead_cards keep ON keep.raw_profile_id = a.target_id
      ON CONFLICT DO NOTHING`);
    await client.query(`UPDATE lead_cards c SET raw_profile_id = a.target_id FROM ${ABSORB} a
      WHERE c.raw_profile_id = a.orphan_id AND NOT EXISTS (SELECT 1 FROM lead_cards k WHERE k.raw_profile_id = a.target_id)`);
    await client.query(`DELETE FROM lead_cards c USING ${ABSORB} a WHERE c.raw_profile_id = a.orphan_id`);
    await client.query(`DELETE FROM raw_social_profiles p USING ${ABSORB} a WHERE p.id = a.orphan_id`);
    // Orphans that could not be absorbed (already enriched or handed off) keep their handle.
    await client.query(`UPDATE ${STAGE} s SET handle = NULL WHERE s.target_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM raw_social_profiles p WHERE ${sameAccount} AND lower(p.handle) = lower(s.handle) AND p.id <> s.target_id AND p.platform_user_id IS NULL)`);
  }

  // A handle still held by another account (different id) is stale there: release it.
  await client.query(`WITH released AS (
      UPDATE raw_social_profiles p SET handle = NULL, updated_at = $1 FROM ${STAGE} s
      WHERE s.handle IS NOT NULL AND ${sameAccount} AND lower(p.handle) = lower(s.handle)
        AND p.id IS DISTINCT FROM s.target_id AND p.platform_user_id IS NOT NULL
      RETURNING p.id)
    UPDATE lead_cards c SET handle = NULL FROM released r WHERE c.raw_profile_id = r.id`, [ctx.now]);

  if (matched) {
    await client.query(`UPDATE ${STAGE} s SET action = CASE
        WHEN p.source_sha256 = s.source_sha256 OR (NOT s.hydrated AND p.hydrated) THEN 'touch' ELSE 'update' END
      FROM raw_social_profiles p WHERE p.id = s.target_id`);
  }

  const none = { rowCount: 0 };
  const touched = !matched ? none : await client.query(`UPDATE raw_social_profiles p SET last_seen_at = $1, last_import_job_id = $2
    FROM ${STAGE} s WHERE s.action = 'touch' AND p.id = s.target_id`, [ctx.now, ctx.jobId]);
  const updated = !matched ? none : await client.query(`UPDATE raw_social_profiles p SET
      platform_user_id = COALESCE(p.platform_user_id, s.platform_user_id), handle = COALESCE(s.handle, p.handle),
      display_name = CASE WHEN s.hydrated THEN s.display_name ELSE COALESCE(p.display_name, s.display_name) END,
      bio = CASE WHEN s.hydrated THEN s.bio ELSE p.bio END, website = CASE WHEN s.hydrated THEN s.website ELSE p.website END,
      location = CASE WHEN s.hydrated THEN s.location ELSE p.location END,
      follower_count = COALESCE(s.follower_count, p.follower_count), following_count = COALESCE(s.following_count, p.following_count),
      post_count = COALESCE(s.post_count, p.post_count), like_count = COALESCE(s.like_count, p.like_count),
      verified = COALESCE(s.verified, p.verified), avatar_url = COALESCE(s.avatar_url, p.avatar_url),
      account_created_at = COALESCE(s.account_created_at, p.account_created_at), hydrated = p.hydrated OR s.hydrated,
      redaction_count = s.redaction_count, contact_redacted = s.redaction_count > 0,
      source_record = s.source_record, source_sha256 = s.source_sha256,
      last_seen_at = $1, updated_at = $1, last_import_job_id = $2
    FROM ${STAGE} s WHERE s.action = 'update' AND p.id = s.target_id`, [ctx.now, ctx.jobId]);
  const inserted = await client.query(`INSERT INTO raw_social_profiles (id, platform, platform_user_id, handle, display_name, bio,
      website, location, follower_count, following_count, post_count, like_count, verified, avatar_url, account_created_at, hydrated,
      redaction_count, contact_redacted, source_record, source_sha256, first_import_job_id, last_import_job_id, first_seen_at, last_seen_at, updated_at)
    SELECT new_id, platform, platform_user_id, handle, display_name, bio, website, location, follower_count, following_count, post_count, like_count,
      verified, avatar_url, account_created_at, hydrated, redaction_count, redaction_count > 0, source_record, source_sha256, $2, $2, $1, $1, $1
    FROM ${STAGE} WHERE target_id IS NULL ORDER BY ord
    ON CONFLICT DO NOTHING`, [ctx.now, ctx.jobId]);

  await upsertLeadCards(client, ctx);

  return {
    created: inserted.rowCount ?? 0,
    updated: updated.rowCount ?? 0,
    unchanged: touched.rowCount ?? 0,
    suppressed: suppressed.rowCount ?? 0,
  };
}

/** A card keeps a human's correction of a dimension across re-classification (corrected_fields). */
const kept = (field: string, column: string) =>
  `${column} = CASE WHEN '${field}' = ANY(lead_cards.corrected_fields) THEN lead_cards.${column} ELSE EXCLUDED.${column} END`;

/**
 * Every new or changed profile gets exactly one lead card (raw_profile_id is unique: the lineage),
 * refreshed from the profile and its classification; the job's source pool gains every card the
 * file brought, unchanged ones included.
 */
async function upsertLeadCards(client: pg.ClientBase, ctx: { now: Date; poolId?: string }): Promise<void> {
  await client.query(`INSERT INTO lead_cards (id, public_id, raw_profile_id, platform, handle, display_name, bio, website_domain, follower_count,
      hashtags, base_confidence, industry, persona, tribe, secondary_tribes, label, classification_confidence, confidences, explanation,
      classifier_version, classified_at, created_at, updated_at)
    SELECT s.card_id, s.card_public_id, p.id, p.platform, p.handle, p.display_name, p.bio, s.website_domain, p.follower_count,
      s.hashtags, s.base_confidence, s.industry, s.persona, s.tribe, s.secondary_tribes, s.label, s.classification_confidence, s.confidences,
      s.explanation, s.classifier_version, $1, $1, $1
    FROM ${STAGE} s JOIN raw_social_profiles p ON p.id = ${storedId}
    WHERE s.target_id IS NULL OR s.action = 'update'
    ON CONFLICT (raw_profile_id) DO UPDATE SET handle = EXCLUDED.handle, display_name = EXCLUDED.display_name, bio = EXCLUDED.bio,
      website_domain = EXCLUDED.website_domain, follower_count = EXCLUDED.follower_count, hashtags = EXCLUDED.hashtags,
      base_confidence = EXCLUDED.base_confidence, ${kept("industry", "industry")}, ${kept("persona", "persona")}, ${kept("tribe", "tribe")},
      ${kept("tribe", "secondary_tribes")}, ${kept("label", "label")}, classification_confidence = EXCLUDED.classification_confidence,
      confidences = EXCLUDED.confidences, explanation = EXCLUDED.explanation, classifier_version = EXCLUDED.classifier_version,
      classified_at = EXCLUDED.classified_at, updated_at = EXCLUDED.updated_at`, [ctx.now]);
  if (!ctx.poolId) return;
  await client.query(`INSERT INTO lead_card_pools (pool_id, lead_card_id, added_at)
    SELECT $1, c.id, $2 FROM ${STAGE} s JOIN lead_cards c ON c.raw_profile_id = ${storedId}
    ON CONFLICT DO NOTHING`, [ctx.poolId, ctx.now]);
}
