"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Download, Send } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatBytes, formatCount, shortHash } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

type TList = TRouterOutputs["handoff"]["list"];
type TBatch = TList["items"][number];
type TOptions = TRouterOutputs["handoff"]["options"];

const statusTone: Record<string, TBadgeTone> = { ready: "success", building: "accent", failed: "danger", succeeded: "success", pending: "accent" };
const transportLabel: Record<string, string> = { file: "File", api_push: "API push", api_pull: "API pull", queue: "Queue" };

/** Latest attempt per (transport, target): what the deliveries column and the retry buttons show. */
function latestDeliveries(batch: TBatch) {
  const latest = new Map<string, TBatch["deliveries"][number]>();
  for (const d of batch.deliveries) {
    const key = `${d.transport}:${d.target}`;
    const seen = latest.get(key);
    if (!seen || seen.attempt < d.attempt) latest.set(key, d);
  }
  return [...latest.values()];
}

function selectionText(batch: TBatch): string {
  const parts = [batch.selection.poolName ?? (batch.selection.poolId ? "pool (deleted)" : "all pools")];
  if (batch.selection.label.length) parts.push(batch.selection.label.join("/"));
  if (batch.selection.reviewState.length) parts.push(batch.selection.reviewState.join("/"));
  if (batch.selection.enrichmentState.length) parts.push(`enrichment ${batch.selection.enrichmentState.join("/")}`);
  return parts.join(" · ");
}

