import type { Db } from "@/server/db/client";
import { poolSelect, toPoolDto, type TPoolDto } from "./pool-dto";

/** Every pool (archived ones last unless left out), with size and breakdown computed now. */
export async function listPools(db: Db, opts: { includeArchived?: boolean } = {}): Promise<TPoolDto[]> {
  const pools = await db.audiencePool.findMany({
    where: opts.includeArchived ? {} : { archivedAt: null },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }, { id: "asc" }],
    select: poolSelect,
  });
  // Issued together: each pool's count runs on its own pool connection (the client bounds how many at once).
  return Promise.all(pools.map((pool) => toPoolDto(db, pool)));
}
