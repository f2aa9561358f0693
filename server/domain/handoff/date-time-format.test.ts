import addFormats from "ajv-formats";
import type { FormatDefinition } from "ajv";
import { describe, expect, it } from "vitest";
import { dateTimeFormat } from "./date-time-format";
import { validateLeadRecord } from "./validate-record";

const full = (addFormats.get("date-time", "full") as FormatDefinition<string>).validate as (text: string) => boolean;
const fast = dateTimeFormat.validate as (text: string) => boolean;

/** A small seeded generator, so a failure names a reproducible value. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}
const pad = (value: number, width: number) => String(value).padStart(width, "0");

describe("date-time format", () => {
  it("accepts real instants in the canonical UTC form, leap days included", () => {
    for (const text of ["2026-11-28T16:26:11.000Z", "2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00.000Z", "1970-01-01T00:00:00.000Z"]) expect(fast(text)).toBe(true);
  });

  it("refuses canonical-looking text that names no real date or time", () => {
    for (const text of ["2026-02-29T00:00:00.000Z", "1900-02-29T00:00:00.000Z", "2026-04-31T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-00-10T00:00:00.000Z",
      "2026-01-00T00:00:00.000Z", "2026-01-01T24:00:00.000Z", "2026-01-01T23:60:00.000Z", "2026-01-01T23:59:61.000Z", "2026-01-01T2a:00:00.000Z", "２026-01-01T00:00:00.000Z"]) {
      expect(fast(text), text).toBe(false);
    }
  });

  it("leaves every other form to the full RFC 3339 check", () => {
    for (const text of ["2026-11-28T16:26:11Z", "2026-11-28t16:26:11.5+01:00", "2026-11-28 16:26:11.123456-05:30", "2016-12-31T23:59:60.000Z", "2016-12-31T23:59:60Z", "2026-11-28T16:26:11", "2026-11-28", "", "not a date"]) {
      expect(fast(text), text).toBe(full(text));
    }
  });

  it("gives the full check's answer on 20,000 generated timestamps, valid and invalid", () => {
    const next = seeded(7);
    for (let i = 0; i < 20_000; i++) {
      const text = `${pad(next(3000), 4)}-${pad(next(14), 2)}-${pad(next(33), 2)}T${pad(next(26), 2)}:${pad(next(62), 2)}:${pad(next(62), 2)}.${pad(next(1000), 3)}Z`;
      expect(fast(text), text).toBe(full(text));
    }
  });

  it("makes lead-record validation refuse an impossible date and accept a leap day", () => {
    const issues = (generatedAt: string) => validateLeadRecord({ generated_at: generatedAt }).filter((issue) => issue.field === "/generated_at");
    expect(issues("2026-02-29T00:00:00.000Z")).toEqual([{ field: "/generated_at", reason: 'must match format "date-time"' }]);
    expect(issues("2028-02-29T00:00:00.000Z")).toEqual([]);
  });
});
