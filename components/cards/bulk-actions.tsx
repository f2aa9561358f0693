"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { RequestEnrichmentButton } from "@/components/enrichment/request-enrichment-button";
import { useTRPCClient } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { formatCompact, formatCount } from "@/components/ui/format";
import { Select } from "@/components/ui/select";
import { AddToPoolDialog } from "./add-to-pool-dialog";
import { labelNames } from "./card-labels";
import { cardLabels, type TCardFilter, type TCardLabel } from "./cards-search";
import { useInvalidateCards } from "./use-invalidate-cards";

/** The API takes at most this many ids per tag/confirm call. */
const MAX_BULK = 500;

const labelOptions = [{ value: "", label: "Set label…" }, ...cardLabels.map((label) => ({ value: label, label: labelNames[label]! }))];

/**
 * Bulk actions for GROWTH/ADMIN on the selected cards (or all matching the filter): set label,
 * add to a manual pool, mark reviewed. "All matching" sends the filter where the API accepts one
 * (pools.addCards); tags and confirm take ids, collected page by page up to the API's 500.
 */
export function BulkActions({
  filter,
  selectedIds,
  allMatching,
  total,
  totalApproximate = false,
  pageState,
  onSelectAllMatching,
  onClear,
}: {
  filter: TCardFilter;
  selectedIds: string[];
  allMatching: boolean;
  total: number | undefined;
  /** `total` is estimated from a sample (over 5k cards): shown as "≈". */
  totalApproximate?: boolean;
  pageState: "none" | "some" | "all";
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  const client = useTRPCClient();
  const invalidate = useInvalidateCards();
  const labelId = useId();
  const [label, setLabel] = useState<TCardLabel | "">("");
  const [poolOpen, setPoolOpen] = useState(false);
  const count = allMatching ? (total ?? 0) : selectedIds.length;
  const shown = (n: number) => (totalApproximate ? `≈${formatCompact(n)}` : formatCount(n));

  async function targetIds(): Promise<string[]> {
    if (!allMatching) return selectedIds;
    if ((total ?? 0) > MAX_BULK) throw new Error(`${shown(total ?? 0)} cards match; narrow the filter to ${MAX_BULK} or fewer for this action`);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await client.cards.list.query({ filter, cursor, limit: 200 });
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && ids.length <= MAX_BULK);
    return ids;
  }

  const setTags = useMutation({
    mutationFn: async (next: TCardLabel) => client.cards.setTags.mutate({ ids: await targetIds(), changes: { label: next } }),
    onSuccess: async (result, next) => {
      toast.success(`Label set to ${labelNames[next]} on ${formatCount(result.updated)} ${result.updated === 1 ? "card" : "cards"}`);
      setLabel("");
      onClear();
      await invalidate();
    },
    onError: (error) => toast.error("Could not set the label", { description: error.message }),
  });
  const confirm = useMutation({
    mutationFn: async () => client.cards.confirm.mutate({ ids: await targetIds() }),
    onSuccess: async (result) => {
      toast.success(`Marked ${formatCount(result.confirmed)} ${result.confirmed === 1 ? "card" : "cards"} reviewed`);
      onClear();
      await invalidate();
    },
    onError: (error) => toast.error("Could not mark the cards reviewed", { description: error.message }),
  });
  const busy = setTags.isPending || confirm.isPending;

  if (count === 0) return <p className="text-xs text-muted">Select cards with the checkboxes to label them, add them to a pool or mark them reviewed.</p>;

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Bulk actions" data-testid="bulk-actions">
      <p className="text-xs font-medium" aria-live="polite" data-testid="selection-count">
        {allMatching ? `All ${shown(count)} matching cards selected` : `${formatCount(count)} selected`}
      </p>
      {!allMatching && pageState === "all" && total !== undefined && total > selectedIds.length ? (
        <Button size="sm" variant="ghost" onClick={onSelectAllMatching}>
          Select all {shown(total)} matching
        </Button>
      ) : null}
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      <span aria-hidden className="h-4 w-px bg-line" />
      <label htmlFor={labelId} className="sr-only">
        Label for the selected cards
      </label>
      <Select id={labelId} className="h-7 w-36 text-xs" options={labelOptions} value={label} onChange={(event) => setLabel(event.target.value as TCardLabel | "")} />
      <Button size="sm" variant="primary" disabled={!label || busy} pending={setTags.isPending} onClick={() => label && setTags.mutate(label)}>
        Apply label
      </Button>
      <Button size="sm" disabled={busy} onClick={() => setPoolOpen(true)}>
        Add to pool…
      </Button>
      <Button size="sm" disabled={busy} pending={confirm.isPending} onClick={() => confirm.mutate()}>
        Mark reviewed
      </Button>
      <RequestEnrichmentButton filter={filter} selectedIds={selectedIds} allMatching={allMatching} total={total} disabled={busy} />
      <AddToPoolDialog open={poolOpen} onOpenChange={setPoolOpen} filter={filter} ids={allMatching ? null : selectedIds} count={count} onDone={onClear} />
    </div>
  );
}
