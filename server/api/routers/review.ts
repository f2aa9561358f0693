import { z } from "zod";
import { ZCursorString } from "@/server/domain/cards/lead-card-query";
import { listReviewQueue, ZReviewQueueItem } from "@/server/services/review/list-review-queue";
import { growthProcedure, router } from "../trpc";

export const reviewRouter = router({
  /** Unreviewed first, lowest classification confidence first; `unreviewed` = cards still waiting. */
  queue: growthProcedure
    .input(z.object({ limit: z.number().int().min(1).max(200).default(20), cursor: ZCursorString.nullish() }).default({ limit: 20 }))
    .output(z.object({ items: z.array(ZReviewQueueItem), nextCursor: z.string().nullable(), unreviewed: z.number() }))
    .query(({ ctx, input }) => listReviewQueue(ctx.db, input)),
});
