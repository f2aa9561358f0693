import { describe, expect, it } from "vitest";
import { mapTikTokExport, mapTikTokResearch, mapTikTokUserInfo } from "./tiktok-mapper";

const displayUser = {
  open_id: "3f1c9a52-77d0-4b8e-9f2a-0c6d1e4b8a11",
  union_id: "c0ffee00-1234-4abc-8def-5678deadbeef",
  username: "thrift.with.tomas",
  display_name: "Tomás | thrift finds",
  bio_description: "2nd hand only ♻️ Lisboa\nhauls every friday",
  avatar_url: "https://p16-sign.tiktokcdn-us.example/avt/tomas.jpeg",
  profile_deep_link: "https://vm.tiktok.com/ZMabc123/",
  is_verified: false,
  follower_count: 18400,
  following_count: 390,
  likes_count: 402113,
  video_count: 233,
};

describe("mapTikTokUserInfo", () => {
  it.each([
    ["bare user object", displayUser],
    ["data.user envelope", { data: { user: displayUser }, error: { code: "ok", message: "", log_id: "2024" } }],
  ])("maps a Display API %s", (_name, value) => {
    expect(mapTikTokUserInfo(value)).toEqual({
      platform: "tiktok",
      platformUserId: "3f1c9a52-77d0-4b8e-9f2a-0c6d1e4b8a11",
      handle: "thrift.with.tomas",
      displayName: "Tomás | thrift finds",
      bio: "2nd hand only ♻️ Lisboa\nhauls every friday",
      website: null,
      location: null,
      followerCount: 18400,
      followingCount: 390,
      postCount: 233,
      likeCount: 402113,
      verified: false,
      avatarUrl: "https://p16-sign.tiktokcdn-us.example/avt/tomas.jpeg",
      accountCreatedAt: null,
      hydrated: true,
    });
  });
});

describe("mapTikTokResearch", () => {
  it("maps a flat research user with bio_url", () => {
    const r = mapTikTokResearch({
      display_name: "Nadia Runs", bio_description: "sub-3 marathon attempt #3", avatar_url: "https://p16.example/n.jpg",
      is_verified: true, follower_count: 91000, following_count: 120, likes_count: 2200000, video_count: 410,
      bio_url: "https://nadiaruns.example", username: "nadia.runs",
    });
    expect(r).toMatchObject({ platform: "tiktok", handle: "nadia.runs", website: "https://nadiaruns.example", followerCount: 91000, verified: true, hydrated: true });
  });

  it.each([
    ["follower list item without counts", { display_name: "kiki", username: "kiki_draws" }, false],
    ["follower list item with counts", { display_name: "kiki", username: "kiki_draws", follower_count: 12 }, true],
  ])("%s → hydrated %s", (_name, value, hydrated) => {
    expect(mapTikTokResearch(value)).toMatchObject({ handle: "kiki_draws", displayName: "kiki", hydrated });
  });
});

describe("mapTikTokExport", () => {
  it.each([
    [{ Date: "2024-01-02 03:04:05", UserName: "late.night.baker", relation: "follower" }, "late.night.baker"],
    [{ Date: "2023-11-30 22:10:00", UserName: "cleanwithcarla", relation: "following" }, "cleanwithcarla"],
  ])("maps %j to a handle-only, unhydrated candidate", (value, handle) => {
    expect(mapTikTokExport(value)).toMatchObject({ platform: "tiktok", handle, platformUserId: null, accountCreatedAt: null, hydrated: false });
  });

  it("rejects an entry without a user name", () => {
    expect(mapTikTokExport({ Date: "2024-01-02 03:04:05" })).toMatchObject({ error: { code: "unexpected_shape", field: "handle" } });
  });
});
