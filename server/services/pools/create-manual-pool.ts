import type { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ensurePoolNameFree } from "./ensure-pool-name-free";
import { ZCreateManualPool } from "./pool-inputs";
import { poolSelect, toPoolDto, type TPoolDto } from "./pool-dto";

/** An empty hand-picked pool; cards are added with addCardsToPool. */
export async function createManualPool(db: PrismaClient, input: z.input<typeof ZCreateManualPool>, actor: TAuditActor, now = new Date()): Promise<TPoolDto> {
  const { name, description } = parseOrThrow(ZCreateManualPool, input);
  const pool = await db.$transaction(async (tx) => {
    await ensurePoolNameFree(tx, name);
    const created = await tx.audiencePool.create({
      data: { name, kind: "manual", description: description ?? null, createdById: actor.type === "user" ? actor.id : null, createdAt: now, updatedAt: now },
      select: poolSelect,
    });
    await recordAudit(tx, { event: "pool_changed", actor, target: { type: "audience_pool", id: created.id }, metadata: { action: "created" } }, now);
    return created;
  });
  return toPoolDto(db, pool);
}
