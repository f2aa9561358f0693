/** Pure retry arithmetic: `retry-after` parsing and bounded exponential backoff with jitter. */

export type TBackoff = { baseMs: number; maxMs: number };
export const defaultBackoff: TBackoff = { baseMs: 250, maxMs: 8_000 };

/**
 * `retry-after` as milliseconds: delta-seconds ("120", "1.5") or an HTTP date (relative to `now`).
 * Null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * Delay before retry number `attempt` (1 = the first retry): exponential from `baseMs`, capped at
 * `maxMs`, with "equal jitter" (half fixed, half random) so concurrent clients spread out.
 */
export function backoffDelay(attempt: number, backoff: TBackoff = defaultBackoff, random: () => number = Math.random): number {
  const exp = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(exp / 2 + (exp / 2) * r);
}
