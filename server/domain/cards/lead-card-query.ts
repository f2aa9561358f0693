import { z } from "zod";
import { platforms } from "@/server/domain/ingest/profile";
import { executionLabels } from "@/server/domain/taxonomy/taxonomy-schema";

/**
 * The lead-card query contract shared by the table, rule pools, bulk actions and the review
 * queue: filters, sorts and the opaque keyset cursor. Pure (no I/O); the SQL lives in
 * server/services/cards.
 */

export const reviewStates = ["unreviewed", "confirmed", "corrected"] as const;
export const enrichmentStates = ["none", "requested", "enriching", "enriched", "unmatched", "failed"] as const;
export const UNLABELLED = "unlabelled" as const;
/** Bulk actions (tags, confirm, add by ids) take at most this many cards at once. */
export const MAX_BULK_CARDS = 500;

const ZSlug = z.string().regex(/^[a-z][a-z0-9_]*$/).max(80);
const ZConfidence = z.number().min(0).max(1);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(100).optional();

/** Filter fields a rule pool may store (everything except pool membership). */
export const ZLeadCardRuleFilter = z
  .object({
    platform: list(z.enum(platforms)),
    industry: list(ZSlug),
    persona: list(ZSlug),
    /** Matches the primary tribe or any secondary tribe. */
    tribe: list(ZSlug),
    label: list(z.enum([...executionLabels, UNLABELLED])),
    reviewState: list(z.enum(reviewStates)),
    baseConfidenceMin: ZConfidence.optional(),
    baseConfidenceMax: ZConfidence.optional(),
    classificationConfidenceMin: ZConfidence.optional(),
    classificationConfidenceMax: ZConfidence.optional(),
    /** Case-insensitive substring over handle, display name and bio. */
    q: z.string().trim().max(200).optional(),
  })
  .strict();
export type TLeadCardRuleFilter = z.infer<typeof ZLeadCardRuleFilter>;

export const ZLeadCardFilter = ZLeadCardRuleFilter.extend({ poolId: z.uuid().optional() }).strict();
export type TLeadCardFilter = z.infer<typeof ZLeadCardFilter>;

export const leadCardSortFields = ["createdAt", "followerCount", "baseConfidence", "classificationConfidence", "handle"] as const;
export type TLeadCardSortField = (typeof leadCardSortFields)[number];
export const ZLeadCardSort = z.object({ field: z.enum(leadCardSortFields).default("createdAt"), direction: z.enum(["asc", "desc"]).default("desc") });
export type TLeadCardSort = z.infer<typeof ZLeadCardSort>;
export const defaultLeadCardSort: TLeadCardSort = { field: "createdAt", direction: "desc" };

/**
 * A cursor names a row boundary: the sort key and id of the row it points after ("next") or
 * before ("prev"), plus the sort it belongs to, so a cursor from another sort is refused.
 */
export type TCursor = { sort: string; key: string; id: string; dir: "next" | "prev" };
const ZCursorPayload = z.object({ s: z.string().max(80), k: z.string().max(400), i: z.uuid(), d: z.enum(["next", "prev"]) });

export function encodeCursor(c: TCursor): string {
  return Buffer.from(JSON.stringify({ s: c.sort, k: c.key, i: c.id, d: c.dir })).toString("base64url");
}

/** Null for anything that is not a cursor this module made. */
export function decodeCursor(value: string): TCursor | null {
  try {
    const parsed = ZCursorPayload.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { sort: parsed.data.s, key: parsed.data.k, id: parsed.data.i, dir: parsed.data.d } : null;
  } catch {
    return null;
  }
}

export const sortId = (sort: TLeadCardSort) => `${sort.field}:${sort.direction}`;
export const ZCursorString = z.string().min(1).max(1000);
