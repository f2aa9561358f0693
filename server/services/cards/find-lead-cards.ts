import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { decodeCursor, defaultLeadCardSort, encodeCursor, sortId, type TLeadCardFilter, type TLeadCardSort } from "@/server/domain/cards/lead-card-query";
import { DomainError } from "@/server/domain/errors";
import { buildLeadCardWhere, sortKeys } from "./lead-card-sql";
import { leadCardRowColumns, toLeadCardRow, type TLeadCardRow, type TLeadCardRowRecord } from "./lead-card-row";

export type TLeadCardPage = { items: TLeadCardRow[]; nextCursor: string | null; prevCursor: string | null };

/**
 * One page of lead cards, keyset-paginated on (sort key, id) in either direction: no OFFSET, so
 * deep pages cost what the first does, and equal sort keys never skip or repeat rows.
 * `nextCursor`/`prevCursor` are opaque and only valid for the sort they came from.
 */
export async function findLeadCards(
  db: Db,
  opts: { filter?: TLeadCardFilter; sort?: TLeadCardSort; cursor?: string | null; limit: number },
): Promise<TLeadCardPage> {
  const sort = opts.sort ?? defaultLeadCardSort;
  const limit = Math.max(1, Math.min(opts.limit, 200));
  const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
  if (opts.cursor && (!cursor || cursor.sort !== sortId(sort))) throw new DomainError("VALIDATION", "The page cursor does not belong to this sort; start from the first page");

  const { expr, cast } = sortKeys[sort.field];
  const backward = cursor?.dir === "prev";
  // Scan order: the requested order, or its reverse when paging backward (then the page is flipped).
  const ascending = (sort.direction === "asc") !== backward;
  const where = await buildLeadCardWhere(db, opts.filter ?? {});
  const after = cursor
    ? ascending
      ? Prisma.sql`AND (${expr}, c.id) > (${cursor.key}::${cast}, ${cursor.id}::uuid)`
      : Prisma.sql`AND (${expr}, c.id) < (${cursor.key}::${cast}, ${cursor.id}::uuid)`
    : Prisma.empty;
  const order = ascending ? Prisma.sql`${expr} ASC, c.id ASC` : Prisma.sql`${expr} DESC, c.id DESC`;

  const rows = await db.$queryRaw<(TLeadCardRowRecord & { sortKey: string })[]>`
    SELECT ${leadCardRowColumns}, (${expr})::text AS "sortKey"
    FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id
    WHERE ${where} ${after}
    ORDER BY ${order}
    LIMIT ${limit + 1}`;

  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const s = sortId(sort);
  const hasNext = backward ? true : more;
  const hasPrev = backward ? more : cursor !== null;
  return {
    items: page.map(toLeadCardRow),
    nextCursor: hasNext && last ? encodeCursor({ sort: s, key: last.sortKey, id: last.id, dir: "next" }) : null,
    prevCursor: hasPrev && first ? encodeCursor({ sort: s, key: first.sortKey, id: first.id, dir: "prev" }) : null,
  };
}
