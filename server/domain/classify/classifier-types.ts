import { z } from "zod";
import { ZPlatform } from "@/server/domain/ingest/profile";
import { ZExecutionLabel, type TExecutionLabel } from "@/server/domain/taxonomy/taxonomy-schema";

/** Semantic version of the matching and decision code (the taxonomy carries its own version). */
export const CLASSIFIER_VERSION = "1.0.0";

/** What the classifier reads: the canonical profile's public fields (any may be missing). */
export const ZClassifierInput = z.object({
  platform: ZPlatform.nullable(),
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
  bio: z.string().nullable(),
  hashtags: z.array(z.string()).nullable(),
  /** A host ("glowlab.com") or a URL; the classifier reads the host. */
  websiteDomain: z.string().nullable(),
  followerCount: z.number().nullable(),
  followingCount: z.number().nullable(),
  postCount: z.number().nullable(),
  verified: z.boolean().nullable(),
});
export type TClassifierInput = z.infer<typeof ZClassifierInput>;

export const evidenceKinds = ["term", "phrase", "hashtag", "emoji", "domain", "rule", "count"] as const;
export type TEvidenceKind = (typeof evidenceKinds)[number];
export const evidenceFields = ["bio", "displayName", "handle", "hashtags", "websiteDomain", "followerCount", "rules"] as const;
export type TEvidenceField = (typeof evidenceFields)[number];

export const ZEvidence = z.object({
  kind: z.enum(evidenceKinds),
  value: z.string(),
  field: z.enum(evidenceFields),
  weight: z.number(),
});
export type TEvidence = z.infer<typeof ZEvidence>;

export const classifiedDimensions = ["industry", "persona", "tribe", "label"] as const;
export type TClassifiedDimension = (typeof classifiedDimensions)[number];

export const ZClassification = z.object({
  industry: z.string(),
  persona: z.string(),
  tribe: z.string(),
  /** Secondary tribes, strongest first (never includes the primary tribe). */
  tribes: z.array(z.string()),
  label: ZExecutionLabel,
  confidence: z.object({ industry: z.number(), persona: z.number(), tribe: z.number(), label: z.number() }),
  explanation: z.array(z.object({ dimension: z.enum(classifiedDimensions), slug: z.string(), evidence: z.array(ZEvidence) })),
  classifierVersion: z.string(),
});
export type TClassification = z.infer<typeof ZClassification> & { label: TExecutionLabel };
