import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "@/server/logging/logger";
import { getWorkerHeartbeat } from "@/server/services/health/get-worker-heartbeat";
import { useTestDatabase } from "@/server/testing/test-database";
import { createQueueClient, type TQueueClient } from "./enqueue";
import { jobRegistry } from "./registry";
import { startWorker, type TWorker } from "./start-worker";

const logger = createLogger("test", { level: "silent" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("health job and producers", () => {
  const t = useTestDatabase();
  let worker: TWorker;
  let client: TQueueClient;

  beforeAll(async () => {
    worker = await startWorker({ databaseUrl: t.url, pollingIntervalSeconds: 0.5, logger });
    client = await createQueueClient(t.url, { logger });
  });
  afterAll(async () => {
    await client?.stop();
    await worker?.stop();
  });

  it("registers the health job with a per-minute schedule and a dead-letter queue", async () => {
    expect(Object.keys(jobRegistry)).toContain("health");
    expect(await worker.boss.getSchedules()).toEqual(expect.arrayContaining([expect.objectContaining({ name: "health", cron: "* * * * *" })]));
    expect(await worker.boss.getQueue("health")).toMatchObject({ deadLetter: "health.dead", retryBackoff: true });
  });

  it("records a heartbeat on start that the console can read", async () => {
    let beat = await getWorkerHeartbeat(t.db);
    for (let i = 0; !beat && i < 100; i++) {
      await sleep(150);
      beat = await getWorkerHeartbeat(t.db);
    }
    expect(beat).toMatchObject({ pid: process.pid, alive: true });
    expect(beat!.dbLatencyMs).toBeGreaterThanOrEqual(0);
  });

  it("lets producers enqueue registered jobs and validates their payloads", async () => {
    const id = await client.enqueue("health", {});
    expect(id).toEqual(expect.any(String));
    await expect(client.enqueue("health", { surprise: true } as never)).rejects.toThrow(/unrecognized key/i);
  });
});
