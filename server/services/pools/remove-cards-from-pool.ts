import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { changePoolMembership } from "./change-pool-membership";
import type { TPoolCards } from "./pool-inputs";

/** Removes cards (ids ≤ 500, or all matching a filter) from a source or manual pool; returns how many left. */
export async function removeCardsFromPool(db: PrismaClient, input: TPoolCards, actor: TAuditActor, now = new Date()): Promise<{ poolId: string; count: number }> {
  return changePoolMembership(db, "cards_removed", input, actor, now);
}
