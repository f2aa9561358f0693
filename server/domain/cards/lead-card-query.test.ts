import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, sortId, ZLeadCardFilter, ZLeadCardRuleFilter } from "./lead-card-query";

describe("lead card cursors", () => {
  it("round-trips and is opaque base64url", () => {
    const cursor = { sort: sortId({ field: "handle", direction: "asc" }), key: "maya_builds", id: "6f1c1f4e-3a52-4c8e-9a77-0d5b8c6f2a10", dir: "prev" as const };
    const encoded = encodeCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(cursor);
  });

  it.each([["garbage"], [""], [Buffer.from("{}").toString("base64url")], [Buffer.from('{"s":"a","k":"b","i":"not-a-uuid","d":"next"}').toString("base64url")]])(
    "rejects %j",
    (value) => expect(decodeCursor(value)).toBeNull(),
  );
});

describe("lead card filters", () => {
  it("rule filters cannot name a pool; table filters can", () => {
    expect(ZLeadCardRuleFilter.safeParse({ poolId: "6f1c1f4e-3a52-4c8e-9a77-0d5b8c6f2a10" }).success).toBe(false);
    expect(ZLeadCardFilter.safeParse({ poolId: "6f1c1f4e-3a52-4c8e-9a77-0d5b8c6f2a10", label: ["unlabelled", "USER"] }).success).toBe(true);
  });

  it("refuses unknown keys, bad slugs and out-of-range confidences", () => {
    expect(ZLeadCardFilter.safeParse({ colour: "red" }).success).toBe(false);
    expect(ZLeadCardFilter.safeParse({ tribe: ["Not A Slug"] }).success).toBe(false);
    expect(ZLeadCardFilter.safeParse({ baseConfidenceMin: 1.5 }).success).toBe(false);
  });
});
