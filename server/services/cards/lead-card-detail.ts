import { z } from "zod";
import { ZLeadCardRow } from "./lead-card-row";

const ZImportRef = z.object({ id: z.uuid(), fileName: z.string(), format: z.string().nullable(), at: z.date() });

/** The lead card detail screen's data; never a Prisma type. */
export const ZLeadCardDetail = z.object({
  card: ZLeadCardRow.extend({
    bio: z.string().nullable(),
    websiteDomain: z.string().nullable(),
    hashtags: z.array(z.string()),
    correctedFields: z.array(z.string()),
    reviewedAt: z.date().nullable(),
    reviewedBy: z.string().nullable(),
    updatedAt: z.date(),
  }),
  profile: z.object({
    /** Redacted at import: contact data appears only as "[contact removed]" markers. */
    bio: z.string().nullable(),
    website: z.string().nullable(),
    location: z.string().nullable(),
    followerCount: z.number().nullable(),
    followingCount: z.number().nullable(),
    postCount: z.number().nullable(),
    likeCount: z.number().nullable(),
    verified: z.boolean().nullable(),
    contactRedacted: z.boolean(),
    redactionCount: z.number(),
    firstSeenAt: z.date(),
    lastSeenAt: z.date(),
  }),
  lineage: z.object({ firstImport: ZImportRef, lastImport: ZImportRef }),
  classification: z.object({
    industry: z.string(),
    persona: z.string(),
    tribe: z.string(),
    secondaryTribes: z.array(z.string()),
    label: z.string().nullable(),
    confidence: z.number(),
    confidences: z.record(z.string(), z.number()),
    explanation: z.array(z.object({ dimension: z.string(), slug: z.string(), evidence: z.array(z.unknown()) })),
    classifierVersion: z.string().nullable(),
    classifiedAt: z.date().nullable(),
  }),
  pools: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.enum(["source", "rule", "manual"]) })),
  history: z.array(
    z.object({
      seq: z.string(),
      at: z.date(),
      actor: z.string(),
      event: z.string(),
      outcome: z.string(),
      metadata: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type TLeadCardDetail = z.infer<typeof ZLeadCardDetail>;
