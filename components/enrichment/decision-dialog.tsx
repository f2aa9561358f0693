"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Dialog } from "@/components/ui/dialog";
import { formatCount } from "@/components/ui/format";
import { controlClasses } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { credits, money } from "./enrichment-labels";
import type { TEnrichmentRequest } from "./enrichment-types";

/**
 * Approve (reason optional) or reject (reason required) one pending request, after a dialog that
 * says what happens: approval re-checks policy and budgets now and queues the batch, which spends.
 */
export function DecisionDialog({ request, decision, open, onOpenChange }: { request: TEnrichmentRequest; decision: "approve" | "reject"; open: boolean; onOpenChange: (open: boolean) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const done = async () => {
    setReason("");
    onOpenChange(false);
    await queryClient.invalidateQueries({ queryKey: trpc.enrichment.pathKey() });
  };
  const approve = useMutation(
    trpc.enrichment.approve.mutationOptions({
      onSuccess: async (result) => {
        toast.success(`Approved: ${formatCount(result.cards)} cards queued`, {
          description: result.skipped ? `${formatCount(result.skipped)} cards were no longer eligible and are skipped.` : "The batch starts in the worker.",
        });
        await done();
      },
    }),
  );
  const reject = useMutation(
    trpc.enrichment.reject.mutationOptions({
      onSuccess: async () => {
        toast.success("Request rejected", { description: "Its cards went back to their previous state." });
        await done();
      },
    }),
  );
  const mutation = decision === "approve" ? approve : reject;
  const close = () => {
    approve.reset();
    reject.reset();
    onOpenChange(false);
  };
  const reasonOk = decision === "approve" || reason.trim().length >= 3;
  const who = request.requester.name ?? request.requester.email;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title={decision === "approve" ? "Approve this enrichment request?" : "Reject this enrichment request?"}
      footer={
        <>
          <Button onClick={close} data-autofocus>
            Keep pending
          </Button>
          <Button
            variant={decision === "approve" ? "primary" : "danger"}
            disabled={!reasonOk}
            pending={mutation.isPending}
            onClick={() =>
              decision === "approve"
                ? approve.mutate({ requestId: request.id, ...(reason.trim() ? { reason: reason.trim() } : {}) })
                : reject.mutate({ requestId: request.id, reason: reason.trim() })
            }
          >
            {decision === "approve" ? "Approve and run" : "Reject request"}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-sm">
        {decision === "approve" ? (
          <p>
            {formatCount(request.progress.total)} cards requested by {who} go to the providers. Policy and budgets are checked again now: cards no
            longer eligible are skipped, and an overrun refuses the approval. Spend up to{" "}
            <strong className="font-semibold">
              {credits(request.estimatedCredits)} · {money(request.estimatedCost, request.currency)}
            </strong>
            {request.sandbox ? " (sandbox: synthetic data, nothing is charged)" : ""}.
          </p>
        ) : (
          <p>
            Nothing is enriched or spent; the {formatCount(request.progress.total)} cards go back to their previous state and {who} sees your reason.
          </p>
        )}
        <Field id={reasonId} label={decision === "approve" ? "Reason (optional)" : "Reason (required)"}>
          <textarea
            id={reasonId}
            rows={2}
            maxLength={2000}
            required={decision === "reject"}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={cn(controlClasses, "h-auto py-1.5")}
          />
        </Field>
        {mutation.error ? (
          <Alert tone="danger" live>
            {mutation.error.message}
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
}
