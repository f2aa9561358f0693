import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import { hashPassword, passwordProblem } from "@/server/domain/auth/password";
import { ZRole } from "@/server/domain/auth/roles";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { userDtoSelect, ZEmail, type TUserDto } from "./user-dto";

export const ZCreateUser = z.object({
  email: ZEmail,
  role: ZRole,
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().optional(),
  via: z.enum(["cli", "console", "seed"]),
});
export type TCreateUser = z.input<typeof ZCreateUser>;

/** Creates a user (password optional for SSO-only accounts) and audits it in one transaction. */
export async function createUser(db: PrismaClient, input: TCreateUser, actor: TAuditActor): Promise<TUserDto> {
  const parsed = ZCreateUser.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("VALIDATION", `${issue.path.join(".") || "input"} ${issue.message}`);
  }
  const { email, role, name, password, via } = parsed.data;
  if (password !== undefined) {
    const problem = passwordProblem(password);
    if (problem) throw new DomainError("VALIDATION", `password ${problem}`);
  }
  const passwordHash = password === undefined ? null : await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (existing) throw new DomainError("CONFLICT", `A user with email ${email} already exists`);
    const user = await tx.user.create({ data: { email, role, name: name ?? null, passwordHash }, select: userDtoSelect });
    await recordAudit(tx, { event: "user_created", actor, target: { type: "user", id: user.id }, metadata: { role, via } });
    return user;
  });
}
