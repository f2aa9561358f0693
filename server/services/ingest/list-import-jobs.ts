import type { Db } from "@/server/db/client";
import { importJobSelect, toImportJobDto, type TImportJobDto } from "./import-job-dto";

export type TImportJobCursor = { createdAt: Date; id: string };

/** Import history, newest first, keyset-paginated on (created_at, id). */
export async function listImportJobs(db: Db, opts: { limit: number; cursor?: TImportJobCursor | null }): Promise<{ items: TImportJobDto[]; nextCursor: TImportJobCursor | null }> {
  const { cursor, limit } = opts;
  const rows = await db.importJob.findMany({
    where: cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: importJobSelect,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(toImportJobDto), nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}
