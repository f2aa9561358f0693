import type { PrismaClient } from "@/server/db/client";
import { DomainError } from "@/server/domain/errors";

/**
 * Asks a queued or running import to stop. A queued job is cancelled at once; a running one
 * notices between batches, rolls back and is marked cancelled (and audited) by the worker.
 */
export async function cancelImportJob(db: PrismaClient, id: string, now: Date = new Date()): Promise<{ status: string }> {
  const job = await db.importJob.findUnique({ where: { id }, select: { status: true } });
  if (!job) throw new DomainError("NOT_FOUND", `Import job ${id} not found`);
  if (job.status === "queued") {
    const updated = await db.importJob.updateMany({ where: { id, status: "queued" }, data: { status: "cancelled", cancelRequestedAt: now, finishedAt: now, errorMessage: "Cancelled before it started" } });
    if (updated.count === 1) return { status: "cancelled" };
  }
  const running = await db.importJob.updateMany({ where: { id, status: { in: ["queued", "running"] } }, data: { cancelRequestedAt: now } });
  if (running.count === 0) throw new DomainError("INVALID_STATE", `Import job ${id} has already finished`);
  return { status: "cancelling" };
}
