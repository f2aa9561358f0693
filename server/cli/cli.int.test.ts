import pg from "pg";
import { describe, expect, it } from "vitest";
import { createEmptyDatabase, dropDatabase } from "@/server/testing/databases";
import { sxe } from "@/server/testing/run-sxe";
import { useTestDatabase } from "@/server/testing/test-database";

describe("sxe CLI", () => {
  const t = useTestDatabase();
  const run = (args: string[], opts: { stdin?: string } = {}) => sxe(args, { databaseUrl: t.url, ...opts });
  const listUsers = async () => JSON.parse((await run(["users", "list", "--json"])).stdout) as { email: string; role: string; name: string | null; active: boolean }[];

  it("migrates an empty database, then finds nothing to apply", async () => {
    const url = await createEmptyDatabase("sxe_cli_migrate");
    try {
      const first = await sxe(["migrate"], { databaseUrl: url });
      expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/Applied \d+ migration\(s\): 20261128000000_init/) });
      const second = await sxe(["migrate", "--json"], { databaseUrl: url });
      expect(second.code).toBe(0);
      expect(JSON.parse(second.stdout)).toMatchObject({ applied: [], alreadyApplied: expect.arrayContaining(["20261128000000_init"]) });
    } finally {
      await dropDatabase(url);
    }
  });

  it("creates a user from --password and lists it", async () => {
    const created = await run(["users", "create", "--email", "Ada@Example.com", "--role", "ADMIN", "--name", "Ada", "--password", "correct horse battery"]);
    expect(created).toMatchObject({ code: 0, stdout: expect.stringContaining("Created user ada@example.com (ADMIN, Ada)") });
    expect(await listUsers()).toEqual([expect.objectContaining({ email: "ada@example.com", role: "ADMIN", name: "Ada", active: true })]);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { event: "user_created" } });
    expect(audit).toMatchObject({ actorType: "cli", actorLabel: "sxe cli" });
  });

  it("reads the password from piped stdin", async () => {
    const created = await run(["users", "create", "--email", "gus@example.com", "--role", "growth"], { stdin: "growth password 1\nignored\n" });
    expect(created.code).toBe(0);
    const row = await t.db.user.findUniqueOrThrow({ where: { email: "gus@example.com" } });
    expect(row).toMatchObject({ role: "GROWTH", passwordHash: expect.stringMatching(/^\$2/) });
    const empty = await run(["users", "create", "--email", "nopw@example.com", "--role", "GROWTH"], { stdin: "" });
    expect(empty).toMatchObject({ code: 1, stderr: expect.stringContaining("No password") });
  });

  it("refuses a duplicate email, a bad role and a missing option with a clear message", async () => {
    const [duplicate, badRole, missing] = await Promise.all([
      run(["users", "create", "--email", "ada@example.com", "--role", "GROWTH", "--password", "another password 1"]),
      run(["users", "create", "--email", "x@example.com", "--role", "OWNER", "--password", "another password 1"]),
      run(["users", "create", "--role", "GROWTH"]),
    ]);
    expect(duplicate).toMatchObject({ code: 1, stderr: expect.stringContaining("ada@example.com already exists") });
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/'OWNER' is not a role; use one of ADMIN, GROWTH, COMPLIANCE/);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/required option '--email <email>'/);
  });

  it("disables a user", async () => {
    const disabled = await run(["users", "disable", "--email", "gus@example.com"]);
    expect(disabled).toMatchObject({ code: 0, stdout: expect.stringContaining("Disabled user gus@example.com") });
    expect((await listUsers()).find((u) => u.email === "gus@example.com")?.active).toBe(false);
    expect(await run(["users", "disable", "--email", "nobody@example.com"])).toMatchObject({ code: 1, stderr: expect.stringContaining("No user with email nobody@example.com") });
  });

  it("seeds demo users once and reports them as existing the second time", async () => {
    const first = await run(["seed", "--json"]);
    expect(first.code).toBe(0);
    const seeded = JSON.parse(first.stdout) as { users: { email: string; status: string; password: string | null }[] };
    expect(seeded.users.map((u) => [u.email, u.status])).toEqual([
      ["admin@sxe.local", "created"],
      ["growth@sxe.local", "created"],
      ["compliance@sxe.local", "created"],
    ]);
    expect(seeded.users.every((u) => (u.password ?? "").length >= 16)).toBe(true);
    const second = await run(["seed"]);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/exists \(password unchanged\)/g)).toHaveLength(3);
    expect(second.stdout).not.toContain(seeded.users[0]!.password!);
  });

  it("fails fast without DATABASE_URL (exit 2) and without the password when the database is unreachable", async () => {
    const [missing, unreachable] = await Promise.all([
      sxe(["users", "list"], { databaseUrl: null }),
      sxe(["users", "list"], { databaseUrl: "postgresql://postgres:secretpw@127.0.0.1:1/x" }),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("DATABASE_URL");
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain("127.0.0.1:1");
    expect(unreachable.stdout + unreachable.stderr).not.toContain("secretpw");
  });

  it("prints help for every command, the version, and rejects unknown commands and options", async () => {
    const commands = [[], ["migrate"], ["users"], ["users", "create"], ["users", "list"], ["users", "disable"], ["audit"], ["audit", "verify"], ["seed"], ["import"]];
    const helps = await Promise.all(commands.map((c) => sxe([...c, "--help"], { databaseUrl: null })));
    helps.forEach((help, i) => expect(help, commands[i]!.join(" ")).toMatchObject({ code: 0, stdout: expect.stringContaining("Usage: sxe") }));
    const [version, unknownCommand, unknownOption] = await Promise.all([
      sxe(["--version"], { databaseUrl: null }),
      sxe(["frobnicate"], { databaseUrl: null }),
      sxe(["users", "list", "--frobnicate"], { databaseUrl: null }),
    ]);
    expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(unknownCommand).toMatchObject({ code: 1, stderr: expect.stringContaining("unknown command 'frobnicate'") });
    expect(unknownOption).toMatchObject({ code: 1, stderr: expect.stringContaining("unknown option '--frobnicate'") });
  }, 120_000);

  it("verifies the audit chain (exit 0), and names the first tampered row (exit 3)", async () => {
    const intact = await run(["audit", "verify"]);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit chain intact: \d+ rows, head #\d+ [0-9a-f]{64}$/m);

    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await client.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET outcome = 'failure' WHERE seq = 2;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    await client.end();

    const broken = await run(["audit", "verify", "--json"]);
    expect(broken.code).toBe(3);
    expect(JSON.parse(broken.stdout)).toMatchObject({ ok: false, firstBroken: { seq: "2", reason: expect.stringMatching(/altered/) } });
    const human = await run(["audit", "verify"]);
    expect(human).toMatchObject({ code: 3, stdout: expect.stringContaining("Audit chain BROKEN at row #2") });
    const verified = await t.db.auditLog.findMany({ where: { event: "audit_verified" }, orderBy: { seq: "asc" } });
    expect(verified.map((v) => v.outcome)).toEqual(["success", "failure", "failure"]);
  });
});
