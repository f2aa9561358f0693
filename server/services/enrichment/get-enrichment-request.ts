import { z } from "zod";
import { Prisma } from "@/server/db/generated/prisma/client";
import type { Db } from "@/server/db/client";
import { parseOrThrow } from "@/server/domain/cards/parse-or-throw";
import { DomainError } from "@/server/domain/errors";
import { requestDtoFromRow, ZEnrichmentRequestDto, ZProviderBreakdown, type TRequestRow } from "./enrichment-request-dto";
import { requestFrom, requestSelect } from "./request-query";

export const ZGetEnrichmentRequest = z.object({
  id: z.uuid(),
  items: z.object({
    status: z.array(z.enum(["pending", "running", "matched", "unmatched", "skipped", "failed", "cancelled"])).optional(),
    cursor: z.uuid().nullish(),
    limit: z.number().int().min(1).max(250).default(50),
  }).default({ limit: 50 }),
}).strict();

export const ZEnrichmentItemDto = z.object({
  id: z.uuid(),
  leadCardId: z.uuid(),
  publicId: z.string(),
  platform: z.enum(["x", "tiktok", "threads"]),
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
  status: z.enum(["pending", "running", "matched", "unmatched", "skipped", "failed", "cancelled"]),
  provider: z.string().nullable(),
  attempts: z.number(),
  credits: z.number(),
  cost: z.number(),
  skipReason: z.string().nullable(),
  error: z.string().nullable(),
  contacts: z.number(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});
export const ZEnrichmentRequestDetail = ZEnrichmentRequestDto.extend({
  providers: z.array(ZProviderBreakdown),
  items: z.array(ZEnrichmentItemDto),
  nextCursor: z.string().nullable(),
});
export type TEnrichmentRequestDetail = z.infer<typeof ZEnrichmentRequestDetail>;

type TItemRow = {
  id: string; lead_card_id: string; public_id: string; platform: "x" | "tiktok" | "threads"; handle: string | null; display_name: string | null;
  status: z.infer<typeof ZEnrichmentItemDto>["status"]; provider: string | null; attempts: number; credits: string; cost: string; skip_reason: string | null; error: string | null;
  contacts: number; started_at: Date | null; finished_at: Date | null;
};

/** One request with progress, cost, provider breakdown (live while it runs) and a page of its items (keyset on item id). */
export async function getEnrichmentRequest(db: Db, input: z.input<typeof ZGetEnrichmentRequest>): Promise<TEnrichmentRequestDetail> {
  const { id, items: page } = parseOrThrow(ZGetEnrichmentRequest, input);
  const [row] = await db.$queryRaw<TRequestRow[]>`${requestSelect} ${requestFrom} WHERE r.id = ${id}::uuid`;
  if (!row) throw new DomainError("NOT_FOUND", `enrichment request ${id} does not exist`);
  const providers = await db.$queryRaw<{ provider: string; calls: number; matched: number; unmatched: number; skipped: number; failed: number; credits: string; cost: string }[]>`
    SELECT provider, count(*)::int AS calls, count(*) FILTER (WHERE outcome = 'matched')::int AS matched, count(*) FILTER (WHERE outcome = 'unmatched')::int AS unmatched,
           count(*) FILTER (WHERE outcome = 'skipped')::int AS skipped, count(*) FILTER (WHERE outcome = 'failed')::int AS failed,
           coalesce(sum(credits), 0)::text AS credits, coalesce(sum(cost), 0)::text AS cost
      FROM enrichment_calls WHERE request_id = ${id}::uuid GROUP BY provider ORDER BY provider`;
  const statusFilter = page.status?.length ? Prisma.sql`AND i.status = ANY(${page.status}::enrichment_item_status[])` : Prisma.empty;
  const cursor = page.cursor ? Prisma.sql`AND i.id > ${page.cursor}::uuid` : Prisma.empty;
  const rows = await db.$queryRaw<TItemRow[]>`
    SELECT i.id::text, i.lead_card_id::text, c.public_id, c.platform::text AS platform, c.handle, c.display_name, i.status::text AS status, i.provider, i.attempts,
           i.credits::text, i.cost::text, i.skip_reason, i.error, i.started_at, i.finished_at,
           (SELECT count(*)::int FROM contacts k WHERE k.lead_card_id = i.lead_card_id AND k.request_id = i.request_id) AS contacts
      FROM enrichment_items i JOIN lead_cards c ON c.id = i.lead_card_id
     WHERE i.request_id = ${id}::uuid ${statusFilter} ${cursor}
     ORDER BY i.id LIMIT ${page.limit + 1}`;
  const more = rows.length > page.limit;
  const itemRows = more ? rows.slice(0, page.limit) : rows;
  return {
    ...requestDtoFromRow(row),
    providers: providers.map((p) => ({ ...p, credits: Number(p.credits), cost: Number(p.cost) })),
    items: itemRows.map((r) => ({
      id: r.id, leadCardId: r.lead_card_id, publicId: r.public_id, platform: r.platform, handle: r.handle, displayName: r.display_name, status: r.status, provider: r.provider,
      attempts: r.attempts, credits: Number(r.credits), cost: Number(r.cost), skipReason: r.skip_reason, error: r.error, contacts: r.contacts, startedAt: r.started_at, finishedAt: r.finished_at,
    })),
    nextCursor: more ? itemRows.at(-1)!.id : null,
  };
}
