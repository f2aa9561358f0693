import type { PrismaClient } from "@/server/db/client";
import { describeDatabaseUrl } from "@/server/db/connection";
import { checkHealth } from "@/server/services/health/check-health";
import { explainDatabaseError } from "@/server/services/health/explain-database-error";
import { findPendingMigrations } from "@/server/services/health/find-pending-migrations";

export type TPreflight = { ok: true } | { ok: false; exitCode: 1; message: string };

/**
 * What the worker checks before it takes jobs: the database answers, and its schema is fully
 * migrated (a worker on an old schema would fail every job, or worse, half of them).
 */
export async function checkWorkerPreflight(db: PrismaClient, databaseUrl: string, migrationsDir?: string): Promise<TPreflight> {
  try {
    await checkHealth(db);
  } catch (error) {
    const message = explainDatabaseError(error, databaseUrl) ?? `Database check failed at ${describeDatabaseUrl(databaseUrl)}: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, exitCode: 1, message };
  }
  const pending = await findPendingMigrations(db, migrationsDir);
  if (pending.length > 0) {
    return {
      ok: false,
      exitCode: 1,
      message: `The database at ${describeDatabaseUrl(databaseUrl)} has ${pending.length} pending migration(s): ${pending.join(", ")}. Run \`npx sxe migrate\` first.`,
    };
  }
  return { ok: true };
}
