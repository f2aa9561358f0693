"use client";

import Link from "next/link";
import { dataTableColumnHelper } from "@/components/data-table/features";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { formatDuration, formatPercent } from "@/components/ui/format";
import { LocalTime } from "@/components/ui/local-time";
import { Num } from "@/components/ui/num";
import { formatName, platformLabel, type TFormatLabels } from "./import-labels";
import { ImportStatusBadge } from "./import-status-badge";

export type TImportRow = TRouterOutputs["imports"]["list"]["items"][number];

const col = dataTableColumnHelper<TImportRow>();

const counts = [
  ["read", "Read"],
  ["accepted", "Accepted"],
  ["rejected", "Rejected"],
  ["duplicates", "Duplicates"],
  ["redacted", "Redacted"],
  ["suppressed", "Suppressed"],
] as const;

/** Import history columns. The server orders newest first; no column re-sorts a keyset page. */
export function importColumns(formatLabels: TFormatLabels) {
  return col.columns([
    col.accessor("fileName", {
      header: "File",
      enableSorting: false,
      meta: { cellClassName: "max-w-60" },
      cell: ({ row }) => (
        <div className="min-w-0 leading-tight">
          <Link href={`/imports/${row.original.id}`} className="block truncate font-medium text-fg hover:text-accent hover:underline" title={row.original.fileName}>
            {row.original.fileName}
          </Link>
          {row.original.poolName ? <div className="truncate text-xs text-muted">pool {row.original.poolName}</div> : null}
        </div>
      ),
    }),
    col.accessor("platform", {
      header: "Platform · format",
      enableSorting: false,
      meta: { cellClassName: "max-w-44" },
      cell: ({ row }) => {
        const { platform, format } = row.original;
        const name = formatName(format, formatLabels);
        return (
          <div className="min-w-0 leading-tight">
            <div>{platform ? platformLabel(platform) : format ? <span className="text-muted">per row</span> : "—"}</div>
            {format ? (
              <div className="truncate text-xs text-muted" title={name.full}>
                {name.short}
              </div>
            ) : null}
          </div>
        );
      },
    }),
    col.accessor("actorEmail", {
      header: "Run by",
      enableSorting: false,
      meta: { cellClassName: "max-w-36" },
      cell: ({ getValue }) => (
        <span className="block truncate text-muted" title={getValue() ?? "system"}>
          {getValue() ?? "system"}
        </span>
      ),
    }),
    col.accessor((job) => job.startedAt ?? job.createdAt, {
      id: "started",
      header: "Started",
      enableSorting: false,
      meta: { headerClassName: "px-2", cellClassName: "px-2" },
      cell: ({ row }) => <LocalTime value={row.original.startedAt ?? row.original.createdAt} className="whitespace-nowrap text-muted" />,
    }),
    col.display({
      id: "duration",
      header: "Duration",
      meta: { align: "end", headerClassName: "px-2", cellClassName: "px-2 text-muted whitespace-nowrap" },
      cell: ({ row }) => {
        const { startedAt, finishedAt, status } = row.original;
        if (startedAt && finishedAt) return formatDuration(finishedAt.getTime() - startedAt.getTime());
        return status === "running" ? "running" : "—";
      },
    }),
    ...counts.map(([key, label]) =>
      col.accessor(key, { header: label, enableSorting: false, meta: { align: "end", headerClassName: "px-2", cellClassName: "px-2" }, cell: ({ getValue }) => <Num value={getValue()} compact /> }),
    ),
    col.accessor("status", {
      header: "Status",
      enableSorting: false,
      meta: { headerClassName: "pl-2", cellClassName: "pl-2" },
      cell: ({ row }) => {
        const job = row.original;
        return (
          <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
            <ImportStatusBadge status={job.status} />
            {job.status === "running" ? <span className="text-xs text-muted tabular-nums">{formatPercent(job.bytesProcessed, job.byteSize)}</span> : null}
          </span>
        );
      },
    }),
  ]);
}
