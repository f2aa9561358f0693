import { describe, expect, it } from "vitest";
import { isTcoLink, parseProfileUrl } from "./profile-url";

describe("parseProfileUrl", () => {
  it.each([
    ["https://x.com/maya_builds", { platform: "x", handle: "maya_builds", platformUserId: null }],
    ["https://twitter.com/Maya_Builds/status/1", { platform: "x", handle: "Maya_Builds", platformUserId: null }],
    ["mobile.twitter.com/maya", { platform: "x", handle: "maya", platformUserId: null }],
    ["https://twitter.com/intent/user?user_id=1252851", { platform: "x", handle: null, platformUserId: "1252851" }],
    ["https://x.com/i/user/1252851", { platform: "x", handle: null, platformUserId: "1252851" }],
    ["https://x.com/home", { platform: "x", handle: null, platformUserId: null }],
    ["https://www.tiktok.com/@lola.moda.bcn", { platform: "tiktok", handle: "lola.moda.bcn", platformUserId: null }],
    ["https://www.tiktok.com/@lola.moda.bcn/video/7312345678901234567", { platform: "tiktok", handle: "lola.moda.bcn", platformUserId: null }],
    ["https://vm.tiktok.com/ZMkQEnJTq/", { platform: "tiktok", handle: null, platformUserId: null }],
    ["https://www.threads.net/@mindful.mo.coach", { platform: "threads", handle: "mindful.mo.coach", platformUserId: null }],
    ["https://www.threads.com/@mindful.mo.coach", { platform: "threads", handle: "mindful.mo.coach", platformUserId: null }],
  ])("%s", (url, expected) => {
    expect(parseProfileUrl(url)).toEqual(expected);
  });

  it.each([["https://t.co/AbC"], ["https://www.instagram.com/maya"], ["https://mayabakes.example"], ["javascript:alert(1)"], ["not a url"], [42], [null]])(
    "%j is not a supported profile URL",
    (url) => {
      expect(parseProfileUrl(url)).toBeNull();
    },
  );

  it("keeps a malformed percent-escape as written instead of throwing", () => {
    expect(parseProfileUrl("https://x.com/%E0%A4%A")).toEqual({ platform: "x", handle: "%E0%A4%A", platformUserId: null });
  });

  it("recognises t.co links", () => {
    expect(isTcoLink("https://t.co/AbCdEf1234")).toBe(true);
    expect(isTcoLink("https://tco.example/x")).toBe(false);
  });
});
