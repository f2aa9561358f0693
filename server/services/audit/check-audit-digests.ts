import type { Db } from "@/server/db/client";
import { findDigestChainBreak } from "@/server/domain/audit/digest";

export type TDigestCheck = { ok: boolean; checked: number; headSeq: string | null; problem: string | null; brokenSeq: string | null };

/**
 * Checks the chain against the digests taken outside it: the digests link up, and the row each
 * digest pinned still exists with the same hash. Rows deleted after the latest digest (even with
 * the remaining chain intact) or rewritten (rehashed) show up here.
 */
export async function checkAuditDigests(db: Db): Promise<TDigestCheck> {
  const rows = await db.auditDigest.findMany({ orderBy: { id: "asc" } });
  const digests = rows.map((d) => ({ headSeq: String(d.headSeq), headHash: d.headHash, createdAt: d.createdAt.toISOString(), prevDigestHash: d.prevDigestHash, digestHash: d.digestHash }));
  if (digests.length === 0) return { ok: true, checked: 0, headSeq: null, problem: null, brokenSeq: null };
  const latest = digests.at(-1)!;
  const chainProblem = findDigestChainBreak(digests);
  if (chainProblem) return { ok: false, checked: digests.length, headSeq: latest.headSeq, problem: chainProblem, brokenSeq: latest.headSeq };
  // Newest first: the latest digest catches deletions at the end; older ones catch rewrites further back.
  for (const digest of [...digests].reverse()) {
    const row = await db.auditLog.findUnique({ where: { seq: BigInt(digest.headSeq) }, select: { hash: true } });
    if (!row) {
      const head = await db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
      return {
        ok: false, checked: digests.length, headSeq: latest.headSeq, brokenSeq: digest.headSeq,
        problem: `the digest of ${digest.createdAt} pinned row #${digest.headSeq} (hash ${digest.headHash}) but the chain now ends at #${head?.seq ?? 0}: rows were deleted`,
      };
    }
    if (row.hash !== digest.headHash) {
      return {
        ok: false, checked: digests.length, headSeq: latest.headSeq, brokenSeq: digest.headSeq,
        problem: `row #${digest.headSeq} has hash ${row.hash} but the digest of ${digest.createdAt} pinned ${digest.headHash}: the chain was rewritten`,
      };
    }
  }
  return { ok: true, checked: digests.length, headSeq: latest.headSeq, problem: null, brokenSeq: null };
}
