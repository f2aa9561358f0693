"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import type { TTaxonomyNames } from "@/components/cards/card-labels";
import type { TCardRow } from "@/components/cards/card-columns";
import { LeadCardsTable } from "@/components/cards/lead-cards-table";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { PoolManage } from "./pool-manage";
import { PoolsList, type TPoolList } from "./pools-list";

/** The Audience pools screen's client side: the pools list and, below it, the lead cards of all pools or the one picked (?pool=). */
export function PoolsWorkspace({
  pools: initialPools,
  initialCards,
  initialKey,
  names,
  canEdit,
}: {
  pools: TPoolList;
  initialCards: { items: TCardRow[]; nextCursor: string | null; prevCursor: string | null };
  initialKey: string;
  names: TTaxonomyNames;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const pools = useQuery(trpc.pools.list.queryOptions(undefined, { initialData: initialPools })).data ?? initialPools;
  const params = useSearchParams();
  const poolId = params.get("pool");
  const pool = poolId ? pools.find((p) => p.id === poolId) : undefined;
  return (
    <div className="space-y-4">
      <Card aria-labelledby="pools-list">
        <CardHeader id="pools-list" title="Pools" description="Source pools come from imports, rule pools are saved filters, manual pools are hand-picked. Open one to see its cards." />
        <PoolsList initial={initialPools} names={names} />
      </Card>
      <Card aria-labelledby="lead-cards">
        <CardHeader
          id="lead-cards"
          title={pool ? `Lead cards in ${pool.name}` : poolId ? "Lead cards in the selected pool" : "All lead cards"}
          description="Filter, sort and pick columns; the view is kept in the address so it can be shared."
          actions={canEdit && pool ? <PoolManage key={pool.id} pool={pool} /> : undefined}
        />
        <LeadCardsTable initial={initialCards} initialKey={initialKey} names={names} canEdit={canEdit} />
      </Card>
    </div>
  );
}
