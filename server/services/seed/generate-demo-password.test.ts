import { describe, expect, it } from "vitest";
import { generateDemoPassword } from "./generate-demo-password";

describe("generateDemoPassword", () => {
  it("is long, readable and different every time", () => {
    const passwords = Array.from({ length: 200 }, () => generateDemoPassword());
    expect(new Set(passwords).size).toBe(200);
    for (const p of passwords) {
      expect(p.length).toBeGreaterThanOrEqual(16);
      expect(p).not.toMatch(/[01lIO]/);
    }
  });
});
