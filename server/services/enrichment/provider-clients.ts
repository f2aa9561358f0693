import { z } from "zod";
import { createApolloClient, type TApolloClient } from "@/server/adapters/apollo/apollo-client";
import { createBatchDataClient, type TBatchDataClient } from "@/server/adapters/batchdata/batchdata-client";

export type TProviderClients = { apollo: TApolloClient | null; batchdata: TBatchDataClient | null };

const ZProviderEnv = z.object({
  SXE_APOLLO_BASE_URL: z.url({ error: "must be the Apollo API base URL, e.g. https://api.apollo.io/api/v1" }).optional(),
  SXE_APOLLO_API_KEY: z.string().min(1).optional(),
  SXE_BATCHDATA_BASE_URL: z.url({ error: "must be the BatchData API base URL, e.g. https://api.batchdata.com/api" }).optional(),
  SXE_BATCHDATA_API_KEY: z.string().min(1).optional(),
  SXE_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  SXE_PROVIDER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).optional(),
});

/**
 * Provider clients from the environment (base URL + key per provider; a provider without both is
 * "not configured" and its calls fail the item with that reason). Keys stay in memory: never in
 * the database, the audit log or the logs.
 */
export function createProviderClients(source: Record<string, string | undefined> = process.env): TProviderClients {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const parsed = ZProviderEnv.safeParse(cleaned);
  if (!parsed.success) throw new Error(`Invalid provider environment: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const env = parsed.data;
  const common = { timeoutMs: env.SXE_PROVIDER_TIMEOUT_MS, maxAttempts: env.SXE_PROVIDER_MAX_ATTEMPTS };
  return {
    apollo: env.SXE_APOLLO_BASE_URL && env.SXE_APOLLO_API_KEY ? createApolloClient({ baseUrl: env.SXE_APOLLO_BASE_URL, apiKey: env.SXE_APOLLO_API_KEY, ...common }) : null,
    batchdata: env.SXE_BATCHDATA_BASE_URL && env.SXE_BATCHDATA_API_KEY ? createBatchDataClient({ baseUrl: env.SXE_BATCHDATA_BASE_URL, apiKey: env.SXE_BATCHDATA_API_KEY, ...common }) : null,
  };
}
