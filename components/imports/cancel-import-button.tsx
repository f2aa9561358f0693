"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TImportJob } from "./use-import-job";

/** Cancel for a queued or running import, after a confirmation that says what happens. */
export function CancelImportButton({ job }: { job: Pick<TImportJob, "id" | "fileName" | "status"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.imports.cancel.mutationOptions({
      onSuccess: async (result) => {
        if (result.status === "cancelling") toast.info("Cancel requested", { description: `${job.fileName} stops at its next batch; nothing from it is saved.` });
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.imports.get.queryKey({ id: job.id }) });
      },
    }),
  );
  const close = () => {
    cancel.reset();
    setOpen(false);
  };
  const requested = cancel.isSuccess;
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} disabled={requested}>
        {requested ? "Cancelling…" : "Cancel"}
        <span className="sr-only"> import of {job.fileName}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title="Cancel this import?"
        cancelLabel="Keep importing"
        confirmLabel="Cancel import"
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={() => cancel.mutate({ id: job.id })}
        onCancel={close}
      >
        <p>
          The import of <strong className="font-semibold break-all">{job.fileName}</strong> stops.{" "}
          {job.status === "queued"
            ? "It has not started, so nothing has been read."
            : "It is running: it stops at its next batch and rolls back, so no profile from this file is saved."}{" "}
          The job stays in the history as cancelled; import the file again to retry.
        </p>
      </ConfirmDialog>
    </>
  );
}
