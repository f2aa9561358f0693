"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { platformNames } from "@/components/cards/card-labels";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatCount } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { BatchProgress } from "./batch-progress";
import { CallStatsTable } from "./call-stats-table";
import { CancelBatchButton } from "./cancel-batch-button";
import { credits, EnrichmentStatusBadge, isOpen, isRunning, ItemStatusBadge, money, providerName, SandboxBanner } from "./enrichment-labels";
import type { TEnrichmentRequestDetail } from "./enrichment-types";
import { PolicySnapshot } from "./policy-snapshot";

const POLL_MS = 1500;
const PAGE = 50;
const itemStatuses = ["pending", "running", "matched", "unmatched", "skipped", "failed", "cancelled"] as const;
type TItemStatus = (typeof itemStatuses)[number];
const statusOptions = [{ value: "", label: "All items" }, ...itemStatuses.map((s) => ({ value: s, label: s.charAt(0).toUpperCase() + s.slice(1) }))];

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3 border-b border-line py-1 text-sm last:border-b-0">
      <dt className="text-muted">{term}</dt>
      <dd className="text-right tabular-nums">{children}</dd>
    </div>
  );
}

/** One batch: live progress, cost, provider breakdown, its items (paged, filterable) and cancel. */
export function BatchDetail({ initial, canCancel }: { initial: TEnrichmentRequestDetail; canCancel: boolean }) {
  const trpc = useTRPC();
  const filterId = useId();
  const [status, setStatus] = useState<TItemStatus | "">("");
  const [trail, setTrail] = useState<string[]>([]);
  const cursor = trail.at(-1) ?? null;
  const isInitial = !status && !cursor;
  const query = useQuery(
    trpc.enrichment.get.queryOptions(
      { id: initial.id, items: { cursor, limit: PAGE, ...(status ? { status: [status] } : {}) } },
      {
        initialData: isInitial ? initial : undefined,
        placeholderData: keepPreviousData,
        refetchInterval: (q) => (q.state.data && isRunning(q.state.data.status) ? POLL_MS : false),
        refetchIntervalInBackground: true,
      },
    ),
  );
  const request = query.data ?? initial;
  const { currency } = request;
  return (
    <div className="space-y-4">
      {request.sandbox ? <SandboxBanner what="This batch ran against" /> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card aria-labelledby="batch-status" className="lg:col-span-2">
          <CardHeader
            id="batch-status"
            title="Progress"
            description={isRunning(request.status) ? "Updates every 1.5 seconds while the batch runs." : undefined}
            actions={
              <>
                <EnrichmentStatusBadge status={request.status} />
                {canCancel && isOpen(request.status) ? <CancelBatchButton request={request} /> : null}
              </>
            }
          />
          <CardBody className="space-y-3">
            <BatchProgress request={request} label="Batch progress" />
            <dl className="grid gap-x-6 sm:grid-cols-2">
              <Fact term="Credits">
                <span data-testid="batch-credits">{credits(request.actualCredits)}</span> <span className="text-muted">/ est. {formatCount(request.estimatedCredits)}</span>
              </Fact>
              <Fact term="Cost">
                <span data-testid="batch-cost">{money(request.actualCost, currency)}</span> <span className="text-muted">/ est. {money(request.estimatedCost, currency)}</span>
              </Fact>
              <Fact term="Requested by">{request.requester.email}</Fact>
              <Fact term="Requested">
                <LocalTime value={request.createdAt} />
              </Fact>
              <Fact term={request.status === "rejected" ? "Rejected by" : "Approved by"}>{request.approver?.email ?? "—"}</Fact>
              <Fact term="Decided">{request.decidedAt ? <LocalTime value={request.decidedAt} /> : "—"}</Fact>
              <Fact term="Started">{request.startedAt ? <LocalTime value={request.startedAt} /> : "—"}</Fact>
              <Fact term="Finished">{request.finishedAt ? <LocalTime value={request.finishedAt} /> : "—"}</Fact>
              {request.batchCount > 1 ? <Fact term="Batch">{`${request.batchIndex} of ${request.batchCount}`}</Fact> : null}
            </dl>
            <p className="text-sm">
              <span className="text-muted">Reason: </span>
              {request.reason}
            </p>
            {request.decisionReason ? (
              <p className="text-sm">
                <span className="text-muted">Decision: </span>
                {request.decisionReason}
              </p>
            ) : null}
          </CardBody>
        </Card>
        <Card aria-labelledby="batch-policy">
          <CardHeader id="batch-policy" title="Policy" description="As it was when the request was decided." />
          <CardBody>
            <PolicySnapshot snapshot={request.policySnapshot} />
          </CardBody>
        </Card>
      </div>

      <Card aria-labelledby="batch-providers">
        <CardHeader id="batch-providers" title="Providers" description="One row per provider: calls made for this batch and what they returned." />
        {request.providers.length === 0 ? (
          <p className="px-4 py-3 text-sm text-muted">No provider call yet.</p>
        ) : (
          <CallStatsTable
            caption="Provider breakdown"
            label="Provider"
            testId="provider-breakdown"
            currency={currency}
            rows={request.providers.map((p) => ({ ...p, key: p.provider, name: providerName(p.provider) }))}
          />
        )}
      </Card>

      <Card aria-labelledby="batch-items">
        <CardHeader
          id="batch-items"
          title="Items"
          description="One per card, with the provider that answered, attempts, credits and cost."
          actions={
            <>
              <label htmlFor={filterId} className="sr-only">
                Show items with status
              </label>
              <Select
                id={filterId}
                className="h-7 w-32 text-xs"
                options={statusOptions}
                value={status}
                onChange={(event) => {
                  setStatus(event.target.value as TItemStatus | "");
                  setTrail([]);
                }}
              />
            </>
          }
        />
        {query.error ? (
          <Alert tone="danger" className="m-3">
            Could not load items: {query.error.message}
          </Alert>
        ) : null}
        <TableContainer>
          <Table aria-busy={query.isPlaceholderData || undefined}>
            <caption className="sr-only">Items of this batch</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>Card</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Provider</TableHeaderCell>
                <TableHeaderCell className="text-right">Attempts</TableHeaderCell>
                <TableHeaderCell className="text-right">Contacts</TableHeaderCell>
                <TableHeaderCell className="text-right">Credits</TableHeaderCell>
                <TableHeaderCell className="text-right">Cost</TableHeaderCell>
                <TableHeaderCell>Note</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {request.items.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={8} className="text-center text-muted">
                    No items{status ? ` with status ${status}` : ""}.
                  </TableCell>
                </TableRow>
              ) : (
                request.items.map((item) => (
                  <TableRow key={item.id} data-testid="item-row" data-status={item.status}>
                    <TableCell>
                      <Link href={`/cards/${item.leadCardId}`} className="font-medium hover:underline">
                        {item.handle ? `@${item.handle}` : item.publicId}
                      </Link>
                      <span className="ml-2 text-xs text-muted">{platformNames[item.platform] ?? item.platform}</span>
                    </TableCell>
                    <TableCell>
                      <ItemStatusBadge status={item.status} />
                    </TableCell>
                    <TableCell className="text-xs">{providerName(item.provider)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatCount(item.attempts)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatCount(item.contacts)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatCount(item.credits)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(item.cost, currency)}</TableCell>
                    <TableCell className="max-w-72 truncate text-xs text-muted" title={item.error ?? item.skipReason ?? undefined}>
                      {item.error ?? item.skipReason ?? ""}
                    </TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </TableContainer>
        <div className="flex items-center justify-end gap-2 border-t border-line px-3 py-2">
          <span className="mr-auto text-xs text-muted">Page {trail.length + 1}</span>
          <Button size="sm" disabled={trail.length === 0} onClick={() => setTrail(trail.slice(0, -1))}>
            Previous
          </Button>
          <Button size="sm" disabled={!request.nextCursor} onClick={() => request.nextCursor && setTrail([...trail, request.nextCursor])}>
            Next
          </Button>
        </div>
      </Card>
    </div>
  );
}
