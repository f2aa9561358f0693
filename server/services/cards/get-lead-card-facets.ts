import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { UNLABELLED, type TLeadCardFilter } from "@/server/domain/cards/lead-card-query";
import { buildLeadCardWhere } from "./lead-card-sql";
import { cardSource, EXACT_LIMIT, membershipCount, scaleCount } from "./lead-card-sample";

export const facetDimensions = ["platform", "industry", "persona", "tribe", "label", "reviewState"] as const;
export type TFacetDimension = (typeof facetDimensions)[number];
export type TFacetCount = { value: string; count: number };
/** `approximate`: the counts are estimated from a sample (lead-card-sample.ts), not counted. */
export type TLeadCardFacets = Record<TFacetDimension, TFacetCount[]> & { approximate: boolean };

const valueOf: Record<TFacetDimension, Prisma.Sql> = {
  platform: Prisma.sql`c.platform::text`,
  industry: Prisma.sql`c.industry`,
  persona: Prisma.sql`c.persona`,
  // A card counts under its primary tribe and each secondary tribe (the tribe filter matches either).
  tribe: Prisma.sql`unnest(array_prepend(c.tribe, coalesce(c.secondary_tribes, '{}')))`,
  label: Prisma.sql`coalesce(c.label::text, ${UNLABELLED})`,
  reviewState: Prisma.sql`c.review_state::text`,
};

type TRow = { dimension: string; value: string; count: number };

const order = (rows: TFacetCount[]) => rows.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

function collect(rows: TRow[], scale: number | null): TLeadCardFacets {
  const out = Object.fromEntries(facetDimensions.map((d) => [d, [] as TFacetCount[]])) as Record<TFacetDimension, TFacetCount[]>;
  for (const row of rows) out[row.dimension as TFacetDimension]?.push({ value: row.value, count: scale === null ? row.count : scaleCount(row.count, scale) });
  for (const d of facetDimensions) order(out[d]);
  return { ...out, approximate: scale !== null };
}

/**
 * Counts per value of each facet for the cards matching the filter. Each dimension ignores its
 * own filter (the usual faceted-search rule), so every checkbox shows what ticking it would add.
 * Exact while the cards in view (the filter without its facet dimensions) number at most
 * EXACT_LIMIT; beyond that, one pass over a sample counts every dimension (`approximate`).
 */
export async function getLeadCardFacets(db: Db, filter: TLeadCardFilter = {}): Promise<TLeadCardFacets> {
  const wheres = await Promise.all(facetDimensions.map((dimension) => buildLeadCardWhere(db, { ...filter, [dimension]: undefined })));
  const members = await membershipCount(db, filter.poolId);
  const source = await cardSource(db, { poolId: filter.poolId, members });

  if (source.kind === "sample") {
    // The broadest set in view: the filter without any facet dimension.
    const base = await buildLeadCardWhere(db, { poolId: filter.poolId, q: filter.q, baseConfidenceMin: filter.baseConfidenceMin, baseConfidenceMax: filter.baseConfidenceMax,
      classificationConfidenceMin: filter.classificationConfidenceMin, classificationConfidenceMax: filter.classificationConfidenceMax });
    const parts = facetDimensions.map(
      (dimension, i) => Prisma.sql`SELECT ${dimension}::text AS dimension, v.value, count(*)::int AS count FROM (SELECT ${valueOf[dimension]} AS value FROM s c WHERE ${wheres[i]!}) v GROUP BY v.value`,
    );
    const rows = await db.$queryRaw<TRow[]>`
      WITH s AS MATERIALIZED (SELECT c.* FROM ${source.from} WHERE c.erased_at IS NULL)
      SELECT '_base' AS dimension, '' AS value, count(*)::int AS count FROM s c WHERE ${base}
      UNION ALL ${Prisma.join(parts, " UNION ALL ")}`;
    const estimated = (rows.find((r) => r.dimension === "_base")?.count ?? 0) * source.scale;
    if (estimated > EXACT_LIMIT) return collect(rows.filter((r) => r.dimension !== "_base"), source.scale);
  }

  // Exact: one grouped scan per dimension, issued together (separate pool connections, about 2×
  // faster on two cores than one after another).
  const counts = await Promise.all(
    facetDimensions.map(
      (dimension, i) => db.$queryRaw<TRow[]>`
        SELECT ${dimension}::text AS dimension, v.value, count(*)::int AS count
        FROM (SELECT ${valueOf[dimension]} AS value FROM lead_cards c WHERE ${wheres[i]!}) v
        GROUP BY v.value`,
    ),
  );
  return collect(counts.flat(), null);
}
