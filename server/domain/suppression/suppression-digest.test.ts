import { describe, expect, it } from "vitest";
import { handleDigest, platformUserIdDigest } from "./suppression-digest";

describe("suppression digests", () => {
  it("ignores case and one leading @ in handles", () => {
    expect(handleDigest("@Erased.Person")).toBe(handleDigest("erased.person"));
    expect(handleDigest("erased.person")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps platform user ids exact", () => {
    expect(platformUserIdDigest("2002")).not.toBe(platformUserIdDigest("2003"));
    expect(platformUserIdDigest("2002")).toBe("6c94e35ccc352d4e9ef0b99562cff995a5741ce8de8ad11b568892934daee366");
  });
});
