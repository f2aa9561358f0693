import type { PrismaClient } from "@/server/db/client";
import type { AuditLog, Prisma } from "@/server/db/generated/prisma/client";
import { describeResolvedFilter, isContiguousFilter, type TAuditFilter } from "@/server/domain/audit/audit-filter";
import type { TAuditActor } from "@/server/domain/audit/events";
import type { TExportManifest } from "@/server/domain/audit/export-manifest";
import { auditWhere } from "./audit-where";
import { recordAudit } from "./record-audit";
import { resolveAuditFilter } from "./resolve-audit-filter";
import { streamAuditExport, type TExportFormat, type TExportSink, type TExportStats } from "./stream-audit-export";

const PAGE = 2000;

export type TAuditExportOptions = { format: TExportFormat; fileName: string; actor: TAuditActor; requestId?: string; now?: Date };

/** Pages of rows matching `where`, seq ascending, up to `maxSeq` (the head when the export began). */
export async function* auditPages(db: PrismaClient, where: (afterSeq: bigint | null) => Prisma.AuditLogWhereInput): AsyncGenerator<AuditLog[]> {
  let after: bigint | null = null;
  for (;;) {
    const rows: AuditLog[] = await db.auditLog.findMany({ where: where(after), orderBy: { seq: "asc" }, take: PAGE });
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.seq;
  }
}

/**
 * Exports the filtered trail (rows up to the head at the start) to a sink, then records the
 * export as `audit_exported` and returns its manifest (filter, counts, end hashes, file sha256).
 */
export async function exportAuditTrail(db: PrismaClient, filter: TAuditFilter, opts: TAuditExportOptions, sink: TExportSink): Promise<TExportManifest> {
  const resolved = await resolveAuditFilter(db, filter);
  const head = await db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const stats = await streamAuditExport(auditPages(db, (afterSeq) => auditWhere(resolved, { afterSeq, maxSeq: head?.seq ?? 0n })), opts.format, sink);
  const described = describeResolvedFilter(resolved, { from: filter.from, to: filter.to });
  return recordExport(db, { scope: "trail", filter: described, contiguous: isContiguousFilter(resolved), head, stats }, opts);
}

/** Records `audit_exported` (counts and ids only) and builds the manifest that goes with the file. */
export async function recordExport(
  db: PrismaClient,
  what: { scope: TExportManifest["scope"]; filter: Record<string, string>; contiguous: boolean; head: { seq: bigint; hash: string } | null; stats: TExportStats },
  opts: TAuditExportOptions,
): Promise<TExportManifest> {
  const now = opts.now ?? new Date();
  const { stats } = what;
  const recorded = await db.$transaction((tx) =>
    recordAudit(tx, {
      event: "audit_exported",
      actor: opts.actor,
      requestId: opts.requestId,
      metadata: {
        format: opts.format, scope: what.scope, rowCount: stats.rowCount, filter: what.filter,
        ...(stats.firstSeq ? { firstSeq: Number(stats.firstSeq) } : {}),
        ...(stats.lastSeq ? { lastSeq: Number(stats.lastSeq) } : {}),
        sha256: stats.sha256,
      },
    }, now),
  );
  return {
    kind: "sxe.audit-export", version: 1, format: opts.format, scope: what.scope, filter: what.filter, contiguous: what.contiguous,
    rowCount: stats.rowCount, firstSeq: stats.firstSeq, lastSeq: stats.lastSeq, firstPrevHash: stats.firstPrevHash, lastHash: stats.lastHash,
    headAtExport: what.head ? { seq: String(what.head.seq), hash: what.head.hash } : null,
    files: [{ name: opts.fileName, sha256: stats.sha256, bytes: stats.bytes }],
    exporter: { type: opts.actor.type, id: opts.actor.id, label: opts.actor.label ?? null },
    exportedAt: now.toISOString(),
    exportEventSeq: String(recorded.seq),
  };
}
