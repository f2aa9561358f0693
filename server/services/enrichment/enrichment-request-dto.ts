import { z } from "zod";

export const ZProgress = z.object({
  total: z.number(), pending: z.number(), running: z.number(), matched: z.number(), unmatched: z.number(), skipped: z.number(), failed: z.number(), cancelled: z.number(),
});
export const ZProviderBreakdown = z.object({ provider: z.string(), calls: z.number(), matched: z.number(), unmatched: z.number(), skipped: z.number(), failed: z.number(), credits: z.number(), cost: z.number() });

export const ZEnrichmentRequestDto = z.object({
  id: z.uuid(),
  status: z.enum(["pending", "approved", "rejected", "running", "completed", "failed", "cancelled"]),
  reason: z.string(),
  decisionReason: z.string().nullable(),
  requester: z.object({ id: z.uuid(), email: z.string(), name: z.string().nullable() }),
  approver: z.object({ id: z.uuid(), email: z.string(), name: z.string().nullable() }).nullable(),
  batchIndex: z.number(),
  batchCount: z.number(),
  batchGroup: z.string().nullable(),
  estimatedCredits: z.number(),
  estimatedCost: z.number(),
  actualCredits: z.number(),
  actualCost: z.number(),
  currency: z.string(),
  policyVersion: z.number().nullable(),
  policySnapshot: z.unknown(),
  sandbox: z.boolean(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  progress: ZProgress,
});
export type TEnrichmentRequestDto = z.infer<typeof ZEnrichmentRequestDto>;

type TRow = {
  id: string; status: TEnrichmentRequestDto["status"]; reason: string; decision_reason: string | null;
  requester_id: string; requester_email: string; requester_name: string | null; approver_id: string | null; approver_email: string | null; approver_name: string | null;
  batch_index: number; batch_count: number; batch_group: string | null; estimated_credits: string; estimated_cost: string; actual_credits: string; actual_cost: string; currency: string;
  policy_snapshot: unknown; created_at: Date; decided_at: Date | null; started_at: Date | null; finished_at: Date | null;
  pending: number; running: number; matched: number; unmatched: number; skipped: number; failed: number; cancelled: number; total: number; live_credits: string; live_cost: string;
};

/** Columns for requestDtoFromRow (FROM enrichment_requests r). */
export const requestDtoSelect = `
  r.id::text, r.status::text, r.reason, r.decision_reason, r.requester_id::text, q.email AS requester_email, q.name AS requester_name,
  r.approver_id::text, a.email AS approver_email, a.name AS approver_name, r.batch_index, r.batch_count, r.batch_group::text,
  r.estimated_credits::text, r.estimated_cost::text, r.actual_credits::text, r.actual_cost::text, r.currency, r.policy_snapshot,
  r.created_at, r.decided_at, r.started_at, r.finished_at,
  p.pending, p.running, p.matched, p.unmatched, p.skipped, p.failed, p.cancelled, p.total,
  coalesce((SELECT sum(c.credits) FROM enrichment_calls c WHERE c.request_id = r.id), 0)::text AS live_credits,
  coalesce((SELECT sum(c.cost) FROM enrichment_calls c WHERE c.request_id = r.id), 0)::text AS live_cost`;

export function requestDtoFromRow(row: TRow): TEnrichmentRequestDto {
  const snapshot = row.policy_snapshot as { version?: number; policy?: { providers?: { enabled?: boolean; sandbox?: boolean }[] } } | null;
  return {
    id: row.id, status: row.status, reason: row.reason, decisionReason: row.decision_reason,
    requester: { id: row.requester_id, email: row.requester_email, name: row.requester_name },
    approver: row.approver_id ? { id: row.approver_id, email: row.approver_email ?? "", name: row.approver_name } : null,
    batchIndex: row.batch_index, batchCount: row.batch_count, batchGroup: row.batch_group,
    estimatedCredits: Number(row.estimated_credits), estimatedCost: Number(row.estimated_cost),
    // While a batch runs its totals live in enrichment_calls; afterwards they are copied to the request.
    actualCredits: Math.max(Number(row.actual_credits), Number(row.live_credits)), actualCost: Math.max(Number(row.actual_cost), Number(row.live_cost)),
    currency: row.currency, policyVersion: typeof snapshot?.version === "number" ? snapshot.version : null, policySnapshot: row.policy_snapshot,
    sandbox: Boolean(snapshot?.policy?.providers?.some((p) => p.enabled && p.sandbox)),
    createdAt: row.created_at, decidedAt: row.decided_at, startedAt: row.started_at, finishedAt: row.finished_at,
    progress: { total: row.total, pending: row.pending, running: row.running, matched: row.matched, unmatched: row.unmatched, skipped: row.skipped, failed: row.failed, cancelled: row.cancelled },
  };
}
export type TRequestRow = TRow;
