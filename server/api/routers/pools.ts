import { z } from "zod";
import { addCardsToPool } from "@/server/services/pools/add-cards-to-pool";
import { archivePool } from "@/server/services/pools/archive-pool";
import { createManualPool } from "@/server/services/pools/create-manual-pool";
import { createRulePool } from "@/server/services/pools/create-rule-pool";
import { getPool } from "@/server/services/pools/get-pool";
import { listPoolNames, ZPoolNameEntry } from "@/server/services/pools/list-pool-names";
import { listPools } from "@/server/services/pools/list-pools";
import { ZPoolDto } from "@/server/services/pools/pool-dto";
import { ZArchivePool, ZCreateManualPool, ZCreateRulePool, ZPoolCards, ZRenamePool } from "@/server/services/pools/pool-inputs";
import { removeCardsFromPool } from "@/server/services/pools/remove-cards-from-pool";
import { renamePool } from "@/server/services/pools/rename-pool";
import { growthProcedure, router, userActor, viewerProcedure } from "../trpc";

const ZMembershipResult = z.object({ poolId: z.uuid(), count: z.number() });

export const poolsRouter = router({
  list: viewerProcedure
    .input(z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }))
    .output(z.array(ZPoolDto))
    .query(({ ctx, input }) => listPools(ctx.db, input)),

  /** Active pools by name only (pickers): no member counting. */
  names: viewerProcedure.output(z.array(ZPoolNameEntry)).query(({ ctx }) => listPoolNames(ctx.db)),

  get: viewerProcedure
    .input(z.object({ id: z.uuid() }))
    .output(ZPoolDto)
    .query(({ ctx, input }) => getPool(ctx.db, input.id)),

  createRule: growthProcedure.input(ZCreateRulePool).output(ZPoolDto).mutation(({ ctx, input }) => createRulePool(ctx.db, input, userActor(ctx.user))),
  createManual: growthProcedure.input(ZCreateManualPool).output(ZPoolDto).mutation(({ ctx, input }) => createManualPool(ctx.db, input, userActor(ctx.user))),
  rename: growthProcedure.input(ZRenamePool).output(ZPoolDto).mutation(({ ctx, input }) => renamePool(ctx.db, input, userActor(ctx.user))),
  archive: growthProcedure.input(ZArchivePool).output(ZPoolDto).mutation(({ ctx, input }) => archivePool(ctx.db, input, userActor(ctx.user))),
  /** `{ poolId, ids }` (≤ 500) or `{ poolId, filter }` for "all matching"; rule pools refuse (PRECONDITION_FAILED). */
  addCards: growthProcedure.input(ZPoolCards).output(ZMembershipResult).mutation(({ ctx, input }) => addCardsToPool(ctx.db, input, userActor(ctx.user))),
  removeCards: growthProcedure.input(ZPoolCards).output(ZMembershipResult).mutation(({ ctx, input }) => removeCardsFromPool(ctx.db, input, userActor(ctx.user))),
});
