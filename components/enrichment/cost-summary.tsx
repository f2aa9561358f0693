"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/select";
import { CallStatsTable } from "./call-stats-table";
import { providerName } from "./enrichment-labels";

const groupings = [
  { value: "provider", label: "Provider" },
  { value: "actor", label: "Requester" },
  { value: "day", label: "Day (UTC)" },
  { value: "request", label: "Request" },
] as const;
type TGroupBy = (typeof groupings)[number]["value"];

/** Cost and volume from the provider calls: credits, money, matched and unmatched, grouped. */
export function CostSummary() {
  const trpc = useTRPC();
  const selectId = useId();
  const [groupBy, setGroupBy] = useState<TGroupBy>("provider");
  const costs = useQuery(trpc.enrichment.costs.queryOptions({ groupBy }, { placeholderData: keepPreviousData, refetchInterval: 15_000 }));
  const data = costs.data;
  const label = groupings.find((g) => g.value === groupBy)!.label;
  return (
    <Card aria-labelledby="costs-title" data-testid="cost-summary">
      <CardHeader
        id="costs-title"
        title="Cost and volume"
        description="From the providers' own responses: every call, its credits and cost."
        actions={
          <>
            <label htmlFor={selectId} className="text-xs text-muted">
              Group by
            </label>
            <Select id={selectId} className="h-7 w-32 text-xs" options={groupings} value={groupBy} onChange={(event) => setGroupBy(event.target.value as TGroupBy)} />
          </>
        }
      />
      {costs.error ? (
        <Alert tone="danger" className="m-3">
          Could not load costs: {costs.error.message}
        </Alert>
      ) : null}
      {data && data.rows.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted">No provider calls yet: costs appear here once a batch runs.</p>
      ) : data ? (
        <CallStatsTable
          caption={`Cost and volume by ${label.toLowerCase()}`}
          label={label}
          currency={data.currency}
          rows={[
            ...data.rows.map((r) => ({ ...r, name: groupBy === "provider" ? providerName(r.label) : r.label })),
            { ...data.total, key: "total", name: "Total", emphasis: true },
          ]}
        />
      ) : (
        <p className="px-4 py-3 text-sm text-muted" role="status">
          Loading costs…
        </p>
      )}
    </Card>
  );
}
