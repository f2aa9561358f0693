import { describe, expect, it } from "vitest";
import { mapXApiUser, mapXArchiveItem } from "./x-mapper";

const priya = {
  id: "1612345678901234567",
  username: "priya_ships",
  name: "Priya N. 🚢",
  description: "solo founder of @invoicely • shipping weekly #buildinpublic #SaaS",
  location: "Pune, India",
  url: "https://t.co/Zx81qLmN0p",
  verified: true,
  verified_type: "blue",
  protected: false,
  created_at: "2021-06-14T08:30:00.000Z",
  profile_image_url: "https://pbs.twimg.com/profile_images/16/pr_normal.jpg",
  public_metrics: { followers_count: 5230, following_count: 412, post_count: 8812, listed_count: 31, like_count: 20410 },
  pinned_post_id: "1790000000000000003",
  entities: {
    url: { urls: [{ start: 0, end: 23, url: "https://t.co/Zx81qLmN0p", expanded_url: "https://invoicely.example/launch", display_url: "invoicely.example/launch" }] },
    description: { hashtags: [{ start: 40, end: 54, tag: "buildinpublic" }, { start: 55, end: 59, tag: "SaaS" }], mentions: [{ start: 19, end: 29, username: "invoicely" }] },
  },
};

describe("mapXApiUser", () => {
  it("maps a full v2 user with the newer post_count / pinned_post_id spelling", () => {
    expect(mapXApiUser(priya)).toEqual({
      platform: "x",
      platformUserId: "1612345678901234567",
      handle: "priya_ships",
      displayName: "Priya N. 🚢",
      bio: "solo founder of @invoicely • shipping weekly #buildinpublic #SaaS",
      website: "https://invoicely.example/launch",
      location: "Pune, India",
      followerCount: 5230,
      followingCount: 412,
      postCount: 8812,
      likeCount: 20410,
      verified: true,
      avatarUrl: "https://pbs.twimg.com/profile_images/16/pr_normal.jpg",
      accountCreatedAt: "2021-06-14T08:30:00.000Z",
      hydrated: true,
      hashtags: ["buildinpublic", "SaaS"],
    });
  });

  it.each([
    ["tweet_count (older spelling)", { public_metrics: { followers_count: 1, tweet_count: 77 } }, 77],
    ["post_count (newer spelling)", { public_metrics: { followers_count: 1, post_count: 88 } }, 88],
  ])("reads %s", (_name, extra, posts) => {
    expect(mapXApiUser({ id: "1", username: "a", ...extra })).toMatchObject({ postCount: posts });
  });

  it("never uses the t.co url: website is null when only t.co is present", () => {
    const r = mapXApiUser({ id: "2", username: "tco_only", description: "", url: "https://t.co/AbCdEf1234" });
    expect(r).toMatchObject({ website: null });
  });

  it.each([
    [{ verified_type: "business" }, true],
    [{ verified_type: "none" }, false],
    [{ verified: false, verified_type: "blue" }, false],
    [{}, null],
  ])("verified from %j → %j", (extra, verified) => {
    expect(mapXApiUser({ id: "3", username: "v", ...extra })).toMatchObject({ verified });
  });

  it("marks default-fields-only users (id, name, username) as unhydrated", () => {
    expect(mapXApiUser({ id: "4", username: "bare_user", name: "Bare" })).toMatchObject({ hydrated: false, hashtags: [] });
  });

  it("unwraps a single-user {data: {...}} envelope", () => {
    expect(mapXApiUser({ data: { id: "5", username: "wrapped" } })).toMatchObject({ platformUserId: "5", handle: "wrapped" });
  });

  it.each([[null], ["priya"], [[priya]]])("rejects %j as not_an_object", (value) => {
    expect(mapXApiUser(value)).toMatchObject({ error: { code: "not_an_object" } });
  });
});

describe("mapXArchiveItem", () => {
  it.each([
    ["follower", { follower: { accountId: "98765432", userLink: "https://twitter.com/intent/user?user_id=98765432" } }],
    ["following", { following: { accountId: "98765432", userLink: "https://twitter.com/intent/user?user_id=98765432" } }],
    ["reader's inner object", { accountId: "98765432", userLink: "https://twitter.com/intent/user?user_id=98765432", relation: "follower" }],
  ])("maps a %s entry to an id-only, unhydrated candidate", (_kind, value) => {
    expect(mapXArchiveItem(value)).toMatchObject({ platform: "x", platformUserId: "98765432", handle: null, bio: null, hydrated: false });
  });

  it("falls back to the user_id in userLink", () => {
    expect(mapXArchiveItem({ follower: { userLink: "https://twitter.com/intent/user?user_id=555" } })).toMatchObject({ platformUserId: "555" });
    expect(mapXArchiveItem({ userLink: "https://twitter.com/intent/user?user_id=556", relation: "following" })).toMatchObject({ platformUserId: "556" });
  });

  it("rejects other shapes", () => {
    expect(mapXArchiveItem({ like: { tweetId: "1" } })).toMatchObject({ error: { code: "unexpected_shape" } });
  });
});
