import type { Db } from "@/server/db/client";

/**
 * Approved or running batches that no live worker holds: never claimed, lease released, or
 * lease expired (its worker died). `graceMs` also returns leases about to expire.
 */
export async function findResumableEnrichmentBatches(db: Db, now: Date, graceMs = 0): Promise<{ id: string; leaseExpiresAt: Date | null }[]> {
  const rows = await db.$queryRaw<{ id: string; lease_expires_at: Date | null }[]>`
    SELECT id::text, lease_expires_at FROM enrichment_requests
     WHERE status IN ('approved', 'running') AND (lease_expires_at IS NULL OR lease_expires_at < ${new Date(now.getTime() + graceMs)})
     ORDER BY created_at LIMIT 100`;
  return rows.map((r) => ({ id: r.id, leaseExpiresAt: r.lease_expires_at }));
}
