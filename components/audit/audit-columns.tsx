"use client";

import Link from "next/link";
import { dataTableColumnHelper } from "@/components/data-table/features";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Badge } from "@/components/ui/badge";
import { formatMoney } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";

export type TAuditRow = TRouterOutputs["audit"]["list"]["items"][number];

const col = dataTableColumnHelper<TAuditRow>();
export const outcomeTone = { success: "success", failure: "danger", denied: "warning" } as const;

export function TargetRef({ type, id }: { type: string | null; id: string | null }) {
  if (!type || !id) return <span className="text-muted">—</span>;
  const href = type === "lead_card" ? `/cards/${id}` : type === "import_job" ? `/imports/${id}` : null;
  const label = (
    <>
      <span className="text-muted">{type}</span> <span className="font-mono text-xs">{id.length > 13 ? `${id.slice(0, 8)}…` : id}</span>
    </>
  );
  return href ? (
    <Link href={href} className="hover:underline" title={id} onClick={(e) => e.stopPropagation()}>
      {label}
    </Link>
  ) : (
    <span title={id}>{label}</span>
  );
}

/** Audit trail columns (the server orders by seq, newest first; no column re-sorts a keyset page). */
export function auditColumns(onOpen: (row: TAuditRow) => void) {
  return col.columns([
    col.accessor("seq", {
      header: "Seq",
      enableSorting: false,
      meta: { align: "end" },
      cell: ({ row }) => (
        <button type="button" className="font-mono text-xs text-accent hover:underline" onClick={() => onOpen(row.original)} aria-label={`Open event #${row.original.seq}`}>
          #{row.original.seq}
        </button>
      ),
    }),
    col.accessor("occurredAt", { header: "Time", enableSorting: false, cell: ({ row }) => <LocalTime value={row.original.occurredAt} className="whitespace-nowrap" /> }),
    col.accessor("actorLabel", {
      header: "Actor",
      enableSorting: false,
      meta: { cellClassName: "max-w-52" },
      cell: ({ row }) => (
        <div className="truncate" title={row.original.actorId ?? undefined}>
          <span className="text-muted">{row.original.actorType}</span> {row.original.actorLabel ?? row.original.actorId ?? "—"}
        </div>
      ),
    }),
    col.accessor("event", { header: "Event", enableSorting: false, cell: ({ row }) => <span className="font-mono text-xs">{row.original.event}</span> }),
    col.accessor("targetId", { header: "Target", enableSorting: false, cell: ({ row }) => <TargetRef type={row.original.targetType} id={row.original.targetId} /> }),
    col.accessor("outcome", { header: "Outcome", enableSorting: false, cell: ({ row }) => <Badge tone={outcomeTone[row.original.outcome as keyof typeof outcomeTone] ?? "neutral"}>{row.original.outcome}</Badge> }),
    col.accessor("costAmount", {
      header: "Cost",
      enableSorting: false,
      meta: { align: "end" },
      cell: ({ row }) => {
        const { costAmount, costCredits, costCurrency } = row.original;
        if (!costAmount && !costCredits) return <span className="text-muted">—</span>;
        return (
          <span className="whitespace-nowrap tabular-nums">
            {costCredits ? `${Number(costCredits).toLocaleString("en-US")} cr` : ""}
            {costCredits && costAmount ? " · " : ""}
            {costAmount ? formatMoney(Number(costAmount), costCurrency ?? "USD") : ""}
          </span>
        );
      },
    }),
  ]);
}
