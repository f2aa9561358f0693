import { z } from "zod";
import { MAX_BULK_CARDS, ZLeadCardFilter, ZLeadCardRuleFilter } from "@/server/domain/cards/lead-card-query";

/** Inputs of the pool services (the routers reuse them). */
export const ZPoolName = z.string().trim().min(1).max(120);
export const ZCreateRulePool = z.object({ name: ZPoolName, description: z.string().trim().max(500).optional(), filter: ZLeadCardRuleFilter });
export const ZCreateManualPool = z.object({ name: ZPoolName, description: z.string().trim().max(500).optional() });
export const ZRenamePool = z.object({ id: z.uuid(), name: ZPoolName });
export const ZArchivePool = z.object({ id: z.uuid() });
/** Cards by id (≤ 500) or every card matching a filter ("select all matching"). */
export const ZPoolCards = z.union([
  z.object({ poolId: z.uuid(), ids: z.array(z.uuid()).min(1).max(MAX_BULK_CARDS) }).strict(),
  z.object({ poolId: z.uuid(), filter: ZLeadCardFilter }).strict(),
]);
export type TPoolCards = z.input<typeof ZPoolCards>;
