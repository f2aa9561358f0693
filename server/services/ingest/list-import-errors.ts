import type { Db } from "@/server/db/client";

export type TImportErrorRow = { record: number; line: number | null; field: string | null; code: string; message: string };

/** A job's rejected records in file order (for the job detail, the CSV report and `--json`). */
export async function listImportErrors(db: Db, jobId: string, opts: { limit?: number; afterId?: bigint } = {}): Promise<(TImportErrorRow & { id: bigint })[]> {
  const rows = await db.importError.findMany({
    where: { jobId, ...(opts.afterId ? { id: { gt: opts.afterId } } : {}) },
    orderBy: { id: "asc" },
    take: opts.limit ?? 1000,
  });
  return rows.map((r) => ({ id: r.id, record: r.recordIndex, line: r.line, field: r.field, code: r.code, message: r.message }));
}
