import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { DomainError } from "@/server/domain/errors";

/** Events that name a lead card in their metadata rather than as their target (per-item enrichment outcomes). */
const CARD_METADATA_EVENTS = ["enrichment_completed", "enrichment_failed"];

export type TLeadCardLinks = {
  card: { id: string; publicId: string; platform: string; erasedAt: Date | null; classifiedAt: Date | null; classifierVersion: string | null; createdAt: Date };
  importJobIds: string[];
  enrichmentRequestIds: string[];
  handoffBatchIds: string[];
};

/** Everything a lead card is linked to (ids only), including an erased card's tombstone. */
export async function findLeadCardLinks(db: Db, cardId: string): Promise<TLeadCardLinks> {
  const card = await db.leadCard.findUnique({
    where: { id: cardId },
    select: {
      id: true, publicId: true, platform: true, erasedAt: true, classifiedAt: true, classifierVersion: true, createdAt: true,
      rawProfile: { select: { firstImportJobId: true, lastImportJobId: true } },
      enrichmentItems: { select: { requestId: true } },
      handoffRecords: { select: { batchId: true } },
    },
  });
  if (!card) throw new DomainError("NOT_FOUND", `Lead card ${cardId} does not exist`, { id: cardId });
  const { rawProfile, enrichmentItems, handoffRecords, ...rest } = card;
  return {
    card: rest,
    importJobIds: [...new Set([rawProfile.firstImportJobId, rawProfile.lastImportJobId])],
    enrichmentRequestIds: [...new Set(enrichmentItems.map((i) => i.requestId))],
    handoffBatchIds: [...new Set(handoffRecords.map((r) => r.batchId))],
  };
}

/** Audit rows that belong to one person's trail: about the card, its imports, enrichment requests and handoff batches. */
export function leadCardTrailWhere(links: TLeadCardLinks, page: { beforeSeq?: bigint | null; afterSeq?: bigint | null; maxSeq?: bigint | null } = {}): Prisma.AuditLogWhereInput {
  const seq: Prisma.BigIntFilter = {};
  if (page.beforeSeq) seq.lt = page.beforeSeq;
  if (page.afterSeq) seq.gt = page.afterSeq;
  if (page.maxSeq !== undefined && page.maxSeq !== null) seq.lte = page.maxSeq;
  const targets: Prisma.AuditLogWhereInput[] = [
    { targetType: "lead_card", targetId: links.card.id },
    { event: { in: CARD_METADATA_EVENTS }, metadata: { path: ["leadCardId"], equals: links.card.id } },
  ];
  if (links.importJobIds.length) targets.push({ targetType: "import_job", targetId: { in: links.importJobIds } });
  if (links.enrichmentRequestIds.length) targets.push({ targetType: "enrichment_request", targetId: { in: links.enrichmentRequestIds } });
  if (links.handoffBatchIds.length) targets.push({ targetType: "handoff_batch", targetId: { in: links.handoffBatchIds } });
  return { ...(Object.keys(seq).length ? { seq } : {}), OR: targets };
}
