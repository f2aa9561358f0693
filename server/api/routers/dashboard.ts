import { getMonthSpend, ZMonthSpend } from "@/server/services/dashboard/get-month-spend";
import { getPipelineSummary, ZPipelineSummary } from "@/server/services/dashboard/get-pipeline-summary";
import { router, viewerProcedure } from "../trpc";

export const dashboardRouter = router({
  /** Pipeline counts, latest imports and handoff batches, audit chain head. */
  summary: viewerProcedure.output(ZPipelineSummary).query(({ ctx }) => getPipelineSummary(ctx.db)),
  /** Enrichment spend this month (recorded and still committed) against the monthly budget. */
  spend: viewerProcedure.output(ZMonthSpend).query(({ ctx }) => getMonthSpend(ctx.db)),
});
