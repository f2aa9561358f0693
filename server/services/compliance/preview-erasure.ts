import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { TErasureTarget } from "@/server/domain/compliance/erasure";
import { findErasureSubject } from "./find-erasure-subject";

export const ZErasureCounts = z.object({
  leadCards: z.number(), rawProfiles: z.number(), contacts: z.number(), businesses: z.number(),
  poolMemberships: z.number(), enrichmentItems: z.number(), handoffRecords: z.number(), suppressions: z.number(),
});

export const ZErasurePreview = z.object({
  platform: z.string(),
  card: z.object({ id: z.string(), publicId: z.string() }).nullable(),
  alreadyErased: z.boolean(),
  counts: ZErasureCounts,
});
export type TErasurePreview = z.infer<typeof ZErasurePreview>;

/** What erasing this person would remove (the confirmation lists it); changes nothing. */
export async function previewErasure(db: Db, target: TErasureTarget): Promise<TErasurePreview> {
  const subject = await findErasureSubject(db, target);
  const suppressions = Number(Boolean(subject.handle) || Boolean(subject.platformUserId));
  if (!subject.card || subject.card.erasedAt) {
    return {
      platform: subject.platform, card: subject.card ? { id: subject.card.id, publicId: subject.card.publicId } : null, alreadyErased: Boolean(subject.card?.erasedAt),
      counts: { leadCards: 0, rawProfiles: 0, contacts: 0, businesses: 0, poolMemberships: 0, enrichmentItems: 0, handoffRecords: 0, suppressions },
    };
  }
  const id = subject.card.id;
  const [contacts, businesses, poolMemberships, enrichmentItems, handoffRecords] = await Promise.all([
    db.contact.count({ where: { leadCardId: id } }),
    db.business.count({ where: { leadCardId: id } }),
    db.leadCardPool.count({ where: { leadCardId: id } }),
    db.enrichmentItem.count({ where: { leadCardId: id } }),
    db.handoffBatchRecord.count({ where: { leadCardId: id } }),
  ]);
  return {
    platform: subject.platform, card: { id, publicId: subject.card.publicId }, alreadyErased: false,
    counts: { leadCards: 1, rawProfiles: 1, contacts, businesses, poolMemberships, enrichmentItems, handoffRecords, suppressions },
  };
}
