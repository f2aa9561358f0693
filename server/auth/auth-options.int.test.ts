import type { User } from "next-auth";
import { describe, expect, it } from "vitest";
import { EnvError } from "@/server/config/env";
import { useTestDatabase } from "@/server/testing/test-database";
import { createUser } from "@/server/services/users/create-user";
import { disableUser } from "@/server/services/users/disable-user";
import { changeUserRole } from "@/server/services/users/change-user-role";
import { authorizeCredentials, buildAuthOptions, nextSessionToken, resolveSsoUser, SESSION_REFRESH_MS, SessionRevokedError } from "./auth-options";

const cli = { type: "cli", id: "test" } as const;
const limits = { maxFailures: 5, windowMinutes: 15 };
const baseEnv = { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/unused", NEXTAUTH_SECRET: "x".repeat(32) };
const oidcEnv = { ...baseEnv, OIDC_ISSUER: "https://id.example.com/", OIDC_CLIENT_ID: "sxe", OIDC_CLIENT_SECRET: "shh", OIDC_NAME: "Example SSO" };

describe("buildAuthOptions", () => {
  it("fails fast naming NEXTAUTH_SECRET when it is missing or short", () => {
    expect(() => buildAuthOptions({ env: { DATABASE_URL: baseEnv.DATABASE_URL } })).toThrow(EnvError);
    expect(() => buildAuthOptions({ env: { DATABASE_URL: baseEnv.DATABASE_URL } })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => buildAuthOptions({ env: { ...baseEnv, NEXTAUTH_SECRET: "short" } })).toThrow(/NEXTAUTH_SECRET must be at least 32/);
    expect(() => buildAuthOptions({ env: { ...baseEnv, OIDC_ISSUER: "https://id.example.com" } })).toThrow(/OIDC_ISSUER/);
  });

  it("offers credentials only, with 8-hour JWT sessions and our sign-in page", () => {
    const options = buildAuthOptions({ env: baseEnv });
    expect(options.providers.map((p) => p.id)).toEqual(["credentials"]);
    expect(options.session).toEqual({ strategy: "jwt", maxAge: 8 * 60 * 60 });
    expect(options.pages).toMatchObject({ signIn: "/sign-in" });
    expect(options.secret).toBe(baseEnv.NEXTAUTH_SECRET);
  });

  it("adds the OIDC provider when all OIDC_* variables are set", () => {
    const options = buildAuthOptions({ env: oidcEnv });
    expect(options.providers.map((p) => p.id)).toEqual(["credentials", "oidc"]);
    expect(options.providers[1]).toMatchObject({
      type: "oauth",
      name: "Example SSO",
      wellKnown: "https://id.example.com/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state"],
      clientId: "sxe",
    });
  });
});

describe("auth callbacks against the database", () => {
  const t = useTestDatabase();

  it("authorizes good credentials and returns null for anything else", async () => {
    await createUser(t.db, { email: "ada@example.com", role: "ADMIN", password: "correct horse battery", via: "seed" }, cli);
    const headers = { "x-forwarded-for": "203.0.113.9, 10.0.0.1" };
    expect(await authorizeCredentials(t.db, limits, { email: "ada@example.com", password: "correct horse battery" }, headers)).toMatchObject({ email: "ada@example.com", role: "ADMIN" });
    expect(await authorizeCredentials(t.db, limits, { email: "ada@example.com", password: "wrong" }, headers)).toBeNull();
    expect(await authorizeCredentials(t.db, limits, { email: "nobody@example.com", password: "correct horse battery" }, headers)).toBeNull();
    expect(await authorizeCredentials(t.db, limits, undefined, headers)).toBeNull();
    const attempt = await t.db.signInAttempt.findFirstOrThrow({ where: { succeeded: false } });
    expect(attempt.ipAddress).toBe("203.0.113.9");
  });

  it("admits SSO only for an existing active user", async () => {
    const ada = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(await resolveSsoUser(t.db, { sub: "idp-1", email: "ADA@example.com", email_verified: true })).toMatchObject({ id: ada.id, role: "ADMIN" });
    expect(await resolveSsoUser(t.db, { sub: "idp-1", email: "ada@example.com", email_verified: "false" })).toBeNull();
    expect(await resolveSsoUser(t.db, { sub: "idp-2", email: "eve@example.com" })).toBeNull();
  });

  it("puts id/role on the token, re-reads them when stale and revokes disabled users", async () => {
    const gus = await createUser(t.db, { email: "gus@example.com", role: "GROWTH", via: "seed" }, cli);
    const t0 = Date.now();
    const user: User = { id: gus.id, email: gus.email, name: null, role: "GROWTH" };
    const token = await nextSessionToken(t.db, {}, user, t0);
    expect(token).toMatchObject({ sub: gus.id, id: gus.id, email: "gus@example.com", role: "GROWTH", refreshedAt: t0 });

    await changeUserRole(t.db, { id: gus.id, role: "COMPLIANCE" }, cli);
    expect(await nextSessionToken(t.db, token, undefined, t0 + SESSION_REFRESH_MS - 1)).toBe(token);
    const refreshed = await nextSessionToken(t.db, token, undefined, t0 + SESSION_REFRESH_MS + 1);
    expect(refreshed).toMatchObject({ role: "COMPLIANCE", refreshedAt: t0 + SESSION_REFRESH_MS + 1 });

    await disableUser(t.db, "gus@example.com", cli, "cli");
    await expect(nextSessionToken(t.db, refreshed, undefined, t0 + 2 * SESSION_REFRESH_MS + 2)).rejects.toBeInstanceOf(SessionRevokedError);
    await expect(nextSessionToken(t.db, {}, undefined, t0)).rejects.toBeInstanceOf(SessionRevokedError);
    await expect(nextSessionToken(t.db, {}, { id: "idp-subject", email: "x@example.com" }, t0)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  it("exposes id, email, name and role on the session", async () => {
    const options = buildAuthOptions({ env: baseEnv, db: () => t.db });
    const session = await options.callbacks!.session!({
      session: { expires: "2030-01-01T00:00:00.000Z", user: { id: "", email: "", name: null, role: "GROWTH" } },
      token: { id: "00000000-0000-4000-8000-000000000002", email: "cora@example.com", name: "Cora", role: "COMPLIANCE" },
      user: { id: "", email: "", emailVerified: null },
      newSession: undefined,
      trigger: "update",
    });
    expect(session.user).toEqual({ id: "00000000-0000-4000-8000-000000000002", email: "cora@example.com", name: "Cora", role: "COMPLIANCE" });
  });
});
