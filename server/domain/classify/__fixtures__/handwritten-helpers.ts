import type { TPlatform } from "@/server/domain/ingest/profile";
import type { TExecutionLabel } from "@/server/domain/taxonomy/taxonomy-schema";
import type { TClassifierInput } from "../classifier-types";

export type TExpectedProfile = { industry: string; persona: string; tribe: string; label: TExecutionLabel };
export type THandwrittenProfile = { input: TClassifierInput; expected: TExpectedProfile };

/** One hand-written profile: platform, handle, name, bio, followers, [industry, persona, tribe, label]. */
export function hw(
  platform: TPlatform,
  handle: string,
  displayName: string,
  bio: string,
  followerCount: number,
  [industry, persona, tribe, label]: [string, string, string, TExecutionLabel],
  extra: Partial<TClassifierInput> = {},
): THandwrittenProfile {
  return {
    input: {
      platform, handle, displayName: displayName || null, bio: bio || null, hashtags: [], websiteDomain: null,
      followerCount, followingCount: null, postCount: null, verified: null, ...extra,
    },
    expected: { industry, persona, tribe, label },
  };
}
