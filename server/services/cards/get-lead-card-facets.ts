import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { UNLABELLED, type TLeadCardFilter } from "@/server/domain/cards/lead-card-query";
import { buildLeadCardWhere, ruleFilterConditions } from "./lead-card-sql";
import { cardSource, EXACT_LIMIT, membershipCount, scaleCount } from "./lead-card-sample";

export const facetDimensions = ["platform", "industry", "persona", "tribe", "label", "reviewState"] as const;
export type TFacetDimension = (typeof facetDimensions)[number];
export type TFacetCount = { value: string; count: number };
/** `approximate`: the counts are estimated from a sample (lead-card-sample.ts), not counted. */
export type TLeadCardFacets = Record<TFacetDimension, TFacetCount[]> & { approximate: boolean };

/** Per sampled/scanned row: the value(s) a card counts under in each dimension. */
const valueOf: Record<TFacetDimension, Prisma.Sql> = {
  platform: Prisma.sql`s.platform`,
  industry: Prisma.sql`s.industry`,
  persona: Prisma.sql`s.persona`,
  // A card counts under its primary tribe and each secondary tribe (the tribe filter matches either).
  tribe: Prisma.sql`t.value`,
  label: Prisma.sql`s.label`,
  reviewState: Prisma.sql`s.review_state`,
};
const flag: Record<TFacetDimension, Prisma.Sql> = {
  platform: Prisma.sql`s.f_platform`,
  industry: Prisma.sql`s.f_industry`,
  persona: Prisma.sql`s.f_persona`,
  tribe: Prisma.sql`s.f_tribe`,
  label: Prisma.sql`s.f_label`,
  reviewState: Prisma.sql`s.f_review`,
};

type TRow = { dimension: string; value: string; count: number };

const order = (rows: TFacetCount[]) => rows.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

function collect(rows: TRow[], scale: number | null): TLeadCardFacets {
  const out = Object.fromEntries(facetDimensions.map((d) => [d, [] as TFacetCount[]])) as Record<TFacetDimension, TFacetCount[]>;
  for (const row of rows) if (row.dimension !== "_base") out[row.dimension as TFacetDimension].push({ value: row.value, count: scale === null ? row.count : scaleCount(row.count, scale) });
  for (const d of facetDimensions) order(out[d]);
  return { ...out, approximate: scale !== null };
}

/**
 * One pass over the cards in view (`from`, restricted by `base`: the filter without its facet
 * dimensions): each facet condition is evaluated once per card into a flag, then every dimension
 * is grouped over the cards that pass the other dimensions' flags. `_base` counts the cards in view.
 */
function facetQuery(from: Prisma.Sql, base: Prisma.Sql, filter: TLeadCardFilter): Prisma.Sql {
  const condition = (dimension: TFacetDimension) => {
    const parts = ruleFilterConditions({ [dimension]: filter[dimension] });
    return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`;
  };
  const others = (dimension: TFacetDimension) => Prisma.join([Prisma.sql`true`, ...facetDimensions.filter((d) => d !== dimension).map((d) => flag[d])], " AND ");
  const groups = facetDimensions.map(
    (dimension) => Prisma.sql`SELECT ${dimension}::text AS dimension, ${valueOf[dimension]} AS value, count(*)::int AS count
      FROM s ${dimension === "tribe" ? Prisma.sql`CROSS JOIN LATERAL unnest(array_prepend(s.tribe, s.secondary_tribes)) t(value)` : Prisma.empty}
      WHERE ${others(dimension)} GROUP BY 2`,
  );
  return Prisma.sql`
    WITH s AS MATERIALIZED (
      SELECT c.platform::text AS platform, c.industry, c.persona, c.tribe, coalesce(c.secondary_tribes, '{}') AS secondary_tribes,
        coalesce(c.label::text, ${UNLABELLED}) AS label, c.review_state::text AS review_state,
        ${condition("platform")} AS f_platform, ${condition("industry")} AS f_industry, ${condition("persona")} AS f_persona,
        ${condition("tribe")} AS f_tribe, ${condition("label")} AS f_label, ${condition("reviewState")} AS f_review
      FROM ${from} WHERE ${base})
    SELECT '_base' AS dimension, '' AS value, count(*)::int AS count FROM s
    UNION ALL ${Prisma.join(groups, " UNION ALL ")}`;
}

/**
 * Counts per value of each facet for the cards matching the filter. Each dimension ignores its
 * own filter (the usual faceted-search rule), so every checkbox shows what ticking it would add.
 * Exact while the cards in view (the filter without its facet dimensions) number at most
 * EXACT_LIMIT; beyond that, estimated from a sample (`approximate`; lead-card-sample.ts).
 */
export async function getLeadCardFacets(db: Db, filter: TLeadCardFilter = {}): Promise<TLeadCardFacets> {
  const inView = { q: filter.q, baseConfidenceMin: filter.baseConfidenceMin, baseConfidenceMax: filter.baseConfidenceMax,
    classificationConfidenceMin: filter.classificationConfidenceMin, classificationConfidenceMax: filter.classificationConfidenceMax };
  const members = await membershipCount(db, filter.poolId);
  const source = await cardSource(db, { poolId: filter.poolId, members });

  if (source.kind === "sample") {
    // A membership sample is already the pool's members; a table sample still needs the pool's condition.
    const base = await buildLeadCardWhere(db, { ...inView, poolId: members === null ? filter.poolId : undefined });
    const rows = await db.$queryRaw<TRow[]>(facetQuery(source.from, base, filter));
    const estimated = (rows.find((r) => r.dimension === "_base")?.count ?? 0) * source.scale;
    if (estimated > EXACT_LIMIT) return collect(rows, source.scale);
  }
  const base = await buildLeadCardWhere(db, { ...inView, poolId: filter.poolId });
  return collect(await db.$queryRaw<TRow[]>(facetQuery(Prisma.sql`lead_cards c`, base, filter)), null);
}
