import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { checkHealth } from "./check-health";
import { findPendingMigrations } from "./find-pending-migrations";
import { getWorkerHeartbeat } from "./get-worker-heartbeat";
import { recordWorkerHeartbeat } from "./record-worker-heartbeat";

describe("health services", () => {
  const t = useTestDatabase();

  it("round-trips the database", async () => {
    expect(await checkHealth(t.db)).toMatchObject({ database: "ok", latencyMs: expect.any(Number) });
  });

  it("has no heartbeat until a worker records one, then reports its age", async () => {
    expect(await getWorkerHeartbeat(t.db)).toBeNull();
    const at = new Date("2026-01-01T00:00:00.000Z");
    await recordWorkerHeartbeat(t.db, { at: at.toISOString(), host: "w1", pid: 42, dbLatencyMs: 1.5 });
    expect(await getWorkerHeartbeat(t.db, new Date(at.getTime() + 60_000))).toEqual({ at, host: "w1", pid: 42, dbLatencyMs: 1.5, ageSeconds: 60, alive: true });
    expect(await getWorkerHeartbeat(t.db, new Date(at.getTime() + 10 * 60_000))).toMatchObject({ ageSeconds: 600, alive: false });
    await recordWorkerHeartbeat(t.db, { at: new Date(at.getTime() + 60_000).toISOString(), host: "w2", pid: 7, dbLatencyMs: 2 });
    const row = await t.db.setting.findUniqueOrThrow({ where: { key: "worker.heartbeat" } });
    expect(row.version).toBe(1);
    expect(await t.db.auditLog.count()).toBe(0);
  });

  it("finds migrations on disk that the database has not applied", async () => {
    expect(await findPendingMigrations(t.db)).toEqual([]);
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-migrations-"));
    const [existing] = await t.db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM "_prisma_migrations"`;
    for (const name of [existing!.migration_name, "29990101000000_future"]) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), "SELECT 1;");
    }
    expect(await findPendingMigrations(t.db, dir)).toEqual(["29990101000000_future"]);
  });
});
