"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
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
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} disabled={requested} aria-label={`Cancel import of ${job.fileName}`}>
        {requested ? "Cancelling…" : "Cancel"}
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => (next ? setOpen(true) : close())}
        title="Cancel this import?"
        footer={
          <>
            <Button onClick={close} data-autofocus>
              Keep importing
            </Button>
            <Button variant="danger" pending={cancel.isPending} onClick={() => cancel.mutate({ id: job.id })}>
              Cancel import
            </Button>
          </>
        }
      >
        <div className="space-y-3 text-sm">
          <p>
            The import of <strong className="font-semibold break-all">{job.fileName}</strong> stops.{" "}
            {job.status === "queued"
              ? "It has not started, so nothing has been read."
              : "It is running: it stops at its next batch and rolls back, so no profile from this file is saved."}{" "}
            The job stays in the history as cancelled; import the file again to retry.
          </p>
          {cancel.error ? (
            <Alert tone="danger" live>
              {cancel.error.message}
            </Alert>
          ) : null}
        </div>
      </Dialog>
    </>
  );
}
