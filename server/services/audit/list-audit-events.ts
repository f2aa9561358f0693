import type { Db } from "@/server/db/client";
import type { TAuditFilter } from "@/server/domain/audit/audit-filter";
import { auditWhere } from "./audit-where";
import { toAuditEventDto, type TAuditEventDto } from "./audit-event-dto";
import { resolveAuditFilter } from "./resolve-audit-filter";

/** The audit trail, newest first, keyset-paginated on seq (`beforeSeq` = the last seq of the previous page). */
export async function listAuditEvents(
  db: Db,
  opts: { filter: TAuditFilter; limit: number; beforeSeq?: string | null },
): Promise<{ items: TAuditEventDto[]; nextCursor: string | null }> {
  const resolved = await resolveAuditFilter(db, opts.filter);
  const rows = await db.auditLog.findMany({
    where: auditWhere(resolved, { beforeSeq: opts.beforeSeq ? BigInt(opts.beforeSeq) : null }),
    orderBy: { seq: "desc" },
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  return { items: page.map(toAuditEventDto), nextCursor: rows.length > opts.limit ? String(page.at(-1)!.seq) : null };
}
