import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedHandoffCards } from "@/server/services/handoff/__fixtures__/seed-handoff-cards";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";

describe("sxe handoff", () => {
  const t = useTestDatabase();
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "sxe-cli-handoff-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  const run = (args: string[]) => sxe(["handoff", ...args], { databaseUrl: t.url, env: { SXE_DATA_DIR: dataDir }, timeoutMs: 120_000 });

  // Each CLI run starts a Node process with tsx: slow on a loaded machine, hence the long timeouts.
  it("creates a batch from a pool by name (frozen, file-delivered), delivers it again, and lists it", { timeout: 300_000 }, async () => {
    const { admin } = await seedHandoffCards(t.db, [{ handle: "cli_a", label: "AFFILIATE", reviewState: "confirmed" }, { handle: "cli_b", label: "USER", reviewState: "confirmed" }, { handle: "cli_c", label: "AFFILIATE" }], { poolName: "CLI pool" });

    const created = await run(["create", "--pool", "CLI pool", "--label", "AFFILIATE", "--review-state", "confirmed", "--actor", admin.email, "--json"]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    const batch = JSON.parse(created.stdout) as { publicId: string; status: string; recordCount: number; schemaVersion: string; deliveryResults: { transport: string; status: string }[] };
    expect(batch).toMatchObject({ status: "ready", recordCount: 1, schemaVersion: "1.0.0", deliveryResults: [{ transport: "file", status: "succeeded" }] });
    expect(existsSync(path.join(dataDir, "handoff-out", batch.publicId, `${batch.publicId}.jsonl`))).toBe(true);

    const target = path.join(dataDir, "elsewhere");
    const delivered = await run(["deliver", batch.publicId, "--transport", "file", "--target", target, "--actor", admin.email]);
    expect(delivered.code).toBe(0);
    expect(delivered.stdout).toContain(`file → ${target}: succeeded after 1 attempt(s)`);

    const list = await run(["list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${batch.publicId}\\s+ready\\s+1\\.0\\.0\\s+1\\s+CLI pool`));
    const json = JSON.parse((await run(["list", "--json"])).stdout) as { publicId: string; deliveries: unknown[] }[];
    expect(json[0]).toMatchObject({ publicId: batch.publicId });
    expect(json[0]!.deliveries).toHaveLength(2);
  });

  it("refuses a non-admin actor, an unknown pool and a queue delivery without a broker, with clear messages", { timeout: 300_000 }, async () => {
    const growth = await t.db.user.create({ data: { email: "growth-cli@handoff.test", role: "GROWTH" } });
    const notAdmin = await run(["create", "--actor", growth.email]);
    expect(notAdmin.code).toBe(1);
    expect(notAdmin.stderr).toContain("is not an active admin");
    const { admin } = await seedHandoffCards(t.db, [{ handle: "cli_q", label: "USER" }]);
    const unknownPool = await run(["create", "--pool", "nope", "--actor", admin.email]);
    expect(unknownPool.stderr).toContain('no active pool named "nope"');
    const badLabel = await run(["create", "--label", "VIP", "--actor", admin.email]);
    expect(badLabel.code).not.toBe(0);
    expect(badLabel.stderr).toContain("'VIP' is not a label");
    const list = JSON.parse((await run(["list", "--json"])).stdout) as { publicId: string }[];
    const queue = await run(["deliver", list[0]!.publicId, "--transport", "queue", "--actor", admin.email]);
    expect(queue.code).toBe(1);
    expect(queue.stderr).toContain("queue transport is off");
  });
});
