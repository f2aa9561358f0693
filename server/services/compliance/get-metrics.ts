import { z } from "zod";
import type { Db } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/prisma/client";

const ZPoint = z.object({ day: z.string(), key: z.string(), value: z.number() });
export const ZMetrics = z.object({
  from: z.date(),
  to: z.date(),
  /** Credits and money by provider and day (enrichment items that finished in the range). */
  spendByProviderDay: z.array(z.object({ day: z.string(), provider: z.string(), credits: z.number(), amount: z.number(), currency: z.string() })),
  /** Enrichment items matched / unmatched / failed / skipped per day. */
  matchByDay: z.array(ZPoint),
  /** Import jobs and lead cards created per day. */
  volumeByDay: z.array(z.object({ day: z.string(), imports: z.number(), cards: z.number() })),
  enrichmentBatchesByOutcome: z.array(z.object({ outcome: z.string(), count: z.number() })),
  handoffsByTransport: z.array(z.object({ transport: z.string(), status: z.string(), count: z.number() })),
  /** Money and credits per actor, from the audit chain's cost columns. */
  spendByActor: z.array(z.object({ actor: z.string(), credits: z.number(), amount: z.number(), currency: z.string(), events: z.number() })),
});
export type TMetrics = z.infer<typeof ZMetrics>;

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * Cost and volume metrics for a UTC date range [from, to): one SQL aggregate per series (indexes:
 * import_jobs(created_at), lead_cards(created_at), audit_log(occurred_at), enrichment by request).
 * Days are UTC dates (YYYY-MM-DD).
 */
export async function getMetrics(db: Db, range: { from: Date; to: Date }): Promise<TMetrics> {
  const { from, to } = range;
  const day = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const [spend, match, imports, cards, batches, handoffs, actors] = await Promise.all([
    db.$queryRaw<{ day: string; provider: string; credits: unknown; amount: unknown; currency: string }[]>`
      SELECT ${day(Prisma.sql`coalesce(i.finished_at, i.started_at, r.created_at)`)} AS day, coalesce(i.provider, 'none') AS provider,
             sum(i.credits) AS credits, sum(i.cost) AS amount, r.currency
      FROM enrichment_items i JOIN enrichment_requests r ON r.id = i.request_id
      WHERE coalesce(i.finished_at, i.started_at, r.created_at) >= ${from} AND coalesce(i.finished_at, i.started_at, r.created_at) < ${to}
        AND (i.credits > 0 OR i.cost > 0 OR i.provider IS NOT NULL)
      GROUP BY 1, 2, 5 ORDER BY 1, 2`,
    db.$queryRaw<{ day: string; status: string; count: unknown }[]>`
      SELECT ${day(Prisma.sql`i.finished_at`)} AS day, i.status::text AS status, count(*) AS count
      FROM enrichment_items i
      WHERE i.finished_at >= ${from} AND i.finished_at < ${to} AND i.status IN ('matched', 'unmatched', 'failed', 'skipped')
      GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<{ day: string; count: unknown }[]>`
      SELECT ${day(Prisma.sql`created_at`)} AS day, count(*) AS count FROM import_jobs WHERE created_at >= ${from} AND created_at < ${to} GROUP BY 1`,
    db.$queryRaw<{ day: string; count: unknown }[]>`
      SELECT ${day(Prisma.sql`created_at`)} AS day, count(*) AS count FROM lead_cards WHERE created_at >= ${from} AND created_at < ${to} GROUP BY 1`,
    db.$queryRaw<{ outcome: string; count: unknown }[]>`
      SELECT status::text AS outcome, count(*) AS count FROM enrichment_requests WHERE created_at >= ${from} AND created_at < ${to} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ transport: string; status: string; count: unknown }[]>`
      SELECT transport::text AS transport, status::text AS status, count(*) AS count FROM handoff_deliveries
      WHERE created_at >= ${from} AND created_at < ${to} GROUP BY 1, 2 ORDER BY 1, 2`,
    db.$queryRaw<{ actor: string; credits: unknown; amount: unknown; currency: string | null; events: unknown }[]>`
      SELECT coalesce(actor_label, actor_id, actor_type::text) AS actor, sum(coalesce(cost_credits, 0)) AS credits, sum(coalesce(cost_amount, 0)) AS amount,
             coalesce(cost_currency, 'USD') AS currency, count(*) AS events
      FROM audit_log WHERE occurred_at >= ${from} AND occurred_at < ${to} AND (cost_credits IS NOT NULL OR cost_amount IS NOT NULL)
      GROUP BY 1, 4 ORDER BY 3 DESC, 2 DESC`,
  ]);
  const volume = new Map<string, { imports: number; cards: number }>();
  for (const r of imports) volume.set(r.day, { imports: n(r.count), cards: 0 });
  for (const r of cards) volume.set(r.day, { imports: volume.get(r.day)?.imports ?? 0, cards: n(r.count) });
  return {
    from, to,
    spendByProviderDay: spend.map((r) => ({ day: r.day, provider: r.provider, credits: n(r.credits), amount: n(r.amount), currency: r.currency })),
    matchByDay: match.map((r) => ({ day: r.day, key: r.status, value: n(r.count) })),
    volumeByDay: [...volume.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, v]) => ({ day: d, ...v })),
    enrichmentBatchesByOutcome: batches.map((r) => ({ outcome: r.outcome, count: n(r.count) })),
    handoffsByTransport: handoffs.map((r) => ({ transport: r.transport, status: r.status, count: n(r.count) })),
    spendByActor: actors.map((r) => ({ actor: r.actor, credits: n(r.credits), amount: n(r.amount), currency: r.currency ?? "USD", events: n(r.events) })),
  };
}
