import { describe, expect, it } from "vitest";
import { BIO_MAX_LENGTH, type TProfileCandidate } from "./profile";
import { toCanonicalProfile, ZCanonicalProfile } from "./validate-profile";

const base: TProfileCandidate = {
  platform: "x", platformUserId: "1500000000000000001", handle: "maya_builds", displayName: "Maya R.", bio: "Bootstrapping a bakery SaaS",
  website: "https://mayabakes.example", location: "Leeds, UK", followerCount: 812, followingCount: 301, postCount: 4410, likeCount: null,
  verified: false, avatarUrl: "https://pbs.twimg.com/profile_images/1/x_normal.jpg", accountCreatedAt: "2019-03-02T10:11:12.000Z", hydrated: true,
};

const ok = (c: Partial<TProfileCandidate>) => {
  const r = toCanonicalProfile({ ...base, ...c });
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.errors)}`);
  return r.profile;
};

const errorsOf = (c: Partial<TProfileCandidate>) => {
  const r = toCanonicalProfile({ ...base, ...c });
  if (r.ok) throw new Error("expected errors");
  return r.errors;
};

describe("toCanonicalProfile: clean records", () => {
  it("produces a canonical profile that ZCanonicalProfile accepts", () => {
    const profile = ok({});
    expect(profile).toEqual({
      platform: "x", platformUserId: "1500000000000000001", handle: "maya_builds", displayName: "Maya R.", bio: "Bootstrapping a bakery SaaS",
      website: "https://mayabakes.example", location: "Leeds, UK", followerCount: 812, followingCount: 301, postCount: 4410, likeCount: null,
      verified: false, avatarUrl: "https://pbs.twimg.com/profile_images/1/x_normal.jpg", accountCreatedAt: new Date("2019-03-02T10:11:12.000Z"), hydrated: true,
    });
    expect(ZCanonicalProfile.safeParse(profile).success).toBe(true);
  });

  it.each<[string, Partial<TProfileCandidate>, Partial<ReturnType<typeof ok>>]>([
    ["counts as strings", { followerCount: "1,204", followingCount: "1.2M", postCount: 1200.0, likeCount: " 3 " }, { followerCount: 1204, followingCount: 1_200_000, postCount: 1200, likeCount: 3 }],
    ["handle with @ and case kept", { handle: "@Maya_Builds" }, { handle: "Maya_Builds" }],
    ["numeric handle coerced to text", { handle: 42 }, { handle: "42" }],
    ["safe numeric id", { platformUserId: 421686841 }, { platformUserId: "421686841" }],
    ["id only (X archive)", { handle: null, displayName: null, bio: null, hydrated: false }, { handle: null, platformUserId: "1500000000000000001", hydrated: false }],
    ["handle only (TikTok export)", { platform: "tiktok", platformUserId: null, handle: "late.night.baker" }, { platformUserId: null, handle: "late.night.baker" }],
    ["empty CSV cells are absent", { displayName: "", bio: "  ", website: "", followerCount: "", verified: "", accountCreatedAt: "" }, { displayName: null, bio: null, website: null, followerCount: null, verified: null, accountCreatedAt: null }],
    ["bio sanitised", { bio: "hi <script>alert(1)</script><b>there</b> <3\u200b\u202e" }, { bio: "hi there <3" }],
    ["bio that is only markup becomes null", { bio: "<br/><p></p>" }, { bio: null }],
    ["display name on one line", { displayName: "Maya\nR." }, { displayName: "Maya R." }],
    ["non-http website dropped", { website: "javascript:alert(1)" }, { website: null }],
    ["bare domain website", { website: "mayabakes.example" }, { website: "https://mayabakes.example" }],
    ["avatar needs a scheme", { avatarUrl: "pbs.twimg.com/x.jpg" }, { avatarUrl: null }],
    ["verified as text", { verified: "yes" }, { verified: true }],
    ["legacy X date", { accountCreatedAt: "Tue Apr 21 06:49:15 +0000 2009" }, { accountCreatedAt: new Date("2009-04-21T06:49:15.000Z") }],
    ["formula payload kept as text", { bio: "=HYPERLINK(\"https://evil.example\",\"x\")" }, { bio: "=HYPERLINK(\"https://evil.example\",\"x\")" }],
  ])("%s", (_name, candidate, expected) => {
    expect(ok(candidate)).toMatchObject(expected);
  });

  it("caps a 20,000-character bio", () => {
    const bio = ok({ bio: "x".repeat(20_000) }).bio ?? "";
    expect(bio.length).toBe(BIO_MAX_LENGTH);
    expect(bio.endsWith("…")).toBe(true);
  });

  it("cleans hashtags for later stages", () => {
    const r = toCanonicalProfile({ ...base, hashtags: ["nocode", "#NoCode", "ai"] });
    expect(r).toMatchObject({ ok: true, hashtags: ["nocode", "ai"] });
  });
});

describe("toCanonicalProfile: rejected records name the field and the reason", () => {
  it.each<[string, Partial<TProfileCandidate>, { field: string | null; code: string }[]]>([
    ["no platform", { platform: null }, [{ field: "platform", code: "platform_missing" }]],
    ["no identity", { platformUserId: null, handle: null }, [{ field: "handle", code: "missing_identity" }]],
    ["blank identity cells", { platformUserId: "", handle: "  " }, [{ field: "handle", code: "missing_identity" }]],
    ["handle empty after cleaning", { handle: "@\u200b" }, [{ field: "handle", code: "empty_handle" }]],
    ["invalid X handle", { handle: "maya.builds" }, [{ field: "handle", code: "invalid_handle" }]],
    ["invalid TikTok handle", { platform: "tiktok", platformUserId: null, handle: "x" }, [{ field: "handle", code: "invalid_handle" }]],
    ["object as handle", { handle: { name: "maya" } }, [{ field: "handle", code: "invalid_handle" }]],
    ["unsafe JSON number id", { platformUserId: 1500000000000000001 }, [{ field: "platformUserId", code: "id_precision_lost" }]],
    ["non-digit X id", { platformUserId: "maya" }, [{ field: "platformUserId", code: "invalid_platform_user_id" }]],
    ["object as count", { followerCount: {} }, [{ field: "followerCount", code: "invalid_count" }]],
    ["negative count", { followingCount: -5 }, [{ field: "followingCount", code: "invalid_count" }]],
    ["text count", { postCount: "abc" }, [{ field: "postCount", code: "invalid_count" }]],
    ["array as bio", { bio: ["a"] }, [{ field: "bio", code: "invalid_text" }]],
    ["object as display name", { displayName: {} }, [{ field: "displayName", code: "invalid_text" }]],
    ["number as website", { website: 42 }, [{ field: "website", code: "invalid_url" }]],
    ["unknown boolean", { verified: "blue" }, [{ field: "verified", code: "invalid_boolean" }]],
    ["unparseable date", { accountCreatedAt: "Joined March 2015" }, [{ field: "accountCreatedAt", code: "invalid_date" }]],
    [
      "several problems at once",
      { followerCount: -1, likeCount: "lots", handle: "has space" },
      [{ field: "handle", code: "invalid_handle" }, { field: "followerCount", code: "invalid_count" }, { field: "likeCount", code: "invalid_count" }],
    ],
  ])("%s", (_name, candidate, expected) => {
    const errors = errorsOf(candidate);
    expect(errors.map(({ field, code }) => ({ field, code }))).toEqual(expected);
    for (const e of errors) expect(e.message.length).toBeGreaterThan(0);
  });

  it("reports the id precision message the user can act on", () => {
    expect(errorsOf({ platformUserId: 1500000000000000001 })[0]?.message).toBe("id arrived as a JSON number and lost precision; export ids as strings");
  });

  it("quotes the handle pattern", () => {
    expect(errorsOf({ platform: "threads", handle: "no spaces allowed" })[0]?.message).toContain("[A-Za-z0-9_.]{1,30}");
  });
});
