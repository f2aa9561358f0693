import { z } from "zod";
import type { Db } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { ZBatchSelection } from "@/server/domain/handoff/batch-selection";
import { DomainError } from "@/server/domain/errors";
import type { THandoffBatchDto } from "./handoff-batch-dto";
import { parseBatchFiles } from "./handoff-files";

const include = {
  createdBy: { select: { email: true } },
  deliveries: { orderBy: [{ createdAt: "desc" }, { attempt: "desc" }] },
} satisfies Prisma.HandoffBatchInclude;

type TRow = Prisma.HandoffBatchGetPayload<{ include: typeof include }>;

const ZErrorReport = z
  .object({ invalidRecords: z.number().int(), issues: z.array(z.object({ position: z.number().int(), leadId: z.string(), field: z.string(), reason: z.string() })) })
  .nullable()
  .catch(null);

async function toDtos(db: Db, rows: TRow[]): Promise<THandoffBatchDto[]> {
  const poolIds = [...new Set(rows.map((r) => ZBatchSelection.catch({ label: [], reviewState: [], enrichmentState: [] }).parse(r.selection).poolId).filter((id): id is string => Boolean(id)))];
  const pools = poolIds.length ? await db.audiencePool.findMany({ where: { id: { in: poolIds } }, select: { id: true, name: true } }) : [];
  const poolName = new Map(pools.map((p) => [p.id, p.name]));
  return rows.map((r) => {
    const selection = ZBatchSelection.catch({ label: [], reviewState: [], enrichmentState: [] }).parse(r.selection);
    return {
      id: r.id,
      publicId: r.publicId,
      schemaVersion: r.schemaVersion,
      status: r.status,
      selection: { poolId: selection.poolId ?? null, poolName: selection.poolId ? (poolName.get(selection.poolId) ?? null) : null, label: selection.label, reviewState: selection.reviewState, enrichmentState: selection.enrichmentState },
      recordCount: r.recordCount,
      sha256: r.sha256,
      files: parseBatchFiles(r.files).map(({ path: _path, ...file }) => file),
      errorReport: ZErrorReport.parse(r.errorReport),
      createdBy: r.createdBy.email,
      createdAt: r.createdAt,
      frozenAt: r.frozenAt,
      deliveries: r.deliveries.map((d) => ({
        id: d.id, transport: d.transport, target: d.target, attempt: d.attempt, status: d.status, responseCode: d.responseCode,
        responseSummary: d.responseSummary, durationMs: d.durationMs, createdAt: d.createdAt, finishedAt: d.finishedAt,
      })),
    };
  });
}

/** Newest batches first, keyset-paged on (created_at, id), each with its delivery log. */
export async function listHandoffBatches(db: Db, opts: { limit?: number; cursor?: { createdAt: Date; id: string } | null } = {}): Promise<{ items: THandoffBatchDto[]; nextCursor: { createdAt: Date; id: string } | null }> {
  const limit = Math.min(Math.max(opts.limit ?? 25, 1), 100);
  const where: Prisma.HandoffBatchWhereInput = opts.cursor
    ? { OR: [{ createdAt: { lt: opts.cursor.createdAt } }, { createdAt: opts.cursor.createdAt, id: { lt: opts.cursor.id } }] }
    : {};
  const rows = await db.handoffBatch.findMany({ where, include, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: await toDtos(db, page), nextCursor: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** One batch by its id or public id (hb_…). */
export async function getHandoffBatch(db: Db, idOrPublicId: string): Promise<THandoffBatchDto> {
  const where = idOrPublicId.startsWith("hb_") ? { publicId: idOrPublicId } : z.uuid().safeParse(idOrPublicId).success ? { id: idOrPublicId } : null;
  const row = where ? await db.handoffBatch.findUnique({ where, include }) : null;
  if (!row) throw new DomainError("NOT_FOUND", `Handoff batch ${idOrPublicId} does not exist`);
  const [dto] = await toDtos(db, [row]);
  return dto!;
}
