import { describe, expect, it } from "vitest";
import { handlePatterns } from "@/server/domain/ingest/profile";
import { generateAudience } from "./generate-audience";

describe("generateAudience", () => {
  it("is deterministic for a seed", () => {
    const a = [...generateAudience("tiktok", 50, 7)];
    const b = [...generateAudience("tiktok", 50, 7)];
    expect(a).toEqual(b);
    expect([...generateAudience("tiktok", 50, 8)]).not.toEqual(a);
  });

  it.each([
    ["x", "username", "id"],
    ["tiktok", "username", "open_id"],
    ["threads", "username", "id"],
  ] as const)("gives %s profiles unique, valid handles and ids", (platform, handleKey, idKey) => {
    const records = [...generateAudience(platform, 5000)].map((p) => p.record);
    const handles = records.map((r) => String(r[handleKey]).toLowerCase());
    const ids = records.map((r) => String(r[idKey]));
    expect(new Set(handles).size).toBe(records.length);
    expect(new Set(ids).size).toBe(records.length);
    expect(handles.every((h) => handlePatterns[platform].test(h))).toBe(true);
  });
});
