/** Apollo's per-endpoint fixed-window rate-limit headers, read from any response. */
export type TRateLimit = {
  minuteLimit?: number;
  minuteUsage?: number;
  minuteRemaining?: number;
  hourlyLimit?: number;
  hourlyUsage?: number;
  hourlyRemaining?: number;
  dailyLimit?: number;
  dailyUsage?: number;
  dailyRemaining?: number;
};

const fields: [keyof TRateLimit, string][] = [
  ["minuteLimit", "x-rate-limit-minute"],
  ["minuteUsage", "x-minute-usage"],
  ["minuteRemaining", "x-minute-requests-left"],
  ["hourlyLimit", "x-rate-limit-hourly"],
  ["hourlyUsage", "x-hourly-usage"],
  ["hourlyRemaining", "x-hourly-requests-left"],
  ["dailyLimit", "x-rate-limit-daily"],
  ["dailyUsage", "x-daily-usage"],
  ["dailyRemaining", "x-daily-requests-left"],
];

type THeaderSource = { get(name: string): string | null };

/** Undefined when the response carries none of the headers (e.g. BatchData). */
export function parseRateLimitHeaders(headers: THeaderSource): TRateLimit | undefined {
  const out: TRateLimit = {};
  let any = false;
  for (const [key, header] of fields) {
    const raw = headers.get(header)?.trim();
    if (!raw || !/^\d+$/.test(raw)) continue;
    out[key] = Number(raw);
    any = true;
  }
  return any ? out : undefined;
}
