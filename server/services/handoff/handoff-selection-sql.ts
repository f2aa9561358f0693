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

/**
 * One row per selected card with everything a lead record needs (see TLeadRecordSource), in
 * lead-id order. The selection is materialised once and pools, approved contacts and businesses
 * are aggregated set-based (hash joins), not per row. `limit` cuts the selection first (preview).
 */
export function recordSourceQuery(where: Prisma.Sql, opts: { limit?: number } = {}): Prisma.Sql {
  // Only a limited selection needs ordering inside `sel`; otherwise the one sort is at the end.
  const limit = opts.limit ? Prisma.sql`ORDER BY c.public_id LIMIT ${opts.limit}` : Prisma.empty;
  return Prisma.sql`
    WITH sel AS MATERIALIZED (
      SELECT c.id AS lead_card_id, c.public_id AS lead_id, c.platform::text AS platform, c.handle, c.display_name, c.industry, c.persona, c.tribe,
        c.secondary_tribes, c.label::text AS label, c.classification_confidence, c.confidences, c.review_state::text AS review_state,
        p.first_import_job_id AS import_job_id, p.first_seen_at, p.last_seen_at
      FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id
      WHERE ${where} AND NOT ${suppressedCondition}
      ${limit}
    ),
    pools AS (
      SELECT m.lead_card_id, jsonb_agg(jsonb_build_object('id', ap.id, 'name', ap.name, 'kind', ap.kind) ORDER BY ap.name) AS pools
      FROM lead_card_pools m JOIN audience_pools ap ON ap.id = m.pool_id AND ap.archived_at IS NULL
      WHERE m.lead_card_id IN (SELECT lead_card_id FROM sel) GROUP BY m.lead_card_id
    ),
    cts AS (
      SELECT ct.lead_card_id, jsonb_agg(jsonb_build_object('type', ct.type, 'value', ct.value, 'verification_status', ct.verification_status, 'dnc', ct.dnc,
          'tcpa', ct.tcpa, 'litigator', ct.litigator, 'provider', ct.provider, 'fetched_at', ct.fetched_at, 'request_id', ct.request_id) ORDER BY ct.type, ct.value) AS contacts
      FROM contacts ct JOIN enrichment_requests r ON r.id = ct.request_id AND r.status IN ${APPROVED_REQUEST_STATUSES}
      WHERE ct.lead_card_id IN (SELECT lead_card_id FROM sel) GROUP BY ct.lead_card_id
    ),
    biz AS (
      SELECT DISTINCT ON (b.lead_card_id) b.lead_card_id, jsonb_build_object('name', b.name, 'domain', b.domain, 'industry', b.industry, 'size', b.size,
          'employees', b.employees, 'location', b.location, 'provider', b.provider, 'fetched_at', b.fetched_at, 'request_id', b.request_id) AS business
      FROM businesses b JOIN enrichment_requests r ON r.id = b.request_id AND r.status IN ${APPROVED_REQUEST_STATUSES}
      WHERE b.lead_card_id IN (SELECT lead_card_id FROM sel) ORDER BY b.lead_card_id, b.fetched_at DESC
    )
    SELECT sel.*, pools.pools, cts.contacts, biz.business, j.detected_format AS source_format, j.created_at AS imported_at
    FROM sel
    JOIN import_jobs j ON j.id = sel.import_job_id
    LEFT JOIN pools ON pools.lead_card_id = sel.lead_card_id
    LEFT JOIN cts ON cts.lead_card_id = sel.lead_card_id
    LEFT JOIN biz ON biz.lead_card_id = sel.lead_card_id
    ORDER BY sel.lead_id`;
}

/** Counts for a selection: cards that will be considered, and those the suppression list removes. */
export async function countSelection(db: Db, where: Prisma.Sql): Promise<{ eligible: number; suppressed: number }> {
  const [row] = await db.$queryRaw<{ eligible: number; suppressed: number }[]>`
    SELECT count(*) FILTER (WHERE NOT ${suppressedCondition})::int AS eligible, count(*) FILTER (WHERE ${suppressedCondition})::int AS suppressed
    FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id WHERE ${where}`;
  return row ?? { eligible: 0, suppressed: 0 };
}
