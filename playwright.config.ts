import { defineConfig } from "@playwright/test";
import { sandboxEnv } from "./e2e/support/enrichment-sandbox";
import { E2E_BASE_URL, E2E_PORT, ensureE2eEnv } from "./e2e/support/env";

// Decided once here in the main process; the web server and the workers inherit them.
const { databaseUrl, secret, dataDir } = ensureE2eEnv();
const CI = Boolean(process.env.CI);

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: process.env.SXE_E2E_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  globalTeardown: "./e2e/global-teardown.ts",
  // No retries: a flaky test is a bug to fix, not to hide.
  retries: 0,
  workers: 2,
  fullyParallel: false,
  forbidOnly: CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    ...chromium,
    baseURL: E2E_BASE_URL,
    timezoneId: "Europe/Paris",
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "sign-in", testMatch: /sign-in\.setup\.ts/ },
    { name: "console", testMatch: /.*\.spec\.ts/, dependencies: ["sign-in"] },
  ],
  webServer: {
    // A production build, as deployed. When reusing a server you started yourself, start it with
    // the same SXE_E2E_DATABASE_URL / SXE_E2E_NEXTAUTH_SECRET exported, or sign-ins will fail.
    command: `npm run build && npm run start -- -p ${E2E_PORT} -H 127.0.0.1`,
    url: `${E2E_BASE_URL}/sign-in`,
    reuseExistingServer: !CI,
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: E2E_BASE_URL,
      SXE_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      // The fake providers global setup starts (port E2E_PORT + 1000): the worker in global setup
      // runs the batches against them; the web server gets the same variables so both processes
      // see one provider configuration, as in production.
      ...sandboxEnv(),
    },
  },
});
