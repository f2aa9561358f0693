import type { TEnrichmentPolicy, TEnrichmentProvider } from "@/server/domain/settings/enrichment-policy";

export type TProviderEstimate = { provider: TEnrichmentProvider; credits: number; money: number };
export type TEstimate = { cards: number; providers: TProviderEstimate[]; credits: number; money: number; currency: string };
export type TSpend = { credits: number; money: number };
export type TBudgetWindow = "batch" | "day" | "month";
export type TBudgetLine = { window: TBudgetWindow; capCredits: number; capMoney: number; usedCredits: number; usedMoney: number; remainingCredits: number; remainingMoney: number };
export type TBudgetViolation = { window: TBudgetWindow; unit: "credits" | "money"; needed: number; remaining: number; message: string };

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Worst-case cost of enriching `cards` cards with the enabled providers: Apollo at the policy's
 * credits per card (9 = person + mobile), BatchData as if every card matched. Worst case on
 * purpose: an approved batch can never spend more than its estimate said.
 */
export function estimateCost(cards: number, policy: TEnrichmentPolicy): TEstimate {
  const providers: TProviderEstimate[] = [];
  for (const config of policy.providers) {
    if (!config.enabled) continue;
    if (config.provider === "apollo") {
      const credits = cards * config.estimatedCreditsPerCard;
      providers.push({ provider: "apollo", credits: round(credits, 2), money: round(credits * config.moneyPerCredit, 4) });
    } else {
      providers.push({ provider: "batchdata", credits: 0, money: round(cards * config.moneyPerMatch, 4) });
    }
  }
  return {
    cards,
    providers,
    credits: round(providers.reduce((sum, p) => sum + p.credits, 0), 2),
    money: round(providers.reduce((sum, p) => sum + p.money, 0), 4),
    currency: policy.currency,
  };
}

/**
 * Remaining budget per window. `day`/`month` are what is already committed in that window:
 * spend recorded by completed provider calls plus the unspent estimates of approved batches
 * that have not finished.
 */
export function budgetLines(policy: TEnrichmentPolicy, committed: { day: TSpend; month: TSpend }): TBudgetLine[] {
  const line = (window: TBudgetWindow, cap: { credits: number; money: number }, used: TSpend): TBudgetLine => ({
    window, capCredits: cap.credits, capMoney: cap.money, usedCredits: round(used.credits, 2), usedMoney: round(used.money, 4),
    remainingCredits: round(Math.max(0, cap.credits - used.credits), 2), remainingMoney: round(Math.max(0, cap.money - used.money), 4),
  });
  return [
    line("batch", policy.budget.perBatch, { credits: 0, money: 0 }),
    line("day", policy.budget.perDay, committed.day),
    line("month", policy.budget.perMonth, committed.month),
  ];
}

/**
 * Budget problems of a set of batches requested together: each batch against the per-batch cap,
 * their sum against what is left of today's and this month's caps. Empty = within budget.
 */
export function checkBudget(batches: readonly TEstimate[], lines: readonly TBudgetLine[], currency: string): TBudgetViolation[] {
  const violations: TBudgetViolation[] = [];
  const byWindow = new Map(lines.map((l) => [l.window, l]));
  const over = (window: TBudgetWindow, unit: "credits" | "money", needed: number, remaining: number, what: string) => {
    if (needed <= remaining + 1e-9) return;
    const fmt = (v: number) => (unit === "credits" ? `${round(v, 2)} credits` : `${round(v, 2).toFixed(2)} ${currency}`);
    violations.push({ window, unit, needed, remaining, message: `${what} needs ${fmt(needed)} but the ${window === "batch" ? "per-batch cap is" : `${window}'s remaining budget is`} ${fmt(remaining)}` });
  };
  const batchLine = byWindow.get("batch");
  if (batchLine) {
    batches.forEach((batch, index) => {
      const what = batches.length > 1 ? `batch ${index + 1} of ${batches.length} (${batch.cards} cards)` : `the batch (${batch.cards} cards)`;
      over("batch", "credits", batch.credits, batchLine.remainingCredits, what);
      over("batch", "money", batch.money, batchLine.remainingMoney, what);
    });
  }
  const credits = batches.reduce((sum, b) => sum + b.credits, 0);
  const money = batches.reduce((sum, b) => sum + b.money, 0);
  for (const window of ["day", "month"] as const) {
    const line = byWindow.get(window);
    if (!line) continue;
    over(window, "credits", credits, line.remainingCredits, "the request");
    over(window, "money", money, line.remainingMoney, "the request");
  }
  return violations;
}
