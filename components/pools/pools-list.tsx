"use client";

import { useQuery } from "@tanstack/react-query";
import { Layers } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { labelNames, nameOf, platformNames, type TTaxonomyNames } from "@/components/cards/card-labels";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Badge, type TBadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { formatCompact, formatCount } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

export type TPoolList = TRouterOutputs["pools"]["list"];
type TBreakdown = { value: string; count: number }[];

const kindTones: Record<string, TBadgeTone> = { source: "neutral", rule: "accent", manual: "success" };

function Chips({ items, name, label, approximate }: { items: TBreakdown; name: (value: string) => string; label: string; approximate: boolean }) {
  if (!items.length) return <span className="text-xs text-muted">—</span>;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1">
      {items.slice(0, 4).map((item) => (
        <li key={item.value} className="rounded border border-line bg-subtle px-1 text-[11px] leading-4 whitespace-nowrap">
          {name(item.value)} <span className="text-muted tabular-nums">{approximate ? "≈" : ""}{formatCompact(item.count)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Every active pool with kind, size, breakdown chips and last update; a row opens its cards below (?pool=). */
export function PoolsList({ initial, names }: { initial: TPoolList; names: TTaxonomyNames }) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const current = params.get("pool");
  const pools = useQuery(trpc.pools.list.queryOptions(undefined, { initialData: initial }));
  const rows = pools.data ?? initial;
  const hrefFor = (poolId: string | null) => {
    const next = new URLSearchParams(params.toString());
    for (const key of ["cursor", "p"]) next.delete(key);
    if (poolId) next.set("pool", poolId);
    else next.delete("pool");
    const query = next.toString();
    return query ? `/pools?${query}` : "/pools";
  };

  if (!rows.length)
    return (
      <EmptyState headingLevel={3} icon={<Layers className="size-5" />} title="No audience pools yet">
        <p>Every import creates a source pool; Growth staff can save filters as rule pools or hand-pick cards into manual pools from the table below.</p>
      </EmptyState>
    );

  return (
    <TableContainer className="max-h-80 overflow-y-auto">
      <Table>
        <caption className="sr-only">Audience pools</caption>
        <TableHead>
          <tr>
            <TableHeaderCell>Pool</TableHeaderCell>
            <TableHeaderCell>Kind</TableHeaderCell>
            <TableHeaderCell className="text-right">Size</TableHeaderCell>
            <TableHeaderCell>Platforms</TableHeaderCell>
            <TableHeaderCell>Top tribes</TableHeaderCell>
            <TableHeaderCell>Labels</TableHeaderCell>
            <TableHeaderCell>Updated</TableHeaderCell>
          </tr>
        </TableHead>
        <TableBody>
          <TableRow className={cn(!current && "bg-accent-soft/40")}>
            <TableCell colSpan={7}>
              <Link href={hrefFor(null)} aria-current={!current ? "true" : undefined} className="font-medium text-fg hover:text-accent hover:underline">
                All lead cards
              </Link>
            </TableCell>
          </TableRow>
          {rows.map((pool) => (
            <TableRow key={pool.id} data-testid="pool-row" className={cn(current === pool.id && "bg-accent-soft/40")}>
              <TableCell className="max-w-64">
                <Link href={hrefFor(pool.id)} aria-current={current === pool.id ? "true" : undefined} className="block truncate font-medium text-fg hover:text-accent hover:underline" title={pool.name}>
                  {pool.name}
                </Link>
              </TableCell>
              <TableCell>
                <Badge tone={kindTones[pool.kind]}>{pool.kind}</Badge>
              </TableCell>
              <TableCell className="text-right tabular-nums" title={pool.approximate ? `About ${formatCount(pool.size)}, estimated from a sample of the pool` : formatCount(pool.size)}>
                {pool.approximate ? `≈${formatCompact(pool.size)}` : formatCount(pool.size)}
              </TableCell>
              <TableCell>
                <Chips items={pool.breakdown.platform} name={(v) => platformNames[v] ?? v} label={`Platforms in ${pool.name}`} approximate={pool.approximate} />
              </TableCell>
              <TableCell>
                <Chips items={pool.breakdown.tribe} name={(v) => nameOf(names.tribe, v)} label={`Top tribes in ${pool.name}`} approximate={pool.approximate} />
              </TableCell>
              <TableCell>
                <Chips items={pool.breakdown.label} name={(v) => labelNames[v] ?? v} label={`Labels in ${pool.name}`} approximate={pool.approximate} />
              </TableCell>
              <TableCell className="whitespace-nowrap text-xs text-muted">
                <LocalTime value={pool.updatedAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
