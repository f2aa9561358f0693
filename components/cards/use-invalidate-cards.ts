"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** After a change to cards or pools: every cards/pools query refetches (table, facets, counts, pools list, detail). */
export function useInvalidateCards() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: trpc.cards.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.pools.pathKey() })]);
}
