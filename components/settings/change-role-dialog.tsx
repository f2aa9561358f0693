"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { TRole } from "@/server/domain/auth/roles";
import { isRole, roleOptions } from "./roles";
import { useInvalidateUsers } from "./use-invalidate-users";

export type TRoleTarget = { id: string; email: string; role: TRole };

/** Pick a new role for one user; the dialog stays mounted so focus returns to the opener on close. */
export function ChangeRoleDialog({ user, onClose }: { user: TRoleTarget | null; onClose: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const [picked, setPicked] = useState<TRole | null>(null);
  const role = picked ?? user?.role ?? "GROWTH";
  const change = useMutation(
    trpc.users.changeRole.mutationOptions({
      onSuccess: async (updated) => {
        toast.success("Role changed", { description: `${updated.email} is now ${updated.role.toLowerCase()}.` });
        await invalidate();
        close();
      },
    }),
  );
  function close() {
    setPicked(null);
    change.reset();
    onClose();
  }
  return (
    <Dialog
      open={user !== null}
      onOpenChange={(open) => (open ? undefined : close())}
      title="Change role"
      description={user ? <>What {user.email} may see and do changes within five minutes. The change is audited.</> : null}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" pending={change.isPending} disabled={!user || role === user.role} onClick={() => user && change.mutate({ id: user.id, role })}>
            Change role
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        {change.error ? (
          <Alert tone="danger" live>
            {change.error.message}
          </Alert>
        ) : null}
        <Field id="change-role" label="Role" hint={roleOptions.find((option) => option.value === role)?.description}>
          <Select
            id="change-role"
            value={role}
            onChange={(event) => isRole(event.target.value) && setPicked(event.target.value)}
            options={roleOptions}
            aria-describedby="change-role-hint"
          />
        </Field>
      </div>
    </Dialog>
  );
}
