import { z } from "zod";
import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { DomainError } from "@/server/domain/errors";
import { sourceFormatIds } from "@/server/domain/ingest/formats";
import { canonicalFields } from "@/server/domain/ingest/mappers";
import { ZPlatform } from "@/server/domain/ingest/profile";

export const ZImportOptions = z.object({
  platform: ZPlatform.optional(),
  format: z.enum(sourceFormatIds as [string, ...string[]]).optional(),
  poolName: z.string().trim().min(1).max(120).optional(),
  /** CSV header → canonical field, from the console's column-mapping screen. */
  columnMapping: z.record(z.string(), z.enum(canonicalFields).nullable()).optional(),
});
export type TImportOptions = z.infer<typeof ZImportOptions>;

export type TCreateImportJob = { fileName: string; storedPath: string; sha256: string; byteSize: number; options: TImportOptions };

/**
 * Records a stored file as a queued import job and hands its id to `enqueue` (the caller's
 * queue client), so the worker processes it. If enqueueing fails the job is marked failed
 * with the reason instead of waiting forever.
 */
export async function createImportJob(
  db: PrismaClient,
  input: TCreateImportJob,
  actor: TAuditActor,
  enqueue: (importJobId: string) => Promise<unknown>,
): Promise<{ id: string }> {
  const options = ZImportOptions.safeParse(input.options);
  if (!options.success) {
    const issue = options.error.issues[0]!;
    throw new DomainError("VALIDATION", `${input.fileName}: option ${issue.path.join(".")} ${issue.message}`);
  }
  const job = await db.importJob.create({
    data: {
      fileName: input.fileName,
      storedPath: input.storedPath,
      sha256: input.sha256,
      byteSize: BigInt(input.byteSize),
      platform: options.data.platform ?? null,
      formatOverride: options.data.format ?? null,
      poolName: options.data.poolName ?? null,
      options: { ...options.data, requestedBy: actor },
      actorId: actor.type === "user" ? actor.id : null,
    },
    select: { id: true },
  });
  try {
    await enqueue(job.id);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.importJob.update({ where: { id: job.id }, data: { status: "failed", errorMessage: `Could not queue the import: ${reason}`, finishedAt: new Date() } });
    throw new DomainError("INVALID_STATE", `Could not queue the import of ${input.fileName}: ${reason}`);
  }
  return job;
}
