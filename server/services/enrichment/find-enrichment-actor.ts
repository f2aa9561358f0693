import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import type { TEnrichmentActor } from "./enrichment-actor";

/** The named user an operator acts as from the CLI (`--actor EMAIL`): must exist and be active. */
export async function findEnrichmentActor(db: Db, email: string): Promise<TEnrichmentActor> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true, active: true } });
  if (!user) throw new DomainError("NOT_FOUND", `--actor ${email}: no such user`);
  if (!user.active) throw new DomainError("FORBIDDEN", `--actor ${email}: the user is disabled`);
  return { userId: user.id, role: user.role, email: user.email, via: "cli" };
}
