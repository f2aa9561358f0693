import { describe, expect, it } from "vitest";
import { sharePercent } from "./get-phase-report";

describe("sharePercent", () => {
  it.each([
    [0, 0, null],
    [0, 10, 0],
    [10, 10, 100],
    [7, 9, 77.78],
    [1, 3, 33.33],
    [2, 3, 66.67],
    [999_999, 1_000_000, 99.99], // never rounded up to a full 100
    [1, 1_000_000, 0.01], // never rounded down to nothing
  ])("%i of %i → %s", (part, whole, expected) => {
    expect(sharePercent(part, whole)).toBe(expected);
  });
});
