import { describe, expect, it } from "vitest";
import { parseRateLimitHeaders } from "./rate-limit-headers";
import { backoffDelay, parseRetryAfter } from "./retry-policy";
import { providerMessage } from "./provider-request";
import { kindForStatus } from "./provider-error";

const now = Date.parse("2026-11-28T07:00:00Z");

describe("parseRetryAfter", () => {
  it.each([
    ["30", 30_000],
    [" 2 ", 2_000],
    ["1.5", 1_500],
    ["0", 0],
    ["Sat, 28 Nov 2026 07:00:45 GMT", 45_000],
    ["Sat, 28 Nov 2026 06:59:00 GMT", 0],
  ])("%j → %d ms", (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });

  it.each([[null], [undefined], [""], ["soon"], ["-5"], ["12abc"]])("%j → null", (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe("backoffDelay", () => {
  const backoff = { baseMs: 100, maxMs: 1_000 };
  it.each([
    [1, 0, 50],
    [1, 1, 100],
    [2, 0, 100],
    [2, 1, 200],
    [3, 0.5, 300],
    [5, 1, 1_000],
    [30, 1, 1_000],
    [30, 0, 500],
  ])("retry %d with random %d → %d ms", (attempt, r, ms) => {
    expect(backoffDelay(attempt, backoff, () => r)).toBe(ms);
  });

  it("stays within [exp/2, exp] and never above the cap", () => {
    for (let attempt = 1; attempt < 12; attempt++) {
      const d = backoffDelay(attempt, backoff);
      const exp = Math.min(1_000, 100 * 2 ** (attempt - 1));
      expect(d).toBeGreaterThanOrEqual(exp / 2);
      expect(d).toBeLessThanOrEqual(exp);
    }
  });
});

describe("parseRateLimitHeaders", () => {
  it("reads Apollo's minute/hourly/daily headers", () => {
    const headers = new Headers({
      "x-rate-limit-minute": "50",
      "x-minute-usage": "3",
      "x-minute-requests-left": "47",
      "x-rate-limit-hourly": "200",
      "x-hourly-usage": "10",
      "x-hourly-requests-left": "190",
      "x-rate-limit-daily": "2000",
      "x-daily-usage": "100",
      "x-daily-requests-left": "1900",
    });
    expect(parseRateLimitHeaders(headers)).toEqual({
      minuteLimit: 50,
      minuteUsage: 3,
      minuteRemaining: 47,
      hourlyLimit: 200,
      hourlyUsage: 10,
      hourlyRemaining: 190,
      dailyLimit: 2000,
      dailyUsage: 100,
      dailyRemaining: 1900,
    });
  });

  it("keeps what is there and ignores junk; undefined without any", () => {
    expect(parseRateLimitHeaders(new Headers({ "x-minute-requests-left": "0", "x-hourly-requests-left": "lots" }))).toEqual({ minuteRemaining: 0 });
    expect(parseRateLimitHeaders(new Headers({ "content-type": "application/json" }))).toBeUndefined();
  });
});

describe("providerMessage", () => {
  it.each([
    ["Invalid access credentials.", "Invalid access credentials."],
    ['{"error":"details too long"}', "details too long"],
    ['{"message":"The maximum number of api calls"}', "The maximum number of api calls"],
    ['{"error_code":"API_INACCESSIBLE"}', "API_INACCESSIBLE"],
    ['{"error":"not accessible","error_code":"API_INACCESSIBLE"}', "not accessible"],
    ['{"status":{"code":400,"text":"Bad Request"},"message":"requests[1] bad zip"}', "requests[1] bad zip"],
    ['{"status":{"code":500,"text":"Server Error"}}', "Server Error"],
    ['{"error":{"message":"nested"}}', "nested"],
    ["<html>\n  <body>Bad gateway</body>\n</html>", "<html> <body>Bad gateway</body> </html>"],
    ["", ""],
  ])("%j → %j", (body, message) => {
    expect(providerMessage(body)).toBe(message);
  });
});

describe("kindForStatus", () => {
  it.each([
    [200, null],
    [401, "auth"],
    [403, "forbidden"],
    [400, "invalid_input"],
    [404, "invalid_input"],
    [422, "invalid_input"],
    [429, "rate_limited"],
    [500, "server"],
    [503, "server"],
    [408, "timeout"],
  ])("%d → %s", (status, kind) => {
    expect(kindForStatus(status)).toBe(kind);
  });
});