function DeliverControl({ batch, options }: { batch: TBatch; options: TOptions }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const transports = [
    { value: "file", label: "File (directory)" },
    ...(options.pushEndpoints.some((e) => e.enabled) ? [{ value: "api_push", label: "API push" }] : []),
    ...(options.queue.enabled ? [{ value: "queue", label: "Queue" }] : []),
  ];
  const [transport, setTransport] = useState("file");
  const deliver = useMutation(
    trpc.handoff.deliver.mutationOptions({
      onSuccess: async (result) => {
        toast.success(`Delivery queued: ${transportLabel[result.transport]}${result.target ? ` → ${result.target}` : ""}`);
        await queryClient.invalidateQueries({ queryKey: trpc.handoff.list.queryKey() });
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  if (batch.status !== "ready") return null;
  return (
    <div className="flex items-center gap-1.5">
      <Select aria-label={`Transport for ${batch.publicId}`} value={transport} onChange={(e) => setTransport(e.target.value)} options={transports} className="h-7 text-xs" />
      <Button size="sm" pending={deliver.isPending} onClick={() => deliver.mutate({ batchId: batch.id, transport: transport as "file" | "api_push" | "queue" })}>
        <Send className="size-3" aria-hidden /> Deliver
      </Button>
    </div>
  );
}

function RetryButton({ batch, delivery }: { batch: TBatch; delivery: TBatch["deliveries"][number] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(
    trpc.handoff.deliver.mutationOptions({
      onSuccess: async () => {
        toast.success(`Retry queued: ${transportLabel[delivery.transport]} → ${delivery.target}`);
        await queryClient.invalidateQueries({ queryKey: trpc.handoff.list.queryKey() });
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  if (delivery.transport === "api_pull" || delivery.target === "console download") return null;
  const transport = delivery.transport as "file" | "api_push" | "queue";
  return (
    <Button size="sm" variant="ghost" pending={retry.isPending} onClick={() => retry.mutate({ batchId: batch.id, transport, target: transport === "queue" ? undefined : delivery.target })}>
      Retry
    </Button>
  );
}

function DeliveryLog({ batch }: { batch: TBatch }) {
  if (!batch.deliveries.length) return <p className="text-xs text-muted">No delivery attempts yet.</p>;
  return (
    <table className="w-full text-xs" data-testid="delivery-log">
      <caption className="sr-only">Delivery attempts of {batch.publicId}</caption>
      <thead>
        <tr className="text-left text-muted">
          <th className="py-1 pr-3 font-medium">When</th>
          <th className="py-1 pr-3 font-medium">Transport</th>
          <th className="py-1 pr-3 font-medium">Target</th>
          <th className="py-1 pr-3 text-right font-medium">Attempt</th>
          <th className="py-1 pr-3 font-medium">Status</th>
          <th className="py-1 pr-3 text-right font-medium">Code</th>
          <th className="py-1 pr-3 text-right font-medium">Duration</th>
          <th className="py-1 font-medium">Response</th>
        </tr>
      </thead>
      <tbody>
        {batch.deliveries.map((d) => (
          <tr key={d.id} data-testid="delivery-attempt" className="border-t border-line align-top">
            <td className="py-1 pr-3 whitespace-nowrap"><LocalTime value={d.createdAt} /></td>
            <td className="py-1 pr-3">{transportLabel[d.transport]}</td>
            <td className="max-w-56 truncate py-1 pr-3" title={d.target}>{d.target}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{d.attempt}</td>
            <td className="py-1 pr-3"><Badge tone={statusTone[d.status]}>{d.status}</Badge></td>
            <td className="py-1 pr-3 text-right tabular-nums">{d.responseCode ?? "—"}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{d.durationMs === null ? "—" : `${formatCount(d.durationMs)} ms`}</td>
            <td className="max-w-80 truncate py-1" title={d.responseSummary ?? ""}>{d.responseSummary ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Batches with their files and delivery log; refreshes while a batch is freezing or a delivery is pending. */
export function BatchesTable({ initial, options }: { initial: TList; options: TOptions }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState<string | null>(null);
  const list = useQuery(
    trpc.handoff.list.queryOptions(
      { limit: 25 },
      {
        initialData: initial,
        refetchInterval: (query) => (query.state.data?.items.some((b) => b.status === "building" || b.deliveries.some((d) => d.status === "pending")) ? 1500 : false),
      },
    ),
  );
  const items = list.data?.items ?? [];

  return (
    <Card aria-labelledby="batches-title">
      <CardHeader id="batches-title" title="Batches" description="Frozen selections rendered to lead-record v1, newest first. Files are downloadable; every delivery attempt is logged." />
      {list.error ? <Alert tone="danger" className="m-3">{list.error.message}</Alert> : null}
      {items.length ? (
        <TableContainer>
          <Table>
            <caption className="sr-only">Handoff batches</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>Batch</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Schema</TableHeaderCell>
                <TableHeaderCell>Selection</TableHeaderCell>
                <TableHeaderCell className="text-right">Records</TableHeaderCell>
                <TableHeaderCell>Files</TableHeaderCell>
                <TableHeaderCell>Created by</TableHeaderCell>
                <TableHeaderCell>Deliveries</TableHeaderCell>
                <TableHeaderCell>Actions</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {items.map((batch) => (
                <BatchRows key={batch.id} batch={batch} options={options} open={open === batch.id} onToggle={() => setOpen(open === batch.id ? null : batch.id)} />
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : (
        <EmptyState headingLevel={3} icon={<Send className="size-5" />} title="No handoff batches yet">
          <p>Create one above from a pool: it is validated, frozen and delivered by the configured transports.</p>
        </EmptyState>
      )}
    </Card>
  );
}

function BatchRows({ batch, options, open, onToggle }: { batch: TBatch; options: TOptions; open: boolean; onToggle: () => void }) {
  const latest = latestDeliveries(batch);
  return (
    <>
      <TableRow data-testid="batch-row" className="align-top">
        <TableCell>
          <code className="text-xs">{batch.publicId}</code>
          <div className="text-xs text-muted"><LocalTime value={batch.createdAt} /></div>
        </TableCell>
        <TableCell>
          <Badge tone={statusTone[batch.status]}>{batch.status === "ready" ? "frozen" : batch.status}</Badge>
        </TableCell>
        <TableCell className="tabular-nums">v{batch.schemaVersion}</TableCell>
        <TableCell className="max-w-56 text-xs">{selectionText(batch)}</TableCell>
        <TableCell className="text-right tabular-nums">{formatCount(batch.recordCount)}</TableCell>
        <TableCell>
          {batch.files.length ? (
            <ul className="space-y-0.5 text-xs">
              {batch.files.map((file) => (
                <li key={file.name}>
                  <a className="inline-flex items-center gap-1 text-accent-fg underline-offset-2 hover:underline" href={`/api/handoff/downloads/${batch.publicId}/${file.name}`} download title={`sha256 ${file.sha256}`}>
                    <Download className="size-3" aria-hidden /> {file.name.endsWith(".jsonl") ? "JSONL" : file.name.endsWith(".csv") ? "CSV" : "Manifest"}
                  </a>{" "}
                  <span className="text-muted">{formatBytes(file.bytes)} · {shortHash(file.sha256, 8)}</span>
                </li>
              ))}
              <li>
                <a className="inline-flex items-center gap-1 text-accent-fg underline-offset-2 hover:underline" href={`/api/handoff/downloads/${batch.publicId}/archive.zip`} download>
                  <Download className="size-3" aria-hidden /> All files (zip)
                </a>
              </li>
            </ul>
          ) : batch.status === "failed" ? (
            <span className="text-xs text-danger-fg">none: validation failed</span>
          ) : (
            <span className="text-xs text-muted">rendering…</span>
          )}
        </TableCell>
        <TableCell className="text-xs">{batch.createdBy}</TableCell>
        <TableCell>
          <ul className="space-y-0.5 text-xs" data-testid="batch-deliveries">
            {latest.length ? latest.map((d) => (
              <li key={d.id} className="flex items-center gap-1.5">
                <Badge tone={statusTone[d.status]}>{d.status}</Badge>
                <span>{transportLabel[d.transport]}</span>
                {d.status === "failed" ? <RetryButton batch={batch} delivery={d} /> : null}
              </li>
            )) : <li className="text-muted">none</li>}
          </ul>
        </TableCell>
        <TableCell>
          <div className="flex flex-col items-start gap-1">
            <DeliverControl batch={batch} options={options} />
            <Button size="sm" variant="ghost" aria-expanded={open} onClick={onToggle}>
              {open ? "Hide" : "Show"} {batch.status === "failed" ? "validation report" : "delivery log"}
            </Button>
          </div>
        </TableCell>
      </TableRow>
      {open ? (
        <TableRow>
          <TableCell colSpan={9} className="bg-subtle">
            {batch.errorReport ? (
              <div className="mb-2 text-xs" data-testid="validation-report">
                <p className="font-medium text-danger-fg">{formatCount(batch.errorReport.invalidRecords)} invalid records; nothing was delivered.</p>
                <ul className="mt-1 space-y-0.5">
                  {batch.errorReport.issues.slice(0, 50).map((issue, i) => (
                    <li key={i}>record {issue.position} <code>{issue.leadId}</code> <code>{issue.field}</code>: {issue.reason}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <DeliveryLog batch={batch} />
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
