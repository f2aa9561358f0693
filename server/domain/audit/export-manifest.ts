import { z } from "zod";

/**
 * The manifest written next to every audit export: what was asked for, what came out, and the
 * chain hashes at both ends, so the file can be checked offline and tied back to the live chain.
 */
export const ZExportManifest = z.object({
  kind: z.literal("sxe.audit-export"),
  version: z.literal(1),
  format: z.enum(["csv", "jsonl"]),
  scope: z.enum(["trail", "lead_card"]),
  filter: z.record(z.string(), z.string()),
  /** True when every row between firstSeq and lastSeq is in the file (no event/actor/card/outcome filter). */
  contiguous: z.boolean(),
  rowCount: z.number().int().nonnegative(),
  firstSeq: z.string().nullable(),
  lastSeq: z.string().nullable(),
  /** prev_hash of the first row: the hash of the row before the export (genesis for seq 1). */
  firstPrevHash: z.string().nullable(),
  /** hash of the last row exported. */
  lastHash: z.string().nullable(),
  /** Chain head when the export began; rows after it are not included. */
  headAtExport: z.object({ seq: z.string(), hash: z.string() }).nullable(),
  files: z.array(z.object({ name: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() })),
  exporter: z.object({ type: z.string(), id: z.string(), label: z.string().nullable() }),
  exportedAt: z.string(),
  /** The `audit_exported` event that records this export. */
  exportEventSeq: z.string().nullable(),
});
export type TExportManifest = z.infer<typeof ZExportManifest>;
