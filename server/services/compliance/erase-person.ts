import type { PrismaClient } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { erasureOutboxType, type TErasureCounts, type TErasureReason, type TErasureTarget } from "@/server/domain/compliance/erasure";
import { DomainError } from "@/server/domain/errors";
import { handleDigest, platformUserIdDigest } from "@/server/domain/suppression/suppression-digest";
import { erasedJsonlLine } from "@/server/domain/handoff/scrub-erased-record";
import { recordAudit } from "@/server/services/audit/record-audit";
import { findErasureSubject } from "./find-erasure-subject";

/** What the batch file scrub job needs: the erased card and the frozen batches that held it. */
export type TBatchFileScrub = { leadCardPublicId: string; batchIds: string[] };
/**
 * Queues the scrub of the batch files INSIDE the erasure's transaction (pg-boss writes its job row
 * through the same connection): an erasure never commits without it, a rolled-back one leaves none.
 */
export type TEnqueueBatchFileScrub = (tx: Prisma.TransactionClient, data: TBatchFileScrub) => Promise<unknown>;

export type TErasureResult = { requestId: string; cardId: string | null; publicId: string | null; deleted: TErasureCounts };

/**
 * Erases one person, in one transaction:
 * - contacts, businesses and pool memberships of the lead card are deleted;
 * - the lead card and the raw profile stay as non-personal tombstones (ids, platform, erased_at,
 *   lineage and import job FKs) so enrichment cost history, handoff batch records and the audit
 *   trail keep their references: every personal field (handle, names, bio, website, location,
 *   counts, avatar, source record, hashtags, classification and its explanation) is cleared;
 * - enrichment items keep provider, credits and cost, lose the provider reference and errors;
 * - handoff batch records are served as the tombstone `{"erased":true,"lead_id":…}` from now on
 *   (stored on the record row; the pull API reads it instead of the file's line), and a
 *   `handoff.scrub-erased` job is queued in this transaction for the batches that held the card:
 *   it rewrites their files on disk (JSONL line, CSV row, manifest digests; see
 *   scrubErasedFromBatchFiles) after the commit, so the console download and later deliveries
 *   serve the erased record; copies already delivered to external targets (file transport
 *   directory, push receivers, queue consumers) are not rewritten: the outbox event below tells them;
 * - digests of the handle and platform user id go on the suppression list (later imports skip them);
 * - an outbox event `com.sxe.lead.erased.v1` tells execution platforms (no handle, bio or contact);
 * - `erasure_requested` and `erasure_completed` are audited with counts only.
 * A handle nobody has is still suppressed (an objection before the first import).
 */
export async function erasePerson(
  db: PrismaClient,
  opts: { target: TErasureTarget; reason: TErasureReason; actor: TAuditActor; enqueueBatchFileScrub: TEnqueueBatchFileScrub; requestId?: string; now?: Date },
): Promise<TErasureResult> {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const subject = await findErasureSubject(tx, opts.target);
    if (subject.card?.erasedAt) throw new DomainError("INVALID_STATE", `Lead card ${subject.card.publicId} was already erased`);
    const card = subject.card;
    const request = await tx.erasureRequest.create({
      data: { platform: subject.platform, leadCardId: card?.id ?? null, leadCardPublicId: card?.publicId ?? null, status: "requested", reason: opts.reason, requestedById: opts.actor.type === "user" ? opts.actor.id : null, requestedAt: now },
    });
    const target = card ? { type: "lead_card", id: card.id } : { type: "erasure_request", id: request.id };
    await recordAudit(tx, { event: "erasure_requested", actor: opts.actor, target, requestId: opts.requestId, metadata: { platform: subject.platform, reason: opts.reason } }, now);

    const deleted: TErasureCounts = { leadCards: 0, rawProfiles: 0, contacts: 0, businesses: 0, poolMemberships: 0, enrichmentItems: 0, handoffRecords: 0, suppressions: 0 };
    if (card) {
      deleted.contacts = (await tx.contact.deleteMany({ where: { leadCardId: card.id } })).count;
      deleted.businesses = (await tx.business.deleteMany({ where: { leadCardId: card.id } })).count;
      deleted.poolMemberships = (await tx.leadCardPool.deleteMany({ where: { leadCardId: card.id } })).count;
      deleted.enrichmentItems = (await tx.enrichmentItem.updateMany({ where: { leadCardId: card.id }, data: { providerRef: null, error: null, skipReason: null } })).count;
      // The provider calls keep their outcome and cost (spend stays reportable) but lose the
      // provider's reference and the identifiers carried between waterfall steps.
      await tx.$executeRaw`UPDATE enrichment_calls SET provider_ref = NULL, context = NULL, reason = NULL
        WHERE item_id IN (SELECT id FROM enrichment_items WHERE lead_card_id = ${card.id}::uuid)`;
      const erasedRecords = await tx.$queryRaw<{ batch_id: string }[]>`UPDATE handoff_batch_records SET record = ${erasedJsonlLine(card.publicId)}::json
        WHERE lead_card_id = ${card.id}::uuid RETURNING batch_id::text`;
      deleted.handoffRecords = erasedRecords.length;
      const batchIds = [...new Set(erasedRecords.map((r) => r.batch_id))].sort();
      if (batchIds.length) await opts.enqueueBatchFileScrub(tx, { leadCardPublicId: card.publicId, batchIds });
      await tx.leadCard.update({
        where: { id: card.id },
        data: {
          handle: null, displayName: null, bio: null, websiteDomain: null, followerCount: null, hashtags: [], language: null,
          industry: "unknown", persona: "unknown", tribe: "none", secondaryTribes: [], label: null, confidences: {}, explanation: [],
          correctedFields: [], erasedAt: now, updatedAt: now,
        },
      });
      deleted.leadCards = 1;
      await tx.rawSocialProfile.update({
        where: { id: card.rawProfileId },
        data: {
          platformUserId: null, handle: null, displayName: null, bio: null, website: null, location: null, followerCount: null, followingCount: null,
          postCount: null, likeCount: null, verified: null, avatarUrl: null, accountCreatedAt: null, sourceRecord: undefined, sourceSha256: null,
          erasedAt: now, contentPurgedAt: now, updatedAt: now,
        },
      });
      await tx.$executeRaw`UPDATE raw_social_profiles SET source_record = NULL WHERE id = ${card.rawProfileId}::uuid`;
      deleted.rawProfiles = 1;
      await tx.outboxEvent.create({
        data: { type: erasureOutboxType, aggregateType: "lead_card", aggregateId: card.publicId, payload: { leadId: card.publicId, platform: subject.platform, erasedAt: now.toISOString() }, createdAt: now, availableAt: now },
      });
    }
    if (subject.handle || subject.platformUserId) {
      await tx.suppression.create({
        data: {
          platform: subject.platform,
          handleSha256: subject.handle ? handleDigest(subject.handle) : null,
          platformUserIdSha256: subject.platformUserId ? platformUserIdDigest(subject.platformUserId) : null,
          reason: opts.reason,
          createdById: opts.actor.type === "user" ? opts.actor.id : null,
          createdAt: now,
        },
      });
      deleted.suppressions = 1;
    }
    await tx.erasureRequest.update({ where: { id: request.id }, data: { status: "completed", deleted, completedAt: now } });
    await recordAudit(tx, { event: "erasure_completed", actor: opts.actor, target, requestId: opts.requestId, metadata: { deleted } }, now);
    return { requestId: request.id, cardId: card?.id ?? null, publicId: card?.publicId ?? null, deleted };
  });
}
