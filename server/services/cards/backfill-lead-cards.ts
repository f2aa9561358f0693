import pg from "pg";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { normalizeCard } from "@/server/domain/cards/normalize-card";
import type { TCanonicalProfile } from "@/server/domain/ingest/profile";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getActiveTaxonomy } from "@/server/services/taxonomy/get-active-taxonomy";

type TRawRow = Omit<TCanonicalProfile, "followerCount" | "followingCount" | "postCount" | "likeCount"> & {
  id: string; followerCount: string | null; followingCount: string | null; postCount: string | null; likeCount: string | null;
};

const toNumber = (v: string | null) => (v === null ? null : Number(v));

/**
 * Creates the missing lead card of every raw profile that has none (profiles imported before
 * cards existed, or left behind by a failure), in batches, each batch in its own transaction with
 * a `cards_classified` audit row. Cards that exist are never touched. Returns how many it made.
 */
export async function backfillLeadCards(db: PrismaClient, databaseUrl: string, actor: TAuditActor, opts: { batchSize?: number; now?: Date } = {}): Promise<{ created: number }> {
  const taxonomy = await getActiveTaxonomy(db);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let created = 0;
  try {
    for (;;) {
      const now = opts.now ?? new Date();
      await client.query("BEGIN");
      const { rows } = await client.query<TRawRow>(
        `SELECT p.id, p.platform, p.platform_user_id AS "platformUserId", p.handle, p.display_name AS "displayName", p.bio, p.website, p.location,
           p.follower_count::text AS "followerCount", p.following_count::text AS "followingCount", p.post_count::text AS "postCount",
           p.like_count::text AS "likeCount", p.verified, p.avatar_url AS "avatarUrl", p.account_created_at AS "accountCreatedAt", p.hydrated
         FROM raw_social_profiles p WHERE NOT EXISTS (SELECT 1 FROM lead_cards c WHERE c.raw_profile_id = p.id) AND p.erased_at IS NULL
         ORDER BY p.id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [opts.batchSize ?? 2000],
      );
      if (rows.length === 0) {
        await client.query("COMMIT");
        break;
      }
      const cards = rows.map((r) => ({ id: r.id, ...normalizeCard({ ...r, followerCount: toNumber(r.followerCount), followingCount: toNumber(r.followingCount), postCount: toNumber(r.postCount), likeCount: toNumber(r.likeCount) }, [], taxonomy) }));
      const inserted = await client.query(
        `INSERT INTO lead_cards (public_id, raw_profile_id, platform, handle, display_name, bio, website_domain, follower_count, hashtags, base_confidence,
           industry, persona, tribe, secondary_tribes, label, classification_confidence, confidences, explanation, classifier_version, classified_at, created_at, updated_at)
         SELECT 'lc_' || replace(gen_random_uuid()::text, '-', ''), p.id, p.platform, p.handle, p.display_name, p.bio, c.website_domain, p.follower_count,
           ARRAY(SELECT jsonb_array_elements_text(c.hashtags)), c.base_confidence, c.industry, c.persona, c.tribe,
           ARRAY(SELECT jsonb_array_elements_text(c.secondary_tribes)), c.label::execution_label, c.classification_confidence, c.confidences, c.explanation,
           c.classifier_version, $2, $2, $2
         FROM jsonb_to_recordset($1::jsonb) AS c(id uuid, website_domain text, hashtags jsonb, base_confidence numeric, industry text, persona text,
           tribe text, secondary_tribes jsonb, label text, classification_confidence numeric, confidences jsonb, explanation jsonb, classifier_version text)
         JOIN raw_social_profiles p ON p.id = c.id
         ON CONFLICT (raw_profile_id) DO NOTHING`,
        [JSON.stringify(cards.map((c) => ({
          id: c.id, website_domain: c.websiteDomain, hashtags: c.hashtags, base_confidence: c.baseConfidence, industry: c.classification.industry,
          persona: c.classification.persona, tribe: c.classification.tribe, secondary_tribes: c.classification.tribes, label: c.classification.label,
          classification_confidence: c.classification.confidence.label, confidences: c.classification.confidence, explanation: c.classification.explanation,
          classifier_version: c.classification.classifierVersion,
        }))), now],
      );
      const count = inserted.rowCount ?? 0;
      created += count;
      await recordAudit(client, { event: "cards_classified", actor, metadata: { count, classifierVersion: cards[0]!.classification.classifierVersion } }, now);
      await client.query("COMMIT");
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return { created };
}
