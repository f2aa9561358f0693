import { z } from "zod";

export const ZDeliveryDto = z.object({
  id: z.uuid(),
  transport: z.enum(["file", "api_push", "api_pull", "queue"]),
  target: z.string(),
  attempt: z.number().int(),
  status: z.enum(["pending", "succeeded", "failed"]),
  responseCode: z.number().int().nullable(),
  responseSummary: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});
export type TDeliveryDto = z.infer<typeof ZDeliveryDto>;

export const ZBatchFileDto = z.object({ name: z.string(), mediaType: z.string(), bytes: z.number().int(), sha256: z.string(), records: z.number().int() });

export const ZHandoffBatchDto = z.object({
  id: z.uuid(),
  publicId: z.string(),
  schemaVersion: z.string(),
  status: z.enum(["building", "ready", "failed"]),
  selection: z.object({
    poolId: z.string().nullable(),
    poolName: z.string().nullable(),
    label: z.array(z.string()),
    reviewState: z.array(z.string()),
    enrichmentState: z.array(z.string()),
  }),
  recordCount: z.number().int(),
  sha256: z.string().nullable(),
  files: z.array(ZBatchFileDto),
  errorReport: z
    .object({ invalidRecords: z.number().int(), issues: z.array(z.object({ position: z.number().int(), leadId: z.string(), field: z.string(), reason: z.string() })) })
    .nullable(),
  createdBy: z.string(),
  createdAt: z.date(),
  frozenAt: z.date().nullable(),
  deliveries: z.array(ZDeliveryDto),
});
export type THandoffBatchDto = z.infer<typeof ZHandoffBatchDto>;
