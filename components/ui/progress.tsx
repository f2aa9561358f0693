import { cn } from "./cn";

/**
 * A progress bar with its accessible name. `value` between 0 and `max`; omit it for an
 * indeterminate bar (work started, size unknown), which assistive tech reads as busy.
 */
export function Progress({ value, max = 1, label, className }: { value?: number | null; max?: number; label: string; className?: string }) {
  const known = typeof value === "number" && Number.isFinite(value) && max > 0;
  const ratio = known ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={known ? Math.round(ratio * 100) : undefined}
      className={cn("h-1.5 w-full overflow-hidden rounded-full bg-line", className)}
    >
      {known ? (
        <div className="h-full rounded-full bg-accent transition-[width] duration-500 ease-out" style={{ width: `${ratio * 100}%` }} />
      ) : (
        <div className="h-full w-full animate-pulse rounded-full bg-accent/50" />
      )}
    </div>
  );
}
