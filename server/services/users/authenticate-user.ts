import type { PrismaClient } from "@/server/db/client";
import { verifyAgainstNothing, verifyPassword } from "@/server/domain/auth/password";
import type { TRole } from "@/server/domain/auth/roles";
import { recordAudit } from "@/server/services/audit/record-audit";
import { normalizeEmail } from "./user-dto";

export type TSignInLimits = { maxFailures: number; windowMinutes: number };
export type TAuthenticatedUser = { id: string; email: string; name: string | null; role: TRole };
export type TAuthenticationResult =
  | { ok: true; user: TAuthenticatedUser }
  | { ok: false; reason: "invalid_credentials" | "inactive_user" | "rate_limited" };

/**
 * Checks email + password. Failures are counted per email and per IP within a window; past the
 * limit every attempt is refused without checking the password. Each failure is audited with
 * the attempted email as target; the caller shows one generic message whatever the reason.
 */
export async function authenticateUser(
  db: PrismaClient,
  input: { email: string; password: string; ipAddress?: string | null },
  limits: TSignInLimits,
  now: Date = new Date(),
): Promise<TAuthenticationResult> {
  const email = normalizeEmail(input.email).slice(0, 320);
  const ipAddress = input.ipAddress ?? null;
  const since = new Date(now.getTime() - limits.windowMinutes * 60_000);
  const recentFailures = await db.signInAttempt.count({
    where: { succeeded: false, attemptedAt: { gte: since }, OR: [{ email }, ...(ipAddress ? [{ ipAddress }] : [])] },
  });

  let result: TAuthenticationResult;
  if (recentFailures >= limits.maxFailures) {
    result = { ok: false, reason: "rate_limited" };
  } else {
    const user = await db.user.findUnique({ where: { email } });
    const matches = user?.passwordHash ? await verifyPassword(input.password, user.passwordHash) : await verifyAgainstNothing(input.password);
    if (!user || !matches) result = { ok: false, reason: "invalid_credentials" };
    else if (!user.active) result = { ok: false, reason: "inactive_user" };
    else result = { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  }

  await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, ipAddress, succeeded: result.ok, attemptedAt: now } });
    if (result.ok) {
      await tx.user.update({ where: { id: result.user.id }, data: { lastSignInAt: now } });
      await recordAudit(tx, { event: "sign_in_succeeded", actor: { type: "user", id: result.user.id, label: email }, target: { type: "user", id: result.user.id }, metadata: { method: "credentials" } }, now);
    } else {
      await recordAudit(tx, {
        event: "sign_in_failed",
        actor: { type: "system", id: "web", label: ipAddress ?? undefined },
        outcome: "denied",
        target: { type: "user_email", id: email || "(empty)" },
        metadata: { method: "credentials", reason: result.reason, recentFailures },
      }, now);
    }
  });
  return result;
}
