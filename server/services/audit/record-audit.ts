import type pg from "pg";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { ZAuditEvent, type TAuditActor, type TAuditEventInput, type TAuditOutcome } from "@/server/domain/audit/events";
import { formatAmount, formatCredits, GENESIS_HASH, hashAuditRow, type TChainRow } from "@/server/domain/audit/chain";

/** Serialises writers of the chain; held until the surrounding transaction commits. */
export const AUDIT_CHAIN_LOCK_KEY = 72707370;

export type TRecordedAudit = { seq: bigint; hash: string };

/**
 * A transaction to write in: a Prisma interactive transaction, or a `pg` client inside BEGIN
 * (the bulk import path, which streams rows with COPY on its own connection).
 */
export type TAuditTransaction = Prisma.TransactionClient | pg.ClientBase;

type Head = { seq: bigint; hash: string } | null;
type TAuditRow = TChainRow & { seq: bigint; hash: string; occurredAt: Date; actorType: TAuditActor["type"]; outcome: TAuditOutcome };
type Writer = { lockAndReadHead(): Promise<Head>; insert(row: TAuditRow): Promise<void> };

const isPgClient = (tx: TAuditTransaction): tx is pg.ClientBase => typeof (tx as pg.ClientBase).query === "function";

function prismaWriter(tx: Prisma.TransactionClient): Writer {
  if (typeof (tx as { $disconnect?: unknown }).$disconnect === "function") {
    throw new Error("recordAudit must run inside a transaction (db.$transaction)");
  }
  return {
    async lockAndReadHead() {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`;
      return tx.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
    },
    async insert(row) {
      await tx.auditLog.create({ data: { ...row, metadata: row.metadata as Prisma.InputJsonObject } });
    },
  };
}

function pgWriter(client: pg.ClientBase): Writer {
  return {
    async lockAndReadHead() {
      const isolation = await client.query<{ level: string }>("SELECT current_setting('transaction_isolation') AS level");
      if (isolation.rows[0]?.level !== "read committed") {
        // A snapshot taken before the lock would read a stale head and fork the chain.
        throw new Error(`recordAudit needs a READ COMMITTED transaction (this one is ${isolation.rows[0]?.level})`);
      }
      await client.query("SELECT pg_advisory_xact_lock($1)", [AUDIT_CHAIN_LOCK_KEY]);
      const { rows } = await client.query<{ seq: string; hash: string }>(`SELECT seq::text AS seq, hash FROM audit_log ORDER BY audit_log.seq DESC LIMIT 1`);
      return rows[0] ? { seq: BigInt(rows[0].seq), hash: rows[0].hash } : null;
    },
    async insert(r) {
      await client.query(
        `INSERT INTO audit_log (seq, occurred_at, actor_type, actor_id, actor_label, event, target_type, target_id, outcome, metadata,
           cost_credits, cost_amount, cost_currency, request_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [String(r.seq), r.occurredAt, r.actorType, r.actorId, r.actorLabel, r.event, r.targetType, r.targetId, r.outcome, JSON.stringify(r.metadata),
          r.costCredits, r.costAmount, r.costCurrency, r.requestId, r.prevHash, r.hash],
      );
    },
  };
}

/**
 * Appends one event to the audit chain inside the caller's transaction, so the row commits or
 * rolls back with the change it records. Concurrent writers queue on an advisory lock, which
 * keeps seq gapless and every prev_hash pointing at the true previous row.
 */
export async function recordAudit(tx: TAuditTransaction, input: TAuditEventInput, now: Date = new Date()): Promise<TRecordedAudit> {
  const event = ZAuditEvent.parse(input);
  const writer = isPgClient(tx) ? pgWriter(tx) : prismaWriter(tx);
  const head = await writer.lockAndReadHead();
  const row = {
    seq: (head?.seq ?? 0n) + 1n,
    occurredAt: new Date(Math.floor(now.getTime())),
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorLabel: event.actor.label ?? null,
    event: event.event,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    outcome: event.outcome,
    metadata: event.metadata,
    costCredits: formatCredits(event.cost?.credits),
    costAmount: formatAmount(event.cost?.amount),
    costCurrency: event.cost ? event.cost.currency : null,
    requestId: event.requestId ?? null,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditRow(row);
  await writer.insert({ ...row, hash });
  return { seq: row.seq, hash };
}
