import { cp, mkdtemp, mkdir, writeFile, appendFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createEmptyDatabase, dropDatabase } from "@/server/testing/databases";
import { defaultMigrationsDir, migrate } from "./migrate";

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map(dropDatabase));
});

async function freshDatabase() {
  const url = await createEmptyDatabase("sxe_migrate");
  created.push(url);
  return url;
}

async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-migrations-"));
  await cp(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

async function rows(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrate", () => {
  it("applies every migration once, with Prisma-compatible bookkeeping, and is idempotent", async () => {
    const url = await freshDatabase();
    const first = await migrate(url);
    expect(first.applied.length).toBeGreaterThan(0);
    const second = await migrate(url);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied });
    const bookkeeping = await rows(url, `SELECT migration_name, checksum, applied_steps_count, finished_at, rolled_back_at, logs FROM _prisma_migrations`);
    expect(bookkeeping).toHaveLength(first.applied.length);
    for (const row of bookkeeping) {
      expect(row).toMatchObject({ applied_steps_count: 1, rolled_back_at: null, logs: null });
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("lets concurrent runs apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const names = (await rows(url, `SELECT migration_name FROM _prisma_migrations`)).map((r) => r.migration_name);
    expect(new Set(names).size).toBe(names.length);
    expect(results.filter((r) => r.applied.length > 0)).toHaveLength(1);
  });

  it("stops, naming the migration, when an applied file was changed", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    const { applied } = await migrate(url, { dir });
    await appendFile(path.join(dir, applied[0]!, "migration.sql"), "\n-- edited later\n");
    await expect(migrate(url, { dir })).rejects.toThrow(new RegExp(`Migration ${applied[0]} was modified after it was applied`));
  });

  it("rolls a failing migration back whole, records it, and refuses to continue until it is resolved", async () => {
    const url = await freshDatabase();
    const dir = await copyOfMigrations();
    await migrate(url, { dir });
    const broken = path.join(dir, "29990101000000_broken");
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n`);
    await expect(migrate(url, { dir })).rejects.toThrow(/Migration 29990101000000_broken failed and was rolled back: .*no_such_table/);
    expect(await rows(url, `SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);
    await expect(migrate(url, { dir })).rejects.toThrow(/Migration 29990101000000_broken failed in an earlier run/);
  });
});
