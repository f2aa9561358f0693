import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { normalizeEmail, userDtoSelect, type TUserDto } from "./user-dto";

/** Disables sign-in for a user (by email); refuses to disable the last active admin. */
export async function disableUser(db: PrismaClient, email: string, actor: TAuditActor, via: "cli" | "console"): Promise<TUserDto> {
  const normalized = normalizeEmail(email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: normalized }, select: userDtoSelect });
    if (!user) throw new DomainError("NOT_FOUND", `No user with email ${normalized}`);
    if (!user.active) throw new DomainError("INVALID_STATE", `User ${normalized} is already disabled`);
    if (user.role === "ADMIN") {
      const admins = await tx.user.count({ where: { role: "ADMIN", active: true } });
      if (admins <= 1) throw new DomainError("INVALID_STATE", `User ${normalized} is the last active admin; create another admin first`);
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { active: false }, select: userDtoSelect });
    await recordAudit(tx, { event: "user_disabled", actor, target: { type: "user", id: user.id }, metadata: { via } });
    return updated;
  });
}
