import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import { UNLABELLED, ZLeadCardRuleFilter, type TLeadCardFilter, type TLeadCardRuleFilter, type TLeadCardSortField } from "@/server/domain/cards/lead-card-query";

/**
 * SQL for the lead-card query contract, shared by list, count, facets, bulk pool changes and
 * rule pools. Everything is built with Prisma.sql (bound parameters, never string splicing).
 * The text-search and sort-key expressions match the indexes of migration 20261128020000.
 */

/** Must match lead_cards_search_trgm_idx exactly, or the trigram index is not used. */
export const searchExpression = Prisma.sql`lower(coalesce(c.handle, '') || ' ' || coalesce(c.display_name, '') || ' ' || coalesce(c.bio, ''))`;

/** Non-null sort keys (nulls would break row comparisons), each with a keyset index. */
export const sortKeys: Record<TLeadCardSortField, { expr: Prisma.Sql; cast: Prisma.Sql }> = {
  createdAt: { expr: Prisma.sql`c.created_at`, cast: Prisma.sql`timestamptz` },
  followerCount: { expr: Prisma.sql`coalesce(c.follower_count, -1)`, cast: Prisma.sql`bigint` },
  baseConfidence: { expr: Prisma.sql`c.base_confidence`, cast: Prisma.sql`numeric` },
  classificationConfidence: { expr: Prisma.sql`c.classification_confidence`, cast: Prisma.sql`numeric` },
  handle: { expr: Prisma.sql`coalesce(lower(c.handle), '')`, cast: Prisma.sql`text` },
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The words of a text search (whitespace-separated, duplicates and words inside longer ones dropped, at most 8). */
export function searchWords(q: string | undefined): string[] {
  const words = [...new Set((q ?? "").toLowerCase().split(/\s+/).filter(Boolean))];
  return words.filter((w) => !words.some((other) => other !== w && other.includes(w))).slice(0, 8);
}

/** Conditions for the stored-filter part (no pool membership). */
export function ruleFilterConditions(f: TLeadCardRuleFilter): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (f.platform?.length) out.push(Prisma.sql`c.platform = ANY(${f.platform}::platform[])`);
  if (f.industry?.length) out.push(Prisma.sql`c.industry = ANY(${f.industry}::text[])`);
  if (f.persona?.length) out.push(Prisma.sql`c.persona = ANY(${f.persona}::text[])`);
  if (f.tribe?.length) out.push(Prisma.sql`(c.tribe = ANY(${f.tribe}::text[]) OR c.secondary_tribes && ${f.tribe}::text[])`);
  if (f.label?.length) {
    const labels = f.label.filter((l) => l !== UNLABELLED);
    const unlabelled = f.label.includes(UNLABELLED);
    const parts: Prisma.Sql[] = [];
    if (labels.length) parts.push(Prisma.sql`c.label = ANY(${labels}::execution_label[])`);
    if (unlabelled) parts.push(Prisma.sql`c.label IS NULL`);
    out.push(Prisma.sql`(${Prisma.join(parts, " OR ")})`);
  }
  if (f.reviewState?.length) out.push(Prisma.sql`c.review_state = ANY(${f.reviewState}::review_state[])`);
  if (f.baseConfidenceMin !== undefined) out.push(Prisma.sql`c.base_confidence >= ${f.baseConfidenceMin}::numeric`);
  if (f.baseConfidenceMax !== undefined) out.push(Prisma.sql`c.base_confidence <= ${f.baseConfidenceMax}::numeric`);
  if (f.classificationConfidenceMin !== undefined) out.push(Prisma.sql`c.classification_confidence >= ${f.classificationConfidenceMin}::numeric`);
  if (f.classificationConfidenceMax !== undefined) out.push(Prisma.sql`c.classification_confidence <= ${f.classificationConfidenceMax}::numeric`);
  // Every word must appear (in any order, in handle, name or bio): one LIKE per word on the same
  // indexed expression, so the trigram index ANDs the words' trigrams. The expression is
  // lower-cased already, so LIKE against the lower-cased needle is ILIKE's answer at ~30% less
  // CPU per row (lower() on both sides: the same case folding).
  for (const word of searchWords(f.q)) out.push(Prisma.sql`${searchExpression} LIKE lower(${`%${escapeLike(word)}%`})`);
  return out;
}

/**
 * The WHERE clause (over `lead_cards c`) for a filter. A source or manual pool filters on its
 * membership rows; a rule pool's stored filter is applied instead, so its members are always
 * the cards that match now. Erased cards never match.
 */
export async function buildLeadCardWhere(db: Db, filter: TLeadCardFilter): Promise<Prisma.Sql> {
  const conditions: Prisma.Sql[] = [Prisma.sql`c.erased_at IS NULL`, ...ruleFilterConditions(filter)];
  if (filter.poolId) {
    const pool = await db.audiencePool.findUnique({ where: { id: filter.poolId }, select: { kind: true, rule: true } });
    if (!pool) throw new DomainError("NOT_FOUND", "That pool does not exist", { poolId: filter.poolId });
    if (pool.kind === "rule") conditions.push(...ruleFilterConditions(ZLeadCardRuleFilter.parse(pool.rule ?? {})));
    else conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM lead_card_pools m WHERE m.pool_id = ${filter.poolId}::uuid AND m.lead_card_id = c.id)`);
  }
  return Prisma.join(conditions, " AND ");
}
