import type { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { recordAudit } from "@/server/services/audit/record-audit";
import { ensurePoolNameFree } from "./ensure-pool-name-free";
import { ZCreateRulePool } from "./pool-inputs";
import { poolSelect, toPoolDto, type TPoolDto } from "./pool-dto";

/** A pool defined by a saved lead-card filter: its members are whichever cards match now. */
export async function createRulePool(db: PrismaClient, input: z.input<typeof ZCreateRulePool>, actor: TAuditActor, now = new Date()): Promise<TPoolDto> {
  const { name, description, filter } = parseOrThrow(ZCreateRulePool, input);
  const pool = await db.$transaction(async (tx) => {
    await ensurePoolNameFree(tx, name);
    const created = await tx.audiencePool.create({
      data: { name, kind: "rule", description: description ?? null, rule: filter, createdById: actor.type === "user" ? actor.id : null, createdAt: now, updatedAt: now },
      select: poolSelect,
    });
    await recordAudit(tx, { event: "pool_changed", actor, target: { type: "audience_pool", id: created.id }, metadata: { action: "created" } }, now);
    return created;
  });
  return toPoolDto(db, pool);
}
