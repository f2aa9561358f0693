import type { Prisma } from "@/server/db/generated/prisma/client";

/** Serialises gate decisions (requests and approvals) so "already pending" and budgets hold under races. */
export const ENRICHMENT_GATE_LOCK_KEY = 72707371;

export async function lockEnrichmentGate(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ENRICHMENT_GATE_LOCK_KEY})`;
}
