import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { changeUserRole } from "./change-user-role";
import { createUser } from "./create-user";

const cli = { type: "cli", id: "test" } as const;

describe("changeUserRole", () => {
  const t = useTestDatabase();
  const roleUpdates = () => t.db.auditLog.findMany({ where: { event: "user_updated" }, orderBy: { seq: "asc" } });

  it("changes the role and audits before/after in the same transaction", async () => {
    const ada = await createUser(t.db, { email: "ada@example.com", role: "ADMIN", via: "seed" }, cli);
    const gus = await createUser(t.db, { email: "gus@example.com", role: "GROWTH", via: "seed" }, cli);
    const actor = { type: "user", id: ada.id, label: ada.email } as const;

    const updated = await changeUserRole(t.db, { id: gus.id, role: "COMPLIANCE" }, actor);
    expect(updated).toMatchObject({ id: gus.id, role: "COMPLIANCE", active: true });
    expect(updated).not.toHaveProperty("passwordHash");
    const [audit, ...rest] = await roleUpdates();
    expect(rest).toEqual([]);
    expect(audit).toMatchObject({ actorType: "user", actorId: ada.id, actorLabel: "ada@example.com", targetType: "user", targetId: gus.id, outcome: "success" });
    expect(audit!.metadata).toEqual({ changes: ["role"], roleBefore: "GROWTH", roleAfter: "COMPLIANCE" });
  });

  it("does nothing (and audits nothing) when the role is unchanged", async () => {
    const gus = await t.db.user.findUniqueOrThrow({ where: { email: "gus@example.com" } });
    const before = (await roleUpdates()).length;
    expect(await changeUserRole(t.db, { id: gus.id, role: "COMPLIANCE" }, cli)).toMatchObject({ role: "COMPLIANCE" });
    expect(await roleUpdates()).toHaveLength(before);
  });

  it("refuses to demote the last active admin and leaves no trace", async () => {
    const ada = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const before = (await roleUpdates()).length;
    await expect(changeUserRole(t.db, { id: ada.id, role: "GROWTH" }, cli)).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringMatching(/last active admin/) });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ada.id } })).role).toBe("ADMIN");
    expect(await roleUpdates()).toHaveLength(before);
  });

  it("demotes an admin once another active admin exists", async () => {
    const ada = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const gus = await t.db.user.findUniqueOrThrow({ where: { email: "gus@example.com" } });
    await changeUserRole(t.db, { id: gus.id, role: "ADMIN" }, cli);
    expect(await changeUserRole(t.db, { id: ada.id, role: "GROWTH" }, cli)).toMatchObject({ role: "GROWTH" });
    expect((await roleUpdates()).at(-1)!.metadata).toEqual({ changes: ["role"], roleBefore: "ADMIN", roleAfter: "GROWTH" });
  });

  it("lets only one of two concurrent demotions of the last two admins through", async () => {
    const ada = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const gus = await t.db.user.findUniqueOrThrow({ where: { email: "gus@example.com" } });
    await changeUserRole(t.db, { id: ada.id, role: "ADMIN" }, cli);
    const results = await Promise.allSettled([
      changeUserRole(t.db, { id: ada.id, role: "COMPLIANCE" }, cli),
      changeUserRole(t.db, { id: gus.id, role: "COMPLIANCE" }, cli),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await t.db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("names unknown users and bad roles", async () => {
    await expect(changeUserRole(t.db, { id: "00000000-0000-4000-8000-000000000000", role: "GROWTH" }, cli)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeUserRole(t.db, { id: "not-a-uuid", role: "GROWTH" }, cli)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(changeUserRole(t.db, { id: "00000000-0000-4000-8000-000000000000", role: "OWNER" as never }, cli)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
