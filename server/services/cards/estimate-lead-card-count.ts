import type { Db } from "@/server/db/client";
import type { TLeadCardFilter } from "@/server/domain/cards/lead-card-query";
import { countLeadCards } from "./count-lead-cards";
import { cardSource, EXACT_LIMIT, membershipCount, scaleCount } from "./lead-card-sample";
import { buildLeadCardWhere } from "./lead-card-sql";

/**
 * How many cards match a filter, for the table's "N cards": exact up to EXACT_LIMIT, estimated
 * from a sample above (`approximate`; see lead-card-sample.ts). An exact count of 1M cards reads
 * them all (~0.7 s); bulk actions never need more than "over 500".
 */
export async function estimateLeadCardCount(db: Db, filter: TLeadCardFilter = {}): Promise<{ count: number; approximate: boolean }> {
  const members = await membershipCount(db, filter.poolId);
  const source = await cardSource(db, { poolId: filter.poolId, members });
  if (source.kind === "sample") {
    // A membership sample is already the pool's members; a table sample still needs the pool's condition.
    const where = await buildLeadCardWhere(db, { ...filter, poolId: members === null ? filter.poolId : undefined });
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${source.from} WHERE ${where}`;
    const sampled = row?.n ?? 0;
    if (sampled * source.scale > EXACT_LIMIT) return { count: scaleCount(sampled, source.scale), approximate: true };
  }
  return { count: await countLeadCards(db, filter), approximate: false };
}
