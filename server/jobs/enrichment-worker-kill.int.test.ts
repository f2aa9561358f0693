import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPersonQuery } from "@/server/domain/enrichment/identifiers";
import { apolloQueryKey, startSandbox, type TSandbox } from "@/server/sandbox/start-sandbox";
import { approveEnrichmentRequest } from "@/server/services/enrichment/approve-enrichment-request";
import { createActor, insertEnrichableCards } from "@/server/services/enrichment/__fixtures__/enrichment-fixtures";
import { requestEnrichment } from "@/server/services/enrichment/request-enrichment";
import { useTestDatabase } from "@/server/testing/test-database";
import { createQueueClient } from "./enqueue";
import { enqueueEnrichmentBatchInTransaction } from "./enrichment-batch-job";

/**
 * The worker as one real process pointed at the sandbox: node with tsx's loader, not the `tsx`
 * CLI, which runs the worker in a child of its own — SIGKILL cannot be relayed, so killing the
 * CLI would leave the worker running (an orphan that never was "killed").
 */
const root = path.resolve(import.meta.dirname, "../..");

function startWorker(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "server/jobs/worker-main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", ...env, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | false>, timeoutMs: number, output: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; worker output:\n${output().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("enrichment worker killed mid-batch", () => {
  const t = useTestDatabase();
  let sandbox: TSandbox;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: 11, latencyMs: 150 });
    const queue = await createQueueClient(t.url); // pgboss schema + queues, as a started worker would leave them
    await queue.stop();
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill("SIGKILL");
    await sandbox?.close();
  });

  it("resumes after kill -9 without calling any provider again for an item that had completed", async () => {
    const growth = await createActor(t.db, "GROWTH");
    const admin = await createActor(t.db, "ADMIN");
    const ids = await insertEnrichableCards(t.db, 60);
    const { requests } = await requestEnrichment(t.db, { selection: { cardIds: ids }, reason: "kill test" }, growth);
    const requestId = requests[0]!.id;
    await approveEnrichmentRequest(t.db, { requestId }, admin, { enqueue: enqueueEnrichmentBatchInTransaction });

    const env = {
      DATABASE_URL: t.url, SXE_APOLLO_BASE_URL: sandbox.apolloUrl, SXE_APOLLO_API_KEY: sandbox.apiKey, SXE_BATCHDATA_BASE_URL: sandbox.batchDataUrl,
      SXE_BATCHDATA_API_KEY: sandbox.apiKey, SXE_ENRICHMENT_LEASE_SECONDS: "2", WORKER_SHUTDOWN_TIMEOUT_MS: "2000",
    };
    const first = startWorker(env);
    workers.push(first.child);
    // Kill once Apollo people matching is done and organisation enrichment is under way.
    await waitFor("the batch to be part-way", async () => (await t.db.enrichmentCall.count({ where: { requestId, provider: "apollo_org" } })) >= 5, 90_000, first.output);
    first.child.kill("SIGKILL");
    await first.exited;

    const completedBefore = await t.db.enrichmentCall.findMany({ where: { requestId, status: "completed" }, select: { itemId: true, provider: true, context: true } });
    const callsBefore = sandbox.calls();
    expect((await t.db.enrichmentRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("running");
    expect(completedBefore.length).toBeLessThan(60 * 3);

    // A restarted worker picks the batch up once the dead worker's lease has expired.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const second = startWorker(env);
    workers.push(second.child);
    const done = await waitFor("the batch to finish", async () => {
      const r = await t.db.enrichmentRequest.findUniqueOrThrow({ where: { id: requestId } });
      return ["completed", "failed"].includes(r.status) ? r : null;
    }, 120_000, second.output);
    second.child.kill("SIGTERM");
    await second.exited;
    expect(done.status).toBe("completed");

    const callsAfter = sandbox.calls();
    const items = await t.db.enrichmentItem.findMany({ where: { requestId }, include: { leadCard: true } });
    expect(items.every((i) => ["matched", "unmatched", "skipped"].includes(i.status))).toBe(true);
    const byItem = new Map(items.map((i) => [i.id, i]));
    const calledAgain: string[] = [];
    for (const call of completedBefore) {
      const item = byItem.get(call.itemId)!;
      const key =
        call.provider === "apollo_people" ? apolloQueryKey(buildPersonQuery(item.leadCard)!)
        : call.provider === "apollo_org" ? (call.context as { domain?: string } | null)?.domain ?? null
        : item.id;
      if (!key) continue;
      const bucket = call.provider === "apollo_people" ? "apolloPeople" : call.provider === "apollo_org" ? "apolloOrgs" : "batchData";
      if ((callsAfter[bucket][key] ?? 0) !== (callsBefore[bucket][key] ?? 0)) calledAgain.push(`${call.provider}:${key}`);
    }
    expect(calledAgain).toEqual([]);
    // Every completed call is recorded exactly once; the fake was asked at most once more (the call in flight at the kill).
    const recorded = await t.db.enrichmentCall.count({ where: { requestId, provider: "apollo_people", status: "completed" } });
    const peopleCalls = Object.values(callsAfter.apolloPeople).reduce((a, b) => a + b, 0);
    expect(peopleCalls - recorded).toBeLessThanOrEqual(10);
    const orgRecorded = await t.db.enrichmentCall.count({ where: { requestId, provider: "apollo_org", attempts: { gt: 0 } } });
    const orgCalls = Object.values(callsAfter.apolloOrgs).reduce((a, b) => a + b, 0);
    expect(orgCalls - orgRecorded).toBeLessThanOrEqual(1);
    expect(await t.db.auditLog.count({ where: { event: "enrichment_started", targetId: requestId } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { event: "enrichment_completed", targetId: requestId } })).toBe(1);
    expect(await t.db.auditLog.count({ where: { event: { in: ["enrichment_completed", "enrichment_failed"] }, targetType: "enrichment_item", requestId } })).toBe(60);
  }, 300_000);
});
