/**
 * `npm run worker`: validate env, check the database and its migrations, work the job registry,
 * and shut down gracefully on SIGTERM/SIGINT (a second signal forces the exit).
 */
import path from "node:path";
import { EnvError, readWorkerEnv, type TWorkerEnv } from "@/server/config/env";
import { createPrismaClient } from "@/server/db/client";
import { describeDatabaseUrl } from "@/server/db/connection";
import { createLogger } from "@/server/logging/logger";
import { explainDatabaseError } from "@/server/services/health/explain-database-error";
import { checkWorkerPreflight } from "./preflight";
import { startWorker, type TWorker } from "./start-worker";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const signalExitCodes: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

function readEnvOrExit(): TWorkerEnv {
  try {
    return readWorkerEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`sxe worker: ${error.message}`);
    process.exit(2);
  }
}

/** Installed before the worker starts: a signal during start-up stops it as soon as it is up (its first jobs may already have run). */
function handleSignals(worker: Promise<TWorker>, env: TWorkerEnv, logger: ReturnType<typeof createLogger>): void {
  let received = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    received += 1;
    if (received > 1) {
      logger.warn({ signal }, "second signal: exiting without waiting for running jobs");
      process.exit(signalExitCodes[signal] ?? 1);
    }
    logger.info({ signal, timeoutMs: env.WORKER_SHUTDOWN_TIMEOUT_MS }, "shutting down: finishing running jobs (send the signal again to force)");
    const force = setTimeout(() => {
      logger.error("shutdown did not finish in time; exiting");
      process.exit(1);
    }, env.WORKER_SHUTDOWN_TIMEOUT_MS + 15_000);
    force.unref();
    worker.then((started) => started.stop()).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error instanceof Error ? { message: error.message } : { message: String(error) } }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

async function main(): Promise<void> {
  const env = readEnvOrExit();
  const logger = createLogger("worker", { level: env.LOG_LEVEL });

  const db = createPrismaClient(env.DATABASE_URL);
  const preflight = await checkWorkerPreflight(db, env.DATABASE_URL, migrationsDir).finally(() => db.$disconnect());
  if (!preflight.ok) {
    console.error(`sxe worker: ${preflight.message}`);
    process.exit(preflight.exitCode);
  }

  const worker = startWorker({
    databaseUrl: env.DATABASE_URL,
    concurrency: env.WORKER_CONCURRENCY,
    shutdownTimeoutMs: env.WORKER_SHUTDOWN_TIMEOUT_MS,
    logger,
  });
  handleSignals(worker, env, logger);
  await worker;
}

main().catch((error: unknown) => {
  const url = process.env.DATABASE_URL ?? "";
  const raw = error instanceof Error ? error.message : String(error);
  const message = (url && explainDatabaseError(error, url)) || (url ? raw.replaceAll(url, describeDatabaseUrl(url)) : raw);
  console.error(`sxe worker: failed to start: ${message}`);
  process.exit(1);
});
