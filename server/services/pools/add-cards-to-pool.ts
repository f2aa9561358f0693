import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { changePoolMembership } from "./change-pool-membership";
import type { TPoolCards } from "./pool-inputs";

/** Adds cards (ids ≤ 500, or all matching a filter) to a source or manual pool; returns how many were new. */
export async function addCardsToPool(db: PrismaClient, input: TPoolCards, actor: TAuditActor, now = new Date()): Promise<{ poolId: string; count: number }> {
  return changePoolMembership(db, "cards_added", input, actor, now);
}
