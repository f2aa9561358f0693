import { z } from "zod";
import { auditDigestSetting } from "@/server/domain/settings/compliance";
import { createAuditDigest } from "@/server/services/audit/create-audit-digest";
import { getSetting } from "@/server/services/settings/get-setting";
import { defineJob } from "./define-job";

/**
 * Every 15 minutes: pin the audit chain head in audit_digests (outside the chain) and, when a
 * digest directory is configured (SXE_AUDIT_DIGEST_DIR, else the compliance.audit_digests
 * setting), as a chained JSON file there. `sxe audit verify` checks the chain against them.
 */
export const auditDigestJob = defineJob({
  name: "audit-digest",
  schema: z.object({}).strict(),
  queue: { policy: "singleton", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 300, retentionMinutes: 24 * 60 },
  schedule: { cron: "*/15 * * * *", data: {} },
  concurrency: 1,
  async handler(_data, { db, logger, jobId }) {
    const directory = process.env.SXE_AUDIT_DIGEST_DIR || (await getSetting(db, auditDigestSetting)).value.directory;
    const digest = await createAuditDigest(db, { directory });
    logger.info({ jobId, headSeq: digest?.headSeq ?? null, skipped: digest?.skipped ?? true, file: digest?.file ?? null }, "audit digest");
    return { headSeq: digest?.headSeq ?? null, digestHash: digest?.digestHash ?? null };
  },
});
