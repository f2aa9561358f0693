"use client";

import { useState } from "react";
import { useTable, type PaginationState, type ReactTable, type RowData, type SortingState, type TableOptions } from "@tanstack/react-table";
import { dataTableFeatures, type TDataTableFeatures } from "./features";

export type TDataTable<TData extends RowData> = ReactTable<TDataTableFeatures, TData>;

type TControlled<T> = { value: T; onChange: (next: T) => void };

export type TUseDataTableOptions<TData extends RowData> = {
  data: TData[];
  /** Build with `dataTableColumnHelper<TData>().columns([...])`, at module scope or memoized. */
  columns: TableOptions<TDataTableFeatures, TData>["columns"];
  getRowId: (row: TData) => string;
  /**
   * "client": the table sorts and pages `data` itself (small lists such as users).
   * "server": `data` is already the requested page in the requested order; pass `rowCount`
   * and control `pagination`/`sorting` so they reach the query key (and the URL).
   */
  mode?: "client" | "server";
  rowCount?: number;
  pageSize?: number;
  /** Controlled slices (e.g. bound to search params); internal state when omitted. */
  pagination?: TControlled<PaginationState>;
  sorting?: TControlled<SortingState>;
  initialSorting?: SortingState;
};

type TUpdater<T> = T | ((old: T) => T);
const apply = <T>(updater: TUpdater<T>, old: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(old) : updater);

export function useDataTable<TData extends RowData>(options: TUseDataTableOptions<TData>): TDataTable<TData> {
  const { data, columns, getRowId, mode = "client", rowCount } = options;
  const [localPagination, setLocalPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: options.pageSize ?? 25 });
  const [localSorting, setLocalSorting] = useState<SortingState>(options.initialSorting ?? []);
  const pagination = options.pagination?.value ?? localPagination;
  const sorting = options.sorting?.value ?? localSorting;
  const server = mode === "server";

  return useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    state: { pagination, sorting },
    onPaginationChange: (updater: TUpdater<PaginationState>) => {
      const next = apply(updater, pagination);
      if (options.pagination) options.pagination.onChange(next);
      else setLocalPagination(next);
    },
    onSortingChange: (updater: TUpdater<SortingState>) => {
      const next = apply(updater, sorting);
      if (options.sorting) options.sorting.onChange(next);
      else setLocalSorting(next);
    },
    manualPagination: server,
    manualSorting: server,
    rowCount: server ? rowCount : undefined,
    autoResetPageIndex: !server,
    enableSortingRemoval: true,
  });
}
