import type { ImportJob } from "@/server/db/generated/prisma/client";

export type TImportCounts = {
  read: number; accepted: number; rejected: number; duplicates: number; redacted: number;
  created: number; updated: number; unchanged: number; suppressed: number;
};

export type TImportSummary = TImportCounts & {
  jobId: string;
  fileName: string;
  status: ImportJob["status"];
  format: string | null;
  platform: string | null;
  errorMessage: string | null;
};

/** The job as the CLI's `--json` output, the console and the tests describe it. */
export function importSummary(job: ImportJob): TImportSummary {
  return {
    jobId: job.id, fileName: job.fileName, status: job.status, format: job.detectedFormat, platform: job.platform, errorMessage: job.errorMessage,
    read: job.readCount, accepted: job.acceptedCount, rejected: job.rejectedCount, duplicates: job.duplicateCount, redacted: job.redactedCount,
    created: job.newCount, updated: job.updatedCount, unchanged: job.unchangedCount, suppressed: job.suppressedCount,
  };
}
