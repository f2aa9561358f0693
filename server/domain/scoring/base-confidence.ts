import type { TCanonicalProfile } from "@/server/domain/ingest/profile";

/**
 * Base confidence of a lead card: how much usable, plausible public data its profile carries,
 * before any classification. Pure; 0–1, rounded to 3 decimals.
 *
 *   score = Σ weight × value, every value in [0, 1], weights summing to 1:
 *
 *   | part          | weight | value                                                                    |
 *   |---------------|--------|--------------------------------------------------------------------------|
 *   | hydrated      | 0.10   | 1 when the record carried profile fields (not an id/handle-only export)  |
 *   | bio_length    | 0.25   | min(1, letters in the bio / 60)                                          |
 *   | bio_language  | 0.10   | share of the bio's tokens that are words of 2+ letters (emoji-only → 0)  |
 *   | display_name  | 0.05   | 1 for a real name (not empty, not a default "user123…" name)            |
 *   | website       | 0.10   | 1 when a website is present                                             |
 *   | counts        | 0.15   | ½ per follower/following count present, × 1 when plausible (both ≥ 0,   |
 *   |               |        | integers, not both 0, followers < 10⁹), × 0.5 otherwise                  |
 *   | activity      | 0.10   | min(1, log10(posts + 1) / 3): 1 000+ posts → 1; unknown → 0              |
 *   | audience      | 0.10   | min(1, log10(followers + 1) / 4): 10 000+ followers → 1; unknown → 0     |
 *   | verified      | 0.05   | 1 when the platform marks the account verified                          |
 *
 * Adding a bio, a website, counts, posts or a verification never lowers the score (every part
 * only grows when its field appears).
 */

export type TConfidencePart = { name: string; weight: number; value: number };
export type TBaseConfidence = { score: number; parts: TConfidencePart[] };

export const BASE_CONFIDENCE_WEIGHTS = {
  hydrated: 0.1,
  bio_length: 0.25,
  bio_language: 0.1,
  display_name: 0.05,
  website: 0.1,
  counts: 0.15,
  activity: 0.1,
  audience: 0.1,
  verified: 0.05,
} as const;

const LETTER = /\p{L}/gu;
const TOKEN = /[^\s|·•,;/]+/gu;
const WORD = /^[\p{L}'’-]*\p{L}[\p{L}'’-]*\p{L}[\p{L}'’.,!?-]*$/u;
const DEFAULT_NAME = /^user\d+$/i;

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

function bioParts(bio: string | null): { length: number; language: number } {
  if (!bio) return { length: 0, language: 0 };
  const letters = bio.match(LETTER)?.length ?? 0;
  const tokens = bio.match(TOKEN) ?? [];
  const words = tokens.filter((t) => WORD.test(t)).length;
  return { length: clamp01(letters / 60), language: tokens.length === 0 ? 0 : words / tokens.length };
}

function countsValue(p: TCanonicalProfile): number {
  const present = (p.followerCount !== null ? 0.5 : 0) + (p.followingCount !== null ? 0.5 : 0);
  if (present === 0) return 0;
  const values = [p.followerCount, p.followingCount].filter((v): v is number => v !== null);
  const plausible =
    values.every((v) => Number.isInteger(v) && v >= 0) &&
    !(values.length === 2 && values.every((v) => v === 0)) &&
    (p.followerCount === null || p.followerCount < 1e9);
  return present * (plausible ? 1 : 0.5);
}

export function scoreBaseConfidence(profile: TCanonicalProfile): TBaseConfidence {
  const bio = bioParts(profile.bio);
  const name = profile.displayName?.trim() ?? "";
  const values: Record<keyof typeof BASE_CONFIDENCE_WEIGHTS, number> = {
    hydrated: profile.hydrated ? 1 : 0,
    bio_length: bio.length,
    bio_language: bio.language,
    display_name: name !== "" && !DEFAULT_NAME.test(name) ? 1 : 0,
    website: profile.website ? 1 : 0,
    counts: countsValue(profile),
    activity: profile.postCount !== null && profile.postCount >= 0 ? clamp01(Math.log10(profile.postCount + 1) / 3) : 0,
    audience: profile.followerCount !== null && profile.followerCount >= 0 ? clamp01(Math.log10(profile.followerCount + 1) / 4) : 0,
    verified: profile.verified === true ? 1 : 0,
  };
  const parts = (Object.keys(BASE_CONFIDENCE_WEIGHTS) as (keyof typeof BASE_CONFIDENCE_WEIGHTS)[]).map((key) => ({
    name: key,
    weight: BASE_CONFIDENCE_WEIGHTS[key],
    value: round3(values[key]),
  }));
  return { score: round3(clamp01(parts.reduce((sum, p) => sum + p.weight * p.value, 0))), parts };
}
