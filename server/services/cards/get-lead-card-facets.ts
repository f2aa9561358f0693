import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { UNLABELLED, type TLeadCardFilter } from "@/server/domain/cards/lead-card-query";
import { buildLeadCardWhere } from "./lead-card-sql";

export const facetDimensions = ["platform", "industry", "persona", "tribe", "label", "reviewState"] as const;
export type TFacetDimension = (typeof facetDimensions)[number];
export type TFacetCount = { value: string; count: number };
export type TLeadCardFacets = Record<TFacetDimension, TFacetCount[]>;

const valueOf: Record<TFacetDimension, Prisma.Sql> = {
  platform: Prisma.sql`c.platform::text`,
  industry: Prisma.sql`c.industry`,
  persona: Prisma.sql`c.persona`,
  // A card counts under its primary tribe and each secondary tribe (the tribe filter matches either).
  tribe: Prisma.sql`unnest(array_prepend(c.tribe, coalesce(c.secondary_tribes, '{}')))`,
  label: Prisma.sql`coalesce(c.label::text, ${UNLABELLED})`,
  reviewState: Prisma.sql`c.review_state::text`,
};

/**
 * Counts per value of each facet for the cards matching the filter. Each dimension ignores its
 * own filter (the usual faceted-search rule), so every checkbox shows what ticking it would add.
 */
export async function getLeadCardFacets(db: Db, filter: TLeadCardFilter = {}): Promise<TLeadCardFacets> {
  // One grouped scan per dimension, issued together: on a client they run on separate pool
  // connections (about 2× faster at 1M cards on two cores than one after another).
  const counts = await Promise.all(
    facetDimensions.map(async (dimension) => {
      const where = await buildLeadCardWhere(db, { ...filter, [dimension]: undefined });
      const rows = await db.$queryRaw<{ value: string; count: number }[]>`
        SELECT v.value, count(*)::int AS count
        FROM (SELECT ${valueOf[dimension]} AS value FROM lead_cards c WHERE ${where}) v
        GROUP BY v.value ORDER BY count DESC, v.value ASC`;
      return [dimension, rows.map((r) => ({ value: r.value, count: r.count }))] as const;
    }),
  );
  return Object.fromEntries(counts) as TLeadCardFacets;
}
