"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { encodeKeysetCursor } from "@/components/data-table/keyset-cursor";
import { useUrlCursorState } from "@/components/data-table/use-url-cursor-state";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { formatBytes } from "@/components/ui/format";
import type { TUploadedImport } from "./file-transfer";
import type { TImportOptions } from "./import-file-form";
import { ImportHistory } from "./import-history";
import { isActive, type TFormatLabels } from "./import-labels";
import { LiveImports } from "./live-imports";
import { UploadPanel } from "./upload-panel";

type TImportList = TRouterOutputs["imports"]["list"];

/** How often the history page refreshes while one of its jobs is queued or running. */
const LIST_POLL_MS = 3000;

/**
 * The Imports screen's client side: upload (for roles that may import), live progress of the
 * jobs in flight, and the history. `initial` is the page the server rendered for `initialKey`.
 */
export function ImportsWorkspace({
  canImport,
  options,
  formatLabels,
  initial,
  initialKey,
}: {
  canImport: boolean;
  options: TImportOptions;
  formatLabels: TFormatLabels;
  initial: TImportList;
  initialKey: { cursor: string | null; size: number };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useUrlCursorState({ prefix: "imports" });
  const isInitialPage = pages.pageSize === initialKey.size && (pages.cursor ? encodeKeysetCursor(pages.cursor) : null) === initialKey.cursor;
  const list = useQuery(
    trpc.imports.list.queryOptions(
      { limit: pages.pageSize, cursor: pages.cursor },
      {
        initialData: isInitialPage ? initial : undefined,
        placeholderData: keepPreviousData,
        refetchInterval: (q) => (q.state.data?.items.some((job) => isActive(job.status)) ? LIST_POLL_MS : false),
      },
    ),
  );

  // Jobs watched live: uploaded here, or seen queued/running in the history. Kept once seen (so a
  // finished job shows its outcome) until dismissed.
  const [watched, setWatched] = useState<string[]>(() => initial.items.filter((job) => isActive(job.status)).map((job) => job.id));
  const [dismissed, setDismissed] = useState<string[]>([]);
  const newlyActive = (list.data?.items ?? []).filter((job) => isActive(job.status) && !watched.includes(job.id) && !dismissed.includes(job.id)).map((job) => job.id);
  if (newlyActive.length) setWatched([...newlyActive, ...watched]);

  function onUploaded(job: TUploadedImport) {
    setWatched((previous) => [job.id, ...previous.filter((id) => id !== job.id)]);
    toast.success(`Uploaded ${job.fileName}`, { description: `${formatBytes(job.byteSize)} stored and queued for import.` });
    if (pages.pageIndex > 0) pages.newest();
    void queryClient.invalidateQueries({ queryKey: trpc.imports.list.pathKey() });
  }

  return (
    <div className="space-y-4">
      {canImport ? <UploadPanel options={options} onUploaded={onUploaded} /> : null}
      <LiveImports
        ids={watched}
        canCancel={canImport}
        onDismiss={(id) => {
          setDismissed((previous) => [...previous, id]);
          setWatched((previous) => previous.filter((watchedId) => watchedId !== id));
        }}
      />
      <ImportHistory
        list={list.data}
        loading={list.isPending}
        busy={list.isPlaceholderData}
        error={list.error ? `Could not load the import history: ${list.error.message}` : null}
        pages={pages}
        formatLabels={formatLabels}
        canImport={canImport}
      />
    </div>
  );
}

