import { z } from "zod";
import type { Db } from "@/server/db/client";
import { MAX_SELECTION_CARDS } from "@/server/domain/enrichment/batching";
import { DomainError } from "@/server/domain/errors";
import { buildLeadCardWhere } from "@/server/services/cards/lead-card-sql";

/** A selection: named cards, or every card of a pool (by id or by name). */
export const ZEnrichmentSelection = z.union([
  z.object({ cardIds: z.array(z.uuid()).min(1).max(MAX_SELECTION_CARDS) }).strict(),
  z.object({ poolId: z.uuid() }).strict(),
  z.object({ poolName: z.string().trim().min(1).max(200) }).strict(),
]);
export type TEnrichmentSelection = z.infer<typeof ZEnrichmentSelection>;

/** The card ids of a selection, de-duplicated in order; unknown cards or pools are NOT_FOUND. */
export async function resolveSelection(db: Db, selection: TEnrichmentSelection): Promise<string[]> {
  if ("cardIds" in selection) {
    const ids = [...new Set(selection.cardIds)];
    const found = await db.leadCard.findMany({ where: { id: { in: ids } }, select: { id: true } });
    if (found.length !== ids.length) {
      const known = new Set(found.map((c) => c.id));
      const missing = ids.filter((id) => !known.has(id));
      throw new DomainError("NOT_FOUND", `${missing.length} selected lead card(s) do not exist: ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ", …" : ""}`);
    }
    return ids;
  }
  const pools = await db.audiencePool.findMany({
    where: "poolId" in selection ? { id: selection.poolId } : { name: selection.poolName, archivedAt: null },
    select: { id: true, name: true },
    take: 2,
  });
  if (pools.length === 0) throw new DomainError("NOT_FOUND", "poolId" in selection ? `pool ${selection.poolId} does not exist` : `no open pool is named "${selection.poolName}"`);
  if (pools.length > 1) throw new DomainError("CONFLICT", `more than one open pool is named "${pools[0]!.name}"; use its id`);
  const where = await buildLeadCardWhere(db, { poolId: pools[0]!.id });
  const members = await db.$queryRaw<{ id: string }[]>`SELECT c.id::text AS id FROM lead_cards c WHERE ${where} ORDER BY c.created_at, c.id LIMIT ${MAX_SELECTION_CARDS + 1}`;
  if (members.length > MAX_SELECTION_CARDS) throw new DomainError("LIMIT_EXCEEDED", `pool "${pools[0]!.name}" has more than ${MAX_SELECTION_CARDS} cards; enrich a smaller pool or a selection`);
  if (members.length === 0) throw new DomainError("VALIDATION", `pool "${pools[0]!.name}" has no cards`);
  return members.map((m) => m.id);
}
