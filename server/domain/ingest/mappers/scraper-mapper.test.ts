import { describe, expect, it } from "vitest";
import type { TProfileCandidate } from "../profile";
import { mapScraperRecord } from "./scraper-mapper";

const apifyVideo = (videoId: string, text: string) => ({
  id: videoId,
  text,
  createTime: 1712000000,
  webVideoUrl: `https://www.tiktok.com/@plantmom.jules/video/${videoId}`,
  diggCount: 1200,
  authorMeta: {
    id: "6951234567890123456", name: "plantmom.jules", nickName: "Jules 🌿", verified: false, signature: "300+ houseplants in a tiny flat",
    bioLink: "linktr.ee/plantmomjules", avatar: "https://p16.example/jules.jpg", privateAccount: false, fans: 72100, following: 310,
    heart: 1900000, video: 540, digg: 12, region: "GB",
  },
  musicMeta: { musicName: "original sound" },
});

describe("mapScraperRecord: Apify TikTok per-video rows", () => {
  it("maps the author, not the video, and every video of one author gives the same candidate", () => {
    const a = mapScraperRecord(apifyVideo("7350000000000000001", "repotting day"), {});
    const b = mapScraperRecord(apifyVideo("7350000000000000002", "pest check"), {});
    const expected: TProfileCandidate = {
      platform: "tiktok", platformUserId: "6951234567890123456", handle: "plantmom.jules", displayName: "Jules 🌿",
      bio: "300+ houseplants in a tiny flat", website: "linktr.ee/plantmomjules", location: "GB", followerCount: 72100, followingCount: 310,
      postCount: 540, likeCount: 1900000, verified: false, avatarUrl: "https://p16.example/jules.jpg", accountCreatedAt: null, hydrated: true,
    };
    expect(a).toEqual(expected);
    expect(b).toEqual(a);
  });

  it("reads the same row exported as CSV with slash-flattened headers (string cells)", () => {
    const row = { id: "7350000000000000001", "authorMeta/name": "plantmom.jules", "authorMeta/id": "6951234567890123456", "authorMeta/fans": "72.1K", webVideoUrl: "https://www.tiktok.com/@plantmom.jules/video/1" };
    expect(mapScraperRecord(row, {})).toMatchObject({ platform: "tiktok", platformUserId: "6951234567890123456", handle: "plantmom.jules", followerCount: "72.1K" });
  });
});

describe("mapScraperRecord: X actors", () => {
  it("maps a legacy v1.1 row, skipping the t.co url and OR-ing the verified flags", () => {
    const row = {
      id: 1187654321, id_str: "1187654321", screen_name: "dataviz_dan", name: "Dan Okafor", description: "charts > dashboards",
      location: "Lagos", url: "https://t.co/q1w2e3r4", followers_count: 2300, friends_count: 800, statuses_count: 15000, favourites_count: 9000,
      verified: false, is_blue_verified: true, profile_image_url_https: "https://pbs.twimg.com/p/dan.jpg", created_at: "Tue Apr 21 06:49:15 +0000 2009",
      platform: "twitter",
    };
    expect(mapScraperRecord(row, {})).toEqual({
      platform: "x", platformUserId: 1187654321, handle: "dataviz_dan", displayName: "Dan Okafor", bio: "charts > dashboards", website: null,
      location: "Lagos", followerCount: 2300, followingCount: 800, postCount: 15000, likeCount: 9000, verified: true,
      avatarUrl: "https://pbs.twimg.com/p/dan.jpg", accountCreatedAt: "Tue Apr 21 06:49:15 +0000 2009", hydrated: true,
    });
  });

  it("maps a camelCase row and infers x from a profile url (not used as the website)", () => {
    const row = { userName: "Lena_Codes", url: "https://x.com/Lena_Codes", name: "Lena", description: "rustacean", followersCount: "12K", followingCount: 90, isBlueVerified: false, isVerified: false, joinedAt: "2015-03-14T00:00:00Z", websiteUrl: "https://lena.example" };
    expect(mapScraperRecord(row, {})).toMatchObject({ platform: "x", handle: "Lena_Codes", website: "https://lena.example", followerCount: "12K", verified: false, accountCreatedAt: "2015-03-14T00:00:00Z" });
  });

  it("keeps a bio link to another profile as the website (only a bare url column is read as the profile)", () => {
    const row = { platform: "threads", username: "ana", bioLinks: [{ url: "https://www.tiktok.com/@ana" }] };
    expect(mapScraperRecord(row, {})).toMatchObject({ platform: "threads", website: "https://www.tiktok.com/@ana" });
  });

  it("takes the handle from a profile URL when there is no handle column", () => {
    expect(mapScraperRecord({ profile_url: "https://twitter.com/quiet_one", followers: "10" }, {})).toMatchObject({ platform: "x", handle: "quiet_one" });
  });
});

