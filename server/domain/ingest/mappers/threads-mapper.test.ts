import { describe, expect, it } from "vitest";
import { mapThreadsProfile } from "./threads-mapper";

describe("mapThreadsProfile", () => {
  it("maps a profile_lookup object", () => {
    const value = {
      id: "17841400123456789", username: "ines.illustrates", name: "Inês Carvalho",
      biography: "picture books + risograph zines 🎨 Porto", profile_picture_url: "https://scontent.example/ines.jpg",
      is_verified: false, follower_count: 3100, likes_count: 880, quotes_count: 4, replies_count: 120, reposts_count: 9, views_count: 40211,
    };
    expect(mapThreadsProfile(value)).toEqual({
      platform: "threads", platformUserId: "17841400123456789", handle: "ines.illustrates", displayName: "Inês Carvalho",
      bio: "picture books + risograph zines 🎨 Porto", website: null, location: null, followerCount: 3100, followingCount: null,
      postCount: null, likeCount: 880, verified: false, avatarUrl: "https://scontent.example/ines.jpg", accountCreatedAt: null, hydrated: true,
    });
  });

  it("maps the /me variant with threads_ prefixed fields", () => {
    const value = { id: "2590000000000001", username: "gus_ferments", name: "Gus", threads_biography: "kimchi, kraut, kombucha", threads_profile_picture_url: "https://scontent.example/gus.jpg", is_verified: true };
    expect(mapThreadsProfile(value)).toMatchObject({ bio: "kimchi, kraut, kombucha", avatarUrl: "https://scontent.example/gus.jpg", verified: true, hydrated: true });
  });

  it("stores an id/username-only answer unhydrated", () => {
    expect(mapThreadsProfile({ id: "1", username: "just.me" })).toMatchObject({ hydrated: false, bio: null });
  });

  it("rejects non-objects", () => {
    expect(mapThreadsProfile("ines")).toMatchObject({ error: { code: "not_an_object" } });
  });
});
