import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import { platforms } from "@/server/domain/ingest/profile";
import { enrichmentStates, reviewStates } from "@/server/domain/cards/lead-card-query";
import { executionLabels } from "@/server/domain/taxonomy/taxonomy-schema";

/** One row of the lead cards table (and of the review queue); never a Prisma type. */
export const ZLeadCardRow = z.object({
  id: z.uuid(),
  publicId: z.string(),
  platform: z.enum(platforms),
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  followerCount: z.number().nullable(),
  industry: z.string(),
  persona: z.string(),
  tribe: z.string(),
  secondaryTribes: z.array(z.string()),
  label: z.enum(executionLabels).nullable(),
  baseConfidence: z.number(),
  classificationConfidence: z.number(),
  reviewState: z.enum(reviewStates),
  enrichmentState: z.enum(enrichmentStates),
  createdAt: z.date(),
});
export type TLeadCardRow = z.infer<typeof ZLeadCardRow>;

/** Columns for a row, from `lead_cards c JOIN raw_social_profiles p`. */
export const leadCardRowColumns = Prisma.sql`c.id::text AS id, c.public_id AS "publicId", c.platform::text AS platform, c.handle,
  c.display_name AS "displayName", p.avatar_url AS "avatarUrl", c.follower_count::float8 AS "followerCount", c.industry, c.persona, c.tribe,
  coalesce(c.secondary_tribes, '{}') AS "secondaryTribes", c.label::text AS label, c.base_confidence::float8 AS "baseConfidence",
  c.classification_confidence::float8 AS "classificationConfidence", c.review_state::text AS "reviewState",
  c.enrichment_state::text AS "enrichmentState", c.created_at AS "createdAt"`;

export type TLeadCardRowRecord = TLeadCardRow;

export const toLeadCardRow = (r: TLeadCardRowRecord): TLeadCardRow => ({
  id: r.id, publicId: r.publicId, platform: r.platform, handle: r.handle, displayName: r.displayName, avatarUrl: r.avatarUrl,
  followerCount: r.followerCount, industry: r.industry, persona: r.persona, tribe: r.tribe, secondaryTribes: r.secondaryTribes, label: r.label,
  baseConfidence: r.baseConfidence, classificationConfidence: r.classificationConfidence, reviewState: r.reviewState,
  enrichmentState: r.enrichmentState, createdAt: r.createdAt,
});
