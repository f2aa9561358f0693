import { z } from "zod";

/** An import job as screens and the API see it (no stored path, no Prisma types). */
export const ZImportJobDto = z.object({
  id: z.uuid(),
  fileName: z.string(),
  platform: z.string().nullable(),
  format: z.string().nullable(),
  status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
  actorEmail: z.string().nullable(),
  poolName: z.string().nullable(),
  sha256: z.string(),
  byteSize: z.number(),
  bytesProcessed: z.number(),
  read: z.number(), accepted: z.number(), rejected: z.number(), duplicates: z.number(), redacted: z.number(),
  created: z.number(), updated: z.number(), unchanged: z.number(), suppressed: z.number(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  errorMessage: z.string().nullable(),
  createdAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export type TImportJobDto = z.infer<typeof ZImportJobDto>;

export const importJobSelect = {
  id: true, fileName: true, platform: true, detectedFormat: true, status: true, poolName: true, sha256: true, byteSize: true, bytesProcessed: true,
  readCount: true, acceptedCount: true, rejectedCount: true, duplicateCount: true, redactedCount: true, newCount: true, updatedCount: true,
  unchangedCount: true, suppressedCount: true, warnings: true, errorMessage: true, createdAt: true, startedAt: true, finishedAt: true,
  actor: { select: { email: true } },
  progress: { select: { bytesProcessed: true, readCount: true } },
} as const;

type TSelected = {
  id: string; fileName: string; platform: string | null; detectedFormat: string | null; status: TImportJobDto["status"]; poolName: string | null;
  sha256: string; byteSize: bigint; bytesProcessed: bigint; readCount: number; acceptedCount: number; rejectedCount: number; duplicateCount: number;
  redactedCount: number; newCount: number; updatedCount: number; unchangedCount: number; suppressedCount: number; warnings: unknown;
  errorMessage: string | null; createdAt: Date; startedAt: Date | null; finishedAt: Date | null; actor: { email: string } | null;
  progress: { bytesProcessed: bigint; readCount: number } | null;
};

const ZWarnings = z.array(z.object({ code: z.string(), message: z.string() })).catch([]);

export function toImportJobDto(job: TSelected): TImportJobDto {
  // A running job's progress is in import_job_progress; the job row has the final counts.
  const live = job.status === "running" ? job.progress : null;
  return {
    id: job.id, fileName: job.fileName, platform: job.platform, format: job.detectedFormat, status: job.status, actorEmail: job.actor?.email ?? null,
    poolName: job.poolName, sha256: job.sha256, byteSize: Number(job.byteSize), bytesProcessed: Number(live?.bytesProcessed ?? job.bytesProcessed),
    read: live?.readCount ?? job.readCount, accepted: job.acceptedCount, rejected: job.rejectedCount, duplicates: job.duplicateCount, redacted: job.redactedCount,
    created: job.newCount, updated: job.updatedCount, unchanged: job.unchangedCount, suppressed: job.suppressedCount,
    warnings: ZWarnings.parse(job.warnings), errorMessage: job.errorMessage, createdAt: job.createdAt, startedAt: job.startedAt, finishedAt: job.finishedAt,
  };
}
