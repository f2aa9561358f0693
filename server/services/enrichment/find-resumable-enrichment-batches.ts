import type { Db } from "@/server/db/client";

/**
 * Batches no live worker holds: running ones whose lease was released or has expired (their
 * worker died or gave up), and approved ones still not started `approvedGraceMs` after approval
 * (their job normally comes with the approval; this only covers a lost one). A duplicate run is
 * harmless: it finds the lease held or the batch finished and does nothing.
 */
export async function findResumableEnrichmentBatches(db: Db, now: Date, approvedGraceMs = 10 * 60_000): Promise<{ id: string; leaseExpiresAt: Date | null }[]> {
  const rows = await db.$queryRaw<{ id: string; lease_expires_at: Date | null }[]>`
    SELECT id::text, lease_expires_at FROM enrichment_requests
     WHERE (status = 'running' AND (lease_expires_at IS NULL OR lease_expires_at < ${now}))
        OR (status = 'approved' AND decided_at < ${new Date(now.getTime() - approvedGraceMs)})
     ORDER BY created_at LIMIT 100`;
  return rows.map((r) => ({ id: r.id, leaseExpiresAt: r.lease_expires_at }));
}
