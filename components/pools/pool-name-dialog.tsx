"use client";

import { useId, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";

/** The one "name a pool" dialog: creating a rule or manual pool, and renaming one. */
export function PoolNameDialog({
  open,
  onClose,
  title,
  description,
  submitLabel,
  name,
  onNameChange,
  canSubmit,
  pending,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  submitLabel: string;
  name: string;
  onNameChange: (name: string) => void;
  canSubmit: boolean;
  pending: boolean;
  onSubmit: () => void;
}) {
  const nameId = useId();
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={title}
      description={description}
      footer={
        <>
          <Button size="sm" variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button size="sm" variant="primary" type="submit" form={`${nameId}-form`} disabled={!canSubmit} pending={pending}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        id={`${nameId}-form`}
        className="space-y-1 text-sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit) onSubmit();
        }}
      >
        <label htmlFor={nameId} className="block text-xs font-medium">
          Pool name
        </label>
        <Input id={nameId} value={name} maxLength={120} onChange={(event) => onNameChange(event.target.value)} required />
      </form>
    </Dialog>
  );
}
