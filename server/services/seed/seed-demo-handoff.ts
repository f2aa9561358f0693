import type { PrismaClient } from "@/server/db/client";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { freezeHandoffBatch } from "@/server/services/handoff/freeze-handoff-batch";
import { runAutoDeliveries } from "@/server/services/handoff/run-auto-deliveries";
import { DEMO_FILE_PREFIX } from "./seed-demo-audience";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The demo's handoff: once the demo audience has been imported by the worker, one batch of the
 * labelled Affiliate and Partner cards is frozen (validated, rendered, event in the outbox) and
 * delivered by file, so the Handoff screen starts with an emitted batch and its delivery log.
 * Idempotent: does nothing when any batch exists. Waits up to `timeoutMs` for the imports.
 */
export async function seedDemoHandoff(db: PrismaClient, opts: { databaseUrl: string; dataDir: string; log: (line: string) => void; timeoutMs?: number }): Promise<void> {
  if ((await db.handoffBatch.count()) > 0) return;
  const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
  for (;;) {
    const pending = await db.importJob.count({ where: { fileName: { startsWith: DEMO_FILE_PREFIX }, status: { in: ["queued", "running"] } } });
    if (pending === 0) break;
    if (Date.now() > deadline) return opts.log("Demo handoff skipped: the demo audience is still importing.");
    await sleep(2000);
  }
  if ((await db.handoffBatch.count()) > 0) return;
  const admin = await db.user.findFirst({ where: { role: "ADMIN", active: true }, orderBy: { createdAt: "asc" }, select: { id: true, email: true } });
  if (!admin) return opts.log("Demo handoff skipped: no active admin.");
  const batch = await createHandoffBatch(db, { selection: { label: ["AFFILIATE", "PARTNER"] }, userId: admin.id }).catch((error: unknown) => {
    opts.log(`Demo handoff skipped: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  });
  if (!batch) return;
  const frozen = await freezeHandoffBatch(db, opts.databaseUrl, batch.id, { dataDir: opts.dataDir });
  if (frozen.status !== "ready") return opts.log(`Demo handoff batch ${batch.publicId} ${frozen.status}.`);
  const deliveries = await runAutoDeliveries(db, batch.id, { actor: { type: "system", id: "seed", label: "sxe demo" }, dataDir: opts.dataDir });
  opts.log(`Demo handoff: batch ${batch.publicId} frozen with ${frozen.recordCount} records; ${deliveries.map((d) => `${d.transport} ${d.status}`).join(", ") || "no deliveries"}.`);
}
