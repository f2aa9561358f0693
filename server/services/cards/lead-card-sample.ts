import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";

/**
 * Counting a large set of lead cards exactly means reading every matching row (0.3–1.8 s per
 * facet at 1M cards, bench:query). Facet counts and pool breakdowns are exact while the set is
 * small and estimated from a sample beyond that (shown with "≈" in the console):
 *
 * - a set of at most EXACT_LIMIT cards (or a table below SMALL_TABLE) is counted exactly (up to
 *   EXACT_LIMIT random heap reads);
 * - a source or manual pool is sampled through its membership rows: members whose card id
 *   falls in the first k/256 of the uuid range (ids from gen_random_uuid are uniform), so the sample is
 *   spread over the whole pool even though an import writes its cards to adjacent pages
 *   (~MEMBER_SAMPLE_ROWS cards);
 * - anything else is sampled with TABLESAMPLE SYSTEM at a percentage that reads ~SAMPLE_ROWS
 *   cards, REPEATABLE so the numbers hold still between refreshes.
 *
 * Counts from a sample are scaled by `scale` and rounded to two significant digits.
 */
export const EXACT_LIMIT = 5_000;
export const SMALL_TABLE = 50_000;
/** A table sample reads whole pages (cheap per row); a membership sample visits each card (a random heap read). */
export const SAMPLE_ROWS = 20_000;
export const MEMBER_SAMPLE_ROWS = 5_000;
const SEED = 7;

export type TCardSource =
  | { kind: "exact" }
  /** `from` replaces `lead_cards c` in a query (alias c stays); counts × scale. */
  | { kind: "sample"; from: Prisma.Sql; scale: number; percent: number };

/** Estimated rows in lead_cards (planner statistics; -1/0 when never analyzed). */
async function tableRows(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'lead_cards'::regclass`;
  return row?.n ?? -1;
}

/** Membership rows of a source/manual pool (index-only on the primary key), or null for a rule pool / no pool. */
export async function membershipCount(db: Db, poolId: string | undefined): Promise<number | null> {
  if (!poolId) return null;
  const pool = await db.audiencePool.findUnique({ where: { id: poolId }, select: { kind: true } });
  if (!pool || pool.kind === "rule") return null;
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM lead_card_pools WHERE pool_id = ${poolId}::uuid`;
  return row?.n ?? 0;
}

/**
 * Where to count from for a set of cards: exact, or a sample. `members` is the pool's
 * membership count when the set is a source/manual pool (see membershipCount).
 */
export async function cardSource(db: Db, opts: { poolId?: string; members: number | null }): Promise<TCardSource> {
  if (opts.members !== null) {
    if (opts.members <= EXACT_LIMIT) return { kind: "exact" };
    const buckets = Math.max(1, Math.min(256, Math.ceil((256 * MEMBER_SAMPLE_ROWS) / opts.members)));
    if (buckets >= 256) return { kind: "exact" };
    return {
      kind: "sample",
      // Card ids below bucket/256 of the uuid range (random v4 ids: a uniform share): a range on the
      // membership key, so the planner estimates it from statistics and reads only that slice.
      from: Prisma.sql`lead_card_pools sm JOIN lead_cards c ON c.id = sm.lead_card_id AND sm.pool_id = ${opts.poolId}::uuid
        AND sm.lead_card_id < ${`${buckets.toString(16).padStart(2, "0")}000000-0000-0000-0000-000000000000`}::uuid`,
      scale: 256 / buckets,
      percent: (100 * buckets) / 256,
    };
  }
  const rows = await tableRows(db);
  if (rows < SMALL_TABLE) return { kind: "exact" };
  const percent = Math.min(100, (100 * SAMPLE_ROWS) / rows);
  if (percent >= 100) return { kind: "exact" };
  const p = Number(percent.toFixed(3));
  return { kind: "sample", from: Prisma.sql`lead_cards c TABLESAMPLE SYSTEM (${p}::real) REPEATABLE (${SEED}::float8)`, scale: 100 / p, percent: p };
}

/** A sampled count scaled to the whole, two significant digits (12,345 → 12,000). */
export function scaleCount(count: number, scale: number): number {
  const n = count * scale;
  if (n < 100) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
