import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { authenticateUser } from "./authenticate-user";
import { createUser } from "./create-user";
import { disableUser } from "./disable-user";
import { listUsers } from "./list-users";

const cli = { type: "cli", id: "test" } as const;
const limits = { maxFailures: 3, windowMinutes: 15 };

describe("users", () => {
  const t = useTestDatabase();

  it("creates users with hashed passwords, lowercased emails and an audit row", async () => {
    const user = await createUser(t.db, { email: " Ada@Example.com ", role: "ADMIN", password: "correct horse battery", via: "cli" }, cli);
    expect(user).toMatchObject({ email: "ada@example.com", role: "ADMIN", active: true });
    expect(user).not.toHaveProperty("passwordHash");
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$2[aby]\$11\$/);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { event: "user_created" } });
    expect(audit).toMatchObject({ targetId: user.id, actorType: "cli", outcome: "success" });
  });

  it.each([
    [{ email: "not-an-email", role: "GROWTH", password: "long enough password" }, /email must be a valid email/],
    [{ email: "b@example.com", role: "OWNER", password: "long enough password" }, /role/],
    [{ email: "b@example.com", role: "GROWTH", password: "short" }, /password must be at least 12/],
    [{ email: "ADA@example.com", role: "GROWTH", password: "long enough password" }, /already exists/],
  ])("refuses bad input %j", async (input, message) => {
    await expect(createUser(t.db, { ...input, via: "cli" } as never, cli)).rejects.toThrow(message);
  });

  it("authenticates, audits failures generically and rate-limits", async () => {
    const ok = await authenticateUser(t.db, { email: "ada@example.com", password: "correct horse battery", ipAddress: "10.0.0.1" }, limits);
    expect(ok).toMatchObject({ ok: true, user: { email: "ada@example.com", role: "ADMIN" } });

    for (let i = 0; i < 3; i++) {
      expect(await authenticateUser(t.db, { email: "ada@example.com", password: "wrong", ipAddress: "10.0.0.2" }, limits)).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const limited = await authenticateUser(t.db, { email: "ada@example.com", password: "correct horse battery", ipAddress: "10.0.0.3" }, limits);
    expect(limited).toEqual({ ok: false, reason: "rate_limited" });
    const failures = await t.db.auditLog.findMany({ where: { event: "sign_in_failed" }, orderBy: { seq: "asc" } });
    expect(failures.map((f) => (f.metadata as { reason: string }).reason)).toEqual(["invalid_credentials", "invalid_credentials", "invalid_credentials", "rate_limited"]);
    expect(failures.every((f) => f.outcome === "denied" && f.targetId === "ada@example.com")).toBe(true);

    const later = new Date(Date.now() + 16 * 60_000);
    expect(await authenticateUser(t.db, { email: "ada@example.com", password: "correct horse battery" }, limits, later)).toMatchObject({ ok: true });
  });

  it("refuses unknown and disabled users", async () => {
    expect(await authenticateUser(t.db, { email: "nobody@example.com", password: "whatever it is" }, limits)).toEqual({ ok: false, reason: "invalid_credentials" });
    await createUser(t.db, { email: "gus@example.com", role: "GROWTH", password: "growth password 1", via: "cli" }, cli);
    await disableUser(t.db, "gus@example.com", cli, "cli");
    expect(await authenticateUser(t.db, { email: "gus@example.com", password: "growth password 1" }, limits)).toEqual({ ok: false, reason: "inactive_user" });
    await expect(disableUser(t.db, "gus@example.com", cli, "cli")).rejects.toThrow(/already disabled/);
  });

  it("keeps the last active admin", async () => {
    await expect(disableUser(t.db, "ada@example.com", cli, "cli")).rejects.toThrow(/last active admin/);
    expect((await listUsers(t.db)).map((u) => u.email)).toEqual(["ada@example.com", "gus@example.com"]);
  });
});
