import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake";
import { parseHashtags } from "./parse-hashtags";

describe("repairMojibake", () => {
  it.each([
    ["Latin-1 read of UTF-8", "CafÃ©", "Café"],
    ["as Meta writes it (\\u00XX escapes)", JSON.parse('"Jo\\u00c3\\u00a3o \\u00f0\\u009f\\u0098\\u008d"') as string, "João 😍"],
    ["German", "ZÃ¼rich MÃ¼ller", "Zürich Müller"],
    ["Windows-1252 variant (through Excel)", "donâ€™t", "don’t"],
  ])("repairs %s", (_name, input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });

  it.each([
    ["plain ASCII", "maya_builds"],
    ["correct Latin-1 text", "Café Zürich"],
    ["correct emoji and CJK", "😍 東京"],
    ["a lone suspicious pair that is not valid UTF-8", "Ã("],
    ["mixed correct non-Latin-1 text", "CafÃ© 東京"],
  ])("leaves %s unchanged", (_name, input) => {
    expect(repairMojibake(input)).toBe(input);
  });
});

describe("parseHashtags", () => {
  it("cleans, drops '#', dedupes case-insensitively and ignores non-strings", () => {
    expect(parseHashtags(["nocode", "#BuildInPublic", "NoCode", "", 5, "a\u200bi"])).toEqual(["nocode", "BuildInPublic", "ai"]);
  });

  it("is empty for anything that is not an array", () => {
    expect(parseHashtags("nocode")).toEqual([]);
    expect(parseHashtags(undefined)).toEqual([]);
  });
});
