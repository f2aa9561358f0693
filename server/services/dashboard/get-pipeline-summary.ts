import { z } from "zod";
import type { Db } from "@/server/db/client";

const ZCount = z.number().int().nonnegative();

export const ZPipelineSummary = z.object({
  counts: z.object({
    rawProfiles: ZCount,
    leadCards: ZCount,
    tagged: ZCount,
    eligibleForEnrichment: ZCount,
    enriched: ZCount,
    handedOff: ZCount,
    importJobs: ZCount,
  }),
  recentImports: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
      createdAt: z.date(),
      acceptedCount: ZCount,
    }),
  ),
  recentHandoffBatches: z.array(
    z.object({
      id: z.string(),
      publicId: z.string(),
      schemaVersion: z.string(),
      status: z.enum(["building", "ready", "failed"]),
      recordCount: ZCount,
      createdAt: z.date(),
    }),
  ),
  auditHeadSeq: z.string().nullable(),
});
export type TPipelineSummary = z.infer<typeof ZPipelineSummary>;

/**
 * Counts at every stage of the pipeline plus the latest imports and handoff batches, for the
 * dashboard. "Tagged" means a persona and a tribe were assigned; "eligible" means an execution
 * label that may be enriched (PARTNER or AFFILIATE) on a card that was not erased.
 */
export async function getPipelineSummary(db: Db, opts: { recentLimit?: number } = {}): Promise<TPipelineSummary> {
  const take = opts.recentLimit ?? 5;
  const [rawProfiles, leadCards, tagged, eligibleForEnrichment, enriched, handedOffRows, importJobs, recentImports, recentHandoffBatches, head] =
    await Promise.all([
      db.rawSocialProfile.count(),
      db.leadCard.count(),
      db.leadCard.count({ where: { persona: { not: "unknown" }, tribe: { not: "none" } } }),
      db.leadCard.count({ where: { label: { in: ["PARTNER", "AFFILIATE"] }, erasedAt: null } }),
      db.leadCard.count({ where: { enrichmentState: "enriched" } }),
      db.$queryRaw<{ count: number }[]>`SELECT count(DISTINCT lead_card_id)::int AS count FROM handoff_batch_records`,
      db.importJob.count(),
      db.importJob.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { id: true, fileName: true, status: true, createdAt: true, acceptedCount: true },
      }),
      db.handoffBatch.findMany({
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take,
        select: { id: true, publicId: true, schemaVersion: true, status: true, recordCount: true, createdAt: true },
      }),
      db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }),
    ]);
  return {
    counts: { rawProfiles, leadCards, tagged, eligibleForEnrichment, enriched, handedOff: handedOffRows[0]?.count ?? 0, importJobs },
    recentImports,
    recentHandoffBatches,
    auditHeadSeq: head ? String(head.seq) : null,
  };
}
