import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import type { TBatchSelection } from "@/server/domain/handoff/batch-selection";
import { buildLeadCardWhere } from "@/server/services/cards/lead-card-sql";

/** Enrichment results count only when their request was approved (and ran or is running). */
export const APPROVED_REQUEST_STATUSES = Prisma.sql`('approved', 'running', 'completed')`;

/**
 * The card is on the suppression list (digests of handle / platform user id, as ingest computes
 * them). Two equality lookups, so PostgreSQL can use the (platform, digest) indexes or hash anti-joins.
 */
export const suppressedCondition = Prisma.sql`(
  EXISTS (SELECT 1 FROM suppressions s WHERE s.platform = c.platform AND s.handle_sha256 = encode(sha256(convert_to(lower(p.handle), 'UTF8')), 'hex'))
  OR EXISTS (SELECT 1 FROM suppressions s WHERE s.platform = c.platform AND s.platform_user_id_sha256 = encode(sha256(convert_to(p.platform_user_id, 'UTF8')), 'hex')))`;

/**
 * WHERE over `lead_cards c JOIN raw_social_profiles p` for a batch selection, before the
 * suppression rule: the pool (membership or rule), label, review and enrichment state, not erased,
 * and labelled (an unlabelled card is not execution-ready).
 */
export async function selectionWhere(db: Db, selection: TBatchSelection): Promise<Prisma.Sql> {
  const cards = await buildLeadCardWhere(db, {
    poolId: selection.poolId,
    label: selection.label.length ? selection.label : undefined,
    reviewState: selection.reviewState.length ? selection.reviewState : undefined,
  });
  const conditions = [cards, Prisma.sql`c.label IS NOT NULL`, Prisma.sql`p.erased_at IS NULL`];
  if (selection.enrichmentState.length) conditions.push(Prisma.sql`c.enrichment_state = ANY(${selection.enrichmentState}::enrichment_state[])`);
  return Prisma.join(conditions, " AND ");
}

/** A timestamp as the ISO-8601 UTC text lead records carry (millisecond precision), made by PostgreSQL instead of parsed into a Date and back. */
const isoText = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One row per card matching `where` (over `lead_cards c JOIN raw_social_profiles p`) with
 * everything a lead record needs (see TRecordSourceRow) and whether the suppression list holds
 * it. Built to stream through a cursor: no sort; approved contacts and businesses aggregated once
 * and hash-joined (those tables grow only with approved enrichment); a card's pools read by index
 * as ids (resolved against the active pools in Node into the `pools` column, NULL here, so every
 * row object keeps one shape: adding the property afterwards cost ~0.3 s per 100k in
 * bench:handoff); timestamps as ISO text. Rows come in the database's order; `limit` takes the
 * first by lead id instead (preview).
 */
export function recordSourceQuery(where: Prisma.Sql, opts: { limit?: number } = {}): Prisma.Sql {
  const limit = opts.limit ? Prisma.sql`ORDER BY c.public_id LIMIT ${opts.limit}` : Prisma.empty;
  return Prisma.sql`
    WITH cts AS (
      SELECT ct.lead_card_id, json_agg(json_build_object('type', ct.type, 'value', ct.value, 'verification_status', ct.verification_status, 'dnc', ct.dnc,
          'tcpa', ct.tcpa, 'litigator', ct.litigator, 'provider', ct.provider, 'fetched_at', ${isoText(Prisma.sql`ct.fetched_at`)}, 'request_id', ct.request_id) ORDER BY ct.type, ct.value) AS contacts
      FROM contacts ct JOIN enrichment_requests r ON r.id = ct.request_id AND r.status IN ${APPROVED_REQUEST_STATUSES}
      GROUP BY ct.lead_card_id
    ),
    biz AS (
      SELECT DISTINCT ON (b.lead_card_id) b.lead_card_id, json_build_object('name', b.name, 'domain', b.domain, 'industry', b.industry, 'size', b.size,
          'employees', b.employees, 'location', b.location, 'provider', b.provider, 'fetched_at', ${isoText(Prisma.sql`b.fetched_at`)}, 'request_id', b.request_id) AS business
      FROM businesses b JOIN enrichment_requests r ON r.id = b.request_id AND r.status IN ${APPROVED_REQUEST_STATUSES}
      ORDER BY b.lead_card_id, b.fetched_at DESC
    )
    SELECT c.id AS lead_card_id, ${suppressedCondition} AS suppressed, c.public_id AS lead_id, c.platform::text AS platform, c.handle, c.display_name,
      c.industry, c.persona, c.tribe, c.secondary_tribes, c.label::text AS label, c.classification_confidence::float8 AS classification_confidence,
      c.confidences, c.review_state::text AS review_state, p.first_import_job_id AS import_job_id, j.detected_format AS source_format,
      ${isoText(Prisma.sql`j.created_at`)} AS imported_at, ${isoText(Prisma.sql`p.first_seen_at`)} AS first_seen_at, ${isoText(Prisma.sql`p.last_seen_at`)} AS last_seen_at,
      ARRAY(SELECT m.pool_id FROM lead_card_pools m WHERE m.lead_card_id = c.id) AS pool_ids, NULL::json AS pools, cts.contacts, biz.business
    FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id JOIN import_jobs j ON j.id = p.first_import_job_id
    LEFT JOIN cts ON cts.lead_card_id = c.id
    LEFT JOIN biz ON biz.lead_card_id = c.id
    WHERE ${where}
    ${limit}`;
}

/** The pools a record can name: active ones, in name order (archived pools are not handed off). */
export const activePoolsQuery = Prisma.sql`SELECT id, name, kind::text AS kind FROM audience_pools WHERE archived_at IS NULL ORDER BY name`;

/** A selection has at least one card that would be handed off (not suppressed): one index probe, not a count. */
export async function hasEligibleCards(db: Db, where: Prisma.Sql): Promise<boolean> {
  const [row] = await db.$queryRaw<{ eligible: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id WHERE ${where} AND NOT ${suppressedCondition}) AS eligible`;
  return row?.eligible ?? false;
}

/** Counts for a selection: cards that will be considered, and those the suppression list removes. */
export async function countSelection(db: Db, where: Prisma.Sql): Promise<{ eligible: number; suppressed: number }> {
  const [row] = await db.$queryRaw<{ eligible: number; suppressed: number }[]>`
    SELECT count(*) FILTER (WHERE NOT ${suppressedCondition})::int AS eligible, count(*) FILTER (WHERE ${suppressedCondition})::int AS suppressed
    FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id WHERE ${where}`;
  return row ?? { eligible: 0, suppressed: 0 };
}
