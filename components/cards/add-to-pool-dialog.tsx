"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { useTRPC, useTRPCClient } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { formatCount } from "@/components/ui/format";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { TCardFilter } from "./cards-search";
import { useInvalidateCards } from "./use-invalidate-cards";

const NEW = "__new__";

/** Add the selected cards (ids, or every card matching `filter` when ids is null) to a manual pool, picked or created here. */
export function AddToPoolDialog({
  open,
  onOpenChange,
  filter,
  ids,
  count,
  onDone,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  filter: TCardFilter;
  ids: string[] | null;
  count: number;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const invalidate = useInvalidateCards();
  const pools = useQuery(trpc.pools.list.queryOptions(undefined, { enabled: open }));
  const manual = (pools.data ?? []).filter((pool) => pool.kind === "manual");
  const [choice, setChoice] = useState("");
  const [name, setName] = useState("");
  const pickId = useId();
  const nameId = useId();
  const picked = choice || (manual[0]?.id ?? NEW);

  const add = useMutation({
    mutationFn: async () => {
      const pool = picked === NEW ? await client.pools.createManual.mutate({ name: name.trim() }) : manual.find((p) => p.id === picked)!;
      const result = await client.pools.addCards.mutate(ids ? { poolId: pool.id, ids } : { poolId: pool.id, filter });
      return { pool, result };
    },
    onSuccess: async ({ pool, result }) => {
      toast.success(`Added ${formatCount(result.count)} ${result.count === 1 ? "card" : "cards"} to ${pool.name}`);
      onOpenChange(false);
      setName("");
      setChoice("");
      onDone();
      await invalidate();
    },
    onError: (error) => toast.error("Could not add the cards to the pool", { description: error.message }),
  });

  const options = [...manual.map((pool) => ({ value: pool.id, label: `${pool.name} (${formatCount(pool.size)})` })), { value: NEW, label: "New manual pool…" }];
  const canSubmit = picked !== NEW || name.trim().length > 0;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Add to a manual pool"
      description={`${formatCount(count)} ${count === 1 ? "card" : "cards"} will be added. Cards already in the pool stay once.`}
      footer={
        <>
          <Button size="sm" variant="ghost" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button size="sm" variant="primary" type="submit" form={`${pickId}-form`} disabled={!canSubmit || pools.isPending} pending={add.isPending}>
            Add to pool
          </Button>
        </>
      }
    >
      <form
        id={`${pickId}-form`}
        className="space-y-3 text-sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (canSubmit) add.mutate();
        }}
      >
        {pools.isPending ? <p className="text-muted">Loading pools…</p> : null}
        {pools.error ? <p role="alert" className="text-danger-fg">Could not load pools: {pools.error.message}</p> : null}
        <div className="space-y-1">
          <label htmlFor={pickId} className="block text-xs font-medium">
            Pool
          </label>
          <Select id={pickId} className="w-full" options={options} value={picked} onChange={(event) => setChoice(event.target.value)} />
        </div>
        {picked === NEW ? (
          <div className="space-y-1">
            <label htmlFor={nameId} className="block text-xs font-medium">
              New pool name
            </label>
            <Input id={nameId} value={name} maxLength={120} onChange={(event) => setName(event.target.value)} required />
          </div>
        ) : null}
      </form>
    </Dialog>
  );
}
