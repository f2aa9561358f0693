import { getPhaseReport, ZPhaseReport } from "@/server/services/reports/get-phase-report";
import { router, viewerProcedure } from "../trpc";

export const reportsRouter = router({
  /** Exit criteria of phases 1–3 (cards for every profile, none enriched, ≥ 80% tagged), label and review shares. */
  phase: viewerProcedure.output(ZPhaseReport).query(({ ctx }) => getPhaseReport(ctx.db)),
});
