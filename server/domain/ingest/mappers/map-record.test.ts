import { describe, expect, it } from "vitest";
import { sourceFormatIds, type TSourceFormat } from "../formats";
import type { TCanonicalProfile } from "../profile";
import { toCanonicalProfile } from "../validate-profile";
import { mapRecord } from "./map-record";
import { isMapError, type TMapOptions } from "./map-types";

function canonical(format: TSourceFormat, value: unknown, opts: TMapOptions = {}): TCanonicalProfile {
  const candidate = mapRecord(format, value, opts);
  if (isMapError(candidate)) throw new Error(`mapper error: ${JSON.stringify(candidate.error)}`);
  const r = toCanonicalProfile(candidate);
  if (!r.ok) throw new Error(`validation errors: ${JSON.stringify(r.errors)}`);
  return r.profile;
}

const cases: [TSourceFormat, unknown, Partial<TCanonicalProfile>][] = [
  [
    "x_api_v2",
    {
      id: "1733000000000000042", username: "ops_oliver", name: "Oliver &amp; Co", description: "ops lead @ a fintech. <b>spreadsheets</b> are my love language <3",
      url: "https://t.co/9aB8cD7eF6", entities: { url: { urls: [{ url: "https://t.co/9aB8cD7eF6", expanded_url: "https://oliver.example" }] } },
      public_metrics: { followers_count: 980, following_count: 1200, tweet_count: 3100, listed_count: 4 }, created_at: "2023-12-08T12:00:00.000Z", verified: false,
    },
    { platform: "x", handle: "ops_oliver", displayName: "Oliver & Co", bio: "ops lead @ a fintech. spreadsheets are my love language <3", website: "https://oliver.example", postCount: 3100, hydrated: true },
  ],
  ["x_archive", { following: { accountId: "3012345", userLink: "https://twitter.com/intent/user?user_id=3012345" } }, { platform: "x", platformUserId: "3012345", handle: null, hydrated: false }],
  [
    "tiktok_user_info",
    { data: { user: { open_id: "-000Qx7yZ_abc.DEF", username: "gym.with.gio", display_name: "Gio", bio_description: "PT 🏋️ Milano", is_verified: false, follower_count: 5100, following_count: 87, likes_count: 64000, video_count: 120 } } },
    { platform: "tiktok", platformUserId: "-000Qx7yZ_abc.DEF", handle: "gym.with.gio", followerCount: 5100, hydrated: true },
  ],
  ["tiktok_research", { display_name: "Bea", username: "bea.reads" }, { platform: "tiktok", handle: "bea.reads", displayName: "Bea", hydrated: false }],
  ["tiktok_export", { Date: "2024-05-06 07:08:09", UserName: "nightshift_nurse", relation: "follower" }, { platform: "tiktok", handle: "nightshift_nurse", accountCreatedAt: null, hydrated: false }],
  [
    "threads_profile",
    { id: "25112233445566778", username: "slow.stitch.studio", name: "Slow Stitch", biography: "visible mending classes\n\n\n\nLeeds", is_verified: false, follower_count: "2,450", likes_count: 310 },
    { platform: "threads", platformUserId: "25112233445566778", bio: "visible mending classes\n\nLeeds", followerCount: 2450, hydrated: true },
  ],
  [
    "meta_export",
    { title: "", media_list_data: [], string_list_data: [{ href: "https://www.threads.net/@jo.paints", value: "jo.paints", timestamp: 1719000000 }] },
    { platform: "threads", handle: "jo.paints", hydrated: false },
  ],
  [
    "scraper_csv",
    { platform: "tiktok", profile_url: "https://www.tiktok.com/@salsa.sofia", username: "salsa.sofia", full_name: "Sofía", bio: "salsa + bachata 💃 Sevilla", followers: "12.5K", following: "301", verified: "false", website: "", location: "Sevilla" },
    { platform: "tiktok", handle: "salsa.sofia", followerCount: 12_500, followingCount: 301, verified: false, website: null, location: "Sevilla", hydrated: true },
  ],
  [
    "scraper_json",
    { id: "7360000000000000009", text: "new drop", authorMeta: { id: "7012345678901234567", name: "kicks.by.kai", nickName: "Kai", fans: 48300, heart: 210000, video: 88, signature: "sneaker restorations", verified: true } },
    { platform: "tiktok", platformUserId: "7012345678901234567", handle: "kicks.by.kai", followerCount: 48_300, postCount: 88, verified: true },
  ],
];

describe("mapRecord → toCanonicalProfile, one realistic record per format", () => {
  it("covers every source format", () => {
    expect(new Set(cases.map(([f]) => f))).toEqual(new Set(sourceFormatIds));
  });

  it.each(cases)("%s", (format, value, expected) => {
    expect(canonical(format, value)).toMatchObject(expected);
  });
});

describe("mapRecord", () => {
  it("uses the platform override only for scraper formats", () => {
    expect(mapRecord("scraper_csv", { username: "a_b" }, { platformOverride: "threads" })).toMatchObject({ platform: "threads" });
    expect(mapRecord("x_api_v2", { id: "1", username: "a_b" }, { platformOverride: "threads" })).toMatchObject({ platform: "x" });
  });

  it("repairs Meta mojibake end to end", () => {
    const raw = JSON.parse('{"title": "Caf\\u00c3\\u00a9", "string_list_data": [{"href": "https://www.instagram.com/cafe"}]}') as unknown;
    expect(mapRecord("meta_export", raw)).toMatchObject({ handle: "Café" });
  });

  it.each(sourceFormatIds)("%s: a non-object value is a record error, not a crash", (format) => {
    expect(mapRecord(format, 42)).toMatchObject({ error: { code: "not_an_object" } });
  });
});
