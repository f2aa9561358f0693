import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { recordAudit } from "@/server/services/audit/record-audit";
import { restoreEnrichmentState } from "./card-enrichment-state";
import { auditActorOf, requirePermission, type TEnrichmentActor } from "./enrichment-actor";
import { lockPendingRequest } from "./lock-pending-request";

export const ZRejectEnrichmentRequest = z.object({ requestId: z.uuid(), reason: z.string().trim().min(3, "say why the request is rejected").max(2000) }).strict();

/** An ADMIN other than the requester rejects a pending request with a reason; its cards go back to their previous state. */
export async function rejectEnrichmentRequest(db: PrismaClient, input: z.input<typeof ZRejectEnrichmentRequest>, actor: TEnrichmentActor, now = new Date()): Promise<{ id: string; status: "rejected" }> {
  const { requestId, reason } = parseOrThrow(ZRejectEnrichmentRequest, input);
  requirePermission(actor, "approveEnrichment", "reject enrichment requests");
  return db.$transaction(async (tx) => {
    await lockPendingRequest(tx, requestId, actor, "reject");
    const items = await tx.enrichmentItem.findMany({ where: { requestId, status: "pending" }, select: { leadCardId: true } });
    await tx.enrichmentItem.updateMany({ where: { requestId, status: "pending" }, data: { status: "cancelled", skipReason: "request rejected", finishedAt: now } });
    await tx.enrichmentRequest.update({ where: { id: requestId }, data: { status: "rejected", approverId: actor.userId, decidedAt: now, decisionReason: reason, finishedAt: now } });
    await restoreEnrichmentState(tx, items.map((i) => i.leadCardId), now);
    await recordAudit(tx, { event: "enrichment_rejected", actor: auditActorOf(actor), target: { type: "enrichment_request", id: requestId }, metadata: { reason } }, now);
    return { id: requestId, status: "rejected" as const };
  });
}
