"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useInvalidateUsers } from "./use-invalidate-users";

/** Confirms before disabling: says exactly what will happen. */
export function DisableUserDialog({ email, onClose }: { email: string | null; onClose: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const disable = useMutation(
    trpc.users.disable.mutationOptions({
      onSuccess: async (user) => {
        toast.success("User disabled", { description: `${user.email} can no longer sign in.` });
        await invalidate();
        onClose();
      },
    }),
  );
  const close = () => {
    disable.reset();
    onClose();
  };
  return (
    <Dialog
      open={email !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title="Disable user?"
      footer={
        <>
          <Button onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button variant="danger" pending={disable.isPending} onClick={() => email && disable.mutate({ email })}>
            Disable user
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-sm">
        <p>
          <strong className="font-semibold">{email}</strong> will not be able to sign in, and any open session ends within five minutes. Their history and
          audit events stay. This is recorded in the audit trail.
        </p>
        {disable.error ? (
          <Alert tone="danger" live>
            {disable.error.message}
          </Alert>
        ) : null}
      </div>
    </Dialog>
  );
}
