"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDuration } from "@/components/ui/format";
import { CancelImportButton } from "./cancel-import-button";
import { countsSummary, isActive, platformLabel } from "./import-labels";
import { ImportProgress } from "./import-progress";
import { ImportStatusBadge } from "./import-status-badge";
import { useImportJob } from "./use-import-job";

/** One watched job: live progress while it runs, the outcome once it ends. */
function LiveImport({ id, canCancel, onDismiss }: { id: string; canCancel: boolean; onDismiss: (id: string) => void }) {
  const query = useImportJob(id);
  const job = query.data;
  if (!job) {
    return (
      <li className="px-4 py-2.5 text-sm text-muted" role={query.error ? "alert" : "status"}>
        {query.error ? `Could not load import ${id}: ${query.error.message}` : "Loading import…"}
      </li>
    );
  }
  const active = isActive(job.status);
  const took = job.startedAt && job.finishedAt ? formatDuration(job.finishedAt.getTime() - job.startedAt.getTime()) : null;
  return (
    <li className="px-4 py-2.5" data-testid="live-import" data-status={job.status}>
      <div className="flex items-center gap-3">
        <Link href={`/imports/${job.id}`} className="min-w-0 truncate font-medium text-fg hover:underline" title={job.fileName}>
          {job.fileName}
        </Link>
        <span className="shrink-0 text-xs text-muted">{[platformLabel(job.platform), job.poolName ? `pool ${job.poolName}` : null].filter((v) => v && v !== "—").join(" · ")}</span>
        <span className="ml-auto flex shrink-0 items-center gap-2">
          <ImportStatusBadge status={job.status} />
          {active && canCancel ? <CancelImportButton job={job} /> : null}
          {!active ? (
            <button
              type="button"
              onClick={() => onDismiss(job.id)}
              className="rounded-control p-1 text-muted hover:bg-subtle hover:text-fg"
              aria-label={`Dismiss ${job.fileName}`}
            >
              <X aria-hidden className="size-3.5" />
            </button>
          ) : null}
        </span>
      </div>
      {active || job.status === "completed" ? <ImportProgress job={job} className="mt-2" /> : null}
      {job.status === "completed" ? (
        <p className="mt-1 text-xs text-fg" data-testid="live-import-summary">
          {countsSummary(job)}
          {took ? <span className="text-muted"> · took {took}</span> : null}
        </p>
      ) : null}
      {job.status === "failed" || job.status === "cancelled" ? (
        <Alert tone={job.status === "failed" ? "danger" : "warning"} className="mt-2 text-xs">
          {job.errorMessage ?? (job.status === "failed" ? "The import failed." : "The import was cancelled.")}
        </Alert>
      ) : null}
    </li>
  );
}

/** The jobs this screen is watching: uploaded here, or found queued/running in the history. */
export function LiveImports({ ids, canCancel, onDismiss }: { ids: string[]; canCancel: boolean; onDismiss: (id: string) => void }) {
  if (ids.length === 0) return null;
  return (
    <Card aria-labelledby="live-imports">
      <CardHeader id="live-imports" title="In progress and just finished" description="Progress updates every second while a job is queued or running." />
      <ul className="divide-y divide-line">
        {ids.map((id) => (
          <LiveImport key={id} id={id} canCancel={canCancel} onDismiss={onDismiss} />
        ))}
      </ul>
    </Card>
  );
}
