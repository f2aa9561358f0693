import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { decodeCursor, encodeCursor } from "@/server/domain/cards/lead-card-query";
import { DomainError } from "@/server/domain/errors";
import { leadCardRowColumns, ZLeadCardRow, type TLeadCardRowRecord } from "@/server/services/cards/lead-card-row";

export const ZReviewQueueItem = ZLeadCardRow.extend({
  bio: z.string().nullable(),
  confidences: z.record(z.string(), z.number()),
  explanation: z.array(z.object({ dimension: z.string(), slug: z.string(), evidence: z.array(z.unknown()) })),
});
export type TReviewQueueItem = z.infer<typeof ZReviewQueueItem>;
export type TReviewQueuePage = { items: TReviewQueueItem[]; nextCursor: string | null; unreviewed: number };

const QUEUE_SORT = "review:queue";
// review_state's enum order is unreviewed, confirmed, corrected: ascending puts the unreviewed first.
const key = Prisma.sql`(c.review_state, c.classification_confidence, c.id)`;

/**
 * The review queue: unreviewed cards first, lowest classification confidence first, keyset
 * paginated on (review_state, classification_confidence, id) — the lead_cards index of the same
 * shape. `unreviewed` is how many are still waiting (the queue position's denominator).
 */
export async function listReviewQueue(db: Db, opts: { limit: number; cursor?: string | null }): Promise<TReviewQueuePage> {
  const limit = Math.max(1, Math.min(opts.limit, 200));
  const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
  if (opts.cursor && (!cursor || cursor.sort !== QUEUE_SORT)) throw new DomainError("VALIDATION", "That is not a review queue cursor");
  const after = cursor
    ? Prisma.sql`AND ${key} > (${cursor.key.split("|")[0]}::review_state, ${cursor.key.split("|")[1]}::numeric, ${cursor.id}::uuid)`
    : Prisma.empty;
  const rows = await db.$queryRaw<(TLeadCardRowRecord & { bio: string | null; confidences: unknown; explanation: unknown })[]>`
    SELECT ${leadCardRowColumns}, c.bio, c.confidences, c.explanation
    FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id
    WHERE c.erased_at IS NULL ${after}
    ORDER BY c.review_state ASC, c.classification_confidence ASC, c.id ASC
    LIMIT ${limit + 1}`;
  const [count] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM lead_cards WHERE review_state = 'unreviewed' AND erased_at IS NULL`;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.map(({ confidences, explanation, ...r }) => ({
    ...ZLeadCardRow.parse(r),
    bio: r.bio,
    confidences: z.record(z.string(), z.number()).catch({}).parse(confidences),
    explanation: ZReviewQueueItem.shape.explanation.catch([]).parse(explanation),
  }));
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ sort: QUEUE_SORT, key: `${last.reviewState}|${last.classificationConfidence}`, id: last.id, dir: "next" }) : null,
    unreviewed: count?.n ?? 0,
  };
}
