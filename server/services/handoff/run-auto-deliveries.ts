import type { PrismaClient } from "@/server/db/client";
import type { TAuditActor } from "@/server/domain/audit/events";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { deliverHandoffBatch, type TDeliveryReport } from "./deliver-handoff-batch";

/**
 * The automatic deliveries of the `handoff` setting for a frozen batch, skipping transports that
 * already succeeded for it (so a retry only redoes what failed). The queue transport is the
 * outbox relay: its event was written with the batch.
 */
export async function runAutoDeliveries(db: PrismaClient, batchId: string, opts: { actor: TAuditActor; dataDir: string; backoffMs?: number }): Promise<TDeliveryReport[]> {
  const batch = await db.handoffBatch.findUnique({ where: { id: batchId }, select: { status: true, deliveries: { where: { status: "succeeded" }, select: { transport: true } } } });
  if (batch?.status !== "ready") return [];
  const { value: config } = await getSetting(db, handoffSetting);
  const done = new Set(batch.deliveries.map((d) => d.transport));
  const reports: TDeliveryReport[] = [];
  for (const transport of config.autoDeliver) {
    if (transport === "queue" || done.has(transport)) continue;
    if (transport === "api_push" && !config.pushEndpoints.some((e) => e.enabled)) continue;
    reports.push(...(await deliverHandoffBatch(db, { batch: batchId, transport, actor: opts.actor, dataDir: opts.dataDir, backoffMs: opts.backoffMs })));
  }
  return reports;
}
