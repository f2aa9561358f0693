import type { Db } from "@/server/db/client";
import type { AuditLog as TAuditLogRow } from "@/server/db/generated/prisma/client";
import { findChainBreak, type TChainBreak } from "@/server/domain/audit/chain";

export type TChainVerification = {
  ok: boolean;
  checked: number;
  headSeq: string | null;
  headHash: string | null;
  firstBroken: TChainBreak | null;
};

const PAGE_SIZE = 5000;

/** Recomputes the whole chain in seq order, page by page, and names the first broken row. */
export async function verifyAuditChain(db: Db, opts: { pageSize?: number } = {}): Promise<TChainVerification> {
  const take = opts.pageSize ?? PAGE_SIZE;
  let previous: { seq: bigint; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const rows: TAuditLogRow[] = await db.auditLog.findMany({
      where: previous ? { seq: { gt: previous.seq } } : {},
      orderBy: { seq: "asc" },
      take,
    });
    if (rows.length === 0) break;
    const chainRows = rows.map((r) => ({
      ...r,
      costCredits: r.costCredits?.toFixed(2) ?? null,
      costAmount: r.costAmount?.toFixed(4) ?? null,
    }));
    const broken = findChainBreak(chainRows, previous);
    if (broken) {
      return { ok: false, checked: checked + chainRows.findIndex((r) => String(r.seq) === broken.seq), headSeq: null, headHash: null, firstBroken: broken };
    }
    checked += rows.length;
    const last: TAuditLogRow = rows[rows.length - 1]!;
    previous = { seq: last.seq, hash: last.hash };
    if (rows.length < take) break;
  }
  return { ok: true, checked, headSeq: previous ? String(previous.seq) : null, headHash: previous?.hash ?? null, firstBroken: null };
}
