import type { PrismaClient } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/prisma/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { recordAudit } from "@/server/services/audit/record-audit";

export type TTransport = "file" | "api_push" | "api_pull" | "queue";
export type TAttemptOutcome = { ok: boolean; responseCode?: number | null; summary: string; durationMs: number };

/** The next attempt number for (batch, transport, target): attempts are numbered per target across runs. */
export async function nextAttemptNumber(db: PrismaClient | Prisma.TransactionClient, batchId: string, transport: TTransport, target: string): Promise<number> {
  const last = await db.handoffDelivery.aggregate({ where: { batchId, transport, target }, _max: { attempt: true } });
  return (last._max.attempt ?? 0) + 1;
}

/** Opens an attempt row (pending) before the transport runs, so a crash mid-attempt stays visible. */
export async function openDeliveryAttempt(db: PrismaClient, batchId: string, transport: TTransport, target: string, now = new Date()): Promise<{ id: string; attempt: number }> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`handoff:${batchId}:${transport}:${target}`}))`;
    const attempt = await nextAttemptNumber(tx, batchId, transport, target);
    const row = await tx.handoffDelivery.create({ data: { batchId, transport, target, attempt, status: "pending", createdAt: now } });
    return { id: row.id, attempt };
  });
}

/** Closes an attempt with its outcome and writes `handoff_delivered` in the same transaction. */
export async function closeDeliveryAttempt(
  db: PrismaClient | Prisma.TransactionClient,
  attempt: { id: string; attempt: number; batchPublicId: string; transport: TTransport; target: string },
  outcome: TAttemptOutcome,
  actor: TAuditActor,
  now = new Date(),
): Promise<void> {
  const write = async (tx: Prisma.TransactionClient) => {
    await tx.handoffDelivery.update({
      where: { id: attempt.id },
      data: { status: outcome.ok ? "succeeded" : "failed", responseCode: outcome.responseCode ?? null, responseSummary: outcome.summary.slice(0, 500), durationMs: Math.round(outcome.durationMs), finishedAt: now },
    });
    await recordAudit(tx, {
      event: "handoff_delivered",
      outcome: outcome.ok ? "success" : "failure",
      actor,
      target: { type: "handoff_batch", id: attempt.batchPublicId },
      metadata: { transport: attempt.transport, target: attempt.target.slice(0, 500), attempt: attempt.attempt, status: outcome.ok ? "succeeded" : "failed", ...(outcome.responseCode ? { responseCode: outcome.responseCode } : {}) },
    }, now);
  };
  if ("$transaction" in db) await db.$transaction(write);
  else await write(db);
}
