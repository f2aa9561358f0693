/** Why a provider call failed. Retryable kinds are retried inside the client before this is thrown. */
export type TProviderErrorKind = "auth" | "forbidden" | "invalid_input" | "rate_limited" | "server" | "timeout" | "malformed" | "network";

export type TProviderName = "apollo" | "batchdata";

export const retryableKinds: ReadonlySet<TProviderErrorKind> = new Set(["rate_limited", "server", "timeout", "network"]);

/**
 * A provider call that failed for good: `kind` says why, `status` is the last HTTP status (if any)
 * and `attempts` how many HTTP requests were made. The message is the provider's own text (never a
 * key, never contact values we sent). `retryAfterMs` is set when a 429 asked for a longer wait than
 * the client is willing to sleep, so the caller can reschedule instead.
 */
export class ProviderError extends Error {
  retryAfterMs?: number;

  constructor(
    readonly provider: TProviderName,
    readonly kind: TProviderErrorKind,
    message: string,
    readonly status?: number,
    readonly attempts?: number,
  ) {
    super(message);
    this.name = "ProviderError";
  }

  get retryable(): boolean {
    return retryableKinds.has(this.kind);
  }
}

export const isProviderError = (error: unknown): error is ProviderError => error instanceof ProviderError;

/** The error kind an HTTP status maps to, or null for success. */
export function kindForStatus(status: number): TProviderErrorKind | null {
  if (status >= 200 && status < 300) return null;
  if (status === 401) return "auth";
  if (status === 403) return "forbidden";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "server";
  if (status === 408) return "timeout";
  return "invalid_input";
}
