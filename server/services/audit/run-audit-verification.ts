import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { checkAuditDigests } from "./check-audit-digests";
import { recordAudit } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

export const ZAuditVerificationRun = z.object({
  ok: z.boolean(),
  checked: z.number().int().nonnegative(),
  headSeq: z.string().nullable(),
  headHash: z.string().nullable(),
  firstBroken: z.object({ seq: z.string(), reason: z.string() }).nullable(),
  recordedSeq: z.string(),
  /** The chain checked against the digests taken outside it (null: no digest yet). */
  digest: z.object({ ok: z.boolean(), checked: z.number().int(), headSeq: z.string().nullable(), problem: z.string().nullable() }).nullable(),
});
export type TAuditVerificationRun = z.infer<typeof ZAuditVerificationRun>;

/**
 * Verifies the whole chain, then appends an `audit_verified` row saying what was found (outcome
 * `failure` when the chain is broken, or when it no longer matches the latest digest). The check runs outside the write transaction so a long
 * verification does not hold the chain lock; the row names the head that existed when it began.
 */
export async function runAuditVerification(
  db: PrismaClient,
  actor: TAuditActor,
  opts: { requestId?: string; pageSize?: number } = {},
): Promise<TAuditVerificationRun> {
  const headAtStart = await db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  const chain = await verifyAuditChain(db, { pageSize: opts.pageSize });
  const digests = await checkAuditDigests(db);
  const digest = digests.checked ? { ok: digests.ok, checked: digests.checked, headSeq: digests.headSeq, problem: digests.problem } : null;
  const result =
    chain.ok && !digests.ok
      ? { ...chain, ok: false, firstBroken: { seq: digests.brokenSeq ?? "0", reason: digests.problem ?? "digest mismatch" } }
      : chain;
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
  return { ...result, recordedSeq: String(recorded.seq), digest };
}
