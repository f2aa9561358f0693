import { z } from "zod";
import { ZCursorString } from "@/server/domain/cards/lead-card-query";
import { listReviewQueue, ZReviewQueueItem } from "@/server/services/review/list-review-queue";
import { growthProcedure, router } from "../trpc";

export const reviewRouter = router({
  /**
   * Unreviewed first, lowest classification confidence first, optionally within one pool;
   * `unreviewed` = cards still waiting (exact up to a cap, then `unreviewedCapped`).
   */
  queue: growthProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(20), cursor: ZCursorString.nullish(), poolId: z.uuid().nullish() }).default({ limit: 20 }))
    .output(z.object({ items: z.array(ZReviewQueueItem), nextCursor: z.string().nullable(), unreviewed: z.number(), unreviewedCapped: z.boolean() }))
    .query(({ ctx, input }) => listReviewQueue(ctx.db, input)),
});
