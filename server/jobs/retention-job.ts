import { z } from "zod";
import { retentionSetting } from "@/server/domain/settings/compliance";
import { purgeExpiredData } from "@/server/services/compliance/purge-expired-data";
import { getSetting } from "@/server/services/settings/get-setting";
import { defineJob } from "./define-job";

/** Daily at 03:17 UTC: purge raw profile content and contacts older than the configured retention (audited with counts). */
export const retentionJob = defineJob({
  name: "retention-purge",
  schema: z.object({}).strict(),
  queue: { policy: "singleton", retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 3600, retentionMinutes: 7 * 24 * 60 },
  schedule: { cron: "17 3 * * *", data: {} },
  concurrency: 1,
  async handler(_data, { db, logger, jobId }) {
    const { value } = await getSetting(db, retentionSetting);
    const result = await purgeExpiredData(db, value);
    logger.info({ jobId, ...result, rawProfileDays: value.rawProfileDays, contactDays: value.contactDays }, "retention purge");
    return result;
  },
});
