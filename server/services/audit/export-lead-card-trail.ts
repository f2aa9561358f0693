import type { PrismaClient } from "@/server/db/client";
import type { TExportManifest } from "@/server/domain/audit/export-manifest";
import { auditPages, recordExport, type TAuditExportOptions } from "./export-audit-trail";
import { findLeadCardLinks, leadCardTrailWhere } from "./lead-card-trail-where";
import { resolveLeadCardIds } from "./resolve-audit-filter";
import { streamAuditExport, type TExportSink } from "./stream-audit-export";
import { DomainError } from "@/server/domain/errors";

/** Exports one person's trail (audit rows about the card, its imports, requests and batches) with a manifest; audited. */
export async function exportLeadCardTrail(db: PrismaClient, card: string, opts: TAuditExportOptions, sink: TExportSink): Promise<TExportManifest> {
  const [cardId, ...others] = await resolveLeadCardIds(db, card);
  if (!cardId) throw new DomainError("NOT_FOUND", `No lead card matches ${JSON.stringify(card.slice(0, 50))}`);
  if (others.length) throw new DomainError("VALIDATION", "That handle matches lead cards on several platforms; export by lead card id");
  const links = await findLeadCardLinks(db, cardId);
  const head = await db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const stats = await streamAuditExport(auditPages(db, (afterSeq) => leadCardTrailWhere(links, { afterSeq, maxSeq: head?.seq ?? 0n })), opts.format, sink);
  return recordExport(db, { scope: "lead_card", filter: { card: cardId }, contiguous: false, head, stats }, opts);
}
