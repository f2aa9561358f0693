import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWorkerHeartbeat } from "@/server/services/health/get-worker-heartbeat";
import { createEmptyDatabase, dropDatabase } from "@/server/testing/databases";
import { useTestDatabase } from "@/server/testing/test-database";

/** `npm run worker` is `tsx server/jobs/worker-main.ts`: run exactly that, as a real process. */
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function startWorkerProcess(env: Record<string, string | undefined>) {
  const child = spawn(tsx, ["server/jobs/worker-main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", ...env, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`worker did not exit in time; output:\n${output}`));
    }, 45_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  return { child, exited, output: () => output };
}

describe("worker process", () => {
  const t = useTestDatabase();
  let unmigrated: string;
  beforeAll(async () => {
    unmigrated = await createEmptyDatabase("sxe_unmigrated");
  });
  afterAll(async () => {
    if (unmigrated) await dropDatabase(unmigrated);
  });

  it("beats, then exits 0 after SIGTERM", async () => {
    const worker = startWorkerProcess({ DATABASE_URL: t.url, WORKER_SHUTDOWN_TIMEOUT_MS: "5000" });
    const deadline = Date.now() + 30_000;
    while (!(await getWorkerHeartbeat(t.db))) {
      if (Date.now() > deadline) throw new Error(`no heartbeat; output:\n${worker.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(worker.output()).toMatch(/"msg":"worker stopped"/);
  });

  it("exits 2 naming DATABASE_URL when it is missing", async () => {
    const worker = startWorkerProcess({ DATABASE_URL: undefined });
    expect(await worker.exited).toBe(2);
    expect(worker.output()).toMatch(/DATABASE_URL/);
  });

  it("exits 1 naming host:port, never the password, when the database is unreachable", async () => {
    const worker = startWorkerProcess({ DATABASE_URL: "postgresql://postgres:secretpw@127.0.0.1:1/x" });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/127\.0\.0\.1:1/);
    expect(worker.output()).not.toContain("secretpw");
  });

  it("refuses to start while migrations are pending", async () => {
    const worker = startWorkerProcess({ DATABASE_URL: unmigrated });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/pending migration.*npx sxe migrate/s);
  });
});
