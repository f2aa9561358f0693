"use client";

import { FileUp } from "lucide-react";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableCursorPagination } from "@/components/data-table/data-table-cursor-pagination";
import { useDataTable } from "@/components/data-table/use-data-table";
import type { TUrlCursorState } from "@/components/data-table/use-url-cursor-state";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Code } from "@/components/ui/code";
import { EmptyState } from "@/components/ui/empty-state";
import { importColumns, type TImportRow } from "./import-columns";
import type { TFormatLabels } from "./import-labels";

type TImportList = TRouterOutputs["imports"]["list"];

const noRows: TImportRow[] = [];

/** Every import job, newest first, a keyset page at a time (state in the URL). */
export function ImportHistory({
  list,
  loading,
  busy,
  error,
  pages,
  formatLabels,
  canImport,
}: {
  list: TImportList | undefined;
  loading: boolean;
  /** Another page is loading while this one stays visible. */
  busy: boolean;
  error: string | null;
  pages: TUrlCursorState;
  formatLabels: TFormatLabels;
  canImport: boolean;
}) {
  const columns = useMemo(() => importColumns(formatLabels), [formatLabels]);
  const rows = list?.items ?? noRows;
  const table = useDataTable({ data: rows, columns, getRowId: (job) => job.id, mode: "server", pageSize: pages.pageSize });
  const first = pages.pageIndex === 0;

  return (
    <Card aria-labelledby="import-history">
      <CardHeader id="import-history" title="Import history" description="Every import job, newest first. Open one for its counts, warnings and rejected records." />
      <DataTable
        table={table}
        caption="Import jobs"
        loading={loading}
        error={error}
        paginate={false}
        rowTestId="import-row"
        empty={
          first ? (
            <EmptyState headingLevel={3} icon={<FileUp className="size-5" />} title="No imports yet">
              <p>
                Every imported file will be listed here: platform and format, who ran it, when and for how long, and how many records were read, accepted, rejected,
                de-duplicated and redacted.
              </p>
              <p>
                {canImport ? "Choose or drop a file above to start, or run " : "Growth staff and admins import files here or with "}
                <Code>npx sxe import &lt;files…&gt;</Code>.
              </p>
            </EmptyState>
          ) : (
            <EmptyState
              headingLevel={3}
              title="No older imports"
              actions={
                <Button size="sm" onClick={pages.newest}>
                  Back to the newest
                </Button>
              }
            >
              <p>This page is past the oldest import job.</p>
            </EmptyState>
          )
        }
      />
      {rows.length || !first ? (
        <DataTableCursorPagination state={pages} rowsOnPage={rows.length} hasOlder={Boolean(list?.nextCursor)} onOlder={() => list?.nextCursor && pages.older(list.nextCursor)} busy={busy} />
      ) : null}
    </Card>
  );
}
