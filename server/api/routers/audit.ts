import { getAuditHead, ZAuditHead } from "@/server/services/audit/get-audit-head";
import { runAuditVerification, ZAuditVerificationRun } from "@/server/services/audit/run-audit-verification";
import { complianceProcedure, router, userActor } from "../trpc";

export const auditRouter = router({
  /** Latest row of the chain, or null when nothing has been audited yet. */
  head: complianceProcedure.output(ZAuditHead.nullable()).query(({ ctx }) => getAuditHead(ctx.db)),

  /** Recomputes the whole chain and records an `audit_verified` row with the result. */
  verify: complianceProcedure
    .output(ZAuditVerificationRun)
    .mutation(({ ctx }) => runAuditVerification(ctx.db, userActor(ctx.user), { requestId: ctx.requestId })),
});
