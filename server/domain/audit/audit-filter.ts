import { z } from "zod";

/**
 * What a person can filter the audit trail by. `target` is what they typed: a lead card id, its
 * public id or a handle; services resolve it to lead card ids (audit rows never hold handles).
 */
export const ZAuditFilter = z.object({
  event: z.string().trim().min(1).max(60).optional(),
  actor: z.string().trim().min(1).max(320).optional(),
  target: z.string().trim().min(1).max(200).optional(),
  outcome: z.enum(["success", "failure", "denied"]).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** The filter after lookups: ids only, and the time range turned into a seq range. */
export type TResolvedAuditFilter = {
  event?: string;
  /** Actor ids (a user's id for an email, or the id as given). */
  actorIds?: string[];
  /** Lead card ids the target resolved to (empty: matched nothing). */
  cardIds?: string[];
  outcome?: "success" | "failure" | "denied";
  fromSeq?: bigint;
  toSeq?: bigint;
  /** True when the time range matched no rows at all. */
  empty?: boolean;
};

/** Filter as flat strings for audit metadata and manifests: ids and values, never a handle. */
export function describeResolvedFilter(filter: TResolvedAuditFilter, range: { from?: Date; to?: Date }): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.event) out.event = filter.event;
  if (filter.actorIds) out.actor = filter.actorIds.join(",").slice(0, 400);
  if (filter.cardIds) out.card = filter.cardIds.slice(0, 10).join(",") + (filter.cardIds.length > 10 ? `,+${filter.cardIds.length - 10}` : "");
  if (filter.outcome) out.outcome = filter.outcome;
  if (range.from) out.from = range.from.toISOString();
  if (range.to) out.to = range.to.toISOString();
  return out;
}

/** Only a seq/time range: the export is every row between its ends, so every link can be checked. */
export const isContiguousFilter = (filter: TResolvedAuditFilter) => !filter.event && !filter.actorIds && !filter.cardIds && !filter.outcome;
