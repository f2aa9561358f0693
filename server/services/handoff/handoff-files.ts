import path from "node:path";
import { z } from "zod";

/** A rendered file of a batch, as stored in handoff_batches.files (path is server-side only). */
export const ZBatchFile = z.object({
  name: z.string(),
  mediaType: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  records: z.number().int(),
  path: z.string(),
});
export type TBatchFile = z.infer<typeof ZBatchFile>;

export const parseBatchFiles = (value: unknown): TBatchFile[] => z.array(ZBatchFile).catch([]).parse(value);

/** Where a batch's files live: <dataDir>/handoff/<batch public id>/. */
export const batchDirectory = (dataDir: string, publicId: string) => path.resolve(dataDir, "handoff", publicId);

export const mediaTypes = { jsonl: "application/x-ndjson", csv: "text/csv; charset=utf-8", json: "application/json" } as const;
