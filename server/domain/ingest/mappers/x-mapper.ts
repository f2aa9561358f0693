import { buildCandidate, firstPresent, get, isObject, isPresent, mapError, notAnObject, unwrapEnvelope, type TJsonObject, type TMapResult } from "./map-types";
import { parseProfileUrl } from "./profile-url";

/**
 * The real website of an X user is `entities.url.urls[].expanded_url`; the top-level `url` is a
 * t.co redirect and is never used (a user with only a t.co url gets website = null).
 */
function xWebsite(user: TJsonObject): unknown {
  const urls = get(user, "entities.url.urls");
  if (!Array.isArray(urls)) return null;
  for (const item of urls) {
    const expanded = firstPresent(get(item, "expanded_url"), get(item, "unwound_url"));
    if (expanded !== undefined) return expanded;
  }
  return null;
}

function xHashtags(user: TJsonObject): string[] {
  const tags = get(user, "entities.description.hashtags");
  if (!Array.isArray(tags)) return [];
  return tags.map((t) => get(t, "tag")).filter((t): t is string => typeof t === "string");
}

/** `verified` is true for paid (blue) checks too; `verified_type` fills in when `verified` is missing. */
function xVerified(user: TJsonObject): unknown {
  if (isPresent(user.verified)) return user.verified;
  const type = user.verified_type;
  if (typeof type === "string" && type.trim() !== "") return type.trim().toLowerCase() !== "none";
  return null;
}

/**
 * One X API v2 user object (lookup, followers/following pages). Both metric spellings
 * (`tweet_count` / newer `post_count`) are read. A user returned with default fields only
 * (id, name, username) is stored unhydrated so the pipeline can hydrate it later.
 */
export function mapXApiUser(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("an X API v2 user", value);
  const user = unwrapEnvelope(value, ["data"]);
  const metrics = isObject(user.public_metrics) ? user.public_metrics : {};
  const hydrated = isObject(user.public_metrics) || user.description !== undefined;
  return buildCandidate("x", hydrated, {
    platformUserId: user.id,
    handle: user.username,
    displayName: user.name,
    bio: user.description,
    website: xWebsite(user),
    location: user.location,
    followerCount: metrics.followers_count,
    followingCount: metrics.following_count,
    postCount: firstPresent(metrics.tweet_count, metrics.post_count),
    likeCount: metrics.like_count,
    verified: xVerified(user),
    avatarUrl: user.profile_image_url,
    accountCreatedAt: user.created_at,
    hashtags: xHashtags(user),
  });
}

/**
 * One entry of an X archive `follower.js` / `following.js`: the reader's inner object
 * `{accountId, userLink, relation}`, or the raw item `{follower: {accountId, userLink}}`.
 * Ids only; the handle is unknown until hydration.
 */
export function mapXArchiveItem(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("an X archive entry", value);
  const entry = isObject(value.follower) ? value.follower : isObject(value.following) ? value.following : value;
  if (entry.accountId === undefined && entry.userLink === undefined) {
    return mapError("unexpected_shape", 'expected an X archive entry with "accountId" (or {"follower": {...}} / {"following": {...}})');
  }
  const fromLink = parseProfileUrl(entry.userLink);
  return buildCandidate("x", false, {
    platformUserId: firstPresent(entry.accountId, fromLink?.platformUserId),
    handle: firstPresent(fromLink?.handle),
  });
}
