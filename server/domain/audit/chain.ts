import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/** The hash chain over audit rows. Pure: the same row always hashes the same, in the database or offline. */
export const GENESIS_HASH = "0".repeat(64);

export type TChainRow = {
  hash?: string;
  seq: bigint | number | string;
  occurredAt: Date | string;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  event: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
  metadata: unknown;
  costCredits: string | null;
  costAmount: string | null;
  costCurrency: string | null;
  requestId: string | null;
  prevHash: string;
};

/** Fixed-scale decimal text, as the database returns DECIMAL(12,2) / DECIMAL(12,4). */
export const formatCredits = (value: number | string | null | undefined) => (value == null ? null : Number(value).toFixed(2));
export const formatAmount = (value: number | string | null | undefined) => (value == null ? null : Number(value).toFixed(4));

export function hashAuditRow(row: TChainRow): string {
  const occurredAt = typeof row.occurredAt === "string" ? new Date(row.occurredAt) : row.occurredAt;
  const material = canonicalJson([
    row.prevHash,
    String(row.seq),
    occurredAt.toISOString(),
    row.actorType,
    row.actorId,
    row.actorLabel,
    row.event,
    row.targetType,
    row.targetId,
    row.outcome,
    row.metadata ?? {},
    row.costCredits,
    row.costAmount,
    row.costCurrency,
    row.requestId,
  ]);
  return createHash("sha256").update(material).digest("hex");
}

export type TChainBreak = { seq: string; reason: string };

/**
 * Checks rows that follow `previous` (null at the start of the chain). Returns the first break,
 * or null. Callers feed rows in seq order, page by page, carrying `previous` forward.
 */
export function findChainBreak(rows: TChainRow[], previous: { seq: bigint; hash: string } | null): TChainBreak | null {
  let prevSeq = previous?.seq ?? 0n;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  for (const row of rows) {
    const seq = BigInt(row.seq);
    if (seq !== prevSeq + 1n) return { seq: String(seq), reason: `sequence gap: expected ${prevSeq + 1n}, found ${seq} (rows deleted or inserted out of order)` };
    if (row.prevHash !== prevHash) return { seq: String(seq), reason: "prev_hash does not match the hash of the row before it" };
    const hash = hashAuditRow(row);
    if (row.hash !== hash) return { seq: String(seq), reason: "hash does not match the row's content (row altered)" };
    prevSeq = seq;
    prevHash = hash;
  }
  return null;
}
