"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CheckCircle2, X } from "lucide-react";
import Link from "next/link";
import { useId, useState, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { platformNames } from "@/components/cards/card-labels";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatCount } from "@/components/ui/format";
import { controlClasses } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { credits, money, providerName, SandboxBanner } from "./enrichment-labels";
import type { TEnrichmentPreview, TEnrichmentSelection, TRequestResult } from "./enrichment-types";
import { readStoredSelection } from "./selection-handoff";

export type TRequestSource = { cardIds: string[] } | { poolId: string } | { storageKey: string };

const reasonNames: Record<string, string> = {
  erased: "erased", suppressed: "on the suppression list", label: "label not eligible", confidence: "confidence too low", review: "not reviewed",
  lawful_basis: "no lawful basis recorded", cooldown: "enriched recently (cooldown)", pending: "already requested",
};
const windowNames = { batch: "Per batch", day: "Today (UTC)", month: "This month (UTC)" } as const;
const CARD_ROWS = 100;

const subscribe = () => () => {};

/** Resolves the screen's selection; a stored selection exists only in this browser tab. */
function useSelection(source: TRequestSource): TEnrichmentSelection | null | "missing" {
  const stored = useSyncExternalStore(
    subscribe,
    () => ("storageKey" in source ? JSON.stringify(readStoredSelection(source.storageKey)) : "null"),
    () => "null",
  );
  const inBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  if ("cardIds" in source) return { cardIds: source.cardIds };
  if ("poolId" in source) return { poolId: source.poolId };
  if (!inBrowser) return null;
  const ids = JSON.parse(stored) as string[] | null;
  return ids?.length ? { cardIds: ids } : "missing";
}

/**
 * Enrichment — request: the selected cards with eligibility (and every reason a card is left
 * out), the batches of at most 250, the worst-case estimate per provider and in total against
 * what is left of the batch/day/month budgets, and submit with a reason (required).
 */
export function RequestPanel({ source }: { source: TRequestSource }) {
  const selection = useSelection(source);
  return (
    <Card aria-labelledby="request-title" data-testid="request-panel">
      <CardHeader
        id="request-title"
        title="Request enrichment"
        description="Only eligible cards are requested; an admin other than you approves before anything is spent."
        actions={
          <Link href="/enrichment" className={buttonClasses("ghost", "sm")} aria-label="Close the request">
            <X aria-hidden className="size-3.5" />
          </Link>
        }
      />
      {selection === "missing" ? (
        <CardBody>
          <Alert tone="warning">This selection is no longer available in this tab. Go back to the audience pools and select the cards again.</Alert>
        </CardBody>
      ) : selection ? (
        <RequestBody selection={selection} />
      ) : (
        <CardBody>
          <p className="text-sm text-muted" role="status">
            Loading the selection…
          </p>
        </CardBody>
      )}
    </Card>
  );
}

function RequestBody({ selection }: { selection: TEnrichmentSelection }) {
  const trpc = useTRPC();
  const preview = useQuery(trpc.enrichment.preview.queryOptions({ selection }, { staleTime: 0 }));
  const [created, setCreated] = useState<TRequestResult | null>(null);

  if (created) return <Created result={created} currency={preview.data?.estimate.currency ?? "USD"} />;
  if (preview.error) {
    return (
      <CardBody>
        <Alert tone="danger" live>
          Could not check this selection: {preview.error.message}
        </Alert>
      </CardBody>
    );
  }
  if (!preview.data) {
    return (
      <CardBody>
        <p className="text-sm text-muted" role="status">
          Checking eligibility and estimating cost…
        </p>
      </CardBody>
    );
  }
  return <PreviewBody selection={selection} preview={preview.data} onCreated={setCreated} />;
}

