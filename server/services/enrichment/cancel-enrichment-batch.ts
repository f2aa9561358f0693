import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { restoreEnrichmentState } from "./card-enrichment-state";
import { auditActorOf, requirePermission, type TEnrichmentActor } from "./enrichment-actor";

export const ZCancelEnrichmentBatch = z.object({ requestId: z.uuid(), reason: z.string().trim().min(1).max(2000).optional() }).strict();

/**
 * An ADMIN stops a pending, approved or running batch: every item not yet sent to a provider
 * is cancelled at once; a chunk already in flight finishes and is recorded (its credits were
 * spent), and the worker stops before the next chunk. Audited with the number cancelled.
 */
export async function cancelEnrichmentBatch(db: PrismaClient, input: z.input<typeof ZCancelEnrichmentBatch>, actor: TEnrichmentActor, now = new Date()): Promise<{ id: string; status: "cancelled"; cancelled: number }> {
  const { requestId, reason } = parseOrThrow(ZCancelEnrichmentBatch, input);
  requirePermission(actor, "approveEnrichment", "cancel enrichment batches");
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM enrichment_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
    if (rows.length === 0) throw new DomainError("NOT_FOUND", `enrichment request ${requestId} does not exist`);
    const status = rows[0]!.status;
    if (!["pending", "approved", "running"].includes(status)) throw new DomainError("INVALID_STATE", `enrichment request ${requestId} is ${status}; only a pending, approved or running batch can be cancelled`, { status });
    const stopped = await tx.$queryRaw<{ lead_card_id: string }[]>`
      UPDATE enrichment_items i SET status = 'cancelled', skip_reason = 'batch cancelled', finished_at = ${now}
       WHERE i.request_id = ${requestId}::uuid AND i.status IN ('pending', 'running')
         AND NOT EXISTS (SELECT 1 FROM enrichment_calls c WHERE c.item_id = i.id AND c.status = 'completed')
      RETURNING i.lead_card_id::text`;
    await tx.enrichmentRequest.update({ where: { id: requestId }, data: { status: "cancelled", finishedAt: now, ...(status === "pending" ? { decidedAt: now } : {}) } });
    await restoreEnrichmentState(tx, stopped.map((r) => r.lead_card_id), now);
    await recordAudit(tx, { event: "enrichment_cancelled", actor: auditActorOf(actor), target: { type: "enrichment_request", id: requestId }, metadata: { ...(reason ? { reason } : {}), remaining: stopped.length } }, now);
    return { id: requestId, status: "cancelled" as const, cancelled: stopped.length };
  });
}
