import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/db/client";
import type { Prisma } from "@/server/db/generated/prisma/client";
import { newBatchPublicId, ZBatchSelection, type TBatchSelectionInput } from "@/server/domain/handoff/batch-selection";
import { LEAD_RECORD_SCHEMA_VERSION } from "@/server/domain/handoff/schema-registry";
import { DomainError } from "@/server/domain/errors";
import type { THandoffBatchDto } from "./handoff-batch-dto";
import { countSelection, hasEligibleCards, selectionWhere } from "./handoff-selection-sql";
import { getHandoffBatch } from "./list-handoff-batches";

export type TCreateHandoffBatchOptions = {
  selection: TBatchSelectionInput;
  /** The admin creating it (handoff_batches.created_by_id). */
  userId: string;
  /** Queues the freeze (handoff.freeze); called after the batch row is committed. */
  enqueue?: (batchId: string) => Promise<unknown>;
  now?: Date;
};

/**
 * Registers a batch for a selection of execution-ready cards (status `building`) and queues its
 * freeze. A selection with no execution-ready card is refused, naming what it matched.
 */
export async function createHandoffBatch(db: PrismaClient, opts: TCreateHandoffBatchOptions): Promise<THandoffBatchDto> {
  const parsed = ZBatchSelection.safeParse(opts.selection);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError("VALIDATION", `selection.${issue.path.join(".")}: ${issue.message}`);
  }
  const selection = parsed.data;
  const user = await db.user.findUnique({ where: { id: opts.userId }, select: { role: true, active: true } });
  if (!user?.active || user.role !== "ADMIN") throw new DomainError("FORBIDDEN", "Only an active admin may create handoff batches");
  const where = await selectionWhere(db, selection);
  if (!(await hasEligibleCards(db, where))) {
    const { suppressed } = await countSelection(db, where);
    throw new DomainError("VALIDATION", `No execution-ready lead cards match this selection (labelled, not erased${suppressed ? `; ${suppressed} suppressed` : ""}); nothing to hand off`);
  }
  const now = opts.now ?? new Date();
  const batch = await db.handoffBatch.create({
    data: {
      publicId: newBatchPublicId(now, randomBytes(16)),
      schemaVersion: LEAD_RECORD_SCHEMA_VERSION,
      status: "building",
      selection: selection as Prisma.InputJsonObject,
      createdById: opts.userId,
      createdAt: now,
    },
  });
  await opts.enqueue?.(batch.id);
  return getHandoffBatch(db, batch.id);
}
