import { classifyProfile } from "@/server/domain/classify/classify-profile";
import type { TClassification } from "@/server/domain/classify/classifier-types";
import type { TCanonicalProfile } from "@/server/domain/ingest/profile";
import { scoreBaseConfidence } from "@/server/domain/scoring/base-confidence";
import type { TTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";

/**
 * What a lead card adds to its raw profile (README "Normalisation"): the website's domain
 * (lowercased, no `www.`), hashtags from the source and the bio (lowercased, deduplicated, at most
 * 20), the base confidence score and the classification. Pure: the same profile and taxonomy
 * always give the same card.
 */
export type TCardFields = {
  websiteDomain: string | null;
  hashtags: string[];
  baseConfidence: number;
  classification: TClassification;
};

const BIO_HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]{1,50})/gu;

export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

export function collectHashtags(sourceTags: readonly string[], bio: string | null): string[] {
  const tags = new Set(sourceTags.map((t) => t.toLowerCase()));
  for (const match of bio?.matchAll(BIO_HASHTAG) ?? []) tags.add(match[1]!.toLowerCase());
  return [...tags].slice(0, 20);
}

export function normalizeCard(profile: TCanonicalProfile, sourceHashtags: readonly string[], taxonomy: TTaxonomy): TCardFields {
  const domain = websiteDomain(profile.website);
  const hashtags = collectHashtags(sourceHashtags, profile.bio);
  const classification = classifyProfile(
    {
      platform: profile.platform, handle: profile.handle, displayName: profile.displayName, bio: profile.bio, hashtags, websiteDomain: domain,
      followerCount: profile.followerCount, followingCount: profile.followingCount, postCount: profile.postCount, verified: profile.verified,
    },
    taxonomy,
  );
  return { websiteDomain: domain, hashtags, baseConfidence: scoreBaseConfidence(profile).score, classification };
}
