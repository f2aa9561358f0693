"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
    <ConfirmDialog
      open={email !== null}
      title="Disable user?"
      cancelLabel="Cancel"
      confirmLabel="Disable user"
      pending={disable.isPending}
      error={disable.error}
      onConfirm={() => email && disable.mutate({ email })}
      onCancel={close}
    >
      <p>
        <strong className="font-semibold">{email}</strong> will not be able to sign in, and any open session ends within five minutes. Their history and
        audit events stay. This is recorded in the audit trail.
      </p>
    </ConfirmDialog>
  );
}
