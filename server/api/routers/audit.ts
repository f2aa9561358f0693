import { z } from "zod";
import { ZAuditFilter } from "@/server/domain/audit/audit-filter";
import { auditEventNames } from "@/server/domain/audit/events";
import { ZAuditEventDto } from "@/server/services/audit/audit-event-dto";
import { getAuditHead, ZAuditHead } from "@/server/services/audit/get-audit-head";
import { getAuditStatus, ZAuditStatus } from "@/server/services/audit/get-audit-status";
import { getLeadCardTrail, ZLeadCardTrail } from "@/server/services/audit/get-lead-card-trail";
import { listAuditEvents } from "@/server/services/audit/list-audit-events";
import { runAuditVerification, ZAuditVerificationRun } from "@/server/services/audit/run-audit-verification";
import { complianceProcedure, router, userActor } from "../trpc";

export const auditRouter = router({
  /** Latest row of the chain, or null when nothing has been audited yet. */
  head: complianceProcedure.output(ZAuditHead.nullable()).query(({ ctx }) => getAuditHead(ctx.db)),

  /** Head, latest verification and latest digest. */
  status: complianceProcedure.output(ZAuditStatus).query(({ ctx }) => getAuditStatus(ctx.db)),

  /** Event names for the filter. */
  events: complianceProcedure.output(z.array(z.string())).query(() => [...auditEventNames].sort()),

  /** The trail, newest first, keyset pages on seq. */
  list: complianceProcedure
    .input(z.object({ filter: ZAuditFilter.default({}), limit: z.number().int().min(1).max(200).default(50), cursor: z.string().regex(/^[1-9][0-9]{0,18}$/).nullish() }))
    .output(z.object({ items: z.array(ZAuditEventDto), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listAuditEvents(ctx.db, { filter: input.filter, limit: input.limit, beforeSeq: input.cursor })),

  /** One person's trail (the lead card page). */
  cardTrail: complianceProcedure
    .input(z.object({ id: z.uuid() }))
    .output(ZLeadCardTrail)
    .query(({ ctx, input }) => getLeadCardTrail(ctx.db, input.id)),

  /** Recomputes the whole chain (and checks it against the latest digest) and records an `audit_verified` row. */
  verify: complianceProcedure
    .output(ZAuditVerificationRun)
    .mutation(({ ctx }) => runAuditVerification(ctx.db, userActor(ctx.user), { requestId: ctx.requestId })),
});
