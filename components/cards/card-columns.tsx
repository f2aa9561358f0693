"use client";

import Link from "next/link";
import { dataTableColumnHelper } from "@/components/data-table/features";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { formatCompact, formatCount } from "@/components/ui/format";
import { EnrichmentBadge, formatConfidence, Initials, LabelBadge, nameOf, platformNames, ReviewBadge, type TTaxonomyNames } from "./card-labels";

export type TCardRow = TRouterOutputs["cards"]["list"]["items"][number];

const col = dataTableColumnHelper<TCardRow>();

export type TCardSelection = {
  enabled: boolean;
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  pageState: "none" | "some" | "all";
  togglePage: () => void;
};

/** Columns that can be hidden from the column menu, in order (ids match the URL `hide=` list). */
export const hideableColumns = [
  { id: "displayName", label: "Name" },
  { id: "platform", label: "Platform" },
  { id: "followerCount", label: "Followers" },
  { id: "industry", label: "Industry" },
  { id: "persona", label: "Persona" },
  { id: "tribe", label: "Tribe" },
  { id: "label", label: "Label" },
  { id: "baseConfidence", label: "Base confidence" },
  { id: "classificationConfidence", label: "Classification confidence" },
  { id: "reviewState", label: "Review state" },
  { id: "enrichmentState", label: "Enrichment" },
] as const;

/** Lead card columns. Sortable ids are the API's sort keys (handle, followers, confidences). */
export function cardColumns(names: TTaxonomyNames, selection: TCardSelection) {
  const select = col.display({
    id: "select",
    enableSorting: false,
    header: () => (
      <input
        type="checkbox"
        aria-label="Select all cards on this page"
        className="size-3.5 accent-accent"
        checked={selection.pageState === "all"}
        ref={(el) => {
          if (el) el.indeterminate = selection.pageState === "some";
        }}
        onChange={selection.togglePage}
      />
    ),
    cell: ({ row }) => (
      <input
        type="checkbox"
        aria-label={`Select ${row.original.handle ? `@${row.original.handle}` : row.original.publicId}`}
        className="size-3.5 accent-accent"
        checked={selection.isSelected(row.original.id)}
        onChange={() => selection.toggle(row.original.id)}
      />
    ),
    meta: { headerClassName: "w-8", cellClassName: "w-8" },
  });
  const columns = col.columns([
    col.accessor("handle", {
      header: "Handle",
      cell: ({ row }) => {
        const { handle, publicId, id, displayName } = row.original;
        return (
          <div className="flex min-w-0 items-center gap-2">
            <Initials text={displayName || handle || "?"} />
            <Link href={`/cards/${id}`} className="truncate font-medium text-fg hover:text-accent hover:underline">
              {handle ? `@${handle}` : publicId}
            </Link>
          </div>
        );
      },
      meta: { cellClassName: "max-w-52" },
    }),
    col.accessor("displayName", { header: "Name", enableSorting: false, cell: ({ getValue }) => getValue() ?? <span className="text-muted">—</span>, meta: { cellClassName: "max-w-44 truncate" } }),
    col.accessor("platform", { header: "Platform", enableSorting: false, cell: ({ getValue }) => platformNames[getValue()] ?? getValue() }),
    col.accessor("followerCount", {
      header: "Followers",
      cell: ({ getValue }) => {
        const value = getValue();
        return value === null ? <span className="text-muted">—</span> : <span title={formatCount(value)}>{formatCompact(value)}</span>;
      },
      meta: { align: "end" },
    }),
    col.accessor("industry", { header: "Industry", enableSorting: false, cell: ({ getValue }) => nameOf(names.industry, getValue()), meta: { cellClassName: "max-w-40 truncate" } }),
    col.accessor("persona", { header: "Persona", enableSorting: false, cell: ({ getValue }) => nameOf(names.persona, getValue()), meta: { cellClassName: "max-w-40 truncate" } }),
    col.accessor("tribe", { header: "Tribe", enableSorting: false, cell: ({ getValue }) => nameOf(names.tribe, getValue()), meta: { cellClassName: "max-w-40 truncate" } }),
    col.accessor("label", { header: "Label", enableSorting: false, cell: ({ getValue }) => <LabelBadge label={getValue()} /> }),
    col.accessor("baseConfidence", { header: "Base conf.", cell: ({ getValue }) => formatConfidence(getValue()), meta: { align: "end", label: "Base confidence" } }),
    col.accessor("classificationConfidence", { header: "Class. conf.", cell: ({ getValue }) => formatConfidence(getValue()), meta: { align: "end", label: "Classification confidence" } }),
    col.accessor("reviewState", { header: "Review", enableSorting: false, cell: ({ getValue }) => <ReviewBadge state={getValue()} /> }),
    col.accessor("enrichmentState", { header: "Enrichment", enableSorting: false, cell: ({ getValue }) => <EnrichmentBadge state={getValue()} /> }),
  ]);
  return selection.enabled ? col.columns([select, ...columns]) : columns;
}
