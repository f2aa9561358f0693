import type { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";

/** How many of the given card ids satisfy a lead-card WHERE clause (over `lead_cards c`). */
export async function countLeadCardsIn(db: Db, where: Prisma.Sql, ids: string[]): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM lead_cards c WHERE c.id = ANY(${ids}::uuid[]) AND ${where}`;
  return row?.n ?? 0;
}
