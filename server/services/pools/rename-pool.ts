import type { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ensurePoolNameFree } from "./ensure-pool-name-free";
import { ZRenamePool } from "./pool-inputs";
import { poolSelect, toPoolDto, type TPoolDto } from "./pool-dto";

/** Renames an active pool (names stay unique among active pools, case-insensitively). */
export async function renamePool(db: PrismaClient, input: z.input<typeof ZRenamePool>, actor: TAuditActor, now = new Date()): Promise<TPoolDto> {
  const { id, name } = parseOrThrow(ZRenamePool, input);
  const pool = await db.$transaction(async (tx) => {
    const current = await tx.audiencePool.findUnique({ where: { id }, select: { archivedAt: true, name: true } });
    if (!current) throw new DomainError("NOT_FOUND", "That pool does not exist", { id });
    if (current.archivedAt) throw new DomainError("INVALID_STATE", `Pool "${current.name}" is archived`);
    await ensurePoolNameFree(tx, name, id);
    const updated = await tx.audiencePool.update({ where: { id }, data: { name, updatedAt: now }, select: poolSelect });
    await recordAudit(tx, { event: "pool_changed", actor, target: { type: "audience_pool", id }, metadata: { action: "renamed" } }, now);
    return updated;
  });
  return toPoolDto(db, pool);
}
