import { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { buildLeadCardWhere } from "@/server/services/cards/lead-card-sql";
import { ZPoolCards, type TPoolCards } from "./pool-inputs";

/**
 * Adds or removes cards (by id or by filter) to/from a source or manual pool, with one
 * `pool_changed` audit row (action, count) in the same transaction. A rule pool's membership is
 * its filter, so it refuses; archived pools refuse too. Shared by addCardsToPool/removeCardsFromPool.
 */
export async function changePoolMembership(
  db: PrismaClient,
  action: "cards_added" | "cards_removed",
  input: TPoolCards,
  actor: TAuditActor,
  now: Date,
): Promise<{ poolId: string; count: number }> {
  const parsed = parseOrThrow(ZPoolCards, input);
  const { poolId } = parsed;
  return db.$transaction(
    async (tx) => {
      const [pool] = await tx.$queryRaw<{ name: string; kind: string; archived: boolean }[]>`
        SELECT name, kind::text AS kind, archived_at IS NOT NULL AS archived FROM audience_pools WHERE id = ${poolId}::uuid FOR UPDATE`;
      if (!pool) throw new DomainError("NOT_FOUND", "That pool does not exist", { poolId });
      if (pool.kind === "rule") {
        throw new DomainError("INVALID_STATE", `Pool "${pool.name}" is a rule pool: its members are the cards matching its filter, so cards cannot be added or removed by hand`);
      }
      if (pool.archived) throw new DomainError("INVALID_STATE", `Pool "${pool.name}" is archived`);

      const selected =
        "ids" in parsed
          ? Prisma.sql`SELECT c.id FROM lead_cards c WHERE c.id = ANY(${[...new Set(parsed.ids)]}::uuid[]) AND c.erased_at IS NULL`
          : Prisma.sql`SELECT c.id FROM lead_cards c WHERE ${await buildLeadCardWhere(tx, parsed.filter)}`;
      if ("ids" in parsed && action === "cards_added") {
        const [found] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${selected}) s`;
        const missing = new Set(parsed.ids).size - (found?.n ?? 0);
        if (missing > 0) throw new DomainError("NOT_FOUND", `${missing} of the selected lead cards do not exist (or were erased)`);
      }
      const count =
        action === "cards_added"
          ? await tx.$executeRaw`INSERT INTO lead_card_pools (pool_id, lead_card_id, added_at) SELECT ${poolId}::uuid, s.id, ${now} FROM (${selected}) s ON CONFLICT DO NOTHING`
          : await tx.$executeRaw`DELETE FROM lead_card_pools m WHERE m.pool_id = ${poolId}::uuid AND m.lead_card_id IN (${selected})`;
      await tx.audiencePool.update({ where: { id: poolId }, data: { updatedAt: now } });
      await recordAudit(tx, { event: "pool_changed", actor, target: { type: "audience_pool", id: poolId }, metadata: { action, count } }, now);
      return { poolId, count };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
