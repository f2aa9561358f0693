import type { NextAuthOptions, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { z } from "zod";
import { readWebEnv, type TWebEnv } from "@/server/config/env";
import type { PrismaClient } from "@/server/db/client";
import { serviceDb } from "@/server/services/service-db";
import { authenticateSsoUser } from "@/server/services/users/authenticate-sso-user";
import { authenticateUser, type TSignInLimits } from "@/server/services/users/authenticate-user";
import { getSessionUser } from "@/server/services/users/get-session-user";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** How stale a session's role/active may get before the jwt callback re-reads them. */
export const SESSION_REFRESH_MS = 5 * 60 * 1000;
export const OIDC_PROVIDER_ID = "oidc";

type TEnvSource = Record<string, string | undefined>;
type THeaders = Record<string, string | string[] | undefined> | undefined;

const ZCredentials = z.object({ email: z.string().max(320), password: z.string().max(1024) });
const ZOidcClaims = z.looseObject({
  sub: z.string(),
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.string()]).optional(),
  name: z.string().optional(),
});

/** Thrown from the jwt callback when the user was disabled or deleted: next-auth then drops the session. */
export class SessionRevokedError extends Error {
  constructor() {
    super("SessionRevoked");
    this.name = "SessionRevokedError";
  }
}

export function clientIp(headers: THeaders): string | null {
  const raw = headers?.["x-forwarded-for"] ?? headers?.["x-real-ip"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim().slice(0, 100) || null;
}

/** Credentials check; null for every kind of failure so the page can only say one generic thing. */
export async function authorizeCredentials(db: PrismaClient, limits: TSignInLimits, credentials: unknown, headers: THeaders): Promise<User | null> {
  const parsed = ZCredentials.safeParse(credentials);
  if (!parsed.success) return null;
  const result = await authenticateUser(db, { ...parsed.data, ipAddress: clientIp(headers) }, limits);
  return result.ok ? result.user : null;
}

/** Our user for an OIDC sign-in (existing and active, matched by verified email), or null. */
export async function resolveSsoUser(db: PrismaClient, profile: unknown): Promise<User | null> {
  const claims = ZOidcClaims.safeParse(profile);
  const verified = claims.success ? claims.data.email_verified : undefined;
  const result = await authenticateSsoUser(db, {
    email: claims.success ? claims.data.email : null,
    emailVerified: verified === undefined ? undefined : verified === true || verified === "true",
  });
  return result.ok ? result.user : null;
}

/** The token for a fresh sign-in, or — afterwards — the token re-read from the database when stale. */
export async function nextSessionToken(db: PrismaClient, token: JWT, user: User | undefined, now: number): Promise<JWT> {
  if (user) {
    if (!user.role || !user.email) throw new SessionRevokedError();
    return { ...token, sub: user.id, id: user.id, email: user.email, name: user.name ?? null, role: user.role, refreshedAt: now };
  }
  if (!token.id) throw new SessionRevokedError();
  if (token.refreshedAt && now - token.refreshedAt < SESSION_REFRESH_MS) return token;
  const current = await getSessionUser(db, token.id);
  if (!current?.active) throw new SessionRevokedError();
  return { ...token, email: current.email, name: current.name, role: current.role, refreshedAt: now };
}

function oidcProvider(env: TWebEnv): OAuthConfig<Record<string, unknown>> | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  const issuer = env.OIDC_ISSUER.replace(/\/+$/, "");
  return {
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(claims) {
      const parsed = ZOidcClaims.parse(claims);
      return { id: parsed.sub, email: parsed.email ?? null, name: parsed.name ?? null };
    },
  };
}

/**
 * next-auth configuration: email + password (rate-limited and audited by authenticateUser), and
 * OpenID Connect SSO for existing active users when OIDC_* are set. JWT sessions last 8 hours and
 * re-read role/active at most every 5 minutes. Throws EnvError naming any bad variable.
 */
export function buildAuthOptions(opts: { env?: TEnvSource; db?: () => PrismaClient } = {}): NextAuthOptions {
  const env = readWebEnv(opts.env ?? process.env);
  const db = opts.db ?? serviceDb;
  const limits = { maxFailures: env.SIGN_IN_MAX_FAILURES, windowMinutes: env.SIGN_IN_WINDOW_MINUTES };
  const oidc = oidcProvider(env);
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => authorizeCredentials(db(), limits, credentials, req.headers),
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        const ours = await resolveSsoUser(db(), profile);
        if (!ours) return false;
        // Without an adapter next-auth hands this same object to the jwt callback: swap the
        // identity provider's subject for our user id and role.
        Object.assign(user, ours);
        return true;
      },
      // `user` is only present on sign-in (next-auth's type says otherwise).
      jwt: ({ token, user }) => nextSessionToken(db(), token, user as User | undefined, Date.now()),
      session({ session, token }) {
        if (!token.id || !token.role || !token.email) throw new SessionRevokedError();
        session.user = { id: token.id, email: token.email, name: token.name ?? null, role: token.role };
        return session;
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
/** buildAuthOptions() over process.env, built once per process on first use (so `next build` needs no secrets). */
export function getAuthOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}
