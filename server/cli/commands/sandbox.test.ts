import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const bin = path.resolve(import.meta.dirname, "../../../bin/sxe.mjs");

describe("sxe sandbox", () => {
  it("prints the URLs and env vars, serves the fakes, and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [bin, "sandbox", "--port", "0", "--api-key", "demo-key"], { env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test" }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString();
        if (stdout.includes("Ctrl-C")) resolve();
      });
      void exited.then(() => reject(new Error(`sandbox exited early: ${stdout}${stderr}`)));
    });
    expect(stdout).toContain("SYNTHETIC");
    const apolloUrl = /SXE_APOLLO_BASE_URL=(\S+)/.exec(stdout)?.[1];
    const batchDataUrl = /SXE_BATCHDATA_BASE_URL=(\S+)/.exec(stdout)?.[1];
    expect(apolloUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/apollo\/api\/v1$/);
    expect(batchDataUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/batchdata\/api$/);
    expect(stdout).toContain("SXE_APOLLO_API_KEY=demo-key");
    expect(stdout).toContain("SXE_BATCHDATA_API_KEY=demo-key");

    const org = await fetch(`${apolloUrl}/organizations/enrich?domain=acme.com`, { headers: { "x-api-key": "demo-key" } });
    expect(org.status).toBe(200);

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).toContain("Sandbox stopped (SIGTERM) after 1 request(s).");
  }, 30_000);

  it("refuses a bad port with exit code 1", async () => {
    const child = spawn(process.execPath, [bin, "sandbox", "--port", "99999"], { env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr).toContain("--port must be a port number");
  }, 30_000);
});
