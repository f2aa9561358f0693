import type { Db } from "@/server/db/client";
import type { TAuditFilter, TResolvedAuditFilter } from "@/server/domain/audit/audit-filter";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_CARDS = 200;

/**
 * Turns what a person typed into ids: an actor email into the user's id, a target (lead card id,
 * public id or handle) into lead card ids — audit rows never hold handles — and the time range
 * into a seq range read from the occurred_at index (the chain is written in time order under one
 * lock), so every query below pages on seq alone.
 */
export async function resolveAuditFilter(db: Db, filter: TAuditFilter): Promise<TResolvedAuditFilter> {
  const resolved: TResolvedAuditFilter = { event: filter.event, outcome: filter.outcome };
  if (filter.actor) {
    const actor = filter.actor;
    const user = actor.includes("@") ? await db.user.findUnique({ where: { email: actor.toLowerCase() }, select: { id: true } }) : null;
    // An unknown email matches nothing (and is not carried into audit metadata, which refuses emails).
    resolved.actorIds = [user?.id ?? (actor.includes("@") ? "(no such user)" : actor)];
  }
  if (filter.target) resolved.cardIds = await resolveLeadCardIds(db, filter.target);
  if (filter.from) {
    const first = await db.auditLog.findFirst({ where: { occurredAt: { gte: filter.from } }, orderBy: { occurredAt: "asc" }, select: { seq: true } });
    if (!first) resolved.empty = true;
    else resolved.fromSeq = first.seq;
  }
  if (filter.to) {
    const last = await db.auditLog.findFirst({ where: { occurredAt: { lte: filter.to } }, orderBy: { occurredAt: "desc" }, select: { seq: true } });
    if (!last) resolved.empty = true;
    else resolved.toSeq = last.seq;
  }
  if (resolved.fromSeq !== undefined && resolved.toSeq !== undefined && resolved.fromSeq > resolved.toSeq) resolved.empty = true;
  return resolved;
}

/** A lead card id, public id or handle (with or without @, any platform) → lead card ids. */
export async function resolveLeadCardIds(db: Db, target: string): Promise<string[]> {
  const text = target.trim();
  if (UUID.test(text)) return [text.toLowerCase()];
  const byPublicId = await db.leadCard.findUnique({ where: { publicId: text }, select: { id: true } });
  if (byPublicId) return [byPublicId.id];
  const handle = text.replace(/^@/, "");
  const cards = await db.leadCard.findMany({ where: { handle: { equals: handle, mode: "insensitive" } }, select: { id: true }, take: MAX_CARDS });
  return cards.map((c) => c.id);
}
