import type { TPlatform } from "@/server/domain/ingest/profile";
import { communities, contactSnippets, decoySnippets, firstNames, lastNames, places, roleHooks } from "./audience-vocabulary";

/**
 * A seeded generator of realistic, fictional profiles in each platform's native API shape
 * (X API v2 user objects, TikTok Display API users, Threads profile-lookup objects). The same
 * seed always yields the same audience, so the demo and the benchmarks are reproducible.
 */
export type TGeneratedProfile = { platform: TPlatform; record: Record<string, unknown> };

export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function followers(random: () => number): number {
  const tier = random();
  if (tier < 0.55) return Math.floor(random() * 2_000);
  if (tier < 0.85) return 2_000 + Math.floor(random() * 48_000);
  if (tier < 0.97) return 50_000 + Math.floor(random() * 450_000);
  return 500_000 + Math.floor(random() * 4_500_000);
}

function bio(random: () => number, index: number, maxLength: number): { text: string; hashtags: string[]; site: string | null } {
  if (random() < 0.08) return { text: pick(random, ["", "✨", "lurker", "just here for the memes", "🌙🌙🌙"]), hashtags: [], site: null };
  const main = pick(random, communities);
  const second = random() < 0.3 ? pick(random, communities) : null;
  const hook = pick(random, roleHooks);
  const hashtags = random() < 0.5 ? [pick(random, main.hashtags)] : [];
  const parts = [hook ? `${hook} ${pick(random, main.phrases)}` : pick(random, main.phrases)];
  if (second && second !== main) parts.push(pick(random, second.phrases));
  if (random() < 0.12) parts.push(pick(random, contactSnippets).replace("{name}", `fan${index}`).replace("{n}", String(10 + (index % 89))));
  if (random() < 0.15) parts.push(pick(random, decoySnippets));
  parts.push(...hashtags.map((h) => `#${h}`));
  const text = parts.join(" · ").slice(0, maxLength);
  return { text, hashtags, site: main.sites.length && random() < 0.35 ? `https://${pick(random, main.sites)}` : null };
}

function handleFor(random: () => number, index: number, first: string, last: string, maxLength: number, allowDots: boolean): string {
  const sep = allowDots && random() < 0.4 ? "." : "_";
  const base = `${first}${random() < 0.5 ? sep + last : ""}`.toLowerCase().normalize("NFD").replace(/[^a-z0-9._]/g, "");
  const suffix = index.toString(36);
  return `${base.slice(0, maxLength - suffix.length - 1)}${sep}${suffix}`;
}

export function generateProfile(platform: TPlatform, index: number, seed: number): TGeneratedProfile {
  const random = createRandom(seed * 1_000_003 + index * 7919 + platform.length);
  const first = pick(random, firstNames);
  const last = pick(random, lastNames);
  const name = random() < 0.8 ? `${first} ${last}` : `${first} ✨`;
  const count = followers(random);
  const created = new Date(Date.UTC(2010 + Math.floor(random() * 15), Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString();
  if (platform === "x") {
    const b = bio(random, index, 160);
    const username = handleFor(random, index, first, last, 15, false);
    const id = `1${String(300_000_000_000_000_000n + BigInt(index) * 7_919n + BigInt(seed))}`.slice(0, 19);
    return {
      platform,
      record: {
        id, username, name, description: b.text, location: pick(random, places), created_at: created,
        url: b.site ? `https://t.co/${index.toString(36).padStart(10, "x")}` : "",
        entities: {
          ...(b.site ? { url: { urls: [{ start: 0, end: 23, url: `https://t.co/${index.toString(36).padStart(10, "x")}`, expanded_url: b.site, display_url: b.site.replace("https://", "") }] } } : {}),
          ...(b.hashtags.length ? { description: { hashtags: b.hashtags.map((tag) => ({ start: 0, end: tag.length + 1, tag })) } } : {}),
        },
        verified: count > 400_000, verified_type: count > 400_000 ? "blue" : "none", protected: false,
        profile_image_url: `https://pbs.twimg.com/profile_images/${id}/avatar_normal.jpg`,
        public_metrics: { followers_count: count, following_count: Math.floor(random() * 3_000), tweet_count: Math.floor(random() * 40_000), listed_count: Math.floor(random() * 200) },
      },
    };
  }
  if (platform === "tiktok") {
    const b = bio(random, index, 80);
    const username = handleFor(random, index, first, last, 24, true);
    return {
      platform,
      record: {
        open_id: uuidLike(random), union_id: uuidLike(random), username, display_name: name, bio_description: b.text,
        avatar_url: `https://p16-sign-va.tiktokcdn.com/avt/${username}.jpeg`, profile_deep_link: `https://vm.tiktok.com/${index.toString(36)}/`,
        is_verified: count > 1_000_000, follower_count: count, following_count: Math.floor(random() * 2_000),
        likes_count: count * (1 + Math.floor(random() * 30)), video_count: Math.floor(random() * 1_500),
      },
    };
  }
  const b = bio(random, index, 150);
  const username = handleFor(random, index, first, last, 30, true);
  return {
    platform,
    record: {
      id: String(17_000_000_000_000_000n + BigInt(index) * 7_919n + BigInt(seed)), username, name, biography: b.text,
      profile_picture_url: `https://scontent.cdninstagram.com/v/${username}.jpg`, is_verified: count > 800_000,
      follower_count: count, likes_count: Math.floor(random() * 10_000), quotes_count: Math.floor(random() * 50),
      replies_count: Math.floor(random() * 900), reposts_count: Math.floor(random() * 100), views_count: Math.floor(random() * 100_000),
    },
  };
}

function uuidLike(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Profiles `from`…`to-1` of one platform's audience. */
export function* generateAudience(platform: TPlatform, count: number, seed = 42, from = 0): Generator<TGeneratedProfile> {
  for (let index = from; index < from + count; index++) yield generateProfile(platform, index, seed);
}
