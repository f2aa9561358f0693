import type { Prisma } from "@/server/db/generated/prisma/client";
import { ZAuditEvent, type TAuditEventInput } from "@/server/domain/audit/events";
import { formatAmount, formatCredits, GENESIS_HASH, hashAuditRow } from "@/server/domain/audit/chain";

/** Serialises writers of the chain; held until the surrounding transaction commits. */
export const AUDIT_CHAIN_LOCK_KEY = 72707370;

export type TRecordedAudit = { seq: bigint; hash: string };

/**
 * Appends one event to the audit chain inside the caller's transaction, so the row commits or
 * rolls back with the change it records. Concurrent writers queue on an advisory lock, which
 * keeps seq gapless and every prev_hash pointing at the true previous row.
 */
export async function recordAudit(tx: Prisma.TransactionClient, input: TAuditEventInput, now: Date = new Date()): Promise<TRecordedAudit> {
  if (typeof (tx as { $disconnect?: unknown }).$disconnect === "function") throw new Error("recordAudit must run inside a transaction (db.$transaction)");
  const event = ZAuditEvent.parse(input);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`;
  const head = await tx.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const occurredAt = new Date(Math.floor(now.getTime()));
  const row = {
    seq: (head?.seq ?? 0n) + 1n,
    occurredAt,
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorLabel: event.actor.label ?? null,
    event: event.event,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    outcome: event.outcome,
    metadata: event.metadata as Prisma.InputJsonObject,
    costCredits: formatCredits(event.cost?.credits),
    costAmount: formatAmount(event.cost?.amount),
    costCurrency: event.cost ? event.cost.currency : null,
    requestId: event.requestId ?? null,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditRow(row);
  await tx.auditLog.create({ data: { ...row, hash } });
  return { seq: row.seq, hash };
}
