/**
 * The demo's enrichment part: the sandbox providers (fake Apollo + BatchData, synthetic data)
 * in-process, their env for the worker and web, and the enrichment demo data once the worker
 * has imported the audience. Real provider env (SXE_APOLLO_BASE_URL …) wins over the sandbox.
 */
import { createPrismaClient } from "@/server/db/client";
import { enqueueEnrichmentBatchInTransaction } from "@/server/jobs/enrichment-batch-job";
import { startSandbox } from "@/server/sandbox/start-sandbox";
import { seedDemoEnrichment } from "@/server/services/seed/seed-demo-enrichment";

export async function startDemoEnrichment(databaseUrl: string, log: (line: string) => void) {
  const sandbox = process.env.SXE_APOLLO_BASE_URL ? null : await startSandbox({ port: Number(process.env.SXE_SANDBOX_PORT ?? 0) });
  if (sandbox) log(`Sandbox providers (synthetic data): Apollo ${sandbox.apolloUrl}, BatchData ${sandbox.batchDataUrl}`);
  const env: Record<string, string> = sandbox
    ? { SXE_APOLLO_BASE_URL: sandbox.apolloUrl, SXE_APOLLO_API_KEY: sandbox.apiKey, SXE_BATCHDATA_BASE_URL: sandbox.batchDataUrl, SXE_BATCHDATA_API_KEY: sandbox.apiKey }
    : {};
  return {
    env,
    seedWhenWorkerRuns() {
      const db = createPrismaClient(databaseUrl);
      seedDemoEnrichment(db, { enqueue: enqueueEnrichmentBatchInTransaction, log })
        .then((summary) => log(`Enrichment demo: ${summary}`))
        .catch((error: unknown) => log(`Enrichment demo skipped: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => void db.$disconnect());
    },
    close: async () => sandbox?.close(),
  };
}
