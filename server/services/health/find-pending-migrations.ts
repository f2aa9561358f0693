import type { Db } from "@/server/db/client";
import { defaultMigrationsDir, readMigrationFiles } from "@/server/db/migrate";

/**
 * Names the migrations on disk that the database has not finished applying (all of them when
 * `_prisma_migrations` does not exist yet). Read-only: applying them is `sxe migrate`'s job.
 */
export async function findPendingMigrations(db: Db, dir: string = defaultMigrationsDir()): Promise<string[]> {
  const files = await readMigrationFiles(dir);
  const [table] = await db.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`;
  if (!table?.exists) return files.map((f) => f.name);
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.migration_name));
  return files.filter((f) => !applied.has(f.name)).map((f) => f.name);
}
