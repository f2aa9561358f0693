import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, resolveLogLevel } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, destination };
}

describe("createLogger", () => {
  it("names the logger and keeps ids and counts", () => {
    const { lines, destination } = capture();
    createLogger("worker", { level: "info", destination }).info({ jobId: "j1", count: 3 }, "done");
    expect(lines[0]).toMatchObject({ name: "worker", jobId: "j1", count: 3, msg: "done", level: 30 });
  });

  it.each([
    [{ password: "hunter2hunter2" }],
    [{ user: { passwordHash: "$2b$11$abc" } }],
    [{ env: { DATABASE_URL: "postgresql://u:secretpw@h/db" } }],
    [{ token: "sxe_live_abc" }],
    [{ request: { headers: { authorization: "Bearer abc" } } }],
  ])("redacts secrets in %j", (fields) => {
    const { lines, destination } = capture();
    createLogger("t", { level: "info", destination }).info(fields, "x");
    const text = JSON.stringify(lines[0]);
    expect(text).not.toMatch(/hunter2|\$2b\$|secretpw|sxe_live|Bearer/);
    expect(text).toContain("[redacted]");
  });

  it.each([
    ["debug", "debug"],
    [" WARN ", "warn"],
    ["loud", "info"],
    [undefined, "info"],
  ])("reads level %j as %s", (value, level) => {
    expect(resolveLogLevel(value)).toBe(level);
  });
});
