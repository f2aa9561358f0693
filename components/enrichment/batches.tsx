"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Layers } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { BatchProgress } from "./batch-progress";
import { batchStatuses, credits, EnrichmentStatusBadge, isRunning, money, SandboxBadge } from "./enrichment-labels";
import type { TEnrichmentRequestPage } from "./enrichment-types";

const POLL_MS = 1500;
const PAGE = 20;

/**
 * Enrichment — batches: approved, running and finished requests, newest first, with a live
 * progress bar (polled while any is running), outcomes, credits and cost. Each opens its items.
 */
export function Batches({ initial }: { initial: TEnrichmentRequestPage }) {
  const trpc = useTRPC();
  const [trail, setTrail] = useState<string[]>([]);
  const cursor = trail.at(-1) ?? null;
  const list = useQuery(
    trpc.enrichment.list.queryOptions(
      { status: [...batchStatuses], cursor, limit: PAGE },
      {
        initialData: cursor ? undefined : initial,
        placeholderData: keepPreviousData,
        refetchInterval: (q) => (q.state.data?.items.some((r) => isRunning(r.status)) ? POLL_MS : false),
        refetchIntervalInBackground: true,
      },
    ),
  );
  const items = list.data?.items ?? [];
  return (
    <Card aria-labelledby="batches-title" data-testid="batches">
      <CardHeader id="batches-title" title="Batches" description="Approved, running and finished requests. Progress updates live while a batch runs." />
      {list.error ? (
        <Alert tone="danger" className="m-3">
          Could not load batches: {list.error.message}
        </Alert>
      ) : null}
      {items.length === 0 && !list.isPending ? (
        <EmptyState headingLevel={3} icon={<Layers className="size-5" />} title="No batches yet">
          <p>A request becomes a batch once an admin approves it; the worker then runs it through the providers.</p>
        </EmptyState>
      ) : (
        <TableContainer>
          <Table>
            <caption className="sr-only">Enrichment batches</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>Requested</TableHeaderCell>
                <TableHeaderCell>By / approved by</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell className="w-[32%]">Progress</TableHeaderCell>
                <TableHeaderCell className="text-right">Credits</TableHeaderCell>
                <TableHeaderCell className="text-right">Cost</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {items.map((r) => (
                <TableRow key={r.id} data-testid="batch-row" data-status={r.status} data-request-id={r.id}>
                  <TableCell>
                    {/* The name is the visible time with a hidden lead-in: an aria-label would hide the localised time from the name. */}
                    <Link href={`/enrichment/${r.id}`} className="inline-block font-medium hover:underline">
                      <span className="sr-only">Open batch requested </span>
                      <LocalTime value={r.createdAt} />
                    </Link>
                    <p className="max-w-56 truncate text-xs text-muted" title={r.reason}>
                      {r.reason}
                    </p>
                  </TableCell>
                  <TableCell className="text-xs">
                    {r.requester.email}
                    <br />
                    <span className="text-muted">{r.approver?.email ?? "—"}</span>
                  </TableCell>
                  <TableCell>
                    <span className="inline-flex flex-col items-start gap-1">
                      <EnrichmentStatusBadge status={r.status} />
                      {r.sandbox ? <SandboxBadge /> : null}
                    </span>
                  </TableCell>
                  <TableCell>{r.status === "rejected" ? <span className="text-xs text-muted">{r.decisionReason ?? "Rejected"}</span> : <BatchProgress request={r} label={`Progress of batch ${r.id}`} />}</TableCell>
                  <TableCell className="text-right text-xs tabular-nums">
                    {credits(r.actualCredits)}
                    <br />
                    <span className="text-muted">est. {credits(r.estimatedCredits)}</span>
                  </TableCell>
                  <TableCell className="text-right text-xs tabular-nums">
                    {money(r.actualCost, r.currency)}
                    <br />
                    <span className="text-muted">est. {money(r.estimatedCost, r.currency)}</span>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {trail.length || list.data?.nextCursor ? (
        <div className="flex justify-end gap-2 border-t border-line px-3 py-2">
          <Button size="sm" disabled={trail.length === 0} onClick={() => setTrail(trail.slice(0, -1))}>
            Newer
          </Button>
          <Button size="sm" disabled={!list.data?.nextCursor} onClick={() => list.data?.nextCursor && setTrail([...trail, list.data.nextCursor])}>
            Older
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
