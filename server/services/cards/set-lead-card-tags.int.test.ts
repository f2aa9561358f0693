import { createHash, randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { normalizeCard } from "@/server/domain/cards/normalize-card";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { createProfileStage, mergeProfileBatch, type TStagedProfile } from "@/server/services/ingest/profile-stage";
import { useTestDatabase } from "@/server/testing/test-database";
import { insertTestCards } from "./__fixtures__/insert-test-cards";
import { confirmLeadCards } from "./confirm-lead-cards";
import { getLeadCard } from "./get-lead-card";
import { setLeadCardTags } from "./set-lead-card-tags";

function staged(p: { platformUserId: string; handle: string; bio: string; followerCount: number }): TStagedProfile {
  const base = {
    platform: "x" as const, platformUserId: p.platformUserId, handle: p.handle, displayName: null, bio: p.bio, website: null, location: null,
    followerCount: p.followerCount, followingCount: null, postCount: null, likeCount: null, verified: null, avatarUrl: null,
    accountCreatedAt: null, hydrated: true, redactionCount: 0,
  };
  const sourceRecordJson = JSON.stringify(p);
  return { ...base, sourceRecordJson, sourceSha256: createHash("sha256").update(sourceRecordJson).digest("hex"), card: normalizeCard(base, [], defaultTaxonomy) };
}

describe("setLeadCardTags / confirmLeadCards", () => {
  const t = useTestDatabase();
  let actor: { type: "user"; id: string; label: string };
  const auditRows = (event: string) => t.db.auditLog.findMany({ where: { event }, orderBy: { seq: "asc" } });

  beforeAll(async () => {
    const user = await t.db.user.create({ data: { email: "reviewer@test.local", role: "GROWTH" } });
    actor = { type: "user", id: user.id, label: user.email };
  });

  it("sets tags, protects the dimensions, marks corrected and writes one label_changed row per card", async () => {
    const ids = await insertTestCards(t.db, [
      { handle: "one", industry: "food_beverage", tribe: "foodies_home_cooks", secondaryTribes: ["developers"], label: "USER" },
      { handle: "two", industry: "software_saas", tribe: "none", label: null },
    ]);
    const before = (await auditRows("label_changed")).length;
    expect(await setLeadCardTags(t.db, { ids, changes: { tribe: "developers", label: "AFFILIATE" } }, actor)).toEqual({ updated: 2 });

    const cards = await t.db.leadCard.findMany({ where: { id: { in: ids } }, orderBy: { handle: "asc" } });
    for (const card of cards) {
      expect(card).toMatchObject({ tribe: "developers", label: "AFFILIATE", reviewState: "corrected", reviewedById: actor.id });
      expect(card.correctedFields.sort()).toEqual(["label", "tribe"]);
      expect(card.secondaryTribes).not.toContain("developers");
      expect(card.reviewedAt).toBeInstanceOf(Date);
    }
    expect(cards.find((c) => c.handle === "one")!.industry).toBe("food_beverage");

    const rows = (await auditRows("label_changed")).slice(before);
    expect(rows).toHaveLength(2);
    const byTarget = Object.fromEntries(rows.map((r) => [r.targetId, r]));
    expect(byTarget[ids[0]!]).toMatchObject({
      actorType: "user", actorId: actor.id, actorLabel: actor.label, targetType: "lead_card", outcome: "success",
      metadata: { before: { tribe: "foodies_home_cooks", label: "USER" }, after: { tribe: "developers", label: "AFFILIATE" }, reviewState: "corrected" },
    });
    expect(byTarget[ids[1]!]!.metadata).toMatchObject({ before: { tribe: "none", label: null }, after: { tribe: "developers", label: "AFFILIATE" } });

    const detail = await getLeadCard(t.db, ids[0]!);
    expect(detail.history[0]).toMatchObject({ event: "label_changed", actor: actor.label, outcome: "success" });
    expect(detail.card.correctedFields.sort()).toEqual(["label", "tribe"]);
  });

  it("refuses slugs outside the active taxonomy and empty changes", async () => {
    const [id] = await insertTestCards(t.db, [{ handle: "three" }]);
    await expect(setLeadCardTags(t.db, { ids: [id!], changes: { tribe: "not_a_tribe" } }, actor)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setLeadCardTags(t.db, { ids: [id!], changes: {} }, actor)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setLeadCardTags(t.db, { ids: Array.from({ length: 501 }, () => randomUUID()), changes: { label: "USER" } }, actor)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("a failing change writes no audit row, and a failing audit row undoes the change", async () => {
    const [id] = await insertTestCards(t.db, [{ handle: "four", tribe: "none" }]);
    const count = async () => (await auditRows("label_changed")).length;
    const before = await count();
    // One id unknown: nothing changes, nothing is audited.
    await expect(setLeadCardTags(t.db, { ids: [id!, randomUUID()], changes: { tribe: "gamers" } }, actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The update itself fails (the reviewer is not a user row): no audit row either.
    await expect(setLeadCardTags(t.db, { ids: [id!], changes: { tribe: "gamers" } }, { type: "user", id: randomUUID() })).rejects.toThrow();
    // The audit row is refused (label too long): the change rolls back with it.
    await expect(setLeadCardTags(t.db, { ids: [id!], changes: { tribe: "gamers" } }, { ...actor, label: "x".repeat(400) })).rejects.toThrow();
    await expect(confirmLeadCards(t.db, { ids: [id!] }, { ...actor, label: "x".repeat(400) })).rejects.toThrow();
    expect(await count()).toBe(before);
    expect(await t.db.leadCard.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({ tribe: "none", reviewState: "unreviewed", correctedFields: [] });
  });

  it("confirm marks cards confirmed with before = after audit rows", async () => {
    const ids = await insertTestCards(t.db, [{ handle: "five", tribe: "gamers", label: "USER" }, { handle: "six" }]);
    const before = (await auditRows("label_changed")).length;
    expect(await confirmLeadCards(t.db, { ids }, actor)).toEqual({ confirmed: 2 });
    const cards = await t.db.leadCard.findMany({ where: { id: { in: ids } } });
    expect(cards.every((c) => c.reviewState === "confirmed" && c.reviewedById === actor.id)).toBe(true);
    const rows = (await auditRows("label_changed")).slice(before);
    expect(rows).toHaveLength(2);
    const five = rows.find((r) => r.targetId === ids[0])!;
    expect(five.metadata).toEqual({ before: { industry: "unknown", persona: "unknown", tribe: "gamers", label: "USER" }, after: { industry: "unknown", persona: "unknown", tribe: "gamers", label: "USER" }, reviewState: "confirmed" });
  });

  it("a human correction survives re-classification by the import merge path", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "merge.json", sha256: "b".repeat(64), byteSize: 1n } });
    async function merge(batch: TStagedProfile[]) {
      const client = new pg.Client({ connectionString: t.url });
      await client.connect();
      try {
        await client.query("BEGIN");
        await createProfileStage(client);
        await mergeProfileBatch(client, batch, { jobId: job.id, now: new Date() });
        await client.query("COMMIT");
      } finally {
        await client.end();
      }
    }
    const first = staged({ platformUserId: "9001", handle: "code_maya", bio: "software engineer building developer tools, open source", followerCount: 1200 });
    await merge([first]);
    const card = await t.db.leadCard.findFirstOrThrow({ where: { handle: "code_maya" } });
    await setLeadCardTags(t.db, { ids: [card.id], changes: { tribe: "gamers" } }, actor);

    // The same account re-imported with a new bio: re-classified, but the corrected tribe stays.
    const second = staged({ platformUserId: "9001", handle: "code_maya", bio: "software engineer and founder of a saas startup", followerCount: 1500 });
    await merge([second]);
    const after = await t.db.leadCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(after.tribe).toBe("gamers");
    expect(after.correctedFields).toEqual(["tribe"]);
    expect(after.bio).toBe("software engineer and founder of a saas startup");
    expect(after.followerCount).toBe(1500n);
    expect(after.industry).toBe(second.card.classification.industry);
    expect(after.persona).toBe(second.card.classification.persona);
  });
});
