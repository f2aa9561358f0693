import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/domain/auth/password";
import { useTestDatabase } from "@/server/testing/test-database";
import { seedDemo } from "./seed-demo";

describe("seedDemo", () => {
  const t = useTestDatabase();

  it("creates one demo user per role with fresh readable passwords, once", async () => {
    const lines: string[] = [];
    const first = await seedDemo(t.db, { log: (line) => lines.push(line) });
    expect(first.users.map((u) => [u.email, u.name, u.role, u.status])).toEqual([
      ["admin@sxe.local", "Demo Admin", "ADMIN", "created"],
      ["growth@sxe.local", "Demo Growth", "GROWTH", "created"],
      ["compliance@sxe.local", "Demo Compliance", "COMPLIANCE", "created"],
    ]);
    const passwords = first.users.map((u) => u.password!);
    expect(new Set(passwords).size).toBe(3);
    for (const password of passwords) expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@sxe.local" } });
    expect(await verifyPassword(passwords[0]!, admin.passwordHash!)).toBe(true);
    expect(lines).toContain("admin@sxe.local created");
    const audits = await t.db.auditLog.findMany({ where: { event: "user_created" } });
    expect(audits.map((a) => a.metadata)).toEqual(Array(3).fill(expect.objectContaining({ via: "seed" })));
    expect(JSON.stringify(audits.map((a) => a.metadata))).not.toContain(passwords[0]);

    const second = await seedDemo(t.db);
    expect(second.users.map((u) => [u.status, u.password])).toEqual(Array(3).fill(["exists", null]));
    expect(second.steps).toEqual([expect.objectContaining({ step: "demo-users", summary: "0 created, 3 already existed" })]);
    const again = await t.db.user.findUniqueOrThrow({ where: { email: "admin@sxe.local" } });
    expect(again.passwordHash).toBe(admin.passwordHash);
  });

  it("runs extra steps in order", async () => {
    const order: string[] = [];
    const step = (name: string) => ({ name, run: async () => (order.push(name), { step: name, summary: "ok" }) });
    const result = await seedDemo(t.db, { steps: [step("a"), step("b")] });
    expect(order).toEqual(["a", "b"]);
    expect(result).toEqual({ users: [], steps: [{ step: "a", summary: "ok" }, { step: "b", summary: "ok" }] });
  });
});
