import { formatBytes, formatCount, formatPercent } from "@/components/ui/format";
import { Progress } from "@/components/ui/progress";
import type { TImportJob } from "./use-import-job";

type TProgressJob = Pick<TImportJob, "status" | "fileName" | "byteSize" | "bytesProcessed" | "read">;

/** Bytes read of the stored file and records read so far; indeterminate while queued. */
export function ImportProgress({ job, className }: { job: TProgressJob; className?: string }) {
  const done = job.status === "completed";
  const processed = done ? job.byteSize : Math.min(job.bytesProcessed, job.byteSize);
  const queued = job.status === "queued";
  const text = queued
    ? "Queued: waiting for the worker to pick it up…"
    : `${formatPercent(processed, job.byteSize)} · ${formatBytes(processed)} of ${formatBytes(job.byteSize)} · ${formatCount(job.read)} ${job.read === 1 ? "record" : "records"} read`;
  return (
    <div className={className} data-testid="import-progress">
      <Progress label={`Progress of ${job.fileName}`} value={queued ? null : processed} max={job.byteSize || 1} />
      <p className="mt-1 text-xs text-muted tabular-nums" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
