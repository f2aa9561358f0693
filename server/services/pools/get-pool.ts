import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import { poolSelect, toPoolDto, type TPoolDto } from "./pool-dto";

export async function getPool(db: Db, id: string): Promise<TPoolDto> {
  const pool = await db.audiencePool.findUnique({ where: { id }, select: poolSelect });
  if (!pool) throw new DomainError("NOT_FOUND", "That pool does not exist", { id });
  return toPoolDto(db, pool);
}
