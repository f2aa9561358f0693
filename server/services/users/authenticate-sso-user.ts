import type { PrismaClient } from "@/server/db/client";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { TAuthenticatedUser } from "./authenticate-user";
import { normalizeEmail } from "./user-dto";

export type TSsoAuthenticationResult =
  | { ok: true; user: TAuthenticatedUser }
  | { ok: false; reason: "unknown_sso_user" | "inactive_user" };

/**
 * Admits an OpenID Connect sign-in only for an existing, active user with the identity
 * provider's email (SSO never creates accounts). An email the provider marks unverified counts
 * as unknown. Every outcome is audited; the caller shows one generic message on failure.
 */
export async function authenticateSsoUser(
  db: PrismaClient,
  input: { email: string | null | undefined; emailVerified?: boolean | null; ipAddress?: string | null },
  now: Date = new Date(),
): Promise<TSsoAuthenticationResult> {
  const email = normalizeEmail(input.email ?? "").slice(0, 320);
  const user = email && input.emailVerified !== false ? await db.user.findUnique({ where: { email } }) : null;

  let result: TSsoAuthenticationResult;
  if (!user) result = { ok: false, reason: "unknown_sso_user" };
  else if (!user.active) result = { ok: false, reason: "inactive_user" };
  else result = { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };

  await db.$transaction(async (tx) => {
    if (result.ok) {
      await tx.user.update({ where: { id: result.user.id }, data: { lastSignInAt: now } });
      await recordAudit(tx, { event: "sign_in_succeeded", actor: { type: "user", id: result.user.id, label: email }, target: { type: "user", id: result.user.id }, metadata: { method: "oidc" } }, now);
    } else {
      await recordAudit(tx, {
        event: "sign_in_failed",
        actor: { type: "system", id: "web", label: input.ipAddress ?? undefined },
        outcome: "denied",
        target: { type: "user_email", id: email || "(empty)" },
        metadata: { method: "oidc", reason: result.reason },
      }, now);
    }
  });
  return result;
}
