import { createHash } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeCard } from "@/server/domain/cards/normalize-card";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { handleDigest, platformUserIdDigest } from "@/server/domain/suppression/suppression-digest";
import { useTestDatabase } from "@/server/testing/test-database";
import { createProfileStage, mergeProfileBatch, type TStagedProfile } from "./profile-stage";

function profile(overrides: Partial<Omit<TStagedProfile, "card">>): TStagedProfile {
  const base: Omit<TStagedProfile, "card"> = {
    platform: "x", platformUserId: null, handle: null, displayName: null, bio: null, website: null, location: null,
    followerCount: null, followingCount: null, postCount: null, likeCount: null, verified: null, avatarUrl: null,
    accountCreatedAt: null, hydrated: true, redactionCount: 0, sourceRecordJson: "{}", sourceSha256: "",
  };
  const merged = { ...base, ...overrides };
  const sourceRecord = { id: merged.platformUserId, username: merged.handle, bio: merged.bio, followers: merged.followerCount };
  const sourceRecordJson = JSON.stringify(sourceRecord);
  return { ...merged, sourceRecordJson, sourceSha256: createHash("sha256").update(sourceRecordJson).digest("hex"), card: normalizeCard(merged, [], defaultTaxonomy) };
}

describe("mergeProfileBatch", () => {
  const t = useTestDatabase();
  let jobId = "";

  beforeAll(async () => {
    const job = await t.db.importJob.create({ data: { fileName: "f.json", sha256: "a".repeat(64), byteSize: 1n } });
    jobId = job.id;
  });

  async function merge(batch: TStagedProfile[], poolId?: string) {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await createProfileStage(client);
      const counts = await mergeProfileBatch(client, batch, { jobId, now: new Date(), poolId });
      await client.query("COMMIT");
      return counts;
    } finally {
      await client.end();
    }
  }

  const profiles = () => t.db.rawSocialProfile.findMany({ orderBy: [{ platform: "asc" }, { handle: "asc" }] });

  it("inserts new profiles, then reports an identical re-import as unchanged", async () => {
    const batch = [
      profile({ platformUserId: "1001", handle: "Maya_Builds", bio: "bakery saas", followerCount: 812 }),
      profile({ platform: "tiktok", handle: "glowwithkemi", bio: "skincare", hydrated: true }),
    ];
    expect(await merge(batch)).toMatchObject({ created: 2, updated: 0, unchanged: 0, suppressed: 0 });
    const before = await profiles();
    expect(await merge(batch)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const after = await profiles();
    expect(after.map((p) => ({ ...p, lastSeenAt: null }))).toEqual(before.map((p) => ({ ...p, lastSeenAt: null })));
    expect(after[0]!.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before[0]!.lastSeenAt.getTime());
  });

  it("updates counts and bio from newer data, matching handles case-insensitively", async () => {
    const counts = await merge([profile({ platform: "tiktok", handle: "GlowWithKemi", bio: "skincare for dark skin", followerCount: 212000 })]);
    expect(counts).toMatchObject({ created: 0, updated: 1 });
    const kemi = await t.db.rawSocialProfile.findFirstOrThrow({ where: { platform: "tiktok" } });
    expect(kemi).toMatchObject({ handle: "GlowWithKemi", bio: "skincare for dark skin", followerCount: 212000n });
  });

  it("never lets an id-only record overwrite a hydrated profile", async () => {
    expect(await merge([profile({ platformUserId: "1001", hydrated: false })])).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await t.db.rawSocialProfile.findFirstOrThrow({ where: { platformUserId: "1001" } })).toMatchObject({ handle: "Maya_Builds", bio: "bakery saas", hydrated: true });
  });

  it("hydrates a handle-only profile when the full profile arrives", async () => {
    await merge([profile({ platform: "threads", handle: "clay.by.omar", hydrated: false })]);
    const counts = await merge([profile({ platform: "threads", platformUserId: "777", handle: "clay.by.omar", bio: "ceramicist", followerCount: 1600 })]);
    expect(counts).toMatchObject({ created: 0, updated: 1 });
    const rows = await t.db.rawSocialProfile.findMany({ where: { platform: "threads" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ platformUserId: "777", hydrated: true, bio: "ceramicist" });
  });

  it("absorbs an unhydrated handle-only duplicate into the profile that owns the id", async () => {
    await merge([profile({ platform: "threads", platformUserId: "888", handle: "old.name", bio: "v1" })]);
    await merge([profile({ platform: "threads", handle: "new.name", hydrated: false })]);
    const counts = await merge([profile({ platform: "threads", platformUserId: "888", handle: "new.name", bio: "v2" })]);
    expect(counts).toMatchObject({ updated: 1, created: 0 });
    const rows = await t.db.rawSocialProfile.findMany({ where: { platform: "threads", platformUserId: { not: "777" } } });
    expect(rows.map((r) => [r.platformUserId, r.handle, r.bio])).toEqual([["888", "new.name", "v2"]]);
  });

  it("releases a handle taken over by a different account", async () => {
    await merge([profile({ platform: "x", platformUserId: "2002", handle: "taken_over", bio: "old owner" })]);
    const counts = await merge([profile({ platform: "x", platformUserId: "3003", handle: "TAKEN_OVER", bio: "new owner" })]);
    expect(counts).toMatchObject({ created: 1 });
    const old = await t.db.rawSocialProfile.findFirstOrThrow({ where: { platformUserId: "2002" } });
    expect(old.handle).toBeNull();
  });

  it("skips suppressed people", async () => {
    await t.db.suppression.createMany({ data: [
      { platform: "tiktok", handleSha256: handleDigest("erased.person"), reason: "erasure request" },
      { platform: "tiktok", platformUserIdSha256: platformUserIdDigest("6001"), reason: "objection" },
    ] });
    const counts = await merge([profile({ platform: "tiktok", handle: "Erased.Person", bio: "x" }), profile({ platform: "tiktok", handle: "kept.person" }),
      profile({ platform: "tiktok", platformUserId: "6001", handle: "renamed.objector" })]);
    expect(counts).toMatchObject({ created: 1, suppressed: 2 });
    expect(await t.db.rawSocialProfile.count({ where: { handle: { equals: "erased.person", mode: "insensitive" } } })).toBe(0);
  });

  it("gives every profile exactly one lead card, linked by lineage, with its classification", async () => {
    const [profilesCount, cards] = await Promise.all([t.db.rawSocialProfile.count(), t.db.leadCard.findMany({ include: { rawProfile: true } })]);
    expect(cards).toHaveLength(profilesCount);
    for (const card of cards) {
      expect(card.publicId).toMatch(/^lc_[0-9a-f]{32}$/);
      expect(card).toMatchObject({ platform: card.rawProfile.platform, handle: card.rawProfile.handle, bio: card.rawProfile.bio });
      expect(card.classifierVersion).toBeTruthy();
    }
  });

  it("draws new profile and card ids time-ordered (UUIDv7), in file order, with a public id that is not the key", async () => {
    const handles = ["order_a", "order_b", "order_c", "order_d"];
    await merge(handles.map((handle, i) => profile({ platform: "threads", platformUserId: `77${i}`, handle })));
    const cards = await t.db.leadCard.findMany({ where: { handle: { in: handles } }, include: { rawProfile: true } });
    const byFileOrder = handles.map((handle) => cards.find((c) => c.handle === handle)!);
    for (const ids of [byFileOrder.map((c) => c.id), byFileOrder.map((c) => c.rawProfileId), byFileOrder.map((c) => c.publicId)]) {
      expect([...ids].sort()).toEqual(ids);
    }
    for (const card of byFileOrder) {
      expect(card.id[14]).toBe("7");
      expect(card.rawProfileId[14]).toBe("7");
      expect(card.publicId).not.toContain(card.id.replaceAll("-", ""));
    }
  });

  it("refreshes a card when its profile changes but keeps a human's correction", async () => {
    const card = await t.db.leadCard.findFirstOrThrow({ where: { handle: "GlowWithKemi" } });
    await t.db.leadCard.update({ where: { id: card.id }, data: { label: "FEEDBACK", correctedFields: ["label"], reviewState: "corrected" } });
    await merge([profile({ platform: "tiktok", handle: "GlowWithKemi", bio: "skincare founder, brand collabs open", followerCount: 300000 })]);
    const after = await t.db.leadCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(after).toMatchObject({ label: "FEEDBACK", bio: "skincare founder, brand collabs open", followerCount: 300000n, reviewState: "corrected" });
  });

  it("puts every card the batch brought into the import's pool, unchanged ones included", async () => {
    const pool = await t.db.audiencePool.create({ data: { name: "Batch pool", kind: "source" } });
    const batch = [profile({ platform: "x", platformUserId: "5005", handle: "pool_member", bio: "new" }), profile({ platformUserId: "1001", handle: "Maya_Builds", bio: "bakery saas", followerCount: 812 })];
    await merge(batch, pool.id);
    const members = await t.db.leadCardPool.findMany({ where: { poolId: pool.id }, include: { leadCard: true } });
    expect(members.map((m) => m.leadCard.handle).sort()).toEqual(["Maya_Builds", "pool_member"]);
  });
});