import {
  columnVisibilityFeature,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type RowData,
} from "@tanstack/react-table";

/** Per-column presentation hints read by <DataTable>. */
export type TDataTableColumnMeta = {
  /** Numbers and money align right so digits line up. */
  align?: "start" | "end";
  /** Column name for controls when the header is not plain text. */
  label?: string;
  headerClassName?: string;
  cellClassName?: string;
};

/**
 * The one feature set every console table shares: sorting, pagination, column visibility.
 * Client tables let the row models sort and slice; server tables pass `mode: "server"` to
 * useDataTable, which turns on manualSorting/manualPagination so the models pass rows through.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, datetime: sortFn_datetime, basic: sortFn_basic },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnVisibilityFeature,
  columnMeta: metaHelper<TDataTableColumnMeta>(),
});

export type TDataTableFeatures = typeof dataTableFeatures;

/** Column helper bound to the shared features: `const col = dataTableColumnHelper<TUser>()`. */
export function dataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<TDataTableFeatures, TData>();
}
