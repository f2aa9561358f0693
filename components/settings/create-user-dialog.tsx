"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/components/providers/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { isRole, roleOptions } from "./roles";
import { useInvalidateUsers } from "./use-invalidate-users";

const MIN_PASSWORD = 12;

export function CreateUserDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const [role, setRole] = useState("GROWTH");
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        toast.success("User created", { description: `${user.email} can now sign in as ${user.role.toLowerCase()}.` });
        await invalidate();
        onOpenChange(false);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!isRole(role)) return;
    create.mutate({
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? "") || undefined,
      password: String(form.get("password") ?? ""),
      role,
    });
  }

  const close = (next: boolean) => {
    if (!next) create.reset();
    onOpenChange(next);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Create user"
      description="The user signs in with this email and initial password. The change is audited."
      footer={
        <>
          <Button onClick={() => close(false)}>Cancel</Button>
          <Button type="submit" form="create-user-form" variant="primary" pending={create.isPending}>
            Create user
          </Button>
        </>
      }
    >
      <form id="create-user-form" onSubmit={onSubmit} className="space-y-3">
        {create.error ? (
          <Alert tone="danger" live>
            {create.error.message}
          </Alert>
        ) : null}
        <Field id="new-user-name" label="Name (optional)">
          <Input id="new-user-name" name="name" autoComplete="off" maxLength={200} />
        </Field>
        <Field id="new-user-email" label="Email">
          <Input id="new-user-email" name="email" type="email" required autoComplete="off" maxLength={320} spellCheck={false} />
        </Field>
        <Field id="new-user-role" label="Role" hint={roleOptions.find((option) => option.value === role)?.description}>
          <Select id="new-user-role" name="role" value={role} onChange={(event) => setRole(event.target.value)} options={roleOptions} aria-describedby="new-user-role-hint" />
        </Field>
        <Field id="new-user-password" label="Initial password" hint={`At least ${MIN_PASSWORD} characters. Share it over a secure channel.`}>
          <Input
            id="new-user-password"
            name="password"
            type="password"
            required
            minLength={MIN_PASSWORD}
            maxLength={72}
            autoComplete="new-password"
            aria-describedby="new-user-password-hint"
          />
        </Field>
      </form>
    </Dialog>
  );
}
