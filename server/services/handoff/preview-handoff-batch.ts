import { z } from "zod";
import type { Db } from "@/server/db/client";
import { ZBatchSelection, type TBatchSelectionInput } from "@/server/domain/handoff/batch-selection";
import { buildLeadRecord } from "@/server/domain/handoff/lead-record";
import { validateLeadRecord } from "@/server/domain/handoff/validate-record";
import { handoffSetting } from "@/server/domain/settings/handoff";
import { getSetting } from "@/server/services/settings/get-setting";
import { Prisma } from "@/server/db/generated/prisma/client";
import { countSelection, recordSourceQuery, selectionWhere, suppressedCondition } from "./handoff-selection-sql";
import { PoolDirectory, type TRecordSourceRow } from "./selection-reader";

export const ZHandoffPreview = z.object({
  count: z.number().int(),
  suppressed: z.number().int(),
  /** The first record as it would be handed off (JSON text), with its schema issues if any. */
  sample: z.string().nullable(),
  sampleIssues: z.array(z.object({ field: z.string(), reason: z.string() })),
});
export type THandoffPreview = z.infer<typeof ZHandoffPreview>;

/** How many execution-ready cards a selection holds, and its first record rendered as v1. */
export async function previewHandoffBatch(db: Db, input: TBatchSelectionInput, now: Date = new Date()): Promise<THandoffPreview> {
  const selection = ZBatchSelection.parse(input);
  const where = await selectionWhere(db, selection);
  const [{ eligible, suppressed }, { value: config }] = await Promise.all([countSelection(db, where), getSetting(db, handoffSetting)]);
  const [row] = await db.$queryRaw<TRecordSourceRow[]>(recordSourceQuery(Prisma.sql`${where} AND NOT ${suppressedCondition}`, { limit: 1 }));
  if (!row) return { count: eligible, suppressed, sample: null, sampleIssues: [] };
  const pools = await PoolDirectory.load((sql) => db.$queryRaw(sql));
  const built = buildLeadRecord(pools.withPools(row), { batchId: "hb_preview00000000000000000", generatedAt: now.toISOString(), dnc: { ...config.dnc, action: "drop_contact" } });
  const record = "record" in built ? built.record : null;
  return { count: eligible, suppressed, sample: record ? JSON.stringify(record, null, 2) : null, sampleIssues: record ? validateLeadRecord(record) : [] };
}

