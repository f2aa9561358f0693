"use client";

import { useQuery } from "@tanstack/react-query";
import { Download } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";

const kindTone = { import: "neutral", classification: "accent", enrichment: "warning", handoff: "success", erasure: "danger" } as const;

/** One person's trail on the lead card page (compliance and admin): what happened, from the tables and the audit chain, with export. */
export function LeadCardTrail({ id }: { id: string }) {
  const trpc = useTRPC();
  const trail = useQuery(trpc.audit.cardTrail.queryOptions({ id }));
  const exportHref = (format: "csv" | "jsonl") => `/api/audit/export?scope=lead_card&card=${id}&format=${format}`;
  return (
    <Card aria-labelledby="person-trail" className="mt-4">
      <CardHeader
        id="person-trail"
        title="This person's trail"
        description="Import, classification, label changes, enrichment requests, approvals and provider calls, handoffs and erasure — with the audit events behind them."
        actions={
          <div className="flex gap-2">
            <a href={exportHref("csv")} download className={buttonClasses("secondary", "sm")}>
              <Download aria-hidden className="size-3.5" /> CSV
            </a>
            <a href={exportHref("jsonl")} download className={buttonClasses("secondary", "sm")}>
              <Download aria-hidden className="size-3.5" /> JSONL
            </a>
          </div>
        }
      />
      <CardBody>
        {trail.isLoading ? <p className="text-sm text-muted">Loading the trail…</p> : null}
        {trail.error ? <Alert tone="danger">{trail.error.message}</Alert> : null}
        {trail.data ? (
          <div className="grid gap-4 lg:grid-cols-2">
            <ol className="space-y-1.5 text-sm" aria-label="What happened">
              {trail.data.steps.map((s, i) => (
                <li key={i} className="flex gap-2">
                  <Badge tone={kindTone[s.kind]}>{s.kind}</Badge>
                  <div className="min-w-0">
                    <div>{s.title}</div>
                    <div className="truncate text-xs text-muted">
                      {s.at ? <LocalTime value={s.at} /> : null} · {s.detail}
                    </div>
                  </div>
                </li>
              ))}
            </ol>
            <ol className="space-y-1 text-sm" aria-label="Audit events">
              {trail.data.events.map((e) => (
                <li key={e.seq} className="flex gap-2">
                  <span className="font-mono text-xs text-muted">#{e.seq}</span>
                  <span className="font-mono text-xs">{e.event}</span>
                  <span className="truncate text-xs text-muted">
                    <LocalTime value={e.occurredAt} /> · {e.actorLabel ?? e.actorId ?? e.actorType}
                  </span>
                </li>
              ))}
              {trail.data.events.length === 0 ? <li className="text-muted">No audit events about this card yet.</li> : null}
              {trail.data.moreEvents ? <li className="text-xs text-muted">Older events: export the trail.</li> : null}
            </ol>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
