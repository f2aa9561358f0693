import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { enrichmentPolicySetting } from "@/server/domain/settings/enrichment-policy";
import { budgetWindows, getSpendBreakdown } from "@/server/services/enrichment/committed-spend";
import { getSetting } from "@/server/services/settings/get-setting";

export const ZMonthSpend = z.object({
  /** First instant of the budget month (UTC). */
  monthStart: z.date(),
  currency: z.string(),
  /** Recorded by completed provider calls this month. */
  spent: z.object({ credits: z.number(), money: z.number() }),
  /** Still reserved by approved or running batches (their estimate minus what they spent). */
  committed: z.object({ credits: z.number(), money: z.number() }),
  /** The enrichment policy's monthly caps. */
  budget: z.object({ credits: z.number(), money: z.number() }),
});
export type TMonthSpend = z.infer<typeof ZMonthSpend>;

/** Enrichment spend this month against the policy's monthly budget, for the dashboard. */
export async function getMonthSpend(db: PrismaClient, now = new Date()): Promise<TMonthSpend> {
  const [{ value: policy }, spend] = await Promise.all([getSetting(db, enrichmentPolicySetting), getSpendBreakdown(db, now)]);
  return {
    monthStart: budgetWindows(now).monthStart,
    currency: policy.currency,
    spent: spend.spentThisMonth,
    committed: spend.open,
    budget: policy.budget.perMonth,
  };
}
