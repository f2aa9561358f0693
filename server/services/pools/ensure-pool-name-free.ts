import type { Prisma } from "@/server/db/generated/prisma/client";
import { DomainError } from "@/server/domain/errors";

/** Active pool names are unique case-insensitively; the conflict names the pool that holds it. */
export async function ensurePoolNameFree(tx: Prisma.TransactionClient, name: string, exceptId?: string): Promise<void> {
  const [holder] = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id::text AS id, name FROM audience_pools
    WHERE lower(name) = lower(${name}) AND archived_at IS NULL AND id IS DISTINCT FROM ${exceptId ?? null}::uuid LIMIT 1`;
  if (holder) throw new DomainError("CONFLICT", `An active pool is already named "${holder.name}"`, { poolId: holder.id, name: holder.name });
}
