import type { z } from "zod";
import { ProviderError, kindForStatus, retryableKinds, type TProviderErrorKind, type TProviderName } from "./provider-error";
import { parseRateLimitHeaders, type TRateLimit } from "./rate-limit-headers";
import { backoffDelay, defaultBackoff, parseRetryAfter, type TBackoff } from "./retry-policy";

/** What one logical provider call cost in HTTP terms (for per-item attempts and rate-limit pacing). */
export type TProviderCallInfo = { attempts: number; durationMs: number; status: number; rateLimit?: TRateLimit };

/** Only ids, counts, statuses and durations are ever passed here: never keys, bodies or contact values. */
export type TProviderLogger = { warn(obj: object, msg?: string): void; debug(obj: object, msg?: string): void };

/** Transport options shared by every provider client. */
export type THttpOptions = {
  timeoutMs?: number;
  maxAttempts?: number;
  /** Waits between attempts; tests inject one that records the delays instead of sleeping. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  backoff?: TBackoff;
  /** Longest `retry-after` the client sleeps through; a longer one throws rate_limited with retryAfterMs. */
  maxRetryAfterMs?: number;
  random?: () => number;
  now?: () => number;
  logger?: TProviderLogger;
  /** Cancels the call (and any wait between attempts), e.g. when a batch is cancelled. */
  signal?: AbortSignal;
};

/** What every provider client is built from: its base URL, its API key and the shared transport options. */
export type TProviderClientOptions = { baseUrl: string; apiKey: string } & THttpOptions;

export const httpDefaults = { timeoutMs: 15_000, maxAttempts: 4, maxRetryAfterMs: 60_000 } as const;

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type TProviderRequest<T> = {
  provider: TProviderName;
  /** Short endpoint label for logs and messages, e.g. "people/bulk_match" (no query string). */
  endpoint: string;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: unknown;
  schema: z.ZodType<T>;
  /** Turns an error response into a message; defaults to the provider's own text. */
  describeError?: (status: number, body: string) => string;
};

/** The provider's message from an error body: plain text, or JSON with error / message / error_message / error_code / status.text. */
export function providerMessage(body: string): string {
  const text = body.trim();
  if (!text) return "";
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === "string") return json.slice(0, 300);
    if (json && typeof json === "object") {
      const o = json as Record<string, unknown>;
      const status = o.status && typeof o.status === "object" ? (o.status as Record<string, unknown>) : undefined;
      const parts = [o.error_message, o.message, o.error, status?.message, status?.text, o.error_code]
        .map((v) => (typeof v === "string" ? v : v && typeof v === "object" && typeof (v as { message?: unknown }).message === "string" ? (v as { message: string }).message : null))
        .filter((v): v is string => Boolean(v));
      return (parts[0] ?? text).slice(0, 300);
    }
  } catch {
    // not JSON: plain text
  }
  return text.replace(/\s+/g, " ").slice(0, 300);
}

type TAttemptFailure = { kind: TProviderErrorKind; status?: number; message: string; retryAfterMs?: number | null };

function failureFromThrown(error: unknown, timedOut: boolean, timeoutMs: number): TAttemptFailure {
  if (timedOut) return { kind: "timeout", message: `no response within ${timeoutMs} ms` };
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return { kind: "network", message: `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 300) };
}

function cancelled(signal: AbortSignal | undefined): boolean {
  return Boolean(signal?.aborted);
}

/**
 * One logical provider call: fetch with a per-attempt timeout, retries for 429 (honouring
 * `retry-after`) and for 5xx / timeouts / network errors (bounded exponential backoff with jitter),
 * then the JSON body parsed with `schema` (a body that does not fit is "malformed", not retried:
 * the provider has done — and maybe billed — the work).
 */
export async function providerRequest<T>(req: TProviderRequest<T>, options: THttpOptions = {}): Promise<{ data: T; call: TProviderCallInfo }> {
  const timeoutMs = options.timeoutMs ?? httpDefaults.timeoutMs;
  const maxAttempts = Math.max(1, options.maxAttempts ?? httpDefaults.maxAttempts);
  const maxRetryAfterMs = options.maxRetryAfterMs ?? httpDefaults.maxRetryAfterMs;
  const sleep = options.sleep ?? realSleep;
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const backoff = options.backoff ?? defaultBackoff;
  const started = now();
  const body = req.body === undefined ? undefined : JSON.stringify(req.body);
  const headers = { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }), ...req.headers };
  const fail = (f: TAttemptFailure, attempts: number) => {
    const error = new ProviderError(req.provider, f.kind, `${req.provider} ${req.endpoint}: ${f.message || `HTTP ${f.status}`}`, f.status, attempts);
    if (f.retryAfterMs != null) error.retryAfterMs = f.retryAfterMs;
    options.logger?.warn({ provider: req.provider, endpoint: req.endpoint, kind: f.kind, status: f.status, attempts }, "provider call failed");
    return error;
  };

  let last: TAttemptFailure | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (cancelled(options.signal)) throw fail({ kind: "network", message: "cancelled" }, attempt - 1);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let status: number;
    let text: string;
    let response: Response;
    try {
      response = await doFetch(req.url, { method: req.method, headers, body, signal });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (cancelled(options.signal)) throw fail({ kind: "network", message: "cancelled" }, attempt);
      last = failureFromThrown(error, timeout.aborted, timeoutMs);
      options.logger?.debug({ provider: req.provider, endpoint: req.endpoint, attempt, kind: last.kind }, "provider attempt failed");
      if (attempt < maxAttempts) await sleep(backoffDelay(attempt, backoff, options.random));
      continue;
    }

    const kind = kindForStatus(status);
    if (kind === null) {
      const call: TProviderCallInfo = { attempts: attempt, durationMs: Math.max(0, now() - started), status, rateLimit: parseRateLimitHeaders(response.headers) };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw fail({ kind: "malformed", status, message: `response is not JSON (HTTP ${status}, ${text.length} bytes)` }, attempt);
      }
      const parsed = req.schema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? issue.path.join(".") : "body";
        throw fail({ kind: "malformed", status, message: `unexpected response shape at ${where}: ${issue?.message ?? "invalid"}` }, attempt);
      }
      options.logger?.debug({ provider: req.provider, endpoint: req.endpoint, status, attempts: attempt, durationMs: call.durationMs }, "provider call ok");
      return { data: parsed.data, call };
    }

    const message = req.describeError ? req.describeError(status, text) : providerMessage(text);
    last = { kind, status, message: message || `HTTP ${status}` };
    if (!retryableKinds.has(kind)) throw fail(last, attempt);

    let delay = backoffDelay(attempt, backoff, options.random);
    if (kind === "rate_limited") {
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"), now());
      if (retryAfter != null) {
        last.retryAfterMs = retryAfter;
        if (retryAfter > maxRetryAfterMs) throw fail({ ...last, message: `${last.message} (retry-after ${Math.ceil(retryAfter / 1000)} s exceeds the ${Math.ceil(maxRetryAfterMs / 1000)} s the client waits)` }, attempt);
        delay = retryAfter;
      }
    }
    options.logger?.debug({ provider: req.provider, endpoint: req.endpoint, attempt, status, kind, delayMs: delay }, "provider attempt failed, retrying");
    if (attempt < maxAttempts) await sleep(delay);
  }
  throw fail(last ?? { kind: "network", message: "no attempt made" }, maxAttempts);
}