describe("mapScraperRecord: Threads actors", () => {
  it("maps username/fullName/biography/followerCount/bioLinks and infers threads from url", () => {
    const row = {
      pk: "63012345678", username: "moss.and.stone", fullName: "Ana Moss", biography: "landscape photographer · Faroe Islands",
      followerCount: 15400, isVerified: true, isPrivate: false, bioLinks: [{ url: "https://mossandstone.example", title: "portfolio" }],
      profilePicUrl: "https://scontent.example/ana.jpg", url: "https://www.threads.net/@moss.and.stone",
    };
    expect(mapScraperRecord(row, {})).toMatchObject({
      platform: "threads", platformUserId: "63012345678", handle: "moss.and.stone", displayName: "Ana Moss", followerCount: 15400,
      verified: true, website: "https://mossandstone.example", avatarUrl: "https://scontent.example/ana.jpg", hydrated: true,
    });
  });
});

describe("mapScraperRecord: platform", () => {
  it.each([
    ["column value wins over URL and override", { platform: "TikTok", username: "a_b", profile_url: "https://x.com/a_b" }, { platformOverride: "threads" as const }, "tiktok"],
    ["URL wins over override", { username: "a_b", profile_url: "https://www.threads.com/@a_b" }, { platformOverride: "x" as const }, "threads"],
    ["an Apify authorMeta row is TikTok", { authorMeta: { name: "a_b" } }, { platformOverride: "x" as const }, "tiktok"],
    ["override when nothing else says", { username: "a_b" }, { platformOverride: "x" as const }, "x"],
    ["unrecognised source value is ignored", { source: "apify", username: "a_b", link: "https://tiktok.com/@a_b" }, {}, "tiktok"],
  ])("%s", (_name, row, opts, platform) => {
    expect(mapScraperRecord(row, opts)).toMatchObject({ platform });
  });

  it("asks for --platform when it cannot tell", () => {
    const r = mapScraperRecord({ username: "who_am_i", bio: "mystery" }, {});
    expect(r).toMatchObject({ error: { code: "platform_unknown", field: "platform" } });
    if ("error" in r) expect(r.error.message).toContain("--platform");
  });

  it("says instagram is unsupported instead of guessing", () => {
    expect(mapScraperRecord({ platform: "Instagram", username: "ig_user" }, {})).toMatchObject({ error: { code: "platform_unsupported", field: "platform" } });
  });
});

describe("mapScraperRecord: column mapping and shapes", () => {
  it("follows a confirmed column mapping (including ignoring a column)", () => {
    const row = { Kontoname: "@hanna.bakt", Follower: "1.204", username: "wrong_column" };
    const r = mapScraperRecord(row, { platformOverride: "tiktok", columnMapping: { Kontoname: "handle", Follower: "followers", username: null } });
    expect(r).toMatchObject({ handle: "@hanna.bakt", followerCount: "1.204" });
  });

  it("keeps a wrong-typed value so validation can name it", () => {
    expect(mapScraperRecord({ platform: "x", username: "a", followers: {} }, {})).toMatchObject({ followerCount: {} });
  });

  it("marks handle-only rows unhydrated", () => {
    expect(mapScraperRecord({ platform: "x", username: "a", name: "A" }, {})).toMatchObject({ hydrated: false });
  });

  it("treats __proto__ keys from a file as plain data", () => {
    const row = JSON.parse('{"__proto__": {"username": "evil", "polluted": true}, "platform": "x", "username": "good"}') as unknown;
    expect(mapScraperRecord(row, {})).toMatchObject({ platform: "x", handle: "good" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([[null], ["row"], [[1, 2]]])("rejects %j", (value) => {
    expect(mapScraperRecord(value, {})).toMatchObject({ error: { code: "not_an_object" } });
  });
});
