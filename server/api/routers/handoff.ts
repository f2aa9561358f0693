import { z } from "zod";
import { ZBatchSelection } from "@/server/domain/handoff/batch-selection";
import { createHandoffBatch } from "@/server/services/handoff/create-handoff-batch";
import { deliverableTransports } from "@/server/services/handoff/deliver-handoff-batch";
import { getHandoffConfig, ZHandoffConfigView } from "@/server/services/handoff/get-handoff-config";
import { getHandoffOptions, ZHandoffOptions } from "@/server/services/handoff/get-handoff-options";
import { ZHandoffBatchDto } from "@/server/services/handoff/handoff-batch-dto";
import { getHandoffBatch, listHandoffBatches } from "@/server/services/handoff/list-handoff-batches";
import { previewHandoffBatch, ZHandoffPreview } from "@/server/services/handoff/preview-handoff-batch";
import { requestHandoffDelivery } from "@/server/services/handoff/request-handoff-delivery";
import { saveHandoffConfig, ZHandoffConfigInput } from "@/server/services/handoff/save-handoff-config";
import { getWebQueue } from "../queue";
import { adminProcedure, handoffProcedure, router, userActor } from "../trpc";

const ZCursor = z.object({ createdAt: z.date(), id: z.uuid() });

export const handoffRouter = router({
  list: handoffProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(25), cursor: ZCursor.nullish() }).default({ limit: 25 }))
    .output(z.object({ items: z.array(ZHandoffBatchDto), nextCursor: ZCursor.nullable() }))
    .query(({ ctx, input }) => listHandoffBatches(ctx.db, input)),

  get: handoffProcedure.input(z.object({ id: z.string().min(1).max(100) })).output(ZHandoffBatchDto).query(({ ctx, input }) => getHandoffBatch(ctx.db, input.id)),

  options: handoffProcedure.output(ZHandoffOptions).query(({ ctx }) => getHandoffOptions(ctx.db)),

  /** How many cards the selection would freeze, and its first record as v1. */
  preview: handoffProcedure.input(ZBatchSelection).output(ZHandoffPreview).query(({ ctx, input }) => previewHandoffBatch(ctx.db, input)),

  /** Registers the batch and queues its freeze (validation, files, records, event) on the worker. */
  create: handoffProcedure
    .input(ZBatchSelection)
    .output(ZHandoffBatchDto)
    .mutation(async ({ ctx, input }) => {
      const queue = await getWebQueue();
      return createHandoffBatch(ctx.db, { selection: input, userId: ctx.user.id, enqueue: (batchId) => queue.enqueue("handoff.freeze", { batchId }) });
    }),

  /** The handoff setting for the Settings form, secrets masked (an endpoint's secret is "" with a secretHint). */
  config: adminProcedure.output(ZHandoffConfigView).query(({ ctx }) => getHandoffConfig(ctx.db)),

  /** Saves the handoff setting (transports, push endpoints, DNC rule); an empty secret keeps the stored one. Audited. */
  saveConfig: adminProcedure
    .input(ZHandoffConfigInput)
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => saveHandoffConfig(ctx.db, input, { actor: userActor(ctx.user) })),

  /** Queues a delivery (or a retry of a failed one) by a configured transport. */
  deliver: handoffProcedure
    .input(z.object({ batchId: z.uuid(), transport: z.enum(deliverableTransports), target: z.string().min(1).max(500).optional() }))
    .output(z.object({ queued: z.literal(true), batchId: z.uuid(), transport: z.enum(deliverableTransports), target: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const queue = await getWebQueue();
      return requestHandoffDelivery(ctx.db, { ...input, enqueue: (job) => queue.enqueue("handoff.deliver", { ...job, requestedBy: ctx.user.email }) });
    }),
});
