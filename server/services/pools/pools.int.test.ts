import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { findLeadCards } from "@/server/services/cards/find-lead-cards";
import { countLeadCards } from "@/server/services/cards/count-lead-cards";
import { getLeadCard } from "@/server/services/cards/get-lead-card";
import { insertTestCards } from "@/server/services/cards/__fixtures__/insert-test-cards";
import { setLeadCardTags } from "@/server/services/cards/set-lead-card-tags";
import { useTestDatabase } from "@/server/testing/test-database";
import { addCardsToPool } from "./add-cards-to-pool";
import { archivePool } from "./archive-pool";
import { createManualPool } from "./create-manual-pool";
import { createRulePool } from "./create-rule-pool";
import { getPool } from "./get-pool";
import { listPools } from "./list-pools";
import { removeCardsFromPool } from "./remove-cards-from-pool";
import { renamePool } from "./rename-pool";

describe("audience pools", () => {
  const t = useTestDatabase();
  let actor: { type: "user"; id: string; label: string };
  let ids: string[] = [];
  const poolAudits = (poolId: string) => t.db.auditLog.findMany({ where: { event: "pool_changed", targetId: poolId }, orderBy: { seq: "asc" } });
  const members = async (poolId: string) => (await findLeadCards(t.db, { filter: { poolId }, limit: 200 })).items.map((r) => r.id).sort();

  beforeAll(async () => {
    const user = await t.db.user.create({ data: { email: "pools@test.local", role: "GROWTH" } });
    actor = { type: "user", id: user.id, label: user.email };
    ids = await insertTestCards(t.db, [
      { handle: "a1", platform: "x", tribe: "ai_builders", label: "AFFILIATE" },
      { handle: "a2", platform: "tiktok", tribe: "ai_builders", label: "USER" },
      { handle: "a3", platform: "x", tribe: "developers", secondaryTribes: ["ai_builders"], label: "AFFILIATE" },
      { handle: "a4", platform: "threads", tribe: "gamers", label: "AFFILIATE" },
      { handle: "a5", platform: "x", tribe: "gamers", label: null },
    ]);
  });

  it("a rule pool's members are the cards matching its filter now, and follow card changes", async () => {
    const pool = await createRulePool(t.db, { name: "AI affiliates", filter: { tribe: ["ai_builders"], label: ["AFFILIATE"] } }, actor);
    expect(pool).toMatchObject({ kind: "rule", size: 2, rule: { tribe: ["ai_builders"], label: ["AFFILIATE"] }, archived: false });
    expect(await members(pool.id)).toEqual([ids[0]!, ids[2]!].sort());

    // a4 becomes an AI builder: it enters; a1 becomes a gamer: it leaves.
    await setLeadCardTags(t.db, { ids: [ids[3]!], changes: { tribe: "ai_builders" } }, actor);
    await setLeadCardTags(t.db, { ids: [ids[0]!], changes: { tribe: "gamers" } }, actor);
    expect(await members(pool.id)).toEqual([ids[2]!, ids[3]!].sort());
    expect((await getPool(t.db, pool.id)).size).toBe(2);
    expect(await countLeadCards(t.db, { poolId: pool.id, platform: ["threads"] })).toBe(1);
    expect((await getLeadCard(t.db, ids[3]!)).pools).toContainEqual({ id: pool.id, name: "AI affiliates", kind: "rule" });

    await expect(addCardsToPool(t.db, { poolId: pool.id, ids: [ids[4]!] }, actor)).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringContaining("rule pool") });
    expect((await poolAudits(pool.id)).map((r) => r.metadata)).toEqual([{ action: "created" }]);
  });

  it("rejects an invalid rule filter", async () => {
    await expect(createRulePool(t.db, { name: "bad", filter: { poolId: randomUUID() } as never }, actor)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createRulePool(t.db, { name: "bad", filter: { baseConfidenceMin: 2 } }, actor)).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("manual pools: add by ids and by filter, remove, each audited once with the count", async () => {
    const pool = await createManualPool(t.db, { name: "Hand picked", description: "for the launch" }, actor);
    expect(pool).toMatchObject({ kind: "manual", size: 0, description: "for the launch" });
    expect(await addCardsToPool(t.db, { poolId: pool.id, ids: [ids[0]!, ids[1]!] }, actor)).toEqual({ poolId: pool.id, count: 2 });
    expect(await addCardsToPool(t.db, { poolId: pool.id, filter: { platform: ["x"] } }, actor)).toEqual({ poolId: pool.id, count: 2 });
    expect(await members(pool.id)).toEqual([ids[0]!, ids[1]!, ids[2]!, ids[4]!].sort());
    expect(await removeCardsFromPool(t.db, { poolId: pool.id, ids: [ids[1]!] }, actor)).toEqual({ poolId: pool.id, count: 1 });
    expect(await removeCardsFromPool(t.db, { poolId: pool.id, filter: { tribe: ["gamers"] } }, actor)).toEqual({ poolId: pool.id, count: 2 });
    expect(await members(pool.id)).toEqual([ids[2]!]);

    const audits = await poolAudits(pool.id);
    expect(audits.map((a) => a.metadata)).toEqual([
      { action: "created" }, { action: "cards_added", count: 2 }, { action: "cards_added", count: 2 }, { action: "cards_removed", count: 1 }, { action: "cards_removed", count: 2 },
    ]);
    expect(audits.every((a) => a.actorId === actor.id && a.targetType === "audience_pool")).toBe(true);

    // Unknown card: nothing added, nothing audited.
    await expect(addCardsToPool(t.db, { poolId: pool.id, ids: [ids[0]!, randomUUID()] }, actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await poolAudits(pool.id)).toHaveLength(5);
    expect(await members(pool.id)).toEqual([ids[2]!]);
  });

  it("names are unique among active pools (case-insensitive); rename and archive are audited", async () => {
    const pool = await createManualPool(t.db, { name: "Launch List" }, actor);
    await expect(createManualPool(t.db, { name: "launch list" }, actor)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining('"Launch List"') });
    await expect(createRulePool(t.db, { name: "LAUNCH LIST", filter: {} }, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createManualPool(t.db, { name: "Other" }, actor);
    await expect(renamePool(t.db, { id: other.id, name: "launch LIST" }, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await renamePool(t.db, { id: pool.id, name: "launch list" }, actor)).name).toBe("launch list");

    const archived = await archivePool(t.db, { id: pool.id }, actor);
    expect(archived.archived).toBe(true);
    await expect(archivePool(t.db, { id: pool.id }, actor)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(addCardsToPool(t.db, { poolId: pool.id, ids: [ids[0]!] }, actor)).rejects.toMatchObject({ code: "INVALID_STATE" });
    // The name is free again once archived.
    await createManualPool(t.db, { name: "Launch list" }, actor);
    expect((await poolAudits(pool.id)).map((a) => (a.metadata as { action: string }).action)).toEqual(["created", "renamed", "archived"]);

    const active = await listPools(t.db);
    expect(active.map((p) => p.id)).not.toContain(pool.id);
    expect((await listPools(t.db, { includeArchived: true })).map((p) => p.id)).toContain(pool.id);
  });

  it("lists pools with size and breakdowns by platform, tribe and label", async () => {
    const pool = await createManualPool(t.db, { name: "Breakdown" }, actor);
    await addCardsToPool(t.db, { poolId: pool.id, ids }, actor);
    const listed = (await listPools(t.db)).find((p) => p.id === pool.id)!;
    expect(listed.size).toBe(5);
    expect(listed.breakdown.platform).toEqual([{ value: "x", count: 3 }, { value: "threads", count: 1 }, { value: "tiktok", count: 1 }]);
    expect(listed.breakdown.label.reduce((n, l) => n + l.count, 0)).toBe(5);
    expect(listed.breakdown.label).toContainEqual({ value: "unlabelled", count: 1 });
    expect(listed.breakdown.tribe.length).toBeLessThanOrEqual(5);
    expect(listed.breakdown.tribe.reduce((n, l) => n + l.count, 0)).toBe(5);
  });

  it("a source pool (made by an import) takes cards by hand too; unknown pools are NOT_FOUND", async () => {
    const job = await t.db.importJob.create({ data: { fileName: "src.json", sha256: "c".repeat(64), byteSize: 1n } });
    const src = await t.db.audiencePool.create({ data: { name: "src.json · today", kind: "source", importJobId: job.id } });
    expect((await addCardsToPool(t.db, { poolId: src.id, ids: [ids[0]!] }, actor)).count).toBe(1);
    expect(await members(src.id)).toEqual([ids[0]!]);
    await expect(getPool(t.db, randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findLeadCards(t.db, { filter: { poolId: randomUUID() }, limit: 5 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
