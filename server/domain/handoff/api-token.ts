import { createHash } from "node:crypto";
import { z } from "zod";

/**
 * API tokens for execution platforms pulling batches. The plaintext is shown once; only its
 * sha256 is stored (plus a short prefix to recognise it in lists).
 */
export const apiTokenScopes = ["batches:read", "records:read"] as const;
export type TApiTokenScope = (typeof apiTokenScopes)[number];

export const ZCreateApiToken = z
  .object({
    name: z.string().trim().min(1, "name is required").max(100),
    platform: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, "platform: lower-case letters, digits, - and _"),
    scopes: z.array(z.enum(apiTokenScopes)).min(1, "choose at least one scope").max(apiTokenScopes.length),
    /** Days until it expires; null = never. */
    expiresInDays: z.number().int().min(1).max(730).nullable().default(90),
  })
  .strict();
export type TCreateApiTokenInput = z.input<typeof ZCreateApiToken>;

export const TOKEN_PREFIX = "sxe_pat_";

/** "sxe_pat_" + 43 base64url characters (32 random bytes). */
export const formatApiToken = (random: Buffer) => `${TOKEN_PREFIX}${random.toString("base64url")}`;
export const hashApiToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
/** What lists show: the fixed prefix and the first 6 characters of the secret part. */
export const displayPrefix = (token: string) => token.slice(0, TOKEN_PREFIX.length + 6);

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
