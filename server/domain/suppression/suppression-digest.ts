import { createHash } from "node:crypto";

/**
 * The suppression list stores digests, never identifiers: sha256 (hex) of the lower-cased handle
 * and of the platform user id. The ingest merge computes the same digests in SQL
 * (`encode(sha256(convert_to(lower(handle), 'UTF8')), 'hex')`), so both sides must agree.
 */
export function handleDigest(handle: string): string {
  return sha256Hex(handle.replace(/^@/, "").toLowerCase());
}

export function platformUserIdDigest(platformUserId: string): string {
  return sha256Hex(platformUserId);
}

function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}
