import { describe, expect, it } from "vitest";
import { parseCount } from "./parse-count";

describe("parseCount", () => {
  it.each<[unknown, number | null]>([
    [1204, 1204],
    [0, 0],
    [1200.0, 1200],
    [12.6, 13],
    ["1204", 1204],
    [" 3 ", 3],
    ["1,204", 1204],
    ["1.204", 1204],
    ["1,204,567", 1204567],
    ["1.204.567", 1204567],
    ["1 204", 1204],
    ["1\u00a0204", 1204],
    ["1,204.6", 1205],
    ["1.204,4", 1204],
    ["1200.0", 1200],
    ["12,5", 13],
    ["1,20", 1],
    ["1.2M", 1_200_000],
    ["48.3k", 48_300],
    ["12K", 12_000],
    ["1.5B", 1_500_000_000],
    ["1,5 M", 1_500_000],
    ["2.25k", 2250],
    [undefined, null],
    [null, null],
    ["", null],
    ["   ", null],
  ])("%j → %j", (input, expected) => {
    expect(parseCount(input)).toEqual({ ok: true, value: expected });
  });

  it("accepts bigint counts", () => {
    expect(parseCount(9007199254740991n)).toEqual({ ok: true, value: 9007199254740991 });
    expect(parseCount(-1n)).toMatchObject({ ok: false, code: "invalid_count" });
  });

  it.each<[unknown, RegExp]>([
    [-5, /negative/],
    ["-5", /negative/],
    [-0.5, /negative/],
    ["abc", /expected a number/],
    ["12abc", /expected a number/],
    ["1.2.3", /expected a number/],
    [Number.NaN, /finite/],
    [Number.POSITIVE_INFINITY, /finite/],
    [1e300, /too large/],
    ["999999999999B", /too large/],
    [{}, /expected a number/],
    [[1], /expected a number/],
    [true, /expected a number/],
  ])("%j → invalid_count", (input, reason) => {
    const r = parseCount(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe("invalid_count");
      expect(r.message).toMatch(reason);
    }
  });
});
