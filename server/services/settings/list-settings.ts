import { z } from "zod";
import type { Db } from "@/server/db/client";

export const ZSettingSummary = z.object({ key: z.string(), version: z.number().int(), updatedAt: z.date() });
export type TSettingSummary = z.infer<typeof ZSettingSummary>;

/** Stored settings (key, version, last change), without their values; defaults live in code. */
export async function listSettings(db: Db): Promise<TSettingSummary[]> {
  return db.setting.findMany({ select: { key: true, version: true, updatedAt: true }, orderBy: { key: "asc" } });
}
