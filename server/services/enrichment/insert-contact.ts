import type { Prisma } from "@/server/db/generated/prisma/client";
import { normaliseEmail, normalisePhone } from "@/server/domain/enrichment/contact-values";

export type TContactInput = {
  leadCardId: string; requestId: string; type: "email" | "phone"; value: string; subtype: string | null; verificationStatus: string | null;
  dnc: boolean; tcpa: boolean; litigator: boolean; provider: "apollo" | "batchdata"; providerRef: string | null; fetchedAt: Date;
};

/**
 * Stores one email or phone in `contacts` (the only table for them), normalised; a value the
 * card already has is refreshed (flags, provider, fetched at) rather than duplicated. Values
 * that are not an email or a phone number are dropped. Returns whether one was stored.
 */
export async function insertContact(tx: Prisma.TransactionClient, c: TContactInput): Promise<boolean> {
  const value = c.type === "email" ? normaliseEmail(c.value) : normalisePhone(c.value);
  if (!value) return false;
  await tx.$executeRaw`
    INSERT INTO contacts (lead_card_id, request_id, type, value, subtype, verification_status, dnc, tcpa, litigator, provider, provider_ref, fetched_at)
    VALUES (${c.leadCardId}::uuid, ${c.requestId}::uuid, ${c.type}::contact_type, ${value}, ${c.subtype?.slice(0, 50) ?? null}, ${c.verificationStatus?.slice(0, 50) ?? null},
            ${c.dnc}, ${c.tcpa}, ${c.litigator}, ${c.provider}, ${c.providerRef}, ${c.fetchedAt})
    ON CONFLICT (lead_card_id, type, value) DO UPDATE SET
      request_id = EXCLUDED.request_id, subtype = coalesce(EXCLUDED.subtype, contacts.subtype),
      verification_status = coalesce(EXCLUDED.verification_status, contacts.verification_status),
      dnc = contacts.dnc OR EXCLUDED.dnc, tcpa = contacts.tcpa OR EXCLUDED.tcpa, litigator = contacts.litigator OR EXCLUDED.litigator,
      provider = EXCLUDED.provider, provider_ref = EXCLUDED.provider_ref, fetched_at = EXCLUDED.fetched_at`;
  return true;
}
