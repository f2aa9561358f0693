import { z } from "zod";
import { listSettings, ZSettingSummary } from "@/server/services/settings/list-settings";
import { adminProcedure, router } from "../trpc";

export const settingsRouter = router({
  /** Stored settings (key, version, last change); empty until something is changed from its default. */
  list: adminProcedure.output(z.array(ZSettingSummary)).query(({ ctx }) => listSettings(ctx.db)),
});
