import type { Db } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import type { TDeliverableTransport } from "./deliver-handoff-batch";
import { resolveQueueConfig } from "./resolve-queue-config";

/**
 * Checks that a delivery can run (the batch is frozen, the transport configured) and queues it
 * for the worker (`handoff.deliver`, retried with backoff). Used for "Deliver" and "Retry".
 */
export async function requestHandoffDelivery(
  db: Db,
  opts: { batchId: string; transport: TDeliverableTransport; target?: string; enqueue: (job: { batchId: string; transport: TDeliverableTransport; target?: string }) => Promise<unknown> },
): Promise<{ queued: true; batchId: string; transport: TDeliverableTransport; target: string | null }> {
  const batch = await db.handoffBatch.findUnique({ where: { id: opts.batchId }, select: { id: true, publicId: true, status: true } });
  if (!batch) throw new DomainError("NOT_FOUND", `Handoff batch ${opts.batchId} does not exist`);
  if (batch.status !== "ready") throw new DomainError("INVALID_STATE", `Batch ${batch.publicId} is ${batch.status}: only a frozen, validated batch can be delivered`);
  const { value: config } = await getSetting(db, handoffSetting);
  if (opts.transport === "api_push") {
    const endpoints = config.pushEndpoints.filter((e) => (opts.target ? e.name === opts.target : e.enabled));
    if (!endpoints.length) throw new DomainError("VALIDATION", opts.target ? `No push endpoint named ${opts.target}` : "No enabled push endpoint is configured (Settings → handoff)");
  }
  if (opts.transport === "queue" && !(await resolveQueueConfig(db))) throw new DomainError("INVALID_STATE", "The queue transport is off: set SXE_AMQP_URL or the handoff setting's amqpUrl");
  await opts.enqueue({ batchId: batch.id, transport: opts.transport, target: opts.target });
  return { queued: true, batchId: batch.id, transport: opts.transport, target: opts.target ?? null };
}
