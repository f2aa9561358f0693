import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { recordAudit } from "@/server/services/audit/record-audit";
import { getMetrics } from "./get-metrics";
import { metricsCsv } from "./metrics-csv";

const d = (day: number, hour = 12) => new Date(Date.UTC(2026, 10, day, hour));

describe("getMetrics", () => {
  const t = useTestDatabase();

  it("aggregates spend, matches, volume, batches, handoffs and spend per actor by UTC day", async () => {
    const admin = await t.db.user.create({ data: { email: "=admin@example.com", role: "ADMIN" } });
    const growth = await t.db.user.create({ data: { email: "growth@example.com", role: "GROWTH" } });
    const job = await t.db.importJob.create({ data: { fileName: "a.json", sha256: "a".repeat(64), byteSize: 1n, createdAt: d(2) } });
    await t.db.importJob.create({ data: { fileName: "b.json", sha256: "b".repeat(64), byteSize: 1n, createdAt: d(3) } });
    await t.db.importJob.create({ data: { fileName: "old.json", sha256: "c".repeat(64), byteSize: 1n, createdAt: d(20) } });
    const cards = [];
    for (let i = 0; i < 3; i++) {
      const raw = await t.db.rawSocialProfile.create({ data: { platform: "x", platformUserId: `m${i}`, handle: `m${i}`, firstImportJobId: job.id, lastImportJobId: job.id } });
      cards.push(await t.db.leadCard.create({ data: { publicId: `lc_m${i}`, rawProfileId: raw.id, platform: "x", createdAt: d(2) } }));
    }
    const done = await t.db.enrichmentRequest.create({ data: { requesterId: growth.id, approverId: admin.id, status: "completed", reason: "r", policySnapshot: {}, createdAt: d(2) } });
    await t.db.enrichmentRequest.create({ data: { requesterId: growth.id, status: "rejected", reason: "r", policySnapshot: {}, createdAt: d(3) } });
    await t.db.enrichmentItem.create({ data: { requestId: done.id, leadCardId: cards[0]!.id, status: "matched", provider: "apollo", credits: 1, cost: 0.05, finishedAt: d(2) } });
    await t.db.enrichmentItem.create({ data: { requestId: done.id, leadCardId: cards[1]!.id, status: "unmatched", provider: "apollo", credits: 1, cost: 0.05, finishedAt: d(2) } });
    await t.db.enrichmentItem.create({ data: { requestId: done.id, leadCardId: cards[2]!.id, status: "matched", provider: "batchdata", credits: 2, cost: 0.2, finishedAt: d(3) } });
    const batch = await t.db.handoffBatch.create({ data: { publicId: "hb_m", schemaVersion: "1.0.0", selection: {}, createdById: admin.id, createdAt: d(3) } });
    await t.db.handoffDelivery.createMany({ data: [
      { batchId: batch.id, transport: "file", target: "f", status: "succeeded", createdAt: d(3) },
      { batchId: batch.id, transport: "api_push", target: "h", status: "failed", createdAt: d(3) },
      { batchId: batch.id, transport: "api_push", target: "h", attempt: 2, status: "succeeded", createdAt: d(3) },
    ] });
    const actor = { type: "user", id: admin.id, label: admin.email } as const;
    await t.db.$transaction((tx) => recordAudit(tx, { event: "enrichment_completed", actor, cost: { credits: 2, amount: 0.1 }, metadata: { provider: "apollo", matched: 1, unmatched: 1 } }, d(2)));
    await t.db.$transaction((tx) => recordAudit(tx, { event: "enrichment_completed", actor, cost: { credits: 2, amount: 0.2 }, metadata: { provider: "batchdata", matched: 1 } }, d(3)));

    const m = await getMetrics(t.db, { from: d(1, 0), to: d(10, 0) });
    expect(m.spendByProviderDay).toEqual([
      { day: "2026-11-02", provider: "apollo", credits: 2, amount: 0.1, currency: "USD" },
      { day: "2026-11-03", provider: "batchdata", credits: 2, amount: 0.2, currency: "USD" },
    ]);
    expect(m.matchByDay).toEqual([
      { day: "2026-11-02", key: "matched", value: 1 }, { day: "2026-11-02", key: "unmatched", value: 1 }, { day: "2026-11-03", key: "matched", value: 1 },
    ]);
    expect(m.volumeByDay).toEqual([{ day: "2026-11-02", imports: 1, cards: 3 }, { day: "2026-11-03", imports: 1, cards: 0 }]);
    expect(m.enrichmentBatchesByOutcome).toEqual([{ outcome: "completed", count: 1 }, { outcome: "rejected", count: 1 }]);
    expect(m.handoffsByTransport).toEqual([{ transport: "api_push", status: "failed", count: 1 }, { transport: "api_push", status: "succeeded", count: 1 }, { transport: "file", status: "succeeded", count: 1 }]);
    expect(m.spendByActor).toEqual([{ actor: "=admin@example.com", credits: 4, amount: 0.3, currency: "USD", events: 2 }]);

    const csv = metricsCsv(m, "spend-by-actor");
    expect(csv).toBe("actor,credits,amount,currency,events\r\n'=admin@example.com,4,0.3,USD,2\r\n");
    expect(metricsCsv(m, "volume-by-day")).toContain("2026-11-02,1,3");
  });
});
