import { describe, expect, it } from "vitest";
import { encodeCopyLine } from "./copy-rows";

describe("encodeCopyLine", () => {
  it.each([
    [["a", 1, true, null], "a\t1\ttrue\t\\N\n"],
    [["tab\there", "new\nline", "back\\slash", "cr\r"], "tab\\there\tnew\\nline\tback\\\\slash\tcr\\r\n"],
    [[{ k: "v\n" }], '{"k":"v\\\\n"}\n'],
    [[["x", 'q"uote']], '{"x","q\\\\"uote"}\n'],
    [[new Date("2026-01-02T03:04:05.678Z"), undefined, 12n], "2026-01-02T03:04:05.678Z\t\\N\t12\n"],
  ])("encodes case %#", (values, line) => {
    expect(encodeCopyLine(values)).toBe(line);
  });
});
