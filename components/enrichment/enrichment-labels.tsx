import { FlaskConical } from "lucide-react";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { formatCount, formatMoney } from "@/components/ui/format";
import type { TEnrichmentRequest, TEnrichmentStatus } from "./enrichment-types";

/** Providers, and the provider calls the batch records (people match, organisation enrichment, skip trace). */
export const providerNames: Record<string, string> = {
  apollo: "Apollo.io", apollo_people: "Apollo.io people match", apollo_org: "Apollo.io organisation", batchdata: "BatchData (skip trace)",
};
export const providerName = (provider: string | null | undefined) => (provider ? (providerNames[provider] ?? provider) : "—");

const statusTones: Record<string, TBadgeTone> = {
  pending: "warning", approved: "accent", running: "accent", completed: "success", failed: "danger", rejected: "neutral", cancelled: "neutral",
  matched: "success", unmatched: "neutral", skipped: "neutral",
};
const statusNames: Record<string, string> = {
  pending: "Pending approval", approved: "Approved · queued", running: "Running", completed: "Completed", failed: "Failed", rejected: "Rejected", cancelled: "Cancelled",
};

export function EnrichmentStatusBadge({ status }: { status: TEnrichmentStatus }) {
  return <Badge tone={statusTones[status] ?? "neutral"} data-testid="enrichment-status">{statusNames[status] ?? status}</Badge>;
}

export function ItemStatusBadge({ status }: { status: string }) {
  return <Badge tone={statusTones[status] ?? "neutral"}>{status.charAt(0).toUpperCase() + status.slice(1)}</Badge>;
}

/** What the Batches list shows: everything past the approval queue (a server page imports it too, so not from a client module). */
export const batchStatuses = ["approved", "running", "completed", "failed", "cancelled", "rejected"] as const;

/** A request still to be decided or being run (polled; the batch can be cancelled). */
export const isOpen = (status: TEnrichmentStatus) => status === "pending" || status === "approved" || status === "running";
export const isRunning = (status: TEnrichmentStatus) => status === "approved" || status === "running";

export function SandboxBadge() {
  return (
    <Badge tone="warning" title="Results come from the local fake providers: synthetic data, no real person" data-testid="sandbox-badge">
      <FlaskConical aria-hidden className="mr-1 size-3" />
      Sandbox · synthetic data
    </Badge>
  );
}

/** The banner every enrichment screen shows while a provider is the sandbox. */
export function SandboxBanner({ what = "Enrichment providers are" }: { what?: string }) {
  return (
    <div role="note" data-testid="sandbox-banner" className="flex items-start gap-2 rounded-control border border-warning-soft bg-warning-soft px-3 py-2 text-sm text-warning-fg">
      <FlaskConical aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        <strong className="font-semibold">Sandbox: synthetic data.</strong> {what} the local sandbox (fake Apollo.io and BatchData). Contacts it returns are
        made up (example.com addresses, 555-01xx phones) and belong to no real person; no money is spent.
      </p>
    </div>
  );
}

export const money = (value: number, currency: string) => formatMoney(value, currency);
export const credits = (value: number) => `${formatCount(Math.round(value * 100) / 100)} ${value === 1 ? "credit" : "credits"}`;

/** Items finished (any outcome) of the total. */
export const doneOf = (progress: TEnrichmentRequest["progress"]) => progress.matched + progress.unmatched + progress.skipped + progress.failed + progress.cancelled;

export function outcomeSummary(progress: TEnrichmentRequest["progress"]): string {
  const parts = [
    `${formatCount(progress.matched)} matched`,
    `${formatCount(progress.unmatched)} unmatched`,
    `${formatCount(progress.skipped)} skipped`,
    `${formatCount(progress.failed)} failed`,
  ];
  if (progress.cancelled) parts.push(`${formatCount(progress.cancelled)} cancelled`);
  return parts.join(" · ");
}

/** "3h", "2d", "5m" since `date`. */
export function ageOf(date: Date, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - date.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}