function PreviewBody({ selection, preview, onCreated }: { selection: TEnrichmentSelection; preview: TEnrichmentPreview; onCreated: (result: TRequestResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const [showAll, setShowAll] = useState(false);
  const submit = useMutation(
    trpc.enrichment.request.mutationOptions({
      onSuccess: async (result) => {
        toast.success(`Requested enrichment of ${formatCount(result.eligible)} ${result.eligible === 1 ? "card" : "cards"}`, {
          description: result.requests.length > 1 ? `${result.requests.length} batches wait for approval.` : "It waits for an admin's approval.",
        });
        onCreated(result);
        await queryClient.invalidateQueries({ queryKey: trpc.enrichment.pathKey() });
      },
    }),
  );
  const currency = preview.estimate.currency;
  // Ineligible cards first: they are what the requester has to act on.
  const rows = [...preview.cards].sort((a, b) => Number(a.eligible) - Number(b.eligible));
  const shown = showAll ? rows : rows.slice(0, CARD_ROWS);
  const reasonOk = reason.trim().length >= 3;
  const canSubmit = preview.eligible > 0 && preview.withinBudget && reasonOk;

  return (
    <CardBody className="space-y-4">
      {preview.sandbox ? <SandboxBanner what="This request would run against" /> : null}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="request-summary">
        <span>
          <strong className="font-semibold tabular-nums">{formatCount(preview.selected)}</strong> selected
        </span>
        <span className="text-success-fg">
          <strong className="font-semibold tabular-nums" data-testid="eligible-count">
            {formatCount(preview.eligible)}
          </strong>{" "}
          eligible
        </span>
        <span className={preview.ineligible ? "text-danger-fg" : "text-muted"}>
          <strong className="font-semibold tabular-nums">{formatCount(preview.ineligible)}</strong> ineligible
        </span>
        <span className="text-muted">
          {formatCount(preview.batches.length)} {preview.batches.length === 1 ? "batch" : "batches"} of at most {formatCount(preview.maxBatchCards)} · policy v{preview.policyVersion}
        </span>
      </div>
      {Object.keys(preview.reasonCounts).length ? (
        <ul aria-label="Why cards are ineligible" className="flex flex-wrap gap-1">
          {Object.entries(preview.reasonCounts).map(([code, n]) => (
            <li key={code}>
              <Badge tone="danger">
                {reasonNames[code] ?? code}: {formatCount(n)}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="estimate-title">
          <h3 id="estimate-title" className="mb-1 text-xs font-semibold text-muted uppercase">
            Estimate (worst case)
          </h3>
          <TableContainer className="rounded-control border border-line">
            <Table data-testid="estimate">
              <caption className="sr-only">Cost estimate per provider</caption>
              <TableHead>
                <tr>
                  <TableHeaderCell>Provider</TableHeaderCell>
                  <TableHeaderCell className="text-right">Credits</TableHeaderCell>
                  <TableHeaderCell className="text-right">Money</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {preview.estimate.providers.map((p) => (
                  <TableRow key={p.provider}>
                    <TableCell>{providerName(p.provider)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatCount(p.credits)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(p.money, currency)}</TableCell>
                  </TableRow>
                ))}
                <TableRow className="font-semibold">
                  <TableCell>Total for {formatCount(preview.estimate.cards)} cards</TableCell>
                  <TableCell className="text-right tabular-nums" data-testid="estimate-credits">
                    {formatCount(preview.estimate.credits)}
                  </TableCell>
                  <TableCell className="text-right tabular-nums" data-testid="estimate-money">
                    {money(preview.estimate.money, currency)}
                  </TableCell>
                </TableRow>
              </TableBody>
            </Table>
          </TableContainer>
          {preview.batches.length > 1 ? (
            <ul className="mt-2 space-y-0.5 text-xs text-muted" aria-label="Batches">
              {preview.batches.map((b) => (
                <li key={b.index} className="tabular-nums">
                  Batch {b.index}: {formatCount(b.cards)} cards · {credits(b.estimate.credits)} · {money(b.estimate.money, currency)}
                </li>
              ))}
            </ul>
          ) : null}
        </section>

        <section aria-labelledby="budget-title">
          <h3 id="budget-title" className="mb-1 text-xs font-semibold text-muted uppercase">
            Budget remaining
          </h3>
          <TableContainer className="rounded-control border border-line">
            <Table data-testid="budget">
              <caption className="sr-only">Remaining budget per window, in credits and money</caption>
              <TableHead>
                <tr>
                  <TableHeaderCell>Window</TableHeaderCell>
                  <TableHeaderCell className="text-right">Credits left</TableHeaderCell>
                  <TableHeaderCell className="text-right">Money left</TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {preview.budget.map((line) => {
                  const over = preview.violations.some((v) => v.window === line.window);
                  return (
                    <TableRow key={line.window} className={over ? "bg-danger-soft" : undefined}>
                      <TableCell>{windowNames[line.window]}</TableCell>
                      <TableCell className="text-right tabular-nums" title={`cap ${formatCount(line.capCredits)}, used ${formatCount(line.usedCredits)}`}>
                        {formatCount(line.remainingCredits)} <span className="text-muted">/ {formatCount(line.capCredits)}</span>
                      </TableCell>
                      <TableCell className="text-right tabular-nums" title={`cap ${money(line.capMoney, currency)}, used ${money(line.usedMoney, currency)}`}>
                        {money(line.remainingMoney, currency)} <span className="text-muted">/ {money(line.capMoney, currency)}</span>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
          {preview.violations.length ? (
            <Alert tone="danger" className="mt-2">
              Over budget: {preview.violations.map((v) => v.message).join("; ")}. Select fewer cards or ask an admin to raise the cap.
            </Alert>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="cards-title">
        <h3 id="cards-title" className="mb-1 text-xs font-semibold text-muted uppercase">
          Cards
        </h3>
        <TableContainer className="max-h-96 overflow-y-auto rounded-control border border-line">
          <Table>
            <caption className="sr-only">Selected cards and their eligibility</caption>
            <TableHead>
              <tr>
                <TableHeaderCell>Card</TableHeaderCell>
                <TableHeaderCell>Platform</TableHeaderCell>
                <TableHeaderCell>Eligibility</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {shown.map((card) => (
                <TableRow key={card.cardId} data-testid="eligibility-row" data-eligible={card.eligible}>
                  <TableCell>
                    <Link href={`/cards/${card.cardId}`} className="font-medium hover:underline">
                      {card.handle ? `@${card.handle}` : card.publicId}
                    </Link>
                    {card.displayName ? <span className="ml-2 text-xs text-muted">{card.displayName}</span> : null}
                  </TableCell>
                  <TableCell>{platformNames[card.platform] ?? card.platform}</TableCell>
                  <TableCell>
                    {card.eligible ? (
                      <Badge tone="success">Eligible</Badge>
                    ) : (
                      <ul className="space-y-0.5 text-xs text-danger-fg">
                        {card.reasons.map((r) => (
                          <li key={r.code}>{r.message}</li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {rows.length > shown.length ? (
          <Button size="sm" variant="ghost" className="mt-1" onClick={() => setShowAll(true)}>
            Show all {formatCount(rows.length)} cards
          </Button>
        ) : null}
      </section>

      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit) submit.mutate({ selection, reason: reason.trim() });
        }}
      >
        <Field id={reasonId} label="Reason (required)" hint="Why these cards should be enriched; the approver and the audit trail see it.">
          <textarea
            id={reasonId}
            required
            minLength={3}
            maxLength={2000}
            rows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-describedby={`${reasonId}-hint`}
            className={cn(controlClasses, "h-auto py-1.5")}
          />
        </Field>
        {submit.error ? (
          <Alert tone="danger" live>
            {submit.error.message}
          </Alert>
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="primary" disabled={!canSubmit} pending={submit.isPending}>
            Request enrichment of {formatCount(preview.eligible)} {preview.eligible === 1 ? "card" : "cards"}
          </Button>
          <span className="text-xs text-muted">
            {preview.eligible === 0
              ? "No selected card is eligible."
              : !preview.withinBudget
                ? "The estimate exceeds a budget."
                : `Up to ${credits(preview.estimate.credits)} · ${money(preview.estimate.money, currency)} once approved.`}
          </span>
        </div>
      </form>
    </CardBody>
  );
}

function Created({ result, currency }: { result: TRequestResult; currency: string }) {
  return (
    <CardBody className="space-y-2" data-testid="request-created">
      <p className="flex items-center gap-2 text-sm font-medium text-success-fg" role="status">
        <CheckCircle2 aria-hidden className="size-4" />
        {result.requests.length === 1 ? "Request created" : `${result.requests.length} requests created`}: waiting for an admin&apos;s approval.
        {result.ineligible ? ` ${formatCount(result.ineligible)} ineligible ${result.ineligible === 1 ? "card was" : "cards were"} left out.` : ""}
      </p>
      <ul className="divide-y divide-line rounded-control border border-line text-sm">
        {result.requests.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
            <Link href={`/enrichment/${r.id}`} className="font-medium hover:underline">
              Batch {r.batchIndex} of {r.batchCount}
            </Link>
            <span className="tabular-nums">{formatCount(r.cards)} cards</span>
            <span className="text-muted tabular-nums">
              estimate {credits(r.estimatedCredits)} · {money(r.estimatedCost, currency)}
            </span>
          </li>
        ))}
      </ul>
    </CardBody>
  );
}
