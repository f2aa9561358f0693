import { z } from "zod";
import { erasureReasons, ZErasureReason, ZErasureTarget } from "@/server/domain/compliance/erasure";
import { enqueueBatchFileScrubInTransaction } from "@/server/jobs/handoff-jobs";
import { erasePerson } from "@/server/services/compliance/erase-person";
import { getMetrics, ZMetrics } from "@/server/services/compliance/get-metrics";
import { listErasureRequests, ZErasureRequestDto } from "@/server/services/compliance/list-erasure-requests";
import { previewErasure, ZErasureCounts, ZErasurePreview } from "@/server/services/compliance/preview-erasure";
import { getComplianceSettings, updateComplianceSetting, ZComplianceSettings } from "@/server/services/compliance/compliance-settings";
import { getProcessingRecord } from "@/server/services/compliance/get-processing-record";
import { getWebQueue } from "../queue";
import { adminProcedure, complianceProcedure, router, userActor } from "../trpc";

const ZCursor = z.object({ createdAt: z.date(), id: z.uuid() });
const DAY = 86_400_000;

export const complianceRouter = router({
  /** Cost and volume metrics for [from, to) (UTC days; at most 366 days). */
  metrics: complianceProcedure
    .input(z.object({ from: z.date(), to: z.date() }).refine((r) => r.to > r.from && r.to.getTime() - r.from.getTime() <= 366 * DAY, { message: "to must be after from, at most 366 days" }))
    .output(ZMetrics)
    .query(({ ctx, input }) => getMetrics(ctx.db, input)),

  /** The reasons an erasure may give (a closed list: no free text that could name the person). */
  erasureReasons: complianceProcedure
    .output(z.array(z.object({ id: z.string(), label: z.string() })))
    .query(() => Object.entries(erasureReasons).map(([id, label]) => ({ id, label }))),

  /** What erasing a person would delete (for the confirmation). */
  erasurePreview: complianceProcedure
    .input(z.object({ target: ZErasureTarget }))
    .output(ZErasurePreview)
    .query(({ ctx, input }) => previewErasure(ctx.db, input.target)),

  /** Erases a person (lead card + raw profile tombstoned, contacts/businesses/pool links deleted, suppressed, outbox event, batch file scrub queued). */
  erase: complianceProcedure
    .input(z.object({ target: ZErasureTarget, reason: ZErasureReason }))
    .output(z.object({ requestId: z.string(), cardId: z.string().nullable(), publicId: z.string().nullable(), deleted: ZErasureCounts }))
    .mutation(async ({ ctx, input }) => {
      await getWebQueue(); // creates the job queues if no worker has yet: the scrub job is written in the erasure's transaction
      return erasePerson(ctx.db, { target: input.target, reason: input.reason, actor: userActor(ctx.user), requestId: ctx.requestId, enqueueBatchFileScrub: enqueueBatchFileScrubInTransaction });
    }),

  /** Erasure requests with status, newest first. */
  erasures: complianceProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(25), cursor: ZCursor.nullish() }))
    .output(z.object({ items: z.array(ZErasureRequestDto), nextCursor: ZCursor.nullable() }))
    .query(({ ctx, input }) => listErasureRequests(ctx.db, input)),

  /** The record of processing (Art. 30) as Markdown, generated from configuration now. */
  processingRecord: complianceProcedure
    .output(z.object({ markdown: z.string() }))
    .query(async ({ ctx }) => ({ markdown: (await getProcessingRecord(ctx.db)).markdown })),

  /** Retention, digest directory, controller and purposes (read by compliance, edited by admins). */
  settings: complianceProcedure.output(ZComplianceSettings).query(({ ctx }) => getComplianceSettings(ctx.db)),

  updateSetting: adminProcedure
    .input(z.object({ name: z.enum(["retention", "digests", "record"]), value: z.unknown(), expectedVersion: z.number().int().nonnegative() }))
    .output(z.object({ version: z.number() }))
    .mutation(({ ctx, input }) => updateComplianceSetting(ctx.db, input.name, input.value, { actor: userActor(ctx.user), expectedVersion: input.expectedVersion })),
});
