import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

/**
 * A digest pins the chain head at a moment, outside the chained table (CloudTrail-style): each
 * digest covers the previous digest's hash, so deleting or rewriting rows after a digest was taken
 * is detectable even when the remaining chain is internally consistent.
 */
export type TDigestContent = { headSeq: string; headHash: string; createdAt: string; prevDigestHash: string | null };

export function hashDigest(d: TDigestContent): string {
  return createHash("sha256").update(canonicalJson(["sxe.audit-digest.v1", d.headSeq, d.headHash, d.createdAt, d.prevDigestHash])).digest("hex");
}

export type TDigestRow = TDigestContent & { digestHash: string };

/** First problem in a list of digests (oldest first): a wrong hash or a broken link between digests. */
export function findDigestChainBreak(digests: TDigestRow[]): string | null {
  let prev: string | null = null;
  for (const d of digests) {
    if (d.prevDigestHash !== prev) return `digest of ${d.createdAt} (head #${d.headSeq}) does not point at the digest before it`;
    if (hashDigest(d) !== d.digestHash) return `digest of ${d.createdAt} (head #${d.headSeq}) was altered: its hash does not match its content`;
    prev = d.digestHash;
  }
  return null;
}

/** The file a digest is written to (sortable by time, like CloudTrail's digest files). */
export const digestFileName = (d: TDigestContent) => `sxe-audit-digest-${d.createdAt.replace(/[:.]/g, "-")}-seq${d.headSeq}.json`;
