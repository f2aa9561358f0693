"use client";

import { Sparkles } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import type { TCardFilter } from "@/components/cards/cards-search";
import { useTRPCClient } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { requestHref } from "./selection-handoff";

/** The most cards one enrichment selection may name (server/domain/enrichment/batching.ts). */
const MAX_SELECTION = 5000;

/**
 * Lead cards table bulk action: opens the request screen for the selected cards. "All matching"
 * a pool alone is sent as the pool; any other filter is resolved to ids page by page (≤ 5,000).
 */
export function RequestEnrichmentButton({ filter, selectedIds, allMatching, total, disabled }: { filter: TCardFilter; selectedIds: string[]; allMatching: boolean; total: number | undefined; disabled?: boolean }) {
  const router = useRouter();
  const client = useTRPCClient();
  const [busy, setBusy] = useState(false);

  async function open() {
    if (!allMatching) return router.push(requestHref({ cardIds: selectedIds }));
    const onlyPool = filter.poolId && Object.keys(filter).every((key) => key === "poolId");
    if (onlyPool) return router.push(requestHref({ poolId: filter.poolId! }));
    if ((total ?? 0) > MAX_SELECTION) {
      toast.error(`${formatCount(total ?? 0)} cards match; enrichment takes at most ${formatCount(MAX_SELECTION)} at once. Narrow the filter.`);
      return;
    }
    setBusy(true);
    try {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = await client.cards.list.query({ filter, cursor, limit: 200 });
        ids.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor && ids.length < MAX_SELECTION);
      router.push(requestHref({ cardIds: ids }));
    } catch (error) {
      toast.error("Could not collect the selected cards", { description: error instanceof Error ? error.message : String(error) });
      setBusy(false);
    }
  }

  return (
    <Button size="sm" disabled={disabled || busy} pending={busy} onClick={() => void open()}>
      <Sparkles aria-hidden className="size-3.5" />
      Request enrichment…
    </Button>
  );
}
