"use client";

import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Table, TableBody, TableCell, TableContainer, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { DataTablePagination } from "./data-table-pagination";
import type { RowData } from "@tanstack/react-table";
import type { TDataTable } from "./use-data-table";

type TDataTableProps<TData extends RowData> = {
  table: TDataTable<TData>;
  /** Accessible name of the table (visually hidden caption). */
  caption: string;
  /** What to show when there are no rows: say what will appear and what the user can do. */
  empty: ReactNode;
  loading?: boolean;
  error?: string | null;
  /** Hide the footer for short lists that never page. */
  paginate?: boolean;
  rowTestId?: string;
};

const ariaSort = { asc: "ascending", desc: "descending" } as const;

/** Renders any table built with useDataTable: sortable headers, loading/empty/error rows, pager. */
export function DataTable<TData extends RowData>({ table, caption, empty, loading, error, paginate = true, rowTestId }: TDataTableProps<TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getVisibleLeafColumns().length;
  const status = error ? "error" : loading && rows.length === 0 ? "loading" : rows.length === 0 ? "empty" : "rows";

  return (
    <div>
      <TableContainer>
        <Table aria-busy={loading || undefined}>
          <caption className="sr-only">{caption}</caption>
          <TableHead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  const SortIcon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
                  return (
                    <TableHeaderCell
                      key={header.id}
                      aria-sort={sorted ? ariaSort[sorted] : undefined}
                      className={cn(meta?.align === "end" && "text-right", meta?.headerClassName)}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={cn("-mx-1 inline-flex items-center gap-1 rounded px-1 hover:text-fg", meta?.align === "end" && "flex-row-reverse")}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon aria-hidden className={cn("size-3", !sorted && "opacity-50")} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </TableHeaderCell>
                  );
                })}
              </tr>
            ))}
          </TableHead>
          <TableBody>
            {status === "rows" ? (
              rows.map((row) => (
                <TableRow key={row.id} data-testid={rowTestId}>
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    return (
                      <TableCell key={cell.id} className={cn(meta?.align === "end" && "text-right tabular-nums", meta?.cellClassName)}>
                        <table.FlexRender cell={cell} />
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))
            ) : (
              <tr>
                <td colSpan={columnCount} className="p-0">
                  {status === "loading" ? (
                    <p className="px-3 py-6 text-center text-sm text-muted" role="status">
                      Loading…
                    </p>
                  ) : status === "error" ? (
                    <p className="px-3 py-6 text-center text-sm text-danger-fg" role="alert">
                      {error}
                    </p>
                  ) : (
                    empty
                  )}
                </td>
              </tr>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {paginate && status === "rows" ? <DataTablePagination table={table} /> : null}
    </div>
  );
}
