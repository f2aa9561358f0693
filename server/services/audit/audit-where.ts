import type { Prisma } from "@/server/db/generated/prisma/client";
import type { TResolvedAuditFilter } from "@/server/domain/audit/audit-filter";

/**
 * The one translation of a resolved filter into a where clause. Every condition is an equality
 * with an index that ends in seq ((event, seq), (actor_id, seq), (target_type, target_id, seq)),
 * so paging on seq stays an index range scan at millions of rows.
 */
export function auditWhere(filter: TResolvedAuditFilter, page: { beforeSeq?: bigint | null; afterSeq?: bigint | null; maxSeq?: bigint | null } = {}): Prisma.AuditLogWhereInput {
  if (filter.empty || (filter.cardIds && filter.cardIds.length === 0)) return { seq: { lt: 0n } };
  const seq: Prisma.BigIntFilter = {};
  const upper = [filter.toSeq, page.maxSeq].filter((v): v is bigint => v !== undefined && v !== null);
  if (upper.length) seq.lte = upper.reduce((a, b) => (a < b ? a : b));
  if (page.beforeSeq !== undefined && page.beforeSeq !== null) seq.lt = page.beforeSeq;
  const lower = [filter.fromSeq !== undefined ? filter.fromSeq - 1n : undefined, page.afterSeq ?? undefined].filter((v): v is bigint => v !== undefined);
  if (lower.length) seq.gt = lower.reduce((a, b) => (a > b ? a : b));
  return {
    ...(Object.keys(seq).length ? { seq } : {}),
    ...(filter.event ? { event: filter.event } : {}),
    ...(filter.actorIds ? { actorId: { in: filter.actorIds } } : {}),
    ...(filter.cardIds ? { targetType: "lead_card", targetId: { in: filter.cardIds } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
  };
}
