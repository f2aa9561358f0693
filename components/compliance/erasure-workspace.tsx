"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Eraser } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterInputs } from "@/components/providers/router-types";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { LocalTime } from "@/components/ui/local-time";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

type TTarget = TRouterInputs["compliance"]["erase"]["target"];
type TReason = TRouterInputs["compliance"]["erase"]["reason"];

const countLabels = {
  leadCards: "lead card (personal fields cleared; a non-personal tombstone stays)",
  rawProfiles: "raw profile (content cleared)",
  contacts: "contacts (emails, phones) deleted",
  businesses: "business links deleted",
  poolMemberships: "pool memberships removed",
  enrichmentItems: "enrichment items (provider references cleared; credits and cost kept)",
  handoffRecords: "handoff batch records (payload replaced by an erasure marker; their batch files are rewritten by a job)",
  suppressions: "suppression entry (digests only) so later imports skip this person",
} as const;

/** Erase a person by platform + handle or by lead card, after a confirmation that lists what goes. */
export function ErasureWorkspace({ reasons }: { reasons: { id: string; label: string }[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [by, setBy] = useState<"handle" | "card">("handle");
  const [target, setTarget] = useState<TTarget | null>(null);
  const [reason, setReason] = useState<TReason>(reasons[0]!.id as TReason);
  const preview = useQuery({ ...trpc.compliance.erasurePreview.queryOptions({ target: target! }), enabled: target !== null, staleTime: 0 });
  const requests = useQuery(trpc.compliance.erasures.queryOptions({ limit: 50 }));
  const erase = useMutation(
    trpc.compliance.erase.mutationOptions({
      onSuccess: async (result) => {
        toast.success("Person erased", { description: `${result.publicId ?? "No lead card"} · ${formatCount(result.deleted.contacts)} contacts deleted · suppressed for future imports. Recorded in the audit trail.` });
        setTarget(null);
        await queryClient.invalidateQueries({ queryKey: trpc.compliance.erasures.queryKey() });
      },
    }),
  );

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    erase.reset();
    if (by === "card") setTarget({ cardId: text("cardId") });
    else setTarget({ platform: text("platform") as "x" | "tiktok" | "threads", handle: text("handle") });
  }

  const p = preview.data;
  return (
    <div className="space-y-4">
      <Card aria-labelledby="erase-person">
        <CardHeader id="erase-person" title="Erase a person" description="GDPR Art. 17 / CCPA deletion or an objection to marketing. You will see what will be deleted before anything happens." />
        <CardBody>
          <form onSubmit={submit} className="grid grid-cols-1 gap-3 md:grid-cols-[10rem_10rem_1fr_16rem_auto] md:items-end" aria-label="Find the person to erase">
            <Field id="erase-by" label="Find by">
              <Select id="erase-by" value={by} onChange={(e) => setBy(e.target.value as "handle" | "card")} options={[{ value: "handle", label: "Platform + handle" }, { value: "card", label: "Lead card id" }]} />
            </Field>
            {by === "handle" ? (
              <>
                <Field id="erase-platform" label="Platform">
                  <Select id="erase-platform" name="platform" defaultValue="x" options={[{ value: "x", label: "X" }, { value: "tiktok", label: "TikTok" }, { value: "threads", label: "Threads" }]} />
                </Field>
                <Field id="erase-handle" label="Handle">
                  <Input id="erase-handle" name="handle" required maxLength={200} placeholder="@handle" autoComplete="off" />
                </Field>
              </>
            ) : (
              <div className="md:col-span-2">
                <Field id="erase-card" label="Lead card id (uuid)">
                  <Input id="erase-card" name="cardId" required pattern="[0-9a-fA-F-]{36}" placeholder="00000000-0000-4000-8000-000000000000" autoComplete="off" />
                </Field>
              </div>
            )}
            <Field id="erase-reason" label="Reason">
              <Select id="erase-reason" value={reason} onChange={(e) => setReason(e.target.value as TReason)} options={reasons.map((r) => ({ value: r.id, label: r.label }))} />
            </Field>
            <Button type="submit" variant="danger">
              <Eraser aria-hidden className="size-4" />
              Review erasure…
            </Button>
          </form>
        </CardBody>
      </Card>

      <Dialog
        open={target !== null}
        onOpenChange={(open) => (open ? undefined : setTarget(null))}
        title="Erase this person?"
        description="This cannot be undone. The audit trail keeps its events (they never held personal data) and still verifies."
        footer={
          <>
            <Button onClick={() => setTarget(null)} data-autofocus>
              Cancel
            </Button>
            <Button variant="danger" disabled={!p || p.alreadyErased} pending={erase.isPending} onClick={() => target && erase.mutate({ target, reason })}>
              Erase permanently
            </Button>
          </>
        }
      >
        <div className="space-y-3 text-sm" data-testid="erasure-preview">
          {preview.isLoading ? <p className="text-muted">Looking up what this person has…</p> : null}
          {preview.error ? <Alert tone="danger">{preview.error.message}</Alert> : null}
          {p ? (
            p.alreadyErased ? (
              <Alert tone="warning">Lead card {p.card?.publicId} was already erased.</Alert>
            ) : (
              <>
                <p>{p.card ? <>Lead card <strong className="font-mono">{p.card.publicId}</strong> on {p.platform}:</> : <>No lead card has this handle on {p.platform}. Erasing adds it to the suppression list so imports skip it:</>}</p>
                <ul className="list-disc space-y-0.5 pl-5">
                  {(Object.keys(countLabels) as (keyof typeof countLabels)[]).filter((k) => p.counts[k] > 0).map((k) => (
                    <li key={k}>
                      <span className="font-medium tabular-nums">{formatCount(p.counts[k])}</span> {countLabels[k]}
                    </li>
                  ))}
                </ul>
                <p className="text-muted">Execution platforms are told through the outbox (event com.sxe.lead.erased.v1, no personal data).</p>
              </>
            )
          ) : null}
          {erase.error ? (
            <Alert tone="danger" live>
              {erase.error.message}
            </Alert>
          ) : null}
        </div>
      </Dialog>

      <Card aria-labelledby="erasure-requests">
        <CardHeader id="erasure-requests" title="Erasure requests" description="Newest first. Requests name the person only by lead card id; the suppression list keeps digests, never the handle." />
        {requests.data && requests.data.items.length === 0 ? (
          <EmptyState headingLevel={3} title="No erasure requests yet">
            <p>Each erasure will be listed here with its status and what it deleted.</p>
          </EmptyState>
        ) : (
          <TableContainer>
            <Table>
              <caption className="sr-only">Erasure requests</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Requested</TableHeaderCell>
                  <TableHeaderCell>Lead card</TableHeaderCell>
                  <TableHeaderCell>Platform</TableHeaderCell>
                  <TableHeaderCell>Reason</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Deleted</TableHeaderCell>
                  <TableHeaderCell>By</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {requests.isLoading ? (
                  <TableRow>
                    <TableCell colSpan={7} className="text-muted">
                      Loading…
                    </TableCell>
                  </TableRow>
                ) : null}
                {requests.data?.items.map((r) => (
                  <TableRow key={r.id} data-testid="erasure-row">
                    <TableCell>
                      <LocalTime value={r.requestedAt} />
                    </TableCell>
                    <TableCell className="font-mono text-xs">{r.leadCardPublicId ?? "— (not imported)"}</TableCell>
                    <TableCell>{r.platform ?? "—"}</TableCell>
                    <TableCell>{r.reason}</TableCell>
                    <TableCell>
                      <Badge tone={r.status === "completed" ? "success" : r.status === "failed" ? "danger" : "warning"}>{r.status}</Badge>
                    </TableCell>
                    <TableCell className="text-xs">
                      {Object.entries(r.deleted)
                        .filter(([, v]) => v > 0)
                        .map(([k, v]) => `${k} ${v}`)
                        .join(" · ") || "—"}
                    </TableCell>
                    <TableCell>{r.requestedBy ?? "cli"}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Card>
    </div>
  );
}
