import { beforeAll, describe, expect, it } from "vitest";
import { insertTestCards } from "@/server/services/cards/__fixtures__/insert-test-cards";
import { useTestDatabase } from "@/server/testing/test-database";
import { createCaller } from "../root";

/** The cards, pools and review procedures end to end through the tRPC caller (inputs, outputs, error mapping). */
describe("cards / pools / review procedures", () => {
  const t = useTestDatabase();
  let caller: ReturnType<typeof createCaller>;
  let ids: string[] = [];

  beforeAll(async () => {
    const user = await t.db.user.create({ data: { email: "growth@api.test", role: "GROWTH" } });
    caller = createCaller({ db: t.db, user: { id: user.id, email: user.email, name: null, role: "GROWTH" }, requestId: "api-test" });
    ids = await insertTestCards(t.db, [
      { handle: "api_one", displayName: "Api One", bio: "Bakery owner [contact removed]", tribe: "foodies_home_cooks", label: "PARTNER", followerCount: 1200, avatarUrl: "https://cdn.example.com/1.jpg" },
      { handle: "api_two", tribe: "ai_builders", secondaryTribes: ["developers"], label: "AFFILIATE", baseConfidence: 0.7, classificationConfidence: 0.4 },
      { handle: "api_three", platform: "tiktok", tribe: "ai_builders", label: null },
    ]);
    await t.db.leadCard.update({ where: { id: ids[0]! }, data: { confidences: { industry: 0.8, persona: 0.5, tribe: 0.6, label: 0.7 }, explanation: [{ dimension: "tribe", slug: "foodies_home_cooks", evidence: [{ field: "bio", term: "bakery" }] }] } });
  });

  it("cards.list / facets / count / get return their declared shapes", async () => {
    const first = await caller.cards.list({ limit: 2, sort: { field: "handle", direction: "asc" } });
    expect(first.items.map((i) => i.handle)).toEqual(["api_one", "api_three"]);
    expect(first.items[0]).toMatchObject({ avatarUrl: "https://cdn.example.com/1.jpg", followerCount: 1200, label: "PARTNER" });
    const second = await caller.cards.list({ limit: 2, sort: { field: "handle", direction: "asc" }, cursor: first.nextCursor });
    expect(second.items.map((i) => i.handle)).toEqual(["api_two"]);
    expect(second.nextCursor).toBeNull();
    expect((await caller.cards.list({ limit: 2, sort: { field: "handle", direction: "asc" }, cursor: second.prevCursor })).items.map((i) => i.handle)).toEqual(["api_one", "api_three"]);

    const facets = await caller.cards.facets({ filter: { tribe: ["ai_builders"] } });
    expect(facets.tribe).toContainEqual({ value: "foodies_home_cooks", count: 1 });
    expect(facets.label).toEqual(expect.arrayContaining([{ value: "AFFILIATE", count: 1 }, { value: "unlabelled", count: 1 }]));
    expect(await caller.cards.count({ filter: { tribe: ["developers"] } })).toEqual({ count: 1, approximate: false });

    const detail = await caller.cards.get({ id: ids[0]! });
    expect(detail.profile.bio).toContain("[contact removed]");
    expect(detail.lineage.firstImport.fileName).toMatch(/^fixture-/);
    expect(detail.classification.confidences).toMatchObject({ industry: 0.8 });
    expect(detail.classification.explanation[0]).toMatchObject({ dimension: "tribe", slug: "foodies_home_cooks" });
    await expect(caller.cards.get({ id: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.cards.list({ limit: 2, cursor: "garbage" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("cards.setTags / confirm and review.queue", async () => {
    expect(await caller.cards.setTags({ ids: [ids[2]!], changes: { label: "USER", tribe: "developers" } })).toEqual({ updated: 1 });
    await expect(caller.cards.setTags({ ids: [ids[2]!], changes: { tribe: "nope" } })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await caller.cards.confirm({ ids: [ids[1]!] })).toEqual({ confirmed: 1 });
    const detail = await caller.cards.get({ id: ids[2]! });
    expect(detail.card).toMatchObject({ reviewState: "corrected", label: "USER", tribe: "developers", reviewedBy: "growth@api.test" });
    expect(detail.history[0]).toMatchObject({ event: "label_changed", actor: "growth@api.test", metadata: { reviewState: "corrected" } });

    const queue = await caller.review.queue({ limit: 10 });
    expect(queue.unreviewed).toBe(1);
    expect(queue.items[0]).toMatchObject({ id: ids[0]!, confidences: { industry: 0.8 } });
    expect(queue.items.map((i) => i.reviewState)).toEqual(["unreviewed", "confirmed", "corrected"]);
  });

  it("pools procedures", async () => {
    const rule = await caller.pools.createRule({ name: "API builders", filter: { tribe: ["ai_builders"] } });
    expect(rule).toMatchObject({ kind: "rule", size: 1, rule: { tribe: ["ai_builders"] } });
    await expect(caller.pools.createManual({ name: "api BUILDERS" })).rejects.toMatchObject({ code: "CONFLICT" });
    const manual = await caller.pools.createManual({ name: "API picks" });
    await expect(caller.pools.addCards({ poolId: rule.id, ids: [ids[0]!] })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await caller.pools.addCards({ poolId: manual.id, filter: { platform: ["x"] } })).toEqual({ poolId: manual.id, count: 2 });
    expect(await caller.pools.removeCards({ poolId: manual.id, ids: [ids[0]!] })).toEqual({ poolId: manual.id, count: 1 });
    expect((await caller.pools.rename({ id: manual.id, name: "API picks v2" })).name).toBe("API picks v2");
    const got = await caller.pools.get({ id: manual.id });
    expect(got).toMatchObject({ size: 1, breakdown: { platform: [{ value: "x", count: 1 }] } });
    expect((await caller.pools.list()).map((p) => p.name)).toEqual(expect.arrayContaining(["API builders", "API picks v2"]));
    expect(await caller.pools.names()).toEqual(expect.arrayContaining([{ id: manual.id, name: "API picks v2", kind: "manual" }]));
    expect((await caller.pools.archive({ id: manual.id })).archived).toBe(true);
    expect((await caller.pools.list({ includeArchived: true })).find((p) => p.id === manual.id)?.archived).toBe(true);
  });
});
