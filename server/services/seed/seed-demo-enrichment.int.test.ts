import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEnrichmentBatchInTransaction, enrichmentBatchJob } from "@/server/jobs/enrichment-batch-job";
import { startWorker, type TWorker } from "@/server/jobs/start-worker";
import { startSandbox, type TSandbox } from "@/server/sandbox/start-sandbox";
import { insertEnrichableCards } from "@/server/services/enrichment/__fixtures__/enrichment-fixtures";
import { useTestDatabase } from "@/server/testing/test-database";
import { seedDemo } from "./seed-demo";
import { DEMO_ENRICHMENT_REASON, seedDemoEnrichment } from "./seed-demo-enrichment";

describe("seedDemoEnrichment", () => {
  const t = useTestDatabase();
  let sandbox: TSandbox;
  let worker: TWorker;
  const saved = { ...process.env };

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    // The worker reads the provider env, as the demo's worker process does.
    Object.assign(process.env, { SXE_APOLLO_BASE_URL: sandbox.apolloUrl, SXE_APOLLO_API_KEY: sandbox.apiKey, SXE_BATCHDATA_BASE_URL: sandbox.batchDataUrl, SXE_BATCHDATA_API_KEY: sandbox.apiKey });
    worker = await startWorker({ databaseUrl: t.url, handlers: [enrichmentBatchJob], schedule: false, pollingIntervalSeconds: 0.5, shutdownTimeoutMs: 2000 });
  });
  afterAll(async () => {
    await worker?.stop();
    await sandbox?.close();
    process.env = saved;
  });

  it("leaves one completed batch and one request waiting for approval, once", async () => {
    await seedDemo(t.db);
    await insertEnrichableCards(t.db, 20, { reviewState: "unreviewed" });
    await insertEnrichableCards(t.db, 4, { platform: "x", reviewState: "unreviewed", websiteDomain: null });
    const summary = await seedDemoEnrichment(t.db, { enqueue: enqueueEnrichmentBatchInTransaction, timeoutMs: 120_000 });
    expect(summary).toMatch(/one batch completed \(12 cards\), one request waiting for approval/);
    const requests = await t.db.enrichmentRequest.findMany({ where: { reason: { startsWith: DEMO_ENRICHMENT_REASON } }, orderBy: { createdAt: "asc" } });
    expect(requests.map((r) => r.status).sort()).toEqual(["completed", "pending"]);
    expect(await t.db.contact.count()).toBeGreaterThan(0);
    expect(await t.db.leadCard.count({ where: { platform: "x", lawfulBasis: { not: null } } })).toBe(4);
    expect(await seedDemoEnrichment(t.db, { enqueue: enqueueEnrichmentBatchInTransaction })).toBe("demo enrichment requests already exist");
  }, 180_000);
});
