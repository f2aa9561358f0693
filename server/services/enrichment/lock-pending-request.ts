import type { Prisma } from "@/server/db/generated/prisma/client";
import { DomainError } from "@/server/domain/errors";
import type { TEnrichmentActor } from "./enrichment-actor";

/**
 * Locks a request row for a decision (FOR UPDATE: a racing decision waits, then sees the new
 * status) and checks it is pending and not the actor's own.
 */
export async function lockPendingRequest(tx: Prisma.TransactionClient, requestId: string, actor: TEnrichmentActor, verb: "approve" | "reject") {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM enrichment_requests WHERE id = ${requestId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new DomainError("NOT_FOUND", `enrichment request ${requestId} does not exist`);
  const request = await tx.enrichmentRequest.findUniqueOrThrow({ where: { id: requestId }, select: { id: true, status: true, requesterId: true, policySnapshot: true } });
  if (request.requesterId === actor.userId) {
    throw new DomainError("FORBIDDEN", `you requested enrichment request ${requestId}; another admin must ${verb} it (two-person rule)`);
  }
  if (request.status !== "pending") {
    throw new DomainError("INVALID_STATE", `enrichment request ${requestId} is already ${request.status}; only a pending request can be ${verb === "approve" ? "approved" : "rejected"}`, { status: request.status });
  }
  return request;
}
