import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { UNLABELLED, ZLeadCardRuleFilter } from "@/server/domain/cards/lead-card-query";
import { cardSource, EXACT_LIMIT, membershipCount, scaleCount } from "@/server/services/cards/lead-card-sample";
import { buildLeadCardWhere } from "@/server/services/cards/lead-card-sql";

const ZCount = z.object({ value: z.string(), count: z.number() });

/** An audience pool as the pools screen shows it; never a Prisma type. */
export const ZPoolDto = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(["source", "rule", "manual"]),
  description: z.string().nullable(),
  /** The stored filter of a rule pool (its membership), null for source and manual pools. */
  rule: ZLeadCardRuleFilter.nullable(),
  importJobId: z.uuid().nullable(),
  size: z.number(),
  /** Size and breakdown estimated from a sample (pools above 5k cards), not counted. */
  approximate: z.boolean(),
  breakdown: z.object({ platform: z.array(ZCount), tribe: z.array(ZCount), label: z.array(ZCount) }),
  archived: z.boolean(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TPoolDto = z.infer<typeof ZPoolDto>;

export const poolSelect = { id: true, name: true, kind: true, description: true, rule: true, importJobId: true, archivedAt: true, createdAt: true, updatedAt: true } as const;
type TPoolRecord = { id: string; name: string; kind: "source" | "rule" | "manual"; description: string | null; rule: unknown; importJobId: string | null; archivedAt: Date | null; createdAt: Date; updatedAt: Date };

type TGroupRow = { platform: string | null; label: string | null; tribe: string | null; g: number; count: number };

const grouped = (from: Prisma.Sql, where: Prisma.Sql) => Prisma.sql`
  SELECT v.platform, v.label, v.tribe, GROUPING(v.platform, v.label, v.tribe)::int AS g, count(*)::int AS count
  FROM (SELECT c.platform::text AS platform, coalesce(c.label::text, ${UNLABELLED}) AS label, c.tribe FROM ${from} WHERE ${where}) v
  GROUP BY GROUPING SETS ((v.platform), (v.label), (v.tribe), ())`;

/**
 * Size and breakdown (platform, top-5 primary tribes, label) of a pool's current members, in one
 * scan: exact up to EXACT_LIMIT cards, estimated from a sample above (server/services/cards/lead-card-sample.ts).
 */
export async function toPoolDto(db: Db, pool: TPoolRecord): Promise<TPoolDto> {
  const rule = pool.kind === "rule" ? ZLeadCardRuleFilter.catch({}).parse(pool.rule ?? {}) : null;
  const where = await buildLeadCardWhere(db, { poolId: pool.id });
  const members = await membershipCount(db, pool.id);
  const source = await cardSource(db, { poolId: pool.id, members });
  let rows: TGroupRow[] | null = null;
  let scale: number | null = null;
  if (source.kind === "sample") {
    const sampled = await db.$queryRaw<TGroupRow[]>(grouped(source.from, where));
    if ((sampled.find((r) => r.g === 7)?.count ?? 0) * source.scale > EXACT_LIMIT) {
      rows = sampled;
      scale = source.scale;
    }
  }
  rows ??= await db.$queryRaw<TGroupRow[]>(grouped(Prisma.sql`lead_cards c`, where));
  const count = (n: number) => (scale === null ? n : scaleCount(n, scale));
  // GROUPING bits: platform 4, label 2, tribe 1 (a set bit = not grouped by that column).
  const pick = (g: number, col: "platform" | "label" | "tribe") =>
    rows.filter((r) => r.g === g).map((r) => ({ value: r[col] ?? "", count: count(r.count) })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return {
    id: pool.id, name: pool.name, kind: pool.kind, description: pool.description, rule, importJobId: pool.importJobId,
    size: count(rows.find((r) => r.g === 7)?.count ?? 0),
    approximate: scale !== null,
    breakdown: { platform: pick(3, "platform"), label: pick(5, "label"), tribe: pick(6, "tribe").slice(0, 5) },
    archived: pool.archivedAt !== null, archivedAt: pool.archivedAt, createdAt: pool.createdAt, updatedAt: pool.updatedAt,
  };
}
