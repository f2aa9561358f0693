/** Shown while a console page's server data loads. */
export default function ConsoleLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading…</span>
      <div aria-hidden className="h-6 w-48 animate-pulse rounded bg-line" />
      <div aria-hidden className="h-32 animate-pulse rounded-card bg-surface ring-1 ring-line" />
      <div aria-hidden className="h-48 animate-pulse rounded-card bg-surface ring-1 ring-line" />
    </div>
  );
}
