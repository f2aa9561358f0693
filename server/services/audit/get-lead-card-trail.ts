import { z } from "zod";
import type { Db } from "@/server/db/client";
import { toAuditEventDto, ZAuditEventDto } from "./audit-event-dto";
import { findLeadCardLinks, leadCardTrailWhere } from "./lead-card-trail-where";

const ZStep = z.object({
  at: z.date().nullable(),
  kind: z.enum(["import", "classification", "enrichment", "handoff", "erasure"]),
  title: z.string(),
  detail: z.string(),
});

export const ZLeadCardTrail = z.object({
  card: z.object({ id: z.string(), publicId: z.string(), platform: z.string(), erased: z.boolean() }),
  steps: z.array(ZStep),
  events: z.array(ZAuditEventDto),
  moreEvents: z.boolean(),
});
export type TLeadCardTrail = z.infer<typeof ZLeadCardTrail>;

const money = (v: { toFixed(n: number): string }) => v.toFixed(2);

/**
 * One person's trail: what happened to a lead card, from the tables (import job and file,
 * classification, enrichment items with provider, credits and cost, handoff batches and
 * deliveries, erasure) and from the audit chain (every event about the card, its imports,
 * requests and batches, newest first). Ids, counts and statuses only: no profile content.
 */
export async function getLeadCardTrail(db: Db, cardId: string, opts: { limit?: number } = {}): Promise<TLeadCardTrail> {
  const links = await findLeadCardLinks(db, cardId);
  const limit = opts.limit ?? 200;
  const [jobs, items, records, erasures, events] = await Promise.all([
    db.importJob.findMany({ where: { id: { in: links.importJobIds } }, select: { id: true, fileName: true, createdAt: true, finishedAt: true, detectedFormat: true, actor: { select: { email: true } } }, orderBy: { createdAt: "asc" } }),
    db.enrichmentItem.findMany({
      where: { leadCardId: cardId },
      select: { requestId: true, status: true, provider: true, credits: true, cost: true, attempts: true, finishedAt: true, startedAt: true,
        request: { select: { createdAt: true, decidedAt: true, status: true, currency: true, requester: { select: { email: true } }, approver: { select: { email: true } } } } },
    }),
    db.handoffBatchRecord.findMany({ where: { leadCardId: cardId }, select: { batch: { select: { id: true, publicId: true, schemaVersion: true, createdAt: true, deliveries: { select: { transport: true, status: true, attempt: true, createdAt: true }, orderBy: { createdAt: "asc" } } } } } }),
    db.erasureRequest.findMany({ where: { leadCardId: cardId }, orderBy: { requestedAt: "asc" } }),
    db.auditLog.findMany({ where: leadCardTrailWhere(links), orderBy: { seq: "desc" }, take: limit + 1 }),
  ]);

  const steps: z.infer<typeof ZStep>[] = [];
  for (const job of jobs) {
    steps.push({ at: job.createdAt, kind: "import", title: `Imported from ${job.fileName}`, detail: `job ${job.id}${job.detectedFormat ? ` · ${job.detectedFormat}` : ""}${job.actor ? ` · by ${job.actor.email}` : ""}` });
  }
  if (links.card.classifiedAt) steps.push({ at: links.card.classifiedAt, kind: "classification", title: "Classified", detail: `classifier ${links.card.classifierVersion ?? "unknown"}` });
  for (const item of items) {
    const r = item.request;
    steps.push({ at: r.createdAt, kind: "enrichment", title: "Enrichment requested", detail: `request ${item.requestId} by ${r.requester.email} · ${r.status}` });
    if (r.decidedAt) steps.push({ at: r.decidedAt, kind: "enrichment", title: r.approver ? "Enrichment approved" : "Enrichment decided", detail: `request ${item.requestId}${r.approver ? ` by ${r.approver.email}` : ""}` });
    if (item.startedAt || item.finishedAt) {
      steps.push({ at: item.finishedAt ?? item.startedAt, kind: "enrichment", title: `Provider call: ${item.status}`, detail: `${item.provider ?? "no provider"} · ${item.attempts} attempt(s) · ${money(item.credits)} credits · ${item.cost.toFixed(4)} ${r.currency}` });
    }
  }
  for (const { batch } of records) {
    steps.push({ at: batch.createdAt, kind: "handoff", title: `In handoff batch ${batch.publicId}`, detail: `schema ${batch.schemaVersion}` });
    for (const d of batch.deliveries) steps.push({ at: d.createdAt, kind: "handoff", title: `Delivered by ${d.transport}: ${d.status}`, detail: `batch ${batch.publicId} · attempt ${d.attempt}` });
  }
  for (const e of erasures) steps.push({ at: e.completedAt ?? e.requestedAt, kind: "erasure", title: `Erasure ${e.status}`, detail: `request ${e.id}` });
  steps.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));

  return {
    card: { id: links.card.id, publicId: links.card.publicId, platform: links.card.platform, erased: links.card.erasedAt !== null },
    steps,
    events: events.slice(0, limit).map(toAuditEventDto),
    moreEvents: events.length > limit,
  };
}
