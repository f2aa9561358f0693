"use client";

import { useMutation } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPCClient } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { PoolNameDialog } from "@/components/pools/pool-name-dialog";
import { hasFilters, ruleFilterOf, type TCardFilter } from "./cards-search";
import { useInvalidateCards } from "./use-invalidate-cards";

/** "Create rule pool from current filters" and "Create manual pool" (GROWTH/ADMIN). Opens the new pool on success. */
export function PoolActions({ filter }: { filter: TCardFilter }) {
  const client = useTRPCClient();
  const invalidate = useInvalidateCards();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [kind, setKind] = useState<"rule" | "manual" | null>(null);
  const [name, setName] = useState("");

  const create = useMutation({
    mutationFn: async () =>
      kind === "rule" ? client.pools.createRule.mutate({ name: name.trim(), filter: ruleFilterOf(filter) }) : client.pools.createManual.mutate({ name: name.trim() }),
    onSuccess: async (pool) => {
      toast.success(`${pool.kind === "rule" ? "Rule" : "Manual"} pool created: ${pool.name}`);
      setKind(null);
      setName("");
      await invalidate();
      // Open the new pool; a rule pool's filter is its membership, so the table filters reset.
      const next = new URLSearchParams(pool.kind === "rule" ? "" : params.toString());
      next.set("pool", pool.id);
      next.delete("cursor");
      next.delete("p");
      router.push(`${pathname}?${next.toString()}`);
    },
    onError: (error) => toast.error("Could not create the pool", { description: error.message }),
  });

  return (
    <div className="flex items-center gap-2">
      <Button size="sm" onClick={() => setKind("rule")} disabled={!hasFilters(filter)} title={hasFilters(filter) ? undefined : "Set at least one filter first"}>
        Create rule pool from current filters
      </Button>
      <Button size="sm" onClick={() => setKind("manual")}>
        Create manual pool
      </Button>
      <PoolNameDialog
        open={kind !== null}
        onClose={() => setKind(null)}
        title={kind === "rule" ? "Create rule pool" : "Create manual pool"}
        description={
          kind === "rule"
            ? "A rule pool stores the current filters (not the pool): its members are every card that matches them, now and later."
            : "A manual pool holds the cards you add to it from the table."
        }
        submitLabel="Create pool"
        name={name}
        onNameChange={setName}
        canSubmit={Boolean(name.trim())}
        pending={create.isPending}
        onSubmit={() => create.mutate()}
      />
    </div>
  );
}
