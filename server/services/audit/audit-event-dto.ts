import { z } from "zod";
import type { AuditLog } from "@/server/db/generated/prisma/client";
import type { TChainRow } from "@/server/domain/audit/chain";

export const ZAuditEventDto = z.object({
  seq: z.string(),
  occurredAt: z.date(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string().nullable(),
  event: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  outcome: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  costCredits: z.string().nullable(),
  costAmount: z.string().nullable(),
  costCurrency: z.string().nullable(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type TAuditEventDto = z.infer<typeof ZAuditEventDto>;

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A stored row as the chain hashes it (decimals as fixed-scale text). */
export function toChainRow(r: AuditLog): TChainRow & { hash: string } {
  return { ...r, costCredits: r.costCredits?.toFixed(2) ?? null, costAmount: r.costAmount?.toFixed(4) ?? null };
}

export function toAuditEventDto(r: AuditLog): TAuditEventDto {
  const c = toChainRow(r);
  return {
    seq: String(r.seq), occurredAt: r.occurredAt, actorType: r.actorType, actorId: r.actorId, actorLabel: r.actorLabel, event: r.event,
    targetType: r.targetType, targetId: r.targetId, outcome: r.outcome, metadata: asRecord(r.metadata), costCredits: c.costCredits,
    costAmount: c.costAmount, costCurrency: r.costCurrency, requestId: r.requestId, prevHash: r.prevHash, hash: r.hash,
  };
}
