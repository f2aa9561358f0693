import { canonicalJson } from "./canonical-json";
import type { TChainRow } from "./chain";

/**
 * One audit row as exported (JSONL line / CSV record): every column the hash covers, under the
 * database's column names, so an auditor can recompute the chain from the file alone.
 */
export type TAuditExportRow = {
  seq: string;
  occurred_at: string;
  actor_type: string;
  actor_id: string | null;
  actor_label: string | null;
  event: string;
  target_type: string | null;
  target_id: string | null;
  outcome: string;
  metadata: unknown;
  cost_credits: string | null;
  cost_amount: string | null;
  cost_currency: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

export const exportColumns = [
  "seq", "occurred_at", "actor_type", "actor_id", "actor_label", "event", "target_type", "target_id", "outcome",
  "metadata", "cost_credits", "cost_amount", "cost_currency", "request_id", "prev_hash", "hash",
] as const satisfies readonly (keyof TAuditExportRow)[];

export function toExportRow(row: TChainRow & { hash: string }): TAuditExportRow {
  const occurredAt = typeof row.occurredAt === "string" ? new Date(row.occurredAt) : row.occurredAt;
  return {
    seq: String(row.seq), occurred_at: occurredAt.toISOString(), actor_type: row.actorType, actor_id: row.actorId, actor_label: row.actorLabel,
    event: row.event, target_type: row.targetType, target_id: row.targetId, outcome: row.outcome, metadata: row.metadata ?? {},
    cost_credits: row.costCredits, cost_amount: row.costAmount, cost_currency: row.costCurrency, request_id: row.requestId,
    prev_hash: row.prevHash, hash: row.hash,
  };
}

export function fromExportRow(row: TAuditExportRow): TChainRow & { hash: string } {
  return {
    seq: row.seq, occurredAt: row.occurred_at, actorType: row.actor_type, actorId: row.actor_id, actorLabel: row.actor_label,
    event: row.event, targetType: row.target_type, targetId: row.target_id, outcome: row.outcome, metadata: row.metadata,
    costCredits: row.cost_credits, costAmount: row.cost_amount, costCurrency: row.cost_currency, requestId: row.request_id,
    prevHash: row.prev_hash, hash: row.hash,
  };
}

/** JSONL line (keys in column order, metadata canonical so the line is stable). */
export const exportJsonLine = (row: TAuditExportRow) => `${JSON.stringify({ ...row, metadata: JSON.parse(canonicalJson(row.metadata)) as unknown })}\n`;

/** CSV values in column order (metadata as canonical JSON text); quote with csvRow. */
export const exportCsvValues = (row: TAuditExportRow) => exportColumns.map((c) => (c === "metadata" ? canonicalJson(row.metadata) : row[c]));
