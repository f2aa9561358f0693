import { z } from "zod";
import { enrichmentStates, reviewStates } from "@/server/domain/cards/lead-card-query";
import { executionLabels } from "@/server/domain/taxonomy/taxonomy-schema";

/**
 * What an admin selects for a batch. Execution-ready always means: not erased, not on the
 * suppression list, and carrying an execution label; the filters narrow that further.
 */
export const ZBatchSelection = z
  .object({
    poolId: z.uuid().optional(),
    label: z.array(z.enum(executionLabels)).max(4).default([]),
    reviewState: z.array(z.enum(reviewStates)).max(3).default([]),
    enrichmentState: z.array(z.enum(enrichmentStates)).max(6).default([]),
  })
  .strict();
export type TBatchSelection = z.infer<typeof ZBatchSelection>;
export type TBatchSelectionInput = z.input<typeof ZBatchSelection>;

/** Public batch ids: "hb_" + 26 lower-case base-36 characters (time-ordered prefix). */
export function newBatchPublicId(now: Date, random: Buffer): string {
  const time = now.getTime().toString(36).padStart(10, "0");
  const rest = [...random].map((b) => (b % 36).toString(36)).join("").slice(0, 16).padEnd(16, "0");
  return `hb_${time}${rest}`;
}
