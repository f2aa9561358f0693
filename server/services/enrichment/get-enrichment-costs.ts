import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";

export const ZGetEnrichmentCosts = z.object({
  groupBy: z.enum(["request", "provider", "actor", "day"]).default("day"),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
}).strict();

export const ZEnrichmentCostRow = z.object({
  key: z.string(),
  label: z.string(),
  calls: z.number(),
  matched: z.number(),
  unmatched: z.number(),
  skipped: z.number(),
  failed: z.number(),
  credits: z.number(),
  cost: z.number(),
});
export const ZEnrichmentCosts = z.object({
  groupBy: z.enum(["request", "provider", "actor", "day"]),
  currency: z.string(),
  rows: z.array(ZEnrichmentCostRow),
  total: ZEnrichmentCostRow.omit({ key: true, label: true }),
});
export type TEnrichmentCosts = z.infer<typeof ZEnrichmentCosts>;

/**
 * Cost and volume from the provider calls themselves (credits, money, records matched and
 * unmatched), grouped per request, provider, requesting actor or UTC day, newest/largest first.
 */
export async function getEnrichmentCosts(db: Db, input: z.input<typeof ZGetEnrichmentCosts> = {}): Promise<TEnrichmentCosts> {
  const { groupBy, from, to } = parseOrThrow(ZGetEnrichmentCosts, input);
  const keys: Record<typeof groupBy, { key: Prisma.Sql; label: Prisma.Sql; order: Prisma.Sql }> = {
    request: { key: Prisma.sql`r.id::text`, label: Prisma.sql`min(to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' · ' || left(r.reason, 60))`, order: Prisma.sql`min(r.created_at) DESC` },
    provider: { key: Prisma.sql`c.provider`, label: Prisma.sql`c.provider`, order: Prisma.sql`1` },
    actor: { key: Prisma.sql`u.id::text`, label: Prisma.sql`min(u.email)`, order: Prisma.sql`sum(c.cost) DESC` },
    day: { key: Prisma.sql`to_char(c.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, label: Prisma.sql`to_char(c.completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, order: Prisma.sql`1 DESC` },
  };
  const k = keys[groupBy];
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (from) conditions.push(Prisma.sql`c.completed_at >= ${from}`);
  if (to) conditions.push(Prisma.sql`c.completed_at < ${to}`);
  const rows = await db.$queryRaw<{ key: string; label: string; calls: number; matched: number; unmatched: number; skipped: number; failed: number; credits: string; cost: string }[]>`
    SELECT ${k.key} AS key, ${k.label} AS label, count(*)::int AS calls,
           count(*) FILTER (WHERE c.outcome = 'matched')::int AS matched, count(*) FILTER (WHERE c.outcome = 'unmatched')::int AS unmatched,
           count(*) FILTER (WHERE c.outcome = 'skipped')::int AS skipped, count(*) FILTER (WHERE c.outcome = 'failed')::int AS failed,
           coalesce(sum(c.credits), 0)::text AS credits, coalesce(sum(c.cost), 0)::text AS cost
      FROM enrichment_calls c JOIN enrichment_requests r ON r.id = c.request_id JOIN users u ON u.id = r.requester_id
     WHERE ${Prisma.join(conditions, " AND ")}
     GROUP BY 1 ORDER BY ${k.order} LIMIT 500`;
  const [currency] = await db.$queryRaw<{ currency: string }[]>`SELECT currency FROM enrichment_requests ORDER BY created_at DESC LIMIT 1`;
  const out = rows.map((r) => ({ ...r, credits: Number(r.credits), cost: Number(r.cost) }));
  const sum = (f: (r: (typeof out)[number]) => number) => out.reduce((a, r) => a + f(r), 0);
  return {
    groupBy, currency: currency?.currency ?? "USD", rows: out,
    total: { calls: sum((r) => r.calls), matched: sum((r) => r.matched), unmatched: sum((r) => r.unmatched), skipped: sum((r) => r.skipped), failed: sum((r) => r.failed),
      credits: Math.round(sum((r) => r.credits) * 100) / 100, cost: Math.round(sum((r) => r.cost) * 10000) / 10000 },
  };
}
