import { z } from "zod";
import type { Db } from "@/server/db/client";

export const ZPoolNameEntry = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(["source", "rule", "manual"]) });
export type TPoolNameEntry = z.infer<typeof ZPoolNameEntry>;

/** Active pools by name, without sizes (a picker: no member counting). */
export async function listPoolNames(db: Db): Promise<TPoolNameEntry[]> {
  return db.audiencePool.findMany({ where: { archivedAt: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, kind: true } });
}
