import { describe, expect, it } from "vitest";
import type { TCanonicalProfile } from "@/server/domain/ingest/profile";
import { BASE_CONFIDENCE_WEIGHTS, scoreBaseConfidence } from "./base-confidence";

const empty: TCanonicalProfile = {
  platform: "x", platformUserId: null, handle: "someone", displayName: null, bio: null, website: null, location: null, followerCount: null,
  followingCount: null, postCount: null, likeCount: null, verified: null, avatarUrl: null, accountCreatedAt: null, hydrated: false,
};
const full: TCanonicalProfile = {
  ...empty, platformUserId: "1", displayName: "Ana Souza", bio: "Product designer in Lisbon. I write about onboarding and accessibility every week.",
  website: "https://anasouza.design", followerCount: 25_000, followingCount: 800, postCount: 4_200, verified: true, hydrated: true,
};

describe("scoreBaseConfidence", () => {
  it("weights sum to 1 and every part is named, weighted and bounded", () => {
    const total = Object.values(BASE_CONFIDENCE_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 10);
    for (const part of scoreBaseConfidence(full).parts) {
      expect(part.value).toBeGreaterThanOrEqual(0);
      expect(part.value).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ["an id/handle-only record", empty, 0, 0.001],
    ["a complete, plausible profile", full, 0.95, 1],
    ["an emoji-only bio", { ...empty, hydrated: true, bio: "✨🦋✨" }, 0.1, 0.15],
  ])("scores %s within bounds", (_name, profile, min, max) => {
    const { score } = scoreBaseConfidence(profile as TCanonicalProfile);
    expect(score).toBeGreaterThanOrEqual(min);
    expect(score).toBeLessThanOrEqual(max);
    expect(Math.round(score * 1000) / 1000).toBe(score);
  });

  const variants: TCanonicalProfile[] = [
    empty,
    { ...empty, hydrated: true },
    { ...empty, hydrated: true, followerCount: 0, followingCount: 0 },
    { ...empty, hydrated: true, followerCount: -5, postCount: 3 },
    { ...full, bio: null, website: null },
    { ...full, website: null },
    { ...full, bio: null },
  ];
  it.each(variants.map((v, i) => [i, v] as const))("adding a bio or a website never lowers the score (variant %i)", (_i, profile) => {
    const before = scoreBaseConfidence(profile).score;
    expect(scoreBaseConfidence({ ...profile, bio: profile.bio ?? "coffee, code and long walks" }).score).toBeGreaterThanOrEqual(before);
    expect(scoreBaseConfidence({ ...profile, website: profile.website ?? "https://example.org" }).score).toBeGreaterThanOrEqual(before);
    expect(scoreBaseConfidence({ ...profile, verified: true }).score).toBeGreaterThanOrEqual(before);
    expect(scoreBaseConfidence({ ...profile, postCount: profile.postCount ?? 10 }).score).toBeGreaterThanOrEqual(before);
  });

  it("rewards plausible counts over implausible ones and real names over default ones", () => {
    const base = { ...empty, hydrated: true };
    expect(scoreBaseConfidence({ ...base, followerCount: 120, followingCount: 80 }).score).toBeGreaterThan(scoreBaseConfidence({ ...base, followerCount: 0, followingCount: 0 }).score);
    expect(scoreBaseConfidence({ ...base, displayName: "Maya Reed" }).score).toBeGreaterThan(scoreBaseConfidence({ ...base, displayName: "user8372615204" }).score);
  });

  it("rewards wordy bios over emoji and digits", () => {
    const base = { ...empty, hydrated: true };
    expect(scoreBaseConfidence({ ...base, bio: "ceramicist and studio owner, workshops monthly" }).score).toBeGreaterThan(scoreBaseConfidence({ ...base, bio: "🏺 ✨ 2024 🏺" }).score);
  });

  it("is pure", () => {
    expect(scoreBaseConfidence(full)).toEqual(scoreBaseConfidence(structuredClone(full)));
  });
});
