import { z } from "zod";
import { ZCursorString, ZLeadCardFilter, ZLeadCardSort } from "@/server/domain/cards/lead-card-query";
import { confirmLeadCards, ZConfirmLeadCards } from "@/server/services/cards/confirm-lead-cards";
import { estimateLeadCardCount } from "@/server/services/cards/estimate-lead-card-count";
import { findLeadCards } from "@/server/services/cards/find-lead-cards";
import { getLeadCard } from "@/server/services/cards/get-lead-card";
import { facetDimensions, getLeadCardFacets } from "@/server/services/cards/get-lead-card-facets";
import { ZLeadCardDetail } from "@/server/services/cards/lead-card-detail";
import { ZLeadCardRow } from "@/server/services/cards/lead-card-row";
import { setLeadCardTags, ZSetLeadCardTags } from "@/server/services/cards/set-lead-card-tags";
import { growthProcedure, router, userActor, viewerProcedure } from "../trpc";

const ZFacetCounts = z.array(z.object({ value: z.string(), count: z.number() }));

export const cardsRouter = router({
  /** One keyset page; pass back nextCursor/prevCursor with the same filter and sort. */
  list: viewerProcedure
    .input(z.object({ filter: ZLeadCardFilter.default({}), sort: ZLeadCardSort.default({ field: "createdAt", direction: "desc" }), cursor: ZCursorString.nullish(), limit: z.number().int().min(1).max(200).default(50) }))
    .output(z.object({ items: z.array(ZLeadCardRow), nextCursor: z.string().nullable(), prevCursor: z.string().nullable() }))
    .query(({ ctx, input }) => findLeadCards(ctx.db, input)),

  /** Exact counts for up to 5k cards in view, estimated from a sample beyond (`approximate`). */
  facets: viewerProcedure
    .input(z.object({ filter: ZLeadCardFilter.default({}) }))
    .output(z.object({ ...(Object.fromEntries(facetDimensions.map((d) => [d, ZFacetCounts])) as Record<(typeof facetDimensions)[number], typeof ZFacetCounts>), approximate: z.boolean() }))
    .query(({ ctx, input }) => getLeadCardFacets(ctx.db, input.filter)),

  /** Exact up to 5k matching cards, estimated from a sample beyond (`approximate`). */
  count: viewerProcedure
    .input(z.object({ filter: ZLeadCardFilter.default({}) }))
    .output(z.object({ count: z.number(), approximate: z.boolean() }))
    .query(({ ctx, input }) => estimateLeadCardCount(ctx.db, input.filter)),

  get: viewerProcedure
    .input(z.object({ id: z.uuid() }))
    .output(ZLeadCardDetail)
    .query(({ ctx, input }) => getLeadCard(ctx.db, input.id)),

  setTags: growthProcedure
    .input(ZSetLeadCardTags)
    .output(z.object({ updated: z.number() }))
    .mutation(({ ctx, input }) => setLeadCardTags(ctx.db, input, userActor(ctx.user))),

  confirm: growthProcedure
    .input(ZConfirmLeadCards)
    .output(z.object({ confirmed: z.number() }))
    .mutation(({ ctx, input }) => confirmLeadCards(ctx.db, input, userActor(ctx.user))),
});
