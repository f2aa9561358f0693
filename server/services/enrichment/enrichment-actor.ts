import type { TAuditActor } from "@/server/domain/audit/events";
import { can, type TPermission, type TRole } from "@/server/domain/auth/roles";
import { DomainError } from "@/server/domain/errors";

/**
 * A named person acting on enrichment, from the console (session user) or the CLI (`--actor
 * EMAIL`, looked up by the command). Services check the role themselves as well, so the CLI
 * follows the same rules as the console.
 */
export type TEnrichmentActor = { userId: string; role: TRole; email: string; via?: "console" | "cli" };

export const auditActorOf = (actor: TEnrichmentActor): TAuditActor => ({
  type: "user",
  id: actor.userId,
  label: actor.via === "cli" ? `${actor.email} (cli)` : actor.email,
});

export function requirePermission(actor: TEnrichmentActor, permission: TPermission, action: string): void {
  if (!can(actor.role, permission)) throw new DomainError("FORBIDDEN", `${actor.email} (${actor.role}) may not ${action}`);
}

/** The worker's audit actor for batch execution (started, item and batch outcomes). */
export const enrichmentWorkerActor: TAuditActor = { type: "system", id: "enrichment-worker", label: "enrichment batch job" };
