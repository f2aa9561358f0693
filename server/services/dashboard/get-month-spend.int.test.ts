import { describe, expect, it } from "vitest";
import { insertTestCards } from "@/server/services/cards/__fixtures__/insert-test-cards";
import { useTestDatabase } from "@/server/testing/test-database";
import { getMonthSpend } from "./get-month-spend";

const now = new Date(Date.UTC(2026, 10, 20, 12));

describe("getMonthSpend", () => {
  const t = useTestDatabase();

  it("is zero against the default monthly budget when nothing was enriched", async () => {
    expect(await getMonthSpend(t.db, now)).toEqual({
      monthStart: new Date(Date.UTC(2026, 10, 1)), currency: "USD",
      spent: { credits: 0, money: 0 }, committed: { credits: 0, money: 0 }, budget: { credits: 50000, money: 2000 },
    });
  });

  it("counts this month's provider calls only, and what approved batches still reserve", async () => {
    const requester = await t.db.user.create({ data: { email: "grace@spend.test", role: "GROWTH" } });
    const [a, b, c] = await insertTestCards(t.db, [{ handle: "spend_a" }, { handle: "spend_b" }, { handle: "spend_c" }]);
    const request = (status: "completed" | "approved", estimated: { credits: number; cost: number }) =>
      t.db.enrichmentRequest.create({ data: { requesterId: requester.id, status, reason: "test", policySnapshot: {}, estimatedCredits: estimated.credits, estimatedCost: estimated.cost } });
    const call = async (requestId: string, leadCardId: string, spent: { credits: number; cost: number }, completedAt: Date) => {
      const item = await t.db.enrichmentItem.create({ data: { requestId, leadCardId, status: "matched" } });
      await t.db.enrichmentCall.create({ data: { itemId: item.id, requestId, provider: "apollo_people", status: "completed", outcome: "matched", credits: spent.credits, cost: spent.cost, completedAt } });
    };
    const done = await request("completed", { credits: 20, cost: 3 });
    await call(done.id, a!, { credits: 9, cost: 1.35 }, new Date(Date.UTC(2026, 10, 2)));
    await call(done.id, b!, { credits: 9, cost: 1.35 }, new Date(Date.UTC(2026, 9, 31, 23, 59))); // last month
    const running = await request("approved", { credits: 90, cost: 13.5 });
    await call(running.id, c!, { credits: 9, cost: 1.35 }, new Date(Date.UTC(2026, 10, 20, 11)));

    expect(await getMonthSpend(t.db, now)).toMatchObject({ spent: { credits: 18, money: 2.7 }, committed: { credits: 81, money: 12.15 } });
  });
});
