"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/components/ui/format";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { money, providerName } from "./enrichment-labels";

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
        <TableContainer>
          <Table>
            <caption className="sr-only">Cost and volume by {label.toLowerCase()}</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>{label}</TableHeaderCell>
                <TableHeaderCell className="text-right">Calls</TableHeaderCell>
                <TableHeaderCell className="text-right">Matched</TableHeaderCell>
                <TableHeaderCell className="text-right">Unmatched</TableHeaderCell>
                <TableHeaderCell className="text-right">Skipped</TableHeaderCell>
                <TableHeaderCell className="text-right">Failed</TableHeaderCell>
                <TableHeaderCell className="text-right">Credits</TableHeaderCell>
                <TableHeaderCell className="text-right">Cost</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {[...data.rows.map((r) => ({ ...r, name: groupBy === "provider" ? providerName(r.label) : r.label })), { key: "total", name: "Total", ...data.total }].map((r) => (
                <TableRow key={r.key} className={r.key === "total" ? "font-semibold" : undefined}>
                  <TableCell className="max-w-72 truncate" title={r.name}>
                    {r.name}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(r.calls)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(r.matched)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(r.unmatched)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(r.skipped)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(r.failed)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(r.credits)}</TableCell>
                  <TableCell className="text-right tabular-nums">{money(r.cost, data.currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <p className="px-4 py-3 text-sm text-muted" role="status">
          Loading costs…
        </p>
      )}
    </Card>
  );
}
