import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { recordAudit } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

export const ZAuditVerificationRun = z.object({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  headSeq: z.string().nullable(),
  headHash: z.string().nullable(),
  firstBroken: z.object({ seq: z.string(), reason: z.string() }).nullable(),
  recordedSeq: z.string(),
});
export type TAuditVerificationRun = z.infer<typeof ZAuditVerificationRun>;

/**
 * Verifies the whole chain, then appends an `audit_verified` row saying what was found (outcome
 * `failure` when the chain is broken). The check runs outside the write transaction so a long
 * verification does not hold the chain lock; the row names the head that existed when it began.
 */
export async function runAuditVerification(
  db: PrismaClient,
  actor: TAuditActor,
  opts: { requestId?: string; pageSize?: number } = {},
): Promise<TAuditVerificationRun> {
  const headAtStart = await db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  const result = await verifyAuditChain(db, { pageSize: opts.pageSize });
  const headSeq = Number(result.ok ? (result.headSeq ?? 0) : (headAtStart?.seq ?? 0n));
  const recorded = await db.$transaction((tx) =>
    recordAudit(tx, {
      event: "audit_verified",
      actor,
      outcome: result.ok ? "success" : "failure",
      requestId: opts.requestId,
      metadata: {
        checked: result.checked,
        headSeq,
        ok: result.ok,
        ...(result.firstBroken ? { brokenSeq: Number(result.firstBroken.seq) } : {}),
      },
    }),
  );
  return { ...result, recordedSeq: String(recorded.seq) };
}
