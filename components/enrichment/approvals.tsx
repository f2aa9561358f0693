"use client";

import { useQuery } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { platformNames } from "@/components/cards/card-labels";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCount } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { DecisionDialog } from "./decision-dialog";
import { ageOf, credits, money, SandboxBadge } from "./enrichment-labels";
import type { TEnrichmentRequest, TEnrichmentRequestPage } from "./enrichment-types";
import { PolicySnapshot } from "./policy-snapshot";

const POLL_MS = 10_000;

/**
 * Enrichment — approvals: pending requests with requester, cards (expandable), estimate, policy
 * snapshot and age. Admins approve or reject; their own requests are disabled with the reason
 * (the service refuses them too). Growth users see the queue read-only.
 */
export function Approvals({ initial, currentUserId, canDecide }: { initial: TEnrichmentRequestPage; currentUserId: string; canDecide: boolean }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.enrichment.list.queryOptions({ status: ["pending"], limit: 50 }, { initialData: initial, refetchInterval: POLL_MS }));
  const items = list.data?.items ?? [];
  return (
    <Card aria-labelledby="approvals-title" data-testid="approvals">
      <CardHeader
        id="approvals-title"
        title={`Waiting for approval (${formatCount(items.length)}${list.data?.nextCursor ? "+" : ""})`}
        description={canDecide ? "Approve or reject with a reason. Nobody approves their own request." : "Requests an admin has still to approve. You cannot approve enrichment."}
      />
      {list.error ? (
        <Alert tone="danger" className="m-3">
          Could not load pending requests: {list.error.message}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <EmptyState headingLevel={3} icon={<Inbox className="size-5" />} title="Nothing waiting for approval">
          <p>Select cards in Audience pools and choose “Request enrichment” to ask for contact data.</p>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line">
          {items.map((request) => (
            <PendingRequest key={request.id} request={request} own={request.requester.id === currentUserId} canDecide={canDecide} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function PendingRequest({ request, own, canDecide }: { request: TEnrichmentRequest; own: boolean; canDecide: boolean }) {
  const [decision, setDecision] = useState<"approve" | "reject" | null>(null);
  const [expanded, setExpanded] = useState(false);
  const explanation = own ? "You requested this; another admin must approve it (two-person rule)." : null;
  return (
    <li className="space-y-2 px-4 py-3" data-testid="pending-request" data-request-id={request.id}>
      <div className="flex flex-wrap items-start gap-x-4 gap-y-1">
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium">
            {request.requester.name ?? request.requester.email}
            <span className="ml-2 text-xs font-normal text-muted">{request.requester.email}</span>
          </p>
          <p className="text-sm break-words">“{request.reason}”</p>
          <p className="mt-0.5 text-xs text-muted tabular-nums">
            <span data-testid="pending-cards">{formatCount(request.progress.total)} cards</span>
            {request.batchCount > 1 ? ` · batch ${request.batchIndex} of ${request.batchCount}` : ""} · estimate {credits(request.estimatedCredits)} ·{" "}
            {money(request.estimatedCost, request.currency)} · requested <LocalTime value={request.createdAt} /> ({ageOf(request.createdAt)} ago)
          </p>
        </div>
        {request.sandbox ? <SandboxBadge /> : null}
        {canDecide ? (
          <div className="flex shrink-0 items-center gap-2">
            <Button size="sm" variant="primary" disabled={own} title={explanation ?? undefined} onClick={() => setDecision("approve")}>
              Approve…
            </Button>
            <Button size="sm" disabled={own} title={explanation ?? undefined} onClick={() => setDecision("reject")}>
              Reject…
            </Button>
          </div>
        ) : null}
      </div>
      {canDecide && explanation ? (
        <p className="text-xs text-warning-fg" data-testid="own-request-note">
          {explanation}
        </p>
      ) : null}
      <Button size="sm" variant="ghost" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
        {expanded ? "Hide cards and policy" : "Show cards and policy"}
      </Button>
      {expanded ? (
        <div className="grid gap-3 lg:grid-cols-2">
          <RequestCards requestId={request.id} />
          <section aria-label="Policy snapshot">
            <h4 className="mb-1 text-xs font-semibold text-muted uppercase">Policy at request time</h4>
            <PolicySnapshot snapshot={request.policySnapshot} />
          </section>
        </div>
      ) : null}
      {decision ? <DecisionDialog request={request} decision={decision} open onOpenChange={(open) => !open && setDecision(null)} /> : null}
    </li>
  );
}

/** The request's cards, 50 at a time. */
function RequestCards({ requestId }: { requestId: string }) {
  const trpc = useTRPC();
  const [trail, setTrail] = useState<string[]>([]);
  const cursor = trail.at(-1) ?? null;
  const detail = useQuery(trpc.enrichment.get.queryOptions({ id: requestId, items: { cursor, limit: 50 } }));
  if (detail.error) return <Alert tone="danger">Could not load the cards: {detail.error.message}</Alert>;
  if (!detail.data) return <p className="text-xs text-muted" role="status">Loading cards…</p>;
  return (
    <section aria-label="Requested cards">
      <h4 className="mb-1 text-xs font-semibold text-muted uppercase">Cards</h4>
      <ul className="max-h-60 space-y-0.5 overflow-y-auto text-sm">
        {detail.data.items.map((item) => (
          <li key={item.id}>
            <Link href={`/cards/${item.leadCardId}`} className="hover:underline">
              {item.handle ? `@${item.handle}` : item.publicId}
            </Link>
            <span className="ml-2 text-xs text-muted">{[item.displayName, platformNames[item.platform]].filter(Boolean).join(" · ")}</span>
          </li>
        ))}
      </ul>
      <div className="mt-1 flex gap-2">
        {trail.length ? (
          <Button size="sm" variant="ghost" onClick={() => setTrail(trail.slice(0, -1))}>
            Previous
          </Button>
        ) : null}
        {detail.data.nextCursor ? (
          <Button size="sm" variant="ghost" onClick={() => setTrail([...trail, detail.data.nextCursor!])}>
            Next 50
          </Button>
        ) : null}
      </div>
    </section>
  );
}
