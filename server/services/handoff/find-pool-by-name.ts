import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";

/** The active pool with this exact name (names are unique among active pools). */
export async function findPoolByName(db: Db, name: string): Promise<{ id: string; name: string }> {
  const pools = await db.audiencePool.findMany({ where: { name, archivedAt: null }, select: { id: true, name: true }, take: 2 });
  if (!pools.length) throw new DomainError("NOT_FOUND", `--pool: no active pool named "${name}"`);
  if (pools.length > 1) throw new DomainError("CONFLICT", `--pool: several active pools are named "${name}"`);
  return pools[0]!;
}
