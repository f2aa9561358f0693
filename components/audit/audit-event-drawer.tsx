"use client";

import { Dialog } from "@/components/ui/dialog";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { outcomeTone, TargetRef, type TAuditRow } from "./audit-columns";

/** One event in full: every column the hash covers, the metadata, and the hashes linking it into the chain. */
export function AuditEventDrawer({ event, onClose }: { event: TAuditRow | null; onClose: () => void }) {
  return (
    <Dialog open={event !== null} onOpenChange={(open) => !open && onClose()} title={event ? `Event #${event.seq} · ${event.event}` : "Event"} className="w-[min(44rem,calc(100vw-2rem))]">
      {event ? (
        <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid="audit-event-detail">
          <dt className="text-muted">Time</dt>
          <dd>
            <LocalTime value={event.occurredAt} /> <span className="text-xs text-muted">({event.occurredAt.toISOString()})</span>
          </dd>
          <dt className="text-muted">Actor</dt>
          <dd>
            {event.actorType} · {event.actorLabel ?? "—"} <span className="font-mono text-xs text-muted">{event.actorId}</span>
          </dd>
          <dt className="text-muted">Target</dt>
          <dd>
            <TargetRef type={event.targetType} id={event.targetId} />
          </dd>
          <dt className="text-muted">Outcome</dt>
          <dd>
            <Badge tone={outcomeTone[event.outcome as keyof typeof outcomeTone] ?? "neutral"}>{event.outcome}</Badge>
          </dd>
          <dt className="text-muted">Cost</dt>
          <dd>{event.costCredits || event.costAmount ? `${event.costCredits ?? "0"} credits · ${event.costAmount ?? "0"} ${event.costCurrency ?? ""}` : "—"}</dd>
          <dt className="text-muted">Request id</dt>
          <dd className="font-mono text-xs">{event.requestId ?? "—"}</dd>
          <dt className="text-muted">Metadata</dt>
          <dd>
            <pre className="max-h-64 overflow-auto rounded-control bg-subtle p-2 font-mono text-xs">{JSON.stringify(event.metadata, null, 2)}</pre>
          </dd>
          <dt className="text-muted">Previous hash</dt>
          <dd className="font-mono text-xs break-all">{event.prevHash}</dd>
          <dt className="text-muted">Hash</dt>
          <dd className="font-mono text-xs break-all">{event.hash}</dd>
        </dl>
      ) : null}
    </Dialog>
  );
}
