import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { auditActorOf, requirePermission, type TEnrichmentActor } from "./enrichment-actor";

export const ZRecordLawfulBasis = z.object({
  leadCardId: z.uuid(),
  /** e.g. "consent: opt-in form 2026-10-02" or "legitimate interests: balancing test LIA-7"; null clears it. */
  basis: z.string().trim().min(10, "describe the lawful basis (at least 10 characters)").max(500).nullable(),
}).strict();

/** An email, or a run of digits and separators holding 10+ digits (a phone number; dates have 8). */
const looksLikeContact = (text: string) =>
  /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(text) || (text.match(/\+?\d[\d\s().-]*\d/g) ?? []).some((run) => run.replace(/\D/g, "").length >= 10);

/**
 * Records (or clears) the lawful basis that lets a card from a restricted platform (X by
 * default) be matched to third-party contact data: who, when, and a `lawful_basis_recorded`
 * audit row in the same transaction. The text must not hold contact data.
 */
export async function recordLawfulBasis(db: PrismaClient, input: z.input<typeof ZRecordLawfulBasis>, actor: TEnrichmentActor, now = new Date()): Promise<{ leadCardId: string; basis: string | null; recordedAt: Date }> {
  const { leadCardId, basis } = parseOrThrow(ZRecordLawfulBasis, input);
  requirePermission(actor, "requestEnrichment", "record a lawful basis");
  if (basis && looksLikeContact(basis)) throw new DomainError("VALIDATION", "basis: describe the basis without emails or phone numbers");
  return db.$transaction(async (tx) => {
    const card = await tx.leadCard.findUnique({ where: { id: leadCardId }, select: { id: true, platform: true, erasedAt: true } });
    if (!card || card.erasedAt) throw new DomainError("NOT_FOUND", `lead card ${leadCardId} does not exist`);
    await tx.leadCard.update({ where: { id: leadCardId }, data: { lawfulBasis: basis, lawfulBasisRecordedById: actor.userId, lawfulBasisRecordedAt: now, updatedAt: now } });
    await recordAudit(tx, { event: "lawful_basis_recorded", actor: auditActorOf(actor), target: { type: "lead_card", id: leadCardId }, metadata: { basis, platform: card.platform } }, now);
    return { leadCardId, basis, recordedAt: now };
  });
}
