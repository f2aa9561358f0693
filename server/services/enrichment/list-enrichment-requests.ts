import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { requestDtoFromRow, ZEnrichmentRequestDto, type TRequestRow } from "./enrichment-request-dto";
import { requestFrom, requestSelect } from "./request-query";

export const ZListEnrichmentRequests = z.object({
  status: z.array(z.enum(["pending", "approved", "rejected", "running", "completed", "failed", "cancelled"])).optional(),
  requesterId: z.uuid().optional(),
  /** Opaque keyset cursor from a previous page (newest first). */
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
}).strict();

export const ZEnrichmentRequestPage = z.object({ items: z.array(ZEnrichmentRequestDto), nextCursor: z.string().nullable() });
export type TEnrichmentRequestPage = z.infer<typeof ZEnrichmentRequestPage>;

const encodeCursor = (createdAt: Date, id: string) => Buffer.from(`${createdAt.toISOString()}|${id}`).toString("base64url");
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  if (Number.isNaN(createdAt.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) throw new DomainError("VALIDATION", "cursor: not a cursor from this list");
  return { createdAt, id };
}

/** Requests newest first (status filter, e.g. pending for the approvals screen), keyset paged. */
export async function listEnrichmentRequests(db: Db, input: z.input<typeof ZListEnrichmentRequests> = {}): Promise<TEnrichmentRequestPage> {
  const { status, requesterId, cursor, limit } = parseOrThrow(ZListEnrichmentRequests, input);
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (status?.length) conditions.push(Prisma.sql`r.status = ANY(${status}::enrichment_request_status[])`);
  if (requesterId) conditions.push(Prisma.sql`r.requester_id = ${requesterId}::uuid`);
  if (cursor) {
    const after = decodeCursor(cursor);
    conditions.push(Prisma.sql`(r.created_at, r.id) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`);
  }
  const rows = await db.$queryRaw<TRequestRow[]>`${requestSelect} ${requestFrom} WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY r.created_at DESC, r.id DESC LIMIT ${limit + 1}`;
  const more = rows.length > limit;
  const page = (more ? rows.slice(0, limit) : rows).map(requestDtoFromRow);
  return { items: page, nextCursor: more ? encodeCursor(page.at(-1)!.createdAt, page.at(-1)!.id) : null };
}
