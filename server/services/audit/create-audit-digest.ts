import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/server/db/client";
import { digestFileName, hashDigest, type TDigestRow } from "@/server/domain/audit/digest";
import { AUDIT_CHAIN_LOCK_KEY } from "./record-audit";

export type TCreatedDigest = TDigestRow & { file: string | null; skipped: boolean };

/**
 * Writes a digest of the chain head into audit_digests (not part of the chain) and, when a
 * directory is given, as a JSON file there too. Takes the chain lock so the head it pins is a
 * committed head. An unchanged head since the last digest is skipped (nothing new to pin).
 */
export async function createAuditDigest(db: PrismaClient, opts: { directory?: string | null; now?: Date } = {}): Promise<TCreatedDigest | null> {
  const now = opts.now ?? new Date();
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`;
    const head = await tx.auditLog.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
    if (!head) return null;
    const previous = await tx.auditDigest.findFirst({ orderBy: { id: "desc" } });
    if (previous && previous.headSeq === head.seq && previous.headHash === head.hash) {
      return { headSeq: String(previous.headSeq), headHash: previous.headHash, createdAt: previous.createdAt.toISOString(), prevDigestHash: previous.prevDigestHash, digestHash: previous.digestHash, skipped: true };
    }
    const content = { headSeq: String(head.seq), headHash: head.hash, createdAt: new Date(Math.floor(now.getTime())).toISOString(), prevDigestHash: previous?.digestHash ?? null };
    const digestHash = hashDigest(content);
    await tx.auditDigest.create({ data: { headSeq: head.seq, headHash: head.hash, createdAt: new Date(content.createdAt), prevDigestHash: content.prevDigestHash, digestHash } });
    return { ...content, digestHash, skipped: false };
  });
  if (!created) return null;
  let file: string | null = null;
  if (opts.directory && !created.skipped) {
    await mkdir(/*turbopackIgnore: true*/ opts.directory, { recursive: true });
    file = path.join(/*turbopackIgnore: true*/ opts.directory, digestFileName(created));
    const { skipped: _skipped, ...digest } = created;
    await writeFile(file, `${JSON.stringify({ kind: "sxe.audit-digest", version: 1, ...digest }, null, 2)}\n`, { flag: "wx" });
  }
  return { ...created, file };
}
