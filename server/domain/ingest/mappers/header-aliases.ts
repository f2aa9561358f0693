import type { TPlatform } from "../profile";

/**
 * Header-alias table for scraper exports (Apify and others): canonical field ← source column
 * names, in priority order (the first non-empty column wins). Matching ignores case, spaces,
 * "_" and "-", and treats "/" like "." (Apify CSV writes `authorMeta/fans`, JSON flattening
 * writes `authorMeta.fans`). Array items are addressed by index: `bioLinks.0.url`. Each field's own
 * name comes first, so rows whose headers were already renamed to canonical names (the CSV
 * reader's `columnMapping`) map directly and win over any other column.
 */
export const canonicalFields = [
  "handle", "platformUserId", "displayName", "bio", "website", "followers", "following", "posts", "likes",
  "verified", "avatar", "location", "created", "platform", "profileUrl",
] as const;
export type TCanonicalField = (typeof canonicalFields)[number];

export const headerAliases: Record<TCanonicalField, readonly string[]> = {
  handle: ["handle", "username", "screen_name", "userName", "UserName", "authorMeta.name", "user.username", "value", "title", "uniqueId", "author.uniqueId"],
  platformUserId: ["platformUserId", "id", "id_str", "userId", "authorMeta.id", "author.id", "pk", "user_id", "rest_id", "open_id", "accountId"],
  displayName: ["displayName", "name", "full_name", "fullName", "nickName", "authorMeta.nickName", "author.nickname", "display_name", "nickname"],
  bio: ["bio", "description", "biography", "signature", "authorMeta.signature", "author.signature", "bio_description", "rawDescription"],
  // `url` last: in legacy X exports it is a t.co redirect, in others the profile URL itself.
  website: [
    "website", "entities.url.urls.0.expanded_url", "websiteUrl", "bioLink", "authorMeta.bioLink", "external_url", "bio_url",
    "bioLinks.0.url", "url",
  ],
  followers: [
    "followers", "followers_count", "followersCount", "follower_count", "followerCount", "fans", "authorMeta.fans",
    "authorStats.followerCount", "public_metrics.followers_count",
  ],
  following: ["following", "friends_count", "followingCount", "following_count", "authorMeta.following", "authorStats.followingCount", "public_metrics.following_count"],
  posts: [
    "posts", "statuses_count", "tweet_count", "post_count", "video_count", "authorMeta.video", "authorStats.videoCount",
    "public_metrics.tweet_count", "public_metrics.post_count", "video", "postsCount", "mediaCount",
  ],
  likes: ["likes", "favourites_count", "likes_count", "like_count", "heart", "heartCount", "authorMeta.heart", "authorStats.heartCount", "public_metrics.like_count"],
  verified: ["verified", "is_verified", "isVerified", "isBlueVerified", "is_blue_verified", "authorMeta.verified", "author.verified"],
  avatar: [
    "avatar", "profile_image_url_https", "profile_image_url", "avatar_url", "authorMeta.avatar", "author.avatarLarger", "author.avatarThumb",
    "profilePicUrl", "profile_pic_url", "profilePicture",
  ],
  location: ["location", "region", "authorMeta.region", "country"],
  created: ["created", "created_at", "joinedAt", "createdAt", "create_time"],
  platform: ["platform", "source", "network"],
  profileUrl: ["profileUrl", "profile_link", "profileLink", "profile", "link", "twitterUrl", "profile_deep_link", "inputUrl", "webVideoUrl"],
};

export function normaliseHeader(header: string): string {
  return header.trim().replace(/\//g, ".").toLowerCase().replace(/[\s_-]+/g, "");
}

type TAliasMatch = { field: TCanonicalField; rank: number };

const aliasIndex = new Map<string, TAliasMatch>();
for (const field of canonicalFields) {
  headerAliases[field].forEach((alias, rank) => {
    const key = normaliseHeader(alias);
    if (!aliasIndex.has(key)) aliasIndex.set(key, { field, rank });
  });
}

/**
 * Per-post rows (Apify TikTok "one row per video" with `authorMeta.*`, rows with `author.*` /
 * `authorStats.*`, tweet rows with a nested `user.*`) describe the post at the top level: its
 * `id`, `createTime`, `text` are not the author's. In such rows only the author columns are read
 * (under `user.` the usual aliases apply after the prefix), plus top-level `platform` and
 * profile-URL columns. So every row of the same author maps to the same candidate.
 */
export type TRowScope = { prefixes: readonly string[]; stripPrefix: boolean; platformHint: TPlatform | null } | null;

const SCOPES: readonly NonNullable<TRowScope>[] = [
  // Only TikTok actors (clockworks and similar) write authorMeta.* / author.uniqueId + authorStats.*.
  { prefixes: ["authormeta."], stripPrefix: false, platformHint: "tiktok" },
  { prefixes: ["author.", "authorstats."], stripPrefix: false, platformHint: "tiktok" },
  { prefixes: ["user."], stripPrefix: true, platformHint: null },
];

export function detectRowScope(headers: readonly string[]): TRowScope {
  const normalised = headers.map(normaliseHeader);
  return SCOPES.find((scope) => normalised.some((h) => scope.prefixes.some((p) => h.startsWith(p)))) ?? null;
}

const TOP_LEVEL_IN_POST_ROWS = new Set<TCanonicalField>(["platform", "profileUrl"]);

/** Which canonical field a header feeds (and its priority), given the row's scope; null = ignored. */
export function matchHeader(header: string, scope: TRowScope): TAliasMatch | null {
  const key = normaliseHeader(header);
  if (scope === null) return aliasIndex.get(key) ?? null;
  const prefix = scope.prefixes.find((p) => key.startsWith(p));
  if (prefix === undefined) {
    const match = key.includes(".") ? undefined : aliasIndex.get(key);
    return match && TOP_LEVEL_IN_POST_ROWS.has(match.field) ? match : null;
  }
  return aliasIndex.get(scope.stripPrefix ? key.slice(prefix.length) : key) ?? null;
}
