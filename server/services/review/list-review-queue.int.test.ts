import { beforeAll, describe, expect, it } from "vitest";
import { insertTestCards } from "@/server/services/cards/__fixtures__/insert-test-cards";
import { addCardsToPool } from "@/server/services/pools/add-cards-to-pool";
import { createManualPool } from "@/server/services/pools/create-manual-pool";
import { useTestDatabase } from "@/server/testing/test-database";
import { listReviewQueue } from "./list-review-queue";

describe("listReviewQueue", () => {
  const t = useTestDatabase();
  let ids: string[] = [];

  beforeAll(async () => {
    ids = await insertTestCards(t.db, [
      { handle: "r0", classificationConfidence: 0.9 },
      { handle: "r1", classificationConfidence: 0.1, reviewState: "confirmed" },
      { handle: "r2", classificationConfidence: 0.5 },
      { handle: "r3", classificationConfidence: 0.5 },
      { handle: "r4", classificationConfidence: 0.2 },
      { handle: "r5", classificationConfidence: 0.05, reviewState: "corrected" },
      { handle: "r6", classificationConfidence: 0.2, erased: true },
    ]);
  });

  it("puts unreviewed cards first, lowest confidence first, and pages without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let unreviewed = 0;
    do {
      const page = await listReviewQueue(t.db, { limit: 2, cursor });
      seen.push(...page.items.map((i) => i.handle ?? ""));
      unreviewed = page.unreviewed;
      cursor = page.nextCursor;
    } while (cursor);
    const ties = [ids[2]!, ids[3]!].sort().map((id) => `r${ids.indexOf(id)}`);
    expect(seen).toEqual(["r4", ...ties, "r0", "r1", "r5"]);
    expect(unreviewed).toBe(4);
  });

  it("returns the explanation and confidences for the large card view", async () => {
    const { items } = await listReviewQueue(t.db, { limit: 1 });
    expect(items[0]).toMatchObject({ handle: "r4", explanation: [], confidences: {}, correctedFields: [], classificationConfidence: 0.2 });
    await expect(listReviewQueue(t.db, { limit: 1, cursor: "bogus" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("keeps to one pool when asked, and caps the waiting count", async () => {
    const actor = { type: "cli" as const, id: "review-test" };
    const pool = await createManualPool(t.db, { name: "Review picks" }, actor);
    await addCardsToPool(t.db, { poolId: pool.id, ids: [ids[0]!, ids[1]!, ids[4]!] }, actor);
    const inPool = await listReviewQueue(t.db, { limit: 10, poolId: pool.id });
    expect(inPool.items.map((i) => i.handle)).toEqual(["r4", "r0", "r1"]);
    expect(inPool).toMatchObject({ unreviewed: 2, unreviewedCapped: false, nextCursor: null });

    expect(await listReviewQueue(t.db, { limit: 1, countCap: 3 })).toMatchObject({ unreviewed: 3, unreviewedCapped: true });
    expect(await listReviewQueue(t.db, { limit: 1, countCap: 4 })).toMatchObject({ unreviewed: 4, unreviewedCapped: false });
    await expect(listReviewQueue(t.db, { limit: 1, poolId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
