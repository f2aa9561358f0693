import type { TPlatform } from "../profile";
import { parseBoolean } from "../sanitize/parse-scalars";
import { resolveColumns } from "./column-mapping";
import { flattenRecord } from "./flatten";
import { detectRowScope, normaliseHeader, type TCanonicalField } from "./header-aliases";
import { buildCandidate, isObject, isPresent, mapError, notAnObject, type TMapError, type TMapOptions, type TMapResult } from "./map-types";
import { isTcoLink, parseProfileUrl, type TProfileUrlInfo } from "./profile-url";

const PLATFORM_NAMES: Record<string, TPlatform> = {
  x: "x", twitter: "x", "x.com": "x", "twitter.com": "x", "x/twitter": "x", "twitter/x": "x", "x (twitter)": "x",
  tiktok: "tiktok", "tik tok": "tiktok", "tiktok.com": "tiktok",
  threads: "threads", "threads.net": "threads", "threads.com": "threads",
};
const UNSUPPORTED = new Set(["instagram", "ig", "instagram.com", "facebook", "fb", "youtube", "linkedin", "snapchat", "pinterest", "bluesky", "mastodon", "reddit", "twitch"]);

type TEntry = { key: string; value: unknown };

/** A bare `url` column (also `user.url`, `user/url`): a website in some exports, the profile in others. */
const isGenericUrlKey = (key: string): boolean => ["url", "user.url"].includes(normaliseHeader(key));

/**
 * Platform of a scraper record: a platform/source/network column, else a profile URL
 * (x.com, twitter.com, tiktok.com/@, threads.net/@, threads.com/@), else the row's shape (Apify
 * `authorMeta.*` rows are TikTok), else the user's override.
 * Unrecognised column values (e.g. source = "apify") are ignored; known unsupported networks
 * (Instagram, YouTube…) are an error rather than a silent guess.
 */
function resolvePlatform(
  values: TEntry[],
  fromUrl: TProfileUrlInfo | undefined,
  shapeHint: TPlatform | null,
  override: TPlatform | undefined,
): TPlatform | { error: TMapError } {
  for (const { key, value } of values) {
    if (typeof value !== "string") continue;
    const name = value.trim().toLowerCase().replace(/^www\./, "");
    const platform = PLATFORM_NAMES[name];
    if (platform) return platform;
    if (UNSUPPORTED.has(name)) {
      return mapError("platform_unsupported", `column "${key}" says "${value.trim()}": only x, tiktok and threads profiles are supported`, "platform");
    }
  }
  if (fromUrl) return fromUrl.platform;
  if (shapeHint) return shapeHint;
  if (override) return override;
  return mapError(
    "platform_unknown",
    "cannot tell the platform: no platform column and no x.com / tiktok.com / threads.net profile URL; pass --platform x|tiktok|threads (or pick it on the import screen)",
    "platform",
  );
}

/** Legacy X rows carry `verified: false` next to `is_blue_verified: true`: any true wins. */
function combineVerified(values: TEntry[]): unknown {
  if (values.some((e) => parseBoolean(e.value) === true)) return true;
  const unparseable = values.find((e) => parseBoolean(e.value) === null);
  return unparseable ? unparseable.value : (values[0]?.value ?? null);
}

/**
 * A scraper CSV row or JSON item (Apify and others), mapped through the header-alias table or
 * the user's confirmed column mapping. The website skips t.co redirects; a generic `url` column
 * holding a profile URL is used to infer platform/handle instead of as the website.
 */
export function mapScraperRecord(value: unknown, opts: TMapOptions): TMapResult {
  if (!isObject(value)) return notAnObject("a scraper row", value);
  const row = flattenRecord(value);
  const columns = resolveColumns(Object.keys(row), opts.columnMapping);
  const entries = (field: TCanonicalField): TEntry[] =>
    columns[field].map((key) => ({ key, value: row[key] })).filter((e) => isPresent(e.value));
  const pick = (field: TCanonicalField): unknown => entries(field)[0]?.value ?? null;

  const profileUrls = entries("profileUrl").map((e) => e.value);
  const websites: unknown[] = [];
  for (const e of entries("website")) {
    if (isTcoLink(e.value)) continue;
    if (isGenericUrlKey(e.key) && parseProfileUrl(e.value)) profileUrls.push(e.value);
    else websites.push(e.value);
  }
  const website = websites[0] ?? null;
  const fromUrl = profileUrls.map(parseProfileUrl).find((info): info is TProfileUrlInfo => info !== null);
  const shapeHint = detectRowScope(Object.keys(row))?.platformHint ?? null;
  const platform = resolvePlatform(entries("platform"), fromUrl, shapeHint, opts.platformOverride);
  if (typeof platform !== "string") return platform;
  const urlInfo = fromUrl?.platform === platform ? fromUrl : undefined;

  const bio = pick("bio");
  const counts = { followers: pick("followers"), following: pick("following"), posts: pick("posts"), likes: pick("likes") };
  return buildCandidate(platform, isPresent(bio) || Object.values(counts).some(isPresent), {
    platformUserId: pick("platformUserId") ?? urlInfo?.platformUserId ?? null,
    handle: pick("handle") ?? urlInfo?.handle ?? null,
    displayName: pick("displayName"),
    bio,
    website,
    location: pick("location"),
    followerCount: counts.followers,
    followingCount: counts.following,
    postCount: counts.posts,
    likeCount: counts.likes,
    verified: combineVerified(entries("verified")),
    avatarUrl: pick("avatar"),
    accountCreatedAt: pick("created"),
  });
}
