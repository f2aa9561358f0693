import { buildCandidate, firstPresent, isObject, isPresent, mapError, notAnObject, unwrapEnvelope, type TJsonObject, type TMapResult } from "./map-types";

const COUNT_KEYS = ["follower_count", "following_count", "likes_count", "video_count"] as const;

function tiktokUser(user: TJsonObject, hydrated: boolean): TMapResult {
  return buildCandidate("tiktok", hydrated, {
    platformUserId: user.open_id,
    handle: user.username,
    displayName: user.display_name,
    bio: user.bio_description,
    website: user.bio_url,
    followerCount: user.follower_count,
    followingCount: user.following_count,
    postCount: user.video_count,
    likeCount: user.likes_count,
    verified: user.is_verified,
    avatarUrl: firstPresent(user.avatar_url, user.avatar_large_url, user.avatar_url_100),
  });
}

/** TikTok Display API `/v2/user/info/` user (bare, or inside `{data: {user}}`). */
export function mapTikTokUserInfo(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("a TikTok user", value);
  return tiktokUser(unwrapEnvelope(value, ["data", "user"]), true);
}

/**
 * TikTok Research API: a flat user-info object, or a follower/following list item
 * `{display_name, username}`, which stays unhydrated unless it carries counts.
 */
export function mapTikTokResearch(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("a TikTok Research user", value);
  const user = unwrapEnvelope(value, ["data"]);
  return tiktokUser(user, COUNT_KEYS.some((k) => isPresent(user[k])));
}

/**
 * TikTok "Download your data" follower/following entry: `{Date, UserName}` (+ `relation` from
 * the reader). Handle only; the follow date is not the account creation date and is dropped.
 */
export function mapTikTokExport(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("a TikTok export entry", value);
  const handle = firstPresent(value.UserName, value.Username, value.username, value.userName);
  if (handle === undefined) return mapError("unexpected_shape", 'expected a TikTok export entry with "UserName"', "handle");
  return buildCandidate("tiktok", false, { handle });
}
