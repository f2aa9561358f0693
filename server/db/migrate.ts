import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations/* the way `prisma migrate deploy` does, without the schema engine:
 * one advisory lock for the run, Prisma's `_prisma_migrations` bookkeeping, each file as a single
 * simple query (an implicit transaction), SHA-256 checksums of the file bytes.
 */
export const MIGRATION_LOCK_KEY = 72707369;

export class MigrationError extends Error {
  constructor(message: string, readonly migrationName?: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export type TMigrationFile = { name: string; sql: string; checksum: string };
export type TMigrateResult = { applied: string[]; alreadyApplied: string[] };

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null; logs: string | null };

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export const defaultMigrationsDir = () => path.resolve(process.cwd(), "prisma", "migrations");

export async function readMigrationFiles(dir: string): Promise<TMigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, "migration.sql")).catch(() => {
        throw new MigrationError(`Migration ${name} has no migration.sql`, name);
      });
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

/** Refuses to run when an applied migration changed or an earlier run failed, naming it. */
function checkHistory(files: TMigrationFile[], applied: AppliedRow[]): void {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of applied) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new MigrationError(
        `Migration ${row.migration_name} failed in an earlier run and was not finished. ` +
          `Fix the database by hand, then delete its row from _prisma_migrations (or mark it rolled back) and migrate again.` +
          (row.logs ? `\nIts error was: ${row.logs}` : ""),
        row.migration_name,
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new MigrationError(`Migration ${row.migration_name} is applied in the database but missing from the migrations folder.`, row.migration_name);
    }
    if (file.checksum !== row.checksum) {
      throw new MigrationError(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must never change; add a new migration instead.`,
        row.migration_name,
      );
    }
  }
}

export async function migrate(
  databaseUrl: string,
  opts: { dir?: string; log?: (line: string) => void } = {},
): Promise<TMigrateResult> {
  const log = opts.log ?? (() => {});
  const files = await readMigrationFiles(opts.dir ?? defaultMigrationsDir());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  client.on("notice", (notice) => {
    if (!notice.message?.includes("already exists, skipping")) log(`notice: ${notice.message}`);
  });
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at`,
      );
      checkHistory(files, rows);
      const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
      const result: TMigrateResult = { applied: [], alreadyApplied: files.filter((f) => done.has(f.name)).map((f) => f.name) };
      for (const file of files.filter((f) => !done.has(f.name))) {
        const id = randomUUID();
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [id, file.checksum, file.name]);
        try {
          await client.query(file.sql);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await client.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
          throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${message}`, file.name);
        }
        await client.query(`UPDATE "_prisma_migrations" SET applied_steps_count = 1, finished_at = now() WHERE id = $1`, [id]);
        log(`applied ${file.name}`);
        result.applied.push(file.name);
      }
      return result;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
