import { z } from "zod";
import type { Db } from "@/server/db/client";

export const ZAuditHead = z.object({ seq: z.string(), hash: z.string(), occurredAt: z.date(), event: z.string() });
export type TAuditHead = z.infer<typeof ZAuditHead>;

/** The newest row of the audit chain (seq as text: it is a bigint), or null for an empty chain. */
export async function getAuditHead(db: Db): Promise<TAuditHead | null> {
  const head = await db.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true, occurredAt: true, event: true } });
  return head ? { ...head, seq: String(head.seq) } : null;
}
