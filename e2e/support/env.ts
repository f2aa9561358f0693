import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * One e2e run = one database and one session secret, decided once in the main Playwright process
 * (when it evaluates playwright.config.ts) and inherited through the environment by the web server
 * and by every worker, which evaluate the config again and find the values already set.
 */
/** SXE_E2E_PORT lets two checkouts run their suites side by side. */
export const E2E_PORT = Number(process.env.SXE_E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

export function ensureE2eEnv(): { databaseUrl: string; secret: string; dataDir: string } {
  if (!process.env.SXE_E2E_DATABASE_URL) {
    const server = new URL(process.env.SXE_E2E_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");
    server.pathname = `/sxe_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    process.env.SXE_E2E_DATABASE_URL = server.toString();
  }
  // 36 random bytes → 48 base64url characters.
  process.env.SXE_E2E_NEXTAUTH_SECRET ??= randomBytes(36).toString("base64url");
  // Uploaded files of this run (web server writes, in-process worker reads), removed in teardown.
  process.env.SXE_E2E_DATA_DIR ??= path.join(tmpdir(), `${new URL(process.env.SXE_E2E_DATABASE_URL).pathname.slice(1)}_data`);
  return { databaseUrl: process.env.SXE_E2E_DATABASE_URL, secret: process.env.SXE_E2E_NEXTAUTH_SECRET, dataDir: process.env.SXE_E2E_DATA_DIR };
}

export function e2eDatabaseUrl(): string {
  const url = process.env.SXE_E2E_DATABASE_URL;
  if (!url) throw new Error("SXE_E2E_DATABASE_URL is not set: run the suite through `npx playwright test` so playwright.config.ts sets it.");
  return url;
}

export function e2eDataDir(): string {
  const dir = process.env.SXE_E2E_DATA_DIR;
  if (!dir) throw new Error("SXE_E2E_DATA_DIR is not set: run the suite through `npx playwright test` so playwright.config.ts sets it.");
  return dir;
}
