import { z } from "zod";
import type { Db } from "@/server/db/client";

export const ZErasureRequestDto = z.object({
  id: z.string(), platform: z.string().nullable(), leadCardId: z.string().nullable(), leadCardPublicId: z.string().nullable(), status: z.string(),
  reason: z.string(), deleted: z.record(z.string(), z.number()), requestedBy: z.string().nullable(), requestedAt: z.date(), completedAt: z.date().nullable(),
});
export type TErasureRequestDto = z.infer<typeof ZErasureRequestDto>;
export type TErasureCursor = { createdAt: Date; id: string };

const asCounts = (v: unknown): Record<string, number> =>
  Object.fromEntries(Object.entries(v && typeof v === "object" ? (v as Record<string, unknown>) : {}).filter((e): e is [string, number] => typeof e[1] === "number"));

/** Erasure requests, newest first, keyset pages on (requested_at, id). */
export async function listErasureRequests(db: Db, opts: { limit: number; cursor?: TErasureCursor | null }): Promise<{ items: TErasureRequestDto[]; nextCursor: TErasureCursor | null }> {
  const { cursor, limit } = opts;
  const rows = await db.erasureRequest.findMany({
    where: cursor ? { OR: [{ requestedAt: { lt: cursor.createdAt } }, { requestedAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    include: { requestedBy: { select: { email: true } } },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({ id: r.id, platform: r.platform, leadCardId: r.leadCardId, leadCardPublicId: r.leadCardPublicId, status: r.status, reason: r.reason, deleted: asCounts(r.deleted), requestedBy: r.requestedBy?.email ?? null, requestedAt: r.requestedAt, completedAt: r.completedAt })),
    nextCursor: rows.length > limit && last ? { createdAt: last.requestedAt, id: last.id } : null,
  };
}
