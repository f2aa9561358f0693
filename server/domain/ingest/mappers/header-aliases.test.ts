import { describe, expect, it } from "vitest";
import { suggestColumnMapping } from "./column-mapping";
import { canonicalFields, detectRowScope, headerAliases, matchHeader, normaliseHeader, type TCanonicalField } from "./header-aliases";

describe("header alias table", () => {
  it("never gives one (normalised) alias to two fields", () => {
    const owner = new Map<string, TCanonicalField>();
    for (const field of canonicalFields) {
      for (const alias of headerAliases[field]) {
        const key = normaliseHeader(alias);
        expect(owner.get(key) ?? field, `${alias} is listed under ${owner.get(key)} and ${field}`).toBe(field);
        owner.set(key, field);
      }
    }
  });

  it.each([
    ["followers_count", "followerscount"],
    ["Followers Count", "followerscount"],
    ["followersCount", "followerscount"],
    ["authorMeta/fans", "authormeta.fans"],
    [" authorMeta.nickName ", "authormeta.nickname"],
    ["profile-pic-url", "profilepicurl"],
  ])("normalises %j to %j", (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });

  it.each<[string, TCanonicalField]>([
    // legacy X (v1.1) columns
    ["screen_name", "handle"], ["id_str", "platformUserId"], ["friends_count", "following"], ["statuses_count", "posts"],
    ["favourites_count", "likes"], ["is_blue_verified", "verified"], ["profile_image_url_https", "avatar"], ["created_at", "created"],
    // camelCase actors
    ["userName", "handle"], ["followersCount", "followers"], ["followingCount", "following"], ["isBlueVerified", "verified"],
    ["websiteUrl", "website"], ["joinedAt", "created"], ["rest_id", "platformUserId"],
    // Threads actors
    ["fullName", "displayName"], ["full_name", "displayName"], ["biography", "bio"], ["follower_count", "followers"],
    ["profilePicUrl", "avatar"], ["pk", "platformUserId"], ["bioLinks.0.url", "website"],
    // spacing / case variants
    ["User Name", "handle"], ["FOLLOWERS", "followers"], ["Display Name", "displayName"], ["Profile URL", "profileUrl"],
    ["public_metrics.followers_count", "followers"], ["entities.url.urls.0.expanded_url", "website"],
  ])("%s → %s", (header, field) => {
    expect(matchHeader(header, null)?.field).toBe(field);
  });

  it("ignores unknown headers", () => {
    expect(matchHeader("favourite_colour", null)).toBeNull();
  });

  it.each<[string, TCanonicalField | null]>([
    ["authorMeta.name", "handle"], ["authorMeta/nickName", "displayName"], ["authorMeta.id", "platformUserId"], ["authorMeta.fans", "followers"],
    ["authorMeta.following", "following"], ["authorMeta.heart", "likes"], ["authorMeta.video", "posts"], ["authorMeta.signature", "bio"],
    ["authorMeta.bioLink", "website"], ["authorMeta.avatar", "avatar"], ["authorMeta.verified", "verified"], ["authorMeta.region", "location"],
    // the video's own columns are not the author's
    ["id", null], ["createTime", null], ["text", null], ["diggCount", null], ["videoMeta.duration", null],
    // but platform and profile/video URLs still count
    ["platform", "platform"], ["webVideoUrl", "profileUrl"],
  ])("in an Apify per-video row, %s → %s", (header, field) => {
    const scope = detectRowScope(["id", "text", "authorMeta.name"]);
    expect(matchHeader(header, scope)?.field ?? null).toBe(field);
  });

  it("in a tweet row with a nested user, reads the usual aliases under user.", () => {
    const scope = detectRowScope(["id_str", "full_text", "user.screen_name"]);
    expect(matchHeader("user.screen_name", scope)?.field).toBe("handle");
    expect(matchHeader("user.username", scope)?.field).toBe("handle");
    expect(matchHeader("user.followers_count", scope)?.field).toBe("followers");
    expect(matchHeader("id_str", scope)).toBeNull();
    expect(matchHeader("entities.url.urls.0.expanded_url", scope)).toBeNull();
  });
});

describe("suggestColumnMapping", () => {
  it("maps the scraped.csv-style header row and finds nothing missing", () => {
    const headers = ["platform", "profile_url", "username", "full_name", "bio", "followers", "following", "verified", "website", "location"];
    expect(suggestColumnMapping(headers)).toEqual({
      mapping: {
        platform: "platform", profile_url: "profileUrl", username: "handle", full_name: "displayName", bio: "bio", followers: "followers",
        following: "following", verified: "verified", website: "website", location: "location",
      },
      missingRequired: [],
    });
  });

  it("maps Apify TikTok per-video CSV headers (slash-flattened) and ignores the video columns", () => {
    const headers = ["id", "text", "createTime", "webVideoUrl", "authorMeta/id", "authorMeta/name", "authorMeta/nickName", "authorMeta/fans", "diggCount"];
    const { mapping, missingRequired } = suggestColumnMapping(headers);
    expect(mapping).toEqual({
      id: null, text: null, createTime: null, webVideoUrl: "profileUrl", "authorMeta/id": "platformUserId", "authorMeta/name": "handle",
      "authorMeta/nickName": "displayName", "authorMeta/fans": "followers", diggCount: null,
    });
    expect(missingRequired).toEqual([]);
  });

  it.each<[string[], { platformOverride?: "x" }, string[]]>([
    [["screen_name", "followers_count"], {}, ["platform"]],
    [["screen_name", "followers_count"], { platformOverride: "x" }, []],
    [["name", "bio"], {}, ["handle", "platformUserId", "platform"]],
    [["id_str", "source"], {}, []],
    [[], {}, ["handle", "platformUserId", "platform"]],
  ])("headers %j with %j → missing %j", (headers, opts, missing) => {
    expect(suggestColumnMapping(headers, opts).missingRequired).toEqual(missing);
  });

  it("is safe with hostile header names", () => {
    const { mapping } = suggestColumnMapping(["__proto__", "constructor", "username"]);
    expect(Object.keys(mapping)).toEqual(["__proto__", "constructor", "username"]);
    expect(mapping.username).toBe("handle");
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });
});

describe("canonical names as aliases", () => {
  it.each(canonicalFields.map((f) => [f]))("%s maps to itself (headers renamed by the CSV reader's columnMapping)", (field) => {
    expect(matchHeader(field, null)).toEqual({ field, rank: 0 });
  });
});
