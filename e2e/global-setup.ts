import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { migrate } from "@/server/db/migrate";
import { startWorker } from "@/server/jobs/start-worker";
import { createLogger } from "@/server/logging/logger";
import { startSandbox } from "@/server/sandbox/start-sandbox";
import { createUser } from "@/server/services/users/create-user";
import { E2E_SANDBOX_PORT } from "./support/enrichment-sandbox";
import { e2eDataDir, e2eDatabaseUrl } from "./support/env";
import { e2eUsers } from "./support/users";

async function recreateDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to (re)create database with unexpected name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/**
 * Fresh database for this run: migrated, with one user per role (known passwords) made by
 * createUser; and a job worker on it, so uploads from the console are imported as in production.
 * The worker runs in this (the main Playwright) process: ready when startWorker resolves (pg-boss
 * started, queues created, handlers registered), stopped by the returned teardown, which
 * Playwright runs before global-teardown drops the database.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const url = e2eDatabaseUrl();
  await recreateDatabase(url);
  await migrate(url);
  const db = createPrismaClient(url);
  try {
    for (const user of Object.values(e2eUsers)) {
      await createUser(db, { email: user.email, password: user.password, name: user.name, role: user.role, via: "seed" }, { type: "cli", id: "e2e-global-setup" });
    }
  } finally {
    await db.$disconnect();
  }
  // Enrichment batches call the fake providers (server/sandbox), never real ones: the in-process
  // worker's provider clients read these variables when a batch runs (enrichment.spec.ts).
  const sandbox = await startSandbox({ port: E2E_SANDBOX_PORT, host: "127.0.0.1" });
  Object.assign(process.env, { SXE_APOLLO_BASE_URL: sandbox.apolloUrl, SXE_APOLLO_API_KEY: sandbox.apiKey, SXE_BATCHDATA_BASE_URL: sandbox.batchDataUrl, SXE_BATCHDATA_API_KEY: sandbox.apiKey });
  // The in-process worker writes handoff files where the web server (SXE_DATA_DIR) serves them from.
  process.env.SXE_DATA_DIR ??= e2eDataDir();
  const worker = await startWorker({
    databaseUrl: url,
    schedule: false,
    pollingIntervalSeconds: 0.5,
    shutdownTimeoutMs: 10_000,
    logger: createLogger("e2e-worker", { level: process.env.SXE_E2E_WORKER_LOG_LEVEL ?? "warn" }),
  });
  return async () => {
    await worker.stop();
    await sandbox.close();
  };
}
