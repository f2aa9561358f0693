import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/server/testing/test-database";
import { authenticateSsoUser } from "./authenticate-sso-user";
import { createUser } from "./create-user";
import { disableUser } from "./disable-user";

const cli = { type: "cli", id: "test" } as const;

describe("authenticateSsoUser", () => {
  const t = useTestDatabase();
  const lastAudit = () => t.db.auditLog.findFirstOrThrow({ orderBy: { seq: "desc" } });

  it("refuses an email no user has, and audits it", async () => {
    expect(await authenticateSsoUser(t.db, { email: "stranger@example.com", emailVerified: true })).toEqual({ ok: false, reason: "unknown_sso_user" });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ event: "sign_in_failed", outcome: "denied", actorType: "system", targetType: "user_email", targetId: "stranger@example.com" });
    expect(audit.metadata).toEqual({ method: "oidc", reason: "unknown_sso_user" });
    expect(await t.db.user.count()).toBe(0);
  });

  it("signs in an existing active user, matching email case-insensitively", async () => {
    const ada = await createUser(t.db, { email: "ada@example.com", role: "ADMIN", via: "seed" }, cli);
    const result = await authenticateSsoUser(t.db, { email: " Ada@Example.COM ", emailVerified: true });
    expect(result).toEqual({ ok: true, user: { id: ada.id, email: "ada@example.com", name: null, role: "ADMIN" } });
    const audit = await lastAudit();
    expect(audit).toMatchObject({ event: "sign_in_succeeded", outcome: "success", actorType: "user", actorId: ada.id, targetId: ada.id });
    expect(audit.metadata).toEqual({ method: "oidc" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ada.id } })).lastSignInAt).not.toBeNull();
  });

  it("treats an email the provider marks unverified, or no email, as unknown", async () => {
    expect(await authenticateSsoUser(t.db, { email: "ada@example.com", emailVerified: false })).toEqual({ ok: false, reason: "unknown_sso_user" });
    expect(await authenticateSsoUser(t.db, { email: undefined })).toEqual({ ok: false, reason: "unknown_sso_user" });
    expect(await lastAudit()).toMatchObject({ event: "sign_in_failed", targetId: "(empty)" });
  });

  it("refuses a disabled user", async () => {
    await createUser(t.db, { email: "gus@example.com", role: "GROWTH", via: "seed" }, cli);
    await disableUser(t.db, "gus@example.com", cli, "cli");
    expect(await authenticateSsoUser(t.db, { email: "gus@example.com" })).toEqual({ ok: false, reason: "inactive_user" });
    expect((await lastAudit()).metadata).toEqual({ method: "oidc", reason: "inactive_user" });
  });
});
