import { sandboxDefaultApiKey, sandboxPaths } from "@/server/sandbox/start-sandbox";
import { E2E_PORT } from "./env";

/**
 * The fake providers (server/sandbox) for the e2e run: one port, decided in playwright.config.ts
 * (the web server starts before global setup, so the port must be known up front), started by
 * global setup in the main Playwright process, where the in-process job worker reads these
 * variables when an enrichment batch runs.
 */
export const E2E_SANDBOX_PORT = Number(process.env.SXE_E2E_SANDBOX_PORT ?? E2E_PORT + 1000);

export function sandboxEnv(port = E2E_SANDBOX_PORT, apiKey = sandboxDefaultApiKey): Record<string, string> {
  const base = `http://127.0.0.1:${port}`;
  return {
    SXE_APOLLO_BASE_URL: `${base}${sandboxPaths.apollo}`,
    SXE_APOLLO_API_KEY: apiKey,
    SXE_BATCHDATA_BASE_URL: `${base}${sandboxPaths.batchData}`,
    SXE_BATCHDATA_API_KEY: apiKey,
  };
}
