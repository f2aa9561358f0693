"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import { Select } from "@/components/ui/select";

/** Review one pool or all cards: the choice is the `pool` URL parameter. */
export function ReviewPoolFilter({ pools, poolId }: { pools: { id: string; name: string }[]; poolId: string | null }) {
  const router = useRouter();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-xs font-medium">
        Pool
      </label>
      <Select
        id={id}
        className="h-7 w-56 text-xs"
        value={poolId ?? ""}
        options={[{ value: "", label: "All lead cards" }, ...pools.map((p) => ({ value: p.id, label: p.name }))]}
        onChange={(event) => router.push(event.target.value ? `/review?pool=${event.target.value}` : "/review")}
      />
    </div>
  );
}
