import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { decodeCursor, encodeCursor } from "@/server/domain/cards/lead-card-query";
import { DomainError } from "@/server/domain/errors";
import { buildLeadCardWhere } from "@/server/services/cards/lead-card-sql";
import { leadCardRowColumns, ZLeadCardRow, type TLeadCardRowRecord } from "@/server/services/cards/lead-card-row";

export const ZReviewQueueItem = ZLeadCardRow.extend({
  bio: z.string().nullable(),
  confidences: z.record(z.string(), z.number()),
  explanation: z.array(z.object({ dimension: z.string(), slug: z.string(), evidence: z.array(z.unknown()) })),
  correctedFields: z.array(z.string()),
});
export type TReviewQueueItem = z.infer<typeof ZReviewQueueItem>;
export type TReviewQueuePage = { items: TReviewQueueItem[]; nextCursor: string | null; unreviewed: number; unreviewedCapped: boolean };

/**
 * The waiting count stops at this many: counting 900k unreviewed cards exactly costs ~100 ms at
 * 1M cards on every queue page (each needs a heap visit for the erased check), and "1,000+
 * waiting" tells a reviewer the same thing.
 */
export const UNREVIEWED_COUNT_CAP = 1_000;

const QUEUE_SORT = "review:queue";
// review_state's enum order is unreviewed, confirmed, corrected: ascending puts the unreviewed first.
const key = Prisma.sql`(c.review_state, c.classification_confidence, c.id)`;

/**
 * The review queue: unreviewed cards first, lowest classification confidence first, keyset
 * paginated on (review_state, classification_confidence, id) — the lead_cards index of the same
 * shape — optionally within one pool. `unreviewed` is how many are still waiting (the queue
 * position's denominator), exact up to `countCap` (default UNREVIEWED_COUNT_CAP), then `unreviewedCapped`.
 */
export async function listReviewQueue(db: Db, opts: { limit: number; cursor?: string | null; poolId?: string | null; countCap?: number }): Promise<TReviewQueuePage> {
  const limit = Math.max(1, Math.min(opts.limit, 200));
  const cap = opts.countCap ?? UNREVIEWED_COUNT_CAP;
  const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
  if (opts.cursor && (!cursor || cursor.sort !== QUEUE_SORT)) throw new DomainError("VALIDATION", "That is not a review queue cursor");
  const where = await buildLeadCardWhere(db, opts.poolId ? { poolId: opts.poolId } : {});
  const pool = opts.poolId ? await db.audiencePool.findUnique({ where: { id: opts.poolId }, select: { id: true, kind: true } }) : null;
  const after = cursor
    ? Prisma.sql`AND ${key} > (${cursor.key.split("|")[0]}::review_state, ${cursor.key.split("|")[1]}::numeric, ${cursor.id}::uuid)`
    : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<(TLeadCardRowRecord & { bio: string | null; confidences: unknown; explanation: unknown; correctedFields: string[] })[]>`
      SELECT ${leadCardRowColumns}, c.bio, c.confidences, c.explanation, coalesce(c.corrected_fields, '{}') AS "correctedFields"
      FROM lead_cards c JOIN raw_social_profiles p ON p.id = c.raw_profile_id
      WHERE ${where} ${after}
      ORDER BY c.review_state ASC, c.classification_confidence ASC, c.id ASC
      LIMIT ${limit + 1}`,
    // A source/manual pool is counted from its membership rows (a walk of the unreviewed cards
    // probing membership would visit 20 cards per member of a 5% pool); a rule pool by its filter.
    pool?.kind === "rule" || !pool
      ? db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM lead_cards c WHERE ${where} AND c.review_state = 'unreviewed' LIMIT ${cap + 1}) w`
      : db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM lead_card_pools m JOIN lead_cards c ON c.id = m.lead_card_id
          WHERE m.pool_id = ${pool.id}::uuid AND c.review_state = 'unreviewed' AND c.erased_at IS NULL LIMIT ${cap + 1}) w`,
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.map(({ confidences, explanation, correctedFields, ...r }) => ({
    ...ZLeadCardRow.parse(r),
    bio: r.bio,
    confidences: z.record(z.string(), z.number()).catch({}).parse(confidences),
    explanation: ZReviewQueueItem.shape.explanation.catch([]).parse(explanation),
    correctedFields,
  }));
  const waiting = count?.n ?? 0;
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor({ sort: QUEUE_SORT, key: `${last.reviewState}|${last.classificationConfidence}`, id: last.id, dir: "next" }) : null,
    unreviewed: Math.min(waiting, cap),
    unreviewedCapped: waiting > cap,
  };
}
