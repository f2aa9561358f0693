import { formatMoney } from "@/components/ui/format";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Stat } from "./stat";

type TMonthSpend = TRouterOutputs["dashboard"]["spend"];

/** Enrichment spend this month against the monthly budget; money reserved by running batches is named apart. */
export function SpendStat({ spend, href }: { spend: TMonthSpend; href?: string }) {
  const { currency, spent, committed, budget } = spend;
  const share = budget.money > 0 ? Math.round(((spent.money + committed.money) / budget.money) * 100) : null;
  const month = spend.monthStart.toLocaleDateString("en-US", { month: "long", timeZone: "UTC" });
  return (
    <Stat
      label={`Spend in ${month} (UTC)`}
      value={
        <span data-testid="month-spend">
          {formatMoney(spent.money, currency)} <span className="text-sm font-normal text-muted">of {formatMoney(budget.money, currency)} budget</span>
        </span>
      }
      note={
        <>
          {committed.money > 0 ? `${formatMoney(committed.money, currency)} more reserved by approved batches · ` : null}
          {share === null ? "No monthly budget set" : `${share}% of the month's budget used or reserved`}
        </>
      }
      href={href}
    />
  );
}
