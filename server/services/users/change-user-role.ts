import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { ZRole } from "@/server/domain/auth/roles";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { userDtoSelect, type TUserDto } from "./user-dto";

export const ZChangeUserRole = z.object({ id: z.uuid(), role: ZRole });
export type TChangeUserRole = z.input<typeof ZChangeUserRole>;

/**
 * Gives a user another role and audits before/after in the same transaction. Refuses to demote
 * the last active admin; active admin rows are locked first so two concurrent demotions cannot
 * both pass the check. Setting the role a user already has changes and audits nothing.
 */
export async function changeUserRole(db: PrismaClient, input: TChangeUserRole, actor: TAuditActor): Promise<TUserDto> {
  const parsed = ZChangeUserRole.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("VALIDATION", `${issue.path.join(".") || "input"} ${issue.message}`);
  }
  const { id, role } = parsed.data;
  return db.$transaction(async (tx) => {
    const activeAdmins = await tx.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id }, select: userDtoSelect });
    if (!user) throw new DomainError("NOT_FOUND", `No user with id ${id}`);
    if (user.role === role) return user;
    if (user.role === "ADMIN" && user.active && activeAdmins.length <= 1) {
      throw new DomainError("INVALID_STATE", `User ${user.email} is the last active admin; make another user admin first`);
    }
    const updated = await tx.user.update({ where: { id }, data: { role }, select: userDtoSelect });
    await recordAudit(tx, {
      event: "user_updated",
      actor,
      target: { type: "user", id },
      metadata: { changes: ["role"], roleBefore: user.role, roleAfter: role },
    });
    return updated;
  });
}
