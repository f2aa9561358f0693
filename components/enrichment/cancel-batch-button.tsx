"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatCount } from "@/components/ui/format";
import type { TEnrichmentRequest } from "./enrichment-types";

/** ADMIN: stop a pending, approved or running batch after a confirmation that says what stops. */
export function CancelBatchButton({ request }: { request: Pick<TEnrichmentRequest, "id" | "status" | "progress"> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.enrichment.cancel.mutationOptions({
      onSuccess: async (result) => {
        toast.info("Batch cancelled", { description: `${formatCount(result.cancelled)} ${result.cancelled === 1 ? "item" : "items"} will not be sent to a provider.` });
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: trpc.enrichment.pathKey() });
      },
    }),
  );
  const close = () => {
    cancel.reset();
    setOpen(false);
  };
  const left = request.progress.pending + request.progress.running;
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        Cancel batch…
      </Button>
      <ConfirmDialog
        open={open}
        title="Cancel this batch?"
        cancelLabel="Keep running"
        confirmLabel="Cancel batch"
        pending={cancel.isPending}
        error={cancel.error}
        onConfirm={() => cancel.mutate({ requestId: request.id })}
        onCancel={close}
      >
        <p>
          The {formatCount(left)} {left === 1 ? "item" : "items"} not yet sent to a provider stop now and are marked cancelled; their cards go back to their
          previous state. A chunk already at a provider finishes and is recorded (its credits are spent). Results already received stay. The cancellation
          is audited.
        </p>
      </ConfirmDialog>
    </>
  );
}
