import { z } from "zod";
import type { Db } from "@/server/db/client";
import { can, type TRole } from "@/server/domain/auth/roles";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { maskContactValue } from "@/server/domain/enrichment/contact-values";
import { DomainError } from "@/server/domain/errors";

export const ZListCardContacts = z.object({ leadCardId: z.uuid() }).strict();

export const ZCardContact = z.object({
  id: z.uuid(),
  type: z.enum(["email", "phone"]),
  /** The value for roles with `seeContactValues` (COMPLIANCE, ADMIN); masked for everyone else. */
  value: z.string(),
  masked: z.boolean(),
  subtype: z.string().nullable(),
  verificationStatus: z.string().nullable(),
  dnc: z.boolean(),
  tcpa: z.boolean(),
  litigator: z.boolean(),
  provider: z.string(),
  providerRef: z.string().nullable(),
  requestId: z.uuid().nullable(),
  fetchedAt: z.date(),
});
export const ZCardContacts = z.object({
  leadCardId: z.uuid(),
  masked: z.boolean(),
  contacts: z.array(ZCardContact),
  businesses: z.array(z.object({ id: z.uuid(), name: z.string(), domain: z.string().nullable(), industry: z.string().nullable(), size: z.string().nullable(), location: z.string().nullable(), provider: z.string(), fetchedAt: z.date() })),
});
export type TCardContacts = z.infer<typeof ZCardContacts>;

/**
 * A card's enriched contacts and businesses. Masking happens HERE, before anything leaves the
 * server: a viewer without `seeContactValues` never receives a value, whatever the screen does.
 */
export async function listCardContacts(db: Db, input: z.input<typeof ZListCardContacts>, viewer: { role: TRole }): Promise<TCardContacts> {
  const { leadCardId } = parseOrThrow(ZListCardContacts, input);
  const card = await db.leadCard.findUnique({ where: { id: leadCardId }, select: { id: true } });
  if (!card) throw new DomainError("NOT_FOUND", `lead card ${leadCardId} does not exist`);
  const full = can(viewer.role, "seeContactValues");
  const [contacts, businesses] = await Promise.all([
    db.contact.findMany({ where: { leadCardId }, orderBy: [{ type: "asc" }, { fetchedAt: "desc" }, { id: "asc" }] }),
    db.business.findMany({ where: { leadCardId }, orderBy: [{ fetchedAt: "desc" }, { id: "asc" }] }),
  ]);
  return {
    leadCardId,
    masked: !full,
    contacts: contacts.map((c) => ({
      id: c.id, type: c.type, value: full ? c.value : maskContactValue(c.type, c.value), masked: !full, subtype: c.subtype, verificationStatus: c.verificationStatus,
      dnc: c.dnc, tcpa: c.tcpa, litigator: c.litigator, provider: c.provider, providerRef: full ? c.providerRef : null, requestId: c.requestId, fetchedAt: c.fetchedAt,
    })),
    businesses: businesses.map((b) => ({ id: b.id, name: b.name, domain: b.domain, industry: b.industry, size: b.size, location: b.location, provider: b.provider, fetchedAt: b.fetchedAt })),
  };
}
