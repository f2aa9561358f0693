import { z } from "zod";
import type { Db } from "@/server/db/client";
import { getAuditHead, ZAuditHead } from "./get-audit-head";

export const ZAuditStatus = z.object({
  head: ZAuditHead.nullable(),
  lastVerification: z.object({ seq: z.string(), occurredAt: z.date(), ok: z.boolean(), checked: z.number(), actorLabel: z.string().nullable(), brokenSeq: z.number().nullable() }).nullable(),
  latestDigest: z.object({ headSeq: z.string(), createdAt: z.date(), digestHash: z.string() }).nullable(),
});
export type TAuditStatus = z.infer<typeof ZAuditStatus>;

/** Chain status for the console: head, the latest verification (an `audit_verified` event) and the latest digest. */
export async function getAuditStatus(db: Db): Promise<TAuditStatus> {
  const [head, verified, digest] = await Promise.all([
    getAuditHead(db),
    db.auditLog.findFirst({ where: { event: "audit_verified" }, orderBy: { seq: "desc" } }),
    db.auditDigest.findFirst({ orderBy: { id: "desc" } }),
  ]);
  const meta = (verified?.metadata ?? {}) as { ok?: boolean; checked?: number; brokenSeq?: number };
  return {
    head,
    lastVerification: verified
      ? { seq: String(verified.seq), occurredAt: verified.occurredAt, ok: meta.ok === true, checked: meta.checked ?? 0, actorLabel: verified.actorLabel ?? verified.actorId, brokenSeq: meta.brokenSeq ?? null }
      : null,
    latestDigest: digest ? { headSeq: String(digest.headSeq), createdAt: digest.createdAt, digestHash: digest.digestHash } : null,
  };
}
