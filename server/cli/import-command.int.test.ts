import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { handleDigest } from "@/server/domain/suppression/suppression-digest";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";

describe("sxe import", () => {
  const t = useTestDatabase();
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "sxe-cli-import-"));
    await writeFile(path.join(dir, "users.jsonl"), ['{"username":"cli.one","display_name":"One"}', '{"username":"cli.two"}', "{broken", '{"username":"CLI.ONE"}'].join("\n"));
    await writeFile(path.join(dir, "truncated.json"), '{"data":[{"id":"1","username":"a"},');
    await writeFile(path.join(dir, "suppressed.jsonl"), ['{"username":"cli.erased","display_name":"Erased"}', '{"username":"cli.kept","display_name":"Kept"}'].join("\n"));
  });
  const env = () => ({ SXE_DATA_DIR: path.join(dir, "data") });

  it("refuses to wait for a worker that is not running, and names missing files", async () => {
    const noWorker = await sxe(["import", path.join(dir, "users.jsonl")], { databaseUrl: t.url, env: env() });
    expect(noWorker).toMatchObject({ code: 1, stderr: expect.stringContaining("No worker is running") });
    const missing = await sxe(["import", path.join(dir, "nope.csv")], { databaseUrl: t.url, env: env() });
    expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("nope.csv: no such file") });
  }, 60_000);
  it("imports through a worker and prints one JSON object per file, failing when a file fails as a whole", async () => {
    const run = await sxe(["import", path.join(dir, "users.jsonl"), path.join(dir, "truncated.json"), "--platform", "tiktok", "--with-worker", "--json"], { databaseUrl: t.url, env: env(), timeoutMs: 90_000 });
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ fileName: "users.jsonl", status: "completed", format: "tiktok_user_info", read: 4, accepted: 2, rejected: 1, duplicates: 1, redacted: 0, suppressed: 0 });
    expect(lines[0]!.errors).toEqual([expect.objectContaining({ record: 3, line: 3, code: "malformed_json" })]);
    expect(lines[1]).toMatchObject({ fileName: "truncated.json", status: "failed", errorMessage: expect.stringMatching(/truncated|ends early/i) });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("1 of 2 file(s) failed");
    expect(await t.db.rawSocialProfile.count()).toBe(2);
  }, 120_000);

  it("prints how many suppressed people a file brought and skipped", async () => {
    await t.db.suppression.create({ data: { platform: "tiktok", handleSha256: handleDigest("cli.erased"), reason: "erasure request" } });
    const run = await sxe(["import", path.join(dir, "suppressed.jsonl"), "--platform", "tiktok", "--with-worker"], { databaseUrl: t.url, env: env(), timeoutMs: 90_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/suppressed\.jsonl .*2 read, 1 accepted .*, 1 suppressed · job /);
    expect(await t.db.rawSocialProfile.findFirst({ where: { handle: "cli.erased" } })).toBeNull();
  }, 120_000);
});
