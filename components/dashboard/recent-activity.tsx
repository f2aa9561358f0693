import { FileUp, Send } from "lucide-react";
import type { ReactNode } from "react";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Num } from "@/components/ui/num";
import type { TRouterOutputs } from "@/components/providers/router-types";

type TSummary = TRouterOutputs["dashboard"]["summary"];

const batchTone: Record<TSummary["recentHandoffBatches"][number]["status"], TBadgeTone> = { building: "accent", ready: "success", failed: "danger" };

function ActivityList({ id, title, empty, children }: { id: string; title: string; empty: ReactNode; children: ReactNode[] }) {
  return (
    <Card aria-labelledby={id}>
      <CardHeader id={id} title={title} />
      {children.length ? <ul className="divide-y divide-line">{children}</ul> : empty}
    </Card>
  );
}

function Row({ primary, status, detail, at }: { primary: string; status: ReactNode; detail: ReactNode; at: Date }) {
  return (
    <li className="flex items-center gap-3 px-4 py-2">
      <span className="min-w-0 flex-1 truncate font-medium" title={primary}>
        {primary}
      </span>
      <span className="text-xs text-muted">{detail}</span>
      {status}
      <LocalTime value={at} className="w-36 text-right text-xs text-muted" />
    </li>
  );
}

export function RecentImports({ imports }: { imports: TSummary["recentImports"] }) {
  return (
    <ActivityList
      id="recent-imports"
      title="Recent imports"
      empty={
        <EmptyState headingLevel={3} icon={<FileUp className="size-5" />} title="No imports yet">
          <p>Each audience file imported appears here with its status and accepted count. Import files with the <Code>npx sxe import</Code> command.</p>
        </EmptyState>
      }
    >
      {imports.map((job) => (
        <Row key={job.id} primary={job.fileName} status={<ImportStatusBadge status={job.status} />} at={job.createdAt} detail={<><Num value={job.acceptedCount} compact /> accepted</>} />
      ))}
    </ActivityList>
  );
}

export function RecentHandoffBatches({ batches }: { batches: TSummary["recentHandoffBatches"] }) {
  return (
    <ActivityList
      id="recent-handoffs"
      title="Recent handoff batches"
      empty={
        <EmptyState headingLevel={3} icon={<Send className="size-5" />} title="No handoff batches yet">
          <p>Batches built for delivery appear here with their schema version and record count. Building batches arrives with the handoff stage, which is not built yet.</p>
        </EmptyState>
      }
    >
      {batches.map((batch) => (
        <Row
          key={batch.id}
          primary={batch.publicId}
          status={<Badge tone={batchTone[batch.status]}>{batch.status}</Badge>}
          at={batch.createdAt}
          detail={<>schema {batch.schemaVersion} · <Num value={batch.recordCount} compact /> records</>}
        />
      ))}
    </ActivityList>
  );
}
