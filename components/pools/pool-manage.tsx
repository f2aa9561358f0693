"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useInvalidateCards } from "@/components/cards/use-invalidate-cards";
import { useTRPCClient } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { formatCount } from "@/components/ui/format";
import { PoolNameDialog } from "./pool-name-dialog";

/** Rename or archive the open pool (GROWTH/ADMIN). Archiving asks first and says what it does. */
export function PoolManage({ pool }: { pool: { id: string; name: string; kind: string; size: number; approximate: boolean } }) {
  const client = useTRPCClient();
  const invalidate = useInvalidateCards();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [open, setOpen] = useState<"rename" | "archive" | null>(null);
  const [name, setName] = useState(pool.name);

  const rename = useMutation({
    mutationFn: () => client.pools.rename.mutate({ id: pool.id, name: name.trim() }),
    onSuccess: async (renamed) => {
      toast.success(`Pool renamed to ${renamed.name}`);
      setOpen(null);
      await invalidate();
    },
    onError: (error) => toast.error("Could not rename the pool", { description: error.message }),
  });
  const archive = useMutation({
    mutationFn: () => client.pools.archive.mutate({ id: pool.id }),
    onSuccess: async (archived) => {
      toast.success(`Pool archived: ${archived.name}`);
      setOpen(null);
      await invalidate();
      const next = new URLSearchParams(params.toString());
      for (const key of ["pool", "cursor", "p"]) next.delete(key);
      const query = next.toString();
      router.push(query ? `${pathname}?${query}` : pathname);
    },
    onError: (error) => toast.error("Could not archive the pool", { description: error.message }),
  });

  return (
    <div className="flex items-center gap-2">
      <Button
        size="sm"
        onClick={() => {
          setName(pool.name);
          setOpen("rename");
        }}
      >
        Rename pool
      </Button>
      <Button size="sm" variant="danger" onClick={() => setOpen("archive")}>
        Archive pool
      </Button>
      <PoolNameDialog
        open={open === "rename"}
        onClose={() => setOpen(null)}
        title="Rename pool"
        submitLabel="Rename"
        name={name}
        onNameChange={setName}
        canSubmit={Boolean(name.trim()) && name.trim() !== pool.name}
        pending={rename.isPending}
        onSubmit={() => rename.mutate()}
      />
      <ConfirmDialog
        open={open === "archive"}
        title={`Archive ${pool.name}?`}
        description={`The ${pool.kind} pool leaves the pools list. Its ${pool.approximate ? "about " : ""}${formatCount(pool.size)} lead cards are not changed or deleted, and stay in every other pool.`}
        cancelLabel="Keep pool"
        confirmLabel="Archive pool"
        pending={archive.isPending}
        onConfirm={() => archive.mutate()}
        onCancel={() => setOpen(null)}
      />
    </div>
  );
}
