"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { Select } from "@/components/ui/select";
import type { RowData } from "@tanstack/react-table";
import type { TDataTable } from "./use-data-table";

const pageSizes = [10, 25, 50, 100].map((size) => ({ value: String(size), label: String(size) }));

/** "Rows 26–50 of 1,204", page size, previous/next. Works the same for client and server pages. */
export function DataTablePagination<TData extends RowData>({ table }: { table: TDataTable<TData> }) {
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const first = total === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(total, (pageIndex + 1) * pageSize);

  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-3 py-2 text-xs text-muted">
      <p aria-live="polite">
        Rows {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor="page-size" className="whitespace-nowrap">
          Rows per page
        </label>
        <Select
          id="page-size"
          className="h-7 w-20 text-xs"
          value={String(pageSize)}
          options={pageSizes}
          onChange={(event) => table.setPageSize(Number(event.target.value))}
        />
        <Button size="sm" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()} aria-label="Previous page">
          <ChevronLeft aria-hidden className="size-3.5" />
        </Button>
        <span className="tabular-nums">
          Page {formatCount(pageIndex + 1)} of {formatCount(Math.max(1, table.getPageCount()))}
        </span>
        <Button size="sm" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()} aria-label="Next page">
          <ChevronRight aria-hidden className="size-3.5" />
        </Button>
      </div>
    </div>
  );
}
