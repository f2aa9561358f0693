import type { PrismaClient } from "@/server/db/client";
import type { TEventPublisher } from "@/server/adapters/handoff/amqp-publisher";
import { toCloudEvent, type TOutboxRow } from "@/server/domain/handoff/cloud-event";
import { recordAudit } from "@/server/services/audit/record-audit";
import { nextAttemptNumber } from "./record-delivery-attempt";

export type TRelayOptions = { publisher: TEventPublisher; exchange: string; baseUrl: string; limit?: number; now?: () => Date };
export type TRelayResult = { published: number; failed: number; error?: string };

const relayActor = { type: "system" as const, id: "outbox-relay", label: "outbox relay" };
/** Seconds before a row whose publish failed is tried again: 5, 10, 20 … capped at 10 minutes. */
const backoffSeconds = (attempts: number) => Math.min(600, 5 * 2 ** Math.max(0, attempts - 1));

/**
 * Publishes due outbox rows, whatever their type, as CloudEvents (id = outbox row id) and marks
 * them published only after the broker confirmed them — at least once: a crash between the
 * confirm and the commit re-publishes the same event id, which consumers deduplicate. Rows are
 * claimed with FOR UPDATE SKIP LOCKED, so several relays never publish the same row at once.
 * A published handoff batch event is also logged as a `queue` delivery with its audit row.
 */
export async function relayOutbox(db: PrismaClient, opts: TRelayOptions): Promise<TRelayResult> {
  const limit = opts.limit ?? 100;
  const now = opts.now ?? (() => new Date());
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; type: string; aggregate_type: string; aggregate_id: string; payload: unknown; created_at: Date; attempts: number }[]>`
        SELECT id, type, aggregate_type, aggregate_id, payload, created_at, attempts FROM outbox
        WHERE published_at IS NULL AND available_at <= now() ORDER BY created_at, id LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (!rows.length) return { published: 0, failed: 0 };
      const outbox: TOutboxRow[] = rows.map((r) => ({ id: r.id, type: r.type, aggregateType: r.aggregate_type, aggregateId: r.aggregate_id, payload: r.payload, createdAt: r.created_at }));
      const ids = rows.map((r) => r.id);
      const started = performance.now();
      try {
        await opts.publisher.publish(outbox.map((row) => toCloudEvent(row, { baseUrl: opts.baseUrl })));
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        for (const row of rows) {
          await tx.$executeRaw`UPDATE outbox SET attempts = attempts + 1, last_error = ${message},
            available_at = now() + make_interval(secs => ${backoffSeconds(row.attempts + 1)}) WHERE id = ${row.id}::uuid`;
        }
        return { published: 0, failed: rows.length, error: message };
      }
      const durationMs = Math.round(performance.now() - started);
      const at = now();
      await tx.$executeRaw`UPDATE outbox SET published_at = ${at}, attempts = attempts + 1, last_error = NULL WHERE id = ANY(${ids}::uuid[])`;
      for (const row of outbox.filter((r) => r.aggregateType === "handoff_batch")) {
        const batch = await tx.handoffBatch.findUnique({ where: { publicId: row.aggregateId }, select: { id: true } });
        if (!batch) continue;
        const attempt = await nextAttemptNumber(tx, batch.id, "queue", opts.exchange);
        await tx.handoffDelivery.create({
          data: { batchId: batch.id, transport: "queue", target: opts.exchange, attempt, status: "succeeded", responseSummary: `published event ${row.id} (${row.type}), confirmed by the broker`, durationMs, createdAt: at, finishedAt: at },
        });
        await recordAudit(tx, { event: "handoff_delivered", actor: relayActor, target: { type: "handoff_batch", id: row.aggregateId }, metadata: { transport: "queue", target: opts.exchange, attempt, status: "succeeded" } }, at);
      }
      return { published: rows.length, failed: 0 };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
