import type { TClassifierInput } from "../classifier-types";

/** A classifier input with only the given fields set. */
export function makeInput(bio: string | null, extra: Partial<TClassifierInput> = {}): TClassifierInput {
  return {
    platform: "x", handle: null, displayName: null, bio, hashtags: [], websiteDomain: null,
    followerCount: null, followingCount: null, postCount: null, verified: null, ...extra,
  };
}
