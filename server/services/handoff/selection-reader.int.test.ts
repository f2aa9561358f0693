import pg from "pg";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/prisma/client";
import { useTestDatabase } from "@/server/testing/test-database";
import { SelectionReader } from "./selection-reader";

describe("SelectionReader planner settings", () => {
  const t = useTestDatabase();

  it("reads with JIT off and a whole-result plan inside its transaction only, and restores the session's settings after it", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    const show = async () => (await client.query<{ jit: string; fraction: string; work_mem: string }>(
      "SELECT current_setting('jit') AS jit, current_setting('cursor_tuple_fraction') AS fraction, current_setting('work_mem') AS work_mem")).rows[0];
    try {
      await client.query("SET jit = on");
      const before = await show();
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      const reader = await SelectionReader.open(client, Prisma.sql`TRUE`, { cursor: "settings_test", pageSize: 10 });
      expect(await show()).toEqual({ jit: "off", fraction: "1", work_mem: "64MB" });
      expect(await reader.next()).toBeNull();
      await client.query("COMMIT");
      expect(await show()).toEqual(before);
      expect(before?.jit).toBe("on");
    } finally {
      await client.end();
    }
  });
});
