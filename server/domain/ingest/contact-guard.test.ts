import { describe, expect, it } from "vitest";
import { looksLikeContactData } from "./contact-guard";

describe("looksLikeContactData (mirror of the database CHECK)", () => {
  it.each([
    ["mika@studio.com", true],
    ["Ünïcödé@dömäin.de", true],
    ["wa.me/551198", true],
    ["t.me/+233241", true],
    ["[contact removed]", false],
    ["@litbridge.agency", false],
    ["support@", false],
    ["t.me/somechannel", false],
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(looksLikeContactData(value)).toBe(expected);
  });
});
