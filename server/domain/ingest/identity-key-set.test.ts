import { describe, expect, it } from "vitest";
import { IdentityKeySet } from "./identity-key-set";

describe("IdentityKeySet", () => {
  it("answers like a Set of the keys, across growth", () => {
    const keys = new IdentityKeySet(16);
    const reference = new Set<string>();
    let disagreements = 0;
    for (let i = 0; i < 10_000; i++) {
      const key = i % 3 === 0 ? `x:id:${1_500_000_000_000_000_000n + BigInt(i * 7919)}` : `tiktok:h:user_${(i % 3_000).toString(36)}`;
      if (keys.has(key) !== reference.has(key)) disagreements++;
      keys.add(key);
      reference.add(key);
    }
    expect(disagreements).toBe(0);
    expect(keys.size).toBe(reference.size);
    expect(keys.has("x:id:1")).toBe(false);
    expect(keys.has("tiktok:h:user_1")).toBe(true);
    expect(keys.has("threads:h:user_1")).toBe(false);
  });

  it("keeps keys that differ only in case or platform apart", () => {
    const keys = new IdentityKeySet();
    keys.add("x:h:maya_builds");
    expect([keys.has("x:h:maya_builds"), keys.has("x:h:Maya_Builds"), keys.has("threads:h:maya_builds"), keys.has("")]).toEqual([true, false, false, false]);
  });
});
