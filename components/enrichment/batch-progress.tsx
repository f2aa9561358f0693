import { formatCount, formatPercent } from "@/components/ui/format";
import { Progress } from "@/components/ui/progress";
import { doneOf, outcomeSummary } from "./enrichment-labels";
import type { TEnrichmentRequest } from "./enrichment-types";

/** Items finished of the batch, with the outcomes so far. */
export function BatchProgress({ request, label }: { request: Pick<TEnrichmentRequest, "status" | "progress">; label: string }) {
  const { progress } = request;
  const done = doneOf(progress);
  const queued = request.status === "approved" && done === 0;
  return (
    <div data-testid="batch-progress" data-done={done} data-total={progress.total}>
      <Progress label={label} value={queued ? null : done} max={progress.total || 1} />
      <p className="mt-1 text-xs text-muted tabular-nums" aria-live="polite">
        {queued
          ? "Approved: waiting for the worker to start…"
          : `${formatCount(done)} of ${formatCount(progress.total)} (${formatPercent(done, progress.total)}) · ${outcomeSummary(progress)}`}
      </p>
    </div>
  );
}
