import type { Prisma } from "@/server/db/generated/prisma/client";
import type { PrismaClient } from "@/server/db/client";
import { buildPersonQuery, splitPersonName } from "@/server/domain/enrichment/identifiers";
import { confirmLeadCards } from "@/server/services/cards/confirm-lead-cards";
import { approveEnrichmentRequest } from "@/server/services/enrichment/approve-enrichment-request";
import type { TEnrichmentActor } from "@/server/services/enrichment/enrichment-actor";
import { findEnrichmentActor } from "@/server/services/enrichment/find-enrichment-actor";
import { recordLawfulBasis } from "@/server/services/enrichment/record-lawful-basis";
import { requestEnrichment } from "@/server/services/enrichment/request-enrichment";
import { waitForImportJob } from "@/server/services/ingest/wait-for-import-job";
import { DEMO_FILE_PREFIX } from "./seed-demo-audience";

export const DEMO_ENRICHMENT_REASON = "Demo: partner outreach readiness";
const DEMO_BASIS = "legitimate interests: demo balancing test (synthetic sandbox data)";

export type TSeedDemoEnrichmentOptions = {
  /** Writes the batch job in the approval's transaction (the worker, pointed at the sandbox, runs it). */
  enqueue: (tx: Prisma.TransactionClient, requestId: string) => Promise<unknown>;
  log?: (line: string) => void;
  /** How long to wait for the demo imports and for the approved batch to finish. */
  timeoutMs?: number;
};

async function until<T>(probe: () => Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`demo enrichment: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/**
 * Demo data for the enrichment screens, through the services and the real worker: once the
 * demo audience is imported, the growth user confirms a few partner/affiliate cards (recording a
 * lawful basis for the X ones), requests two batches; the admin approves the first, which the
 * worker runs against the sandbox providers, and the second stays waiting for approval.
 * Idempotent: does nothing when the demo requests exist.
 */
export async function seedDemoEnrichment(db: PrismaClient, opts: TSeedDemoEnrichmentOptions): Promise<string> {
  const log = opts.log ?? (() => {});
  const timeoutMs = opts.timeoutMs ?? 10 * 60_000;
  if (await db.enrichmentRequest.count({ where: { reason: { startsWith: DEMO_ENRICHMENT_REASON } } })) return "demo enrichment requests already exist";

  for (const job of await db.importJob.findMany({ where: { fileName: { startsWith: DEMO_FILE_PREFIX } }, select: { id: true } })) await waitForImportJob(db, job.id, { intervalMs: 1000 });
  const growth: TEnrichmentActor = await findEnrichmentActor(db, "growth@sxe.local");
  const admin: TEnrichmentActor = await findEnrichmentActor(db, "admin@sxe.local");

  const candidates = await until(async () => {
    const rows = await db.$queryRaw<{ id: string; platform: "x" | "tiktok" | "threads"; handle: string | null; display_name: string | null; website_domain: string | null }[]>`
      SELECT id::text, platform::text, handle, display_name, website_domain FROM lead_cards
       WHERE erased_at IS NULL AND enrichment_state = 'none' AND label IN ('PARTNER', 'AFFILIATE') AND classification_confidence >= 0.6
       ORDER BY (website_domain IS NOT NULL) DESC, id LIMIT 1000`;
    // Cards Apollo can match on, people's names first (so skip trace has a name too).
    const usable = rows
      .map((r) => ({ id: r.id, platform: r.platform, named: splitPersonName(r.display_name) !== null, query: buildPersonQuery({ platform: r.platform, handle: r.handle, displayName: r.display_name, websiteDomain: r.website_domain }) }))
      .filter((r) => r.query)
      .sort((a, b) => Number(b.named) - Number(a.named))
      .slice(0, 36);
    return usable.length >= 12 ? usable : null;
  }, timeoutMs, "eligible demo cards");
  log(`demo enrichment: ${candidates.length} partner/affiliate cards chosen`);

  await confirmLeadCards(db, { ids: candidates.map((c) => c.id) }, { type: "user", id: growth.userId, label: growth.email });
  for (const card of candidates.filter((c) => c.platform === "x")) await recordLawfulBasis(db, { leadCardId: card.id, basis: DEMO_BASIS }, growth);

  const split = Math.max(1, candidates.length - 12);
  const completed = await requestEnrichment(db, { selection: { cardIds: candidates.slice(0, split).map((c) => c.id) }, reason: `${DEMO_ENRICHMENT_REASON} (first wave)` }, growth);
  const pending = await requestEnrichment(db, { selection: { cardIds: candidates.slice(split).map((c) => c.id) }, reason: `${DEMO_ENRICHMENT_REASON} (second wave)` }, growth);
  const first = completed.requests[0]!.id;
  await approveEnrichmentRequest(db, { requestId: first, reason: "Demo: within budget, sandbox providers" }, admin, { enqueue: opts.enqueue });
  log(`demo enrichment: request ${first} approved; the worker runs it against the sandbox`);
  const done = await until(async () => {
    const r = await db.enrichmentRequest.findUniqueOrThrow({ where: { id: first }, select: { status: true } });
    return ["completed", "failed", "cancelled"].includes(r.status) ? r.status : null;
  }, timeoutMs, `request ${first} to finish`);
  return `one batch ${done} (${completed.requests[0]!.cards} cards), one request waiting for approval (${pending.requests[0]!.id})`;
}
