import type { Db } from "@/server/db/client";
import type { TSpend } from "@/server/domain/enrichment/estimate";

/** Start of the UTC day and month containing `now` (budget windows are UTC). */
export function budgetWindows(now: Date): { dayStart: Date; monthStart: Date } {
  return {
    dayStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())),
    monthStart: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
  };
}

/** Spend recorded by completed provider calls today and this month, and what approved or running batches may still spend. */
export type TSpendBreakdown = { spentToday: TSpend; spentThisMonth: TSpend; open: TSpend };

export async function getSpendBreakdown(db: Db, now: Date): Promise<TSpendBreakdown> {
  const { dayStart, monthStart } = budgetWindows(now);
  const [row] = await db.$queryRaw<{ day_credits: string; day_money: string; month_credits: string; month_money: string; open_credits: string; open_money: string }[]>`
    WITH spent AS (
      SELECT coalesce(sum(credits) FILTER (WHERE completed_at >= ${dayStart}), 0) AS day_credits,
             coalesce(sum(cost) FILTER (WHERE completed_at >= ${dayStart}), 0) AS day_money,
             coalesce(sum(credits), 0) AS month_credits, coalesce(sum(cost), 0) AS month_money
        FROM enrichment_calls WHERE completed_at >= ${monthStart}),
    open AS (
      SELECT coalesce(sum(greatest(r.estimated_credits - coalesce(c.credits, 0), 0)), 0) AS open_credits,
             coalesce(sum(greatest(r.estimated_cost - coalesce(c.cost, 0), 0)), 0) AS open_money
        FROM enrichment_requests r
        LEFT JOIN (SELECT request_id, sum(credits) AS credits, sum(cost) AS cost FROM enrichment_calls GROUP BY request_id) c ON c.request_id = r.id
       WHERE r.status IN ('approved', 'running'))
    SELECT spent.day_credits::text, spent.day_money::text, spent.month_credits::text, spent.month_money::text, open.open_credits::text, open.open_money::text
      FROM spent, open`;
  const n = (v: string | undefined) => Number(v ?? 0);
  return {
    spentToday: { credits: n(row?.day_credits), money: n(row?.day_money) },
    spentThisMonth: { credits: n(row?.month_credits), money: n(row?.month_money) },
    open: { credits: n(row?.open_credits), money: n(row?.open_money) },
  };
}

const plus = (a: TSpend, b: TSpend): TSpend => ({ credits: a.credits + b.credits, money: a.money + b.money });

/**
 * What today's and this month's budgets already carry: spend recorded by completed provider
 * calls in the window, plus the not-yet-spent part of every approved or running batch's
 * estimate (so two approvals cannot both take the last of the budget).
 */
export async function getCommittedSpend(db: Db, now: Date): Promise<{ day: TSpend; month: TSpend }> {
  const { spentToday, spentThisMonth, open } = await getSpendBreakdown(db, now);
  return { day: plus(spentToday, open), month: plus(spentThisMonth, open) };
}
