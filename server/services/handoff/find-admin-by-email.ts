import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";

/** The active admin an email names (the CLI's --actor), or a clear refusal. */
export async function findAdminByEmail(db: Db, email: string): Promise<{ id: string; email: string }> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true, active: true } });
  if (!user) throw new DomainError("NOT_FOUND", `--actor: no user ${email}`);
  if (!user.active || user.role !== "ADMIN") throw new DomainError("FORBIDDEN", `--actor: ${email} is not an active admin; handoff batches are for admins`);
  return { id: user.id, email: user.email };
}
