import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recoverOrphanedServer } from "./embedded-database";

describe("recoverOrphanedServer (a demo database left behind by a killed launcher)", () => {
  it("removes a stale postmaster.pid whose process is gone", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-pg-"));
    await writeFile(path.join(dir, "postmaster.pid"), "4194000\n/data\n");
    const log: string[] = [];
    await recoverOrphanedServer(dir, (line) => log.push(line));
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
    expect(log.join("\n")).toMatch(/stale/);
  });

  it("shuts a still-running server down before a fresh start", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-pg-"));
    const orphan = spawn("sleep", ["60"], { stdio: "ignore" });
    const exited = new Promise((resolve) => orphan.on("exit", (_code, signal) => resolve(signal)));
    await writeFile(path.join(dir, "postmaster.pid"), `${orphan.pid}\n/data\n`);
    const log: string[] = [];
    await recoverOrphanedServer(dir, (line) => log.push(line));
    expect(await exited).toBe("SIGINT");
    expect(log.join("\n")).toMatch(new RegExp(`pid ${orphan.pid}.*still running`));
  });

  it("does nothing when there is no pid file", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sxe-pg-"));
    await expect(recoverOrphanedServer(dir, () => {})).resolves.toBeUndefined();
  });
});
