import type { Db } from "@/server/db/client";
import type { TLeadCardFilter } from "@/server/domain/cards/lead-card-query";
import { buildLeadCardWhere } from "./lead-card-sql";

/** Exact number of cards matching a filter (the "select all matching" count). */
export async function countLeadCards(db: Db, filter: TLeadCardFilter = {}): Promise<number> {
  const where = await buildLeadCardWhere(db, filter);
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM lead_cards c WHERE ${where}`;
  return row?.n ?? 0;
}
