/**
 * How long to pause before the next call to an endpoint whose fixed per-minute window is used
 * up (Apollo's `x-minute-requests-left: 0`): until the next minute boundary, plus a little slack.
 * Hourly/daily exhaustion is left to the provider's 429 + `retry-after`, which the client honours.
 */
export function rateLimitPauseMs(rateLimit: { minuteRemaining?: number } | undefined, nowMs: number, slackMs = 250): number {
  if (rateLimit?.minuteRemaining === undefined || rateLimit.minuteRemaining > 0) return 0;
  return 60_000 - (nowMs % 60_000) + slackMs;
}
