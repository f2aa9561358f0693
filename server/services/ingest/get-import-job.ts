import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import { importJobSelect, toImportJobDto, type TImportJobDto } from "./import-job-dto";
import { listImportErrors, type TImportErrorRow } from "./list-import-errors";

/** One job with its first rejected records, for the job detail screen. */
export async function getImportJob(db: Db, id: string, opts: { errorLimit?: number } = {}): Promise<TImportJobDto & { firstErrors: TImportErrorRow[] }> {
  const job = await db.importJob.findUnique({ where: { id }, select: importJobSelect });
  if (!job) throw new DomainError("NOT_FOUND", `Import job ${id} not found`);
  const errors = await listImportErrors(db, id, { limit: opts.errorLimit ?? 50 });
  return { ...toImportJobDto(job), firstErrors: errors.map(({ id: _id, ...e }) => e) };
}
