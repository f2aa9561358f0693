/** Fixed-window counters per minute, hour and day (Apollo-style), keyed by endpoint. */
export type TWindowLimits = { minute: number; hourly: number; daily: number };

const spans = { minute: 60_000, hourly: 3_600_000, daily: 86_400_000 } as const;
type TSpan = keyof typeof spans;
const order: TSpan[] = ["minute", "hourly", "daily"];

export type TWindowState = { limit: number; usage: number; left: number; resetMs: number };
export type TWindowCheck = { allowed: boolean; windows: Record<TSpan, TWindowState>; retryAfterSeconds: number; exceeded?: TSpan };

export function createRateWindows(now: () => number) {
  const counts = new Map<string, number>();
  const keyOf = (endpoint: string, span: TSpan, t: number) => `${endpoint}|${span}|${Math.floor(t / spans[span])}`;
  const state = (endpoint: string, limits: TWindowLimits, t: number): Record<TSpan, TWindowState> => {
    const out = {} as Record<TSpan, TWindowState>;
    for (const span of order) {
      const usage = counts.get(keyOf(endpoint, span, t)) ?? 0;
      out[span] = { limit: limits[span], usage, left: Math.max(0, limits[span] - usage), resetMs: spans[span] - (t % spans[span]) };
    }
    return out;
  };
  return {
    /** Counts the call when every window has room; otherwise refuses with the wait until the exhausted window resets. */
    hit(endpoint: string, limits: TWindowLimits): TWindowCheck {
      const t = now();
      const before = state(endpoint, limits, t);
      const exceeded = [...order].reverse().find((span) => before[span].left <= 0);
      if (exceeded) return { allowed: false, windows: before, retryAfterSeconds: Math.max(1, Math.ceil(before[exceeded].resetMs / 1000)), exceeded };
      for (const span of order) counts.set(keyOf(endpoint, span, t), (counts.get(keyOf(endpoint, span, t)) ?? 0) + 1);
      return { allowed: true, windows: state(endpoint, limits, t), retryAfterSeconds: 0 };
    },
    usage(endpoint: string, limits: TWindowLimits) {
      return state(endpoint, limits, now());
    },
  };
}
export type TRateWindows = ReturnType<typeof createRateWindows>;
