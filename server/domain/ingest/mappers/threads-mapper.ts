import { buildCandidate, firstPresent, isObject, notAnObject, unwrapEnvelope, type TMapResult } from "./map-types";

/**
 * Threads profile-lookup object (`biography`, `profile_picture_url`) or the `/me` variant
 * (`threads_biography`, `threads_profile_picture_url`). Threads exposes no following/post counts.
 * A `/me` answer with only id/username is stored unhydrated.
 */
export function mapThreadsProfile(value: unknown): TMapResult {
  if (!isObject(value)) return notAnObject("a Threads profile", value);
  const user = unwrapEnvelope(value, ["data"]);
  const bio = firstPresent(user.biography, user.threads_biography);
  const hydrated = user.biography !== undefined || user.threads_biography !== undefined || user.follower_count !== undefined;
  return buildCandidate("threads", hydrated, {
    platformUserId: user.id,
    handle: user.username,
    displayName: user.name,
    bio,
    followerCount: user.follower_count,
    likeCount: user.likes_count,
    verified: user.is_verified,
    avatarUrl: firstPresent(user.profile_picture_url, user.threads_profile_picture_url),
  });
}
