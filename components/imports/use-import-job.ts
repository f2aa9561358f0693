"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import type { TRouterOutputs } from "@/components/providers/router-types";
import { countsSummary, isActive } from "./import-labels";

export type TImportJob = TRouterOutputs["imports"]["get"];

/** How often a queued or running job is asked for its progress. */
export const PROGRESS_POLL_MS = 1000;

/** Tolerance between the server's finish time and this browser's clock. */
const CLOCK_SKEW_MS = 2000;

/**
 * One import job, polled every second while it is queued or running (and not at all after). When
 * this screen sees it finish, it says so in a toast with the summary and refreshes the history.
 */
export function useImportJob(id: string, opts: { initialData?: TImportJob } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(
    trpc.imports.get.queryOptions(
      { id },
      {
        initialData: opts.initialData,
        refetchInterval: (q) => (isActive(q.state.data?.status) ? PROGRESS_POLL_MS : false),
        refetchIntervalInBackground: true,
      },
    ),
  );

  const status = query.data?.status;
  const seenActive = useRef(false);
  const announced = useRef(false);
  const [watchingSince] = useState(() => Date.now());
  useEffect(() => {
    const job = query.data;
    if (!job) return;
    if (isActive(job.status)) {
      seenActive.current = true;
      announced.current = false;
      return;
    }
    // Ended while this screen watched it: seen queued or running, or — a small file can be
    // imported before the first poll answers — finished after the screen started watching.
    const finishedWhileWatching = job.finishedAt !== null && job.finishedAt.getTime() >= watchingSince - CLOCK_SKEW_MS;
    if (announced.current || !(seenActive.current || finishedWhileWatching)) return;
    announced.current = true;
    seenActive.current = false;
    if (job.status === "completed") toast.success(`Import completed: ${job.fileName}`, { description: countsSummary(job) });
    else if (job.status === "failed") toast.error(`Import failed: ${job.fileName}`, { description: job.errorMessage ?? undefined });
    else toast.warning(`Import cancelled: ${job.fileName}`, { description: job.errorMessage ?? "Nothing from this file was saved." });
    void queryClient.invalidateQueries({ queryKey: trpc.imports.list.pathKey() });
    // Only a status change matters here; the job object changes on every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  return query;
}
