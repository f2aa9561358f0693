import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Push signatures: `X-SXE-Signature: sha256=<hex HMAC-SHA256 of the exact body bytes>` with the
 * endpoint's secret, plus `X-SXE-Timestamp` (seconds) so receivers can refuse stale deliveries.
 */
export const SIGNATURE_HEADER = "x-sxe-signature";
export const TIMESTAMP_HEADER = "x-sxe-timestamp";

export const signBody = (secret: string, body: string | Buffer) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

export function verifySignature(secret: string, body: string | Buffer, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
