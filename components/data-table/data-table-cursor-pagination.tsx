"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";
import { Select } from "@/components/ui/select";
import { CURSOR_PAGE_SIZES } from "./keyset-cursor";
import type { TUrlCursorState } from "./use-url-cursor-state";

const pageSizes = CURSOR_PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }));

/**
 * Footer for keyset-paginated tables: "Rows 26–50", page size, Newer / Older. There is no total
 * (keyset pages do not count the table); Older is offered while the server returns a next cursor.
 */
export function DataTableCursorPagination({
  state,
  rowsOnPage,
  hasOlder,
  onOlder,
  busy = false,
}: {
  state: TUrlCursorState;
  rowsOnPage: number;
  hasOlder: boolean;
  onOlder: () => void;
  busy?: boolean;
}) {
  const sizeId = useId();
  const first = rowsOnPage === 0 ? 0 : state.pageIndex * state.pageSize + 1;
  const last = state.pageIndex * state.pageSize + rowsOnPage;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 border-t border-line px-3 py-2 text-xs text-muted">
      <p aria-live="polite">
        {rowsOnPage === 0 ? "No rows" : `Rows ${formatCount(first)}–${formatCount(last)}`}
        {state.pageIndex > 0 ? ` · page ${formatCount(state.pageIndex + 1)}` : " · newest first"}
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor={sizeId} className="whitespace-nowrap">
          Rows per page
        </label>
        <Select id={sizeId} className="h-7 w-20 text-xs" value={String(state.pageSize)} options={pageSizes} onChange={(event) => state.setPageSize(Number(event.target.value))} />
        {state.pageIndex > 1 ? (
          <Button size="sm" variant="ghost" onClick={state.newest} disabled={busy}>
            Newest
          </Button>
        ) : null}
        <Button size="sm" onClick={state.newer} disabled={busy || state.pageIndex === 0}>
          <ChevronLeft aria-hidden className="size-3.5" />
          Newer
        </Button>
        <Button size="sm" onClick={onOlder} disabled={busy || !hasOlder}>
          Older
          <ChevronRight aria-hidden className="size-3.5" />
        </Button>
      </div>
    </div>
  );
}
