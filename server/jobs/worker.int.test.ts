import pg from "pg";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "@/server/logging/logger";
import { useTestDatabase } from "@/server/testing/test-database";
import { defineJob } from "./define-job";
import { startWorker, type TWorker } from "./start-worker";

const logger = createLogger("test", { level: "silent" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(probe: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

describe("worker retries and dead letters", () => {
  const t = useTestDatabase();
  let worker: TWorker;
  const attempts: { at: number; retryCount: number }[] = [];

  const flaky = defineJob({
    name: "test_flaky",
    schema: z.object({ failTimes: z.number().int() }),
    queue: { retryLimit: 3, retryDelay: 1, retryBackoff: true },
    async handler(data, ctx) {
      attempts.push({ at: Date.now(), retryCount: ctx.retryCount });
      if (ctx.retryCount < data.failTimes) throw new Error(`planned failure ${ctx.retryCount + 1}`);
      return { succeededOnAttempt: ctx.retryCount + 1 };
    },
  });
  const doomed = defineJob({
    name: "test_doomed",
    schema: z.object({ importJobId: z.string() }),
    queue: { retryLimit: 1, retryDelay: 1, retryBackoff: true },
    async handler() {
      throw new Error("always fails");
    },
  });

  beforeAll(async () => {
    worker = await startWorker({ databaseUrl: t.url, handlers: [flaky, doomed], concurrency: 1, pollingIntervalSeconds: 0.5, schedule: false, logger });
  });
  afterAll(async () => {
    await worker?.stop();
  });

  const jobState = (boss: PgBoss, name: string, id: string) => boss.getJobById(name, id, { includeArchive: true });

  it("creates each queue with its retry options and a dead-letter queue", async () => {
    expect(await worker.boss.getQueue("test_flaky")).toMatchObject({ retryLimit: 3, retryDelay: 1, retryBackoff: true, deadLetter: "test_flaky.dead" });
    expect(await worker.boss.getQueue("test_flaky.dead")).toMatchObject({ name: "test_flaky.dead" });
  });

  it("retries a failing job with exponential backoff until it succeeds", async () => {
    const id = (await worker.boss.send("test_flaky", { failTimes: 2 }))!;
    const job = await waitFor(async () => {
      const j = await jobState(worker.boss, "test_flaky", id);
      return j?.state === "completed" ? j : null;
    }, "the flaky job to complete");
    expect(job).toMatchObject({ retryCount: 2, retryBackoff: true, output: { succeededOnAttempt: 3 } });
    expect(attempts.map((a) => a.retryCount)).toEqual([0, 1, 2]);
    const [first, second, third] = attempts.map((a) => a.at) as [number, number, number];
    // retryDelay 1 s with backoff: the 1st retry waits 1–2 s, the 2nd 2–4 s.
    expect(second - first).toBeGreaterThanOrEqual(950);
    expect(third - second).toBeGreaterThanOrEqual(1950);
  });

  it("moves a job that keeps failing to <name>.dead after its retries", async () => {
    const id = (await worker.boss.send("test_doomed", { importJobId: "imp-42" }))!;
    const failed = await waitFor(async () => {
      const j = await jobState(worker.boss, "test_doomed", id);
      return j?.state === "failed" ? j : null;
    }, "the doomed job to fail");
    expect(failed).toMatchObject({ retryCount: 1, output: { message: "always fails" } });
    const [dead] = await waitFor(async () => {
      const jobs = await worker.boss.fetch<{ importJobId: string }>("test_doomed.dead");
      return jobs.length ? jobs : null;
    }, "the dead letter");
    expect(dead?.data).toEqual({ importJobId: "imp-42" });
  });
});

describe("graceful stop", () => {
  const t = useTestDatabase();

  async function jobStateInDb(id: string): Promise<string | undefined> {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ state: string }>("SELECT state FROM pgboss.job WHERE id = $1", [id]);
      return rows[0]?.state;
    } finally {
      await client.end();
    }
  }

  function slowJob(name: string, ms: number, onStart: () => void, onFinish: () => void) {
    return defineJob({
      name,
      schema: z.object({ marker: z.string() }),
      queue: { retryLimit: 2, retryDelay: 60, retryBackoff: false },
      async handler(data, { db }) {
        onStart();
        await sleep(ms);
        if (ms < 5000) await db.setting.create({ data: { key: `test.${data.marker}`, value: { done: true } } });
        onFinish();
      },
    });
  }

  it("lets a running job finish, then closes", async () => {
    let finished = false;
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const slow = slowJob("test_slow", 1500, () => started(), () => (finished = true));
    const worker = await startWorker({ databaseUrl: t.url, handlers: [slow], concurrency: 1, pollingIntervalSeconds: 0.5, shutdownTimeoutMs: 10_000, schedule: false, logger });
    const id = (await worker.boss.send("test_slow", { marker: "slow" }))!;
    await running;
    const began = Date.now();
    await worker.stop();
    expect(finished).toBe(true);
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(await t.db.setting.findUnique({ where: { key: "test.slow" } })).toMatchObject({ value: { done: true } });
    expect(await jobStateInDb(id)).toBe("completed");
    await worker.stop(); // idempotent
  });

  it("gives a job that outlives the shutdown timeout back to the queue for a retry", async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const stuck = slowJob("test_stuck", 8000, () => started(), () => {});
    const worker = await startWorker({ databaseUrl: t.url, handlers: [stuck], concurrency: 1, pollingIntervalSeconds: 0.5, shutdownTimeoutMs: 1000, schedule: false, logger });
    const id = (await worker.boss.send("test_stuck", { marker: "stuck" }))!;
    await running;
    const began = Date.now();
    await worker.stop();
    expect(Date.now() - began).toBeLessThan(4000);
    expect(await jobStateInDb(id)).toBe("retry");
  });
});
