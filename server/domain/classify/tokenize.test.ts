import { describe, expect, it } from "vitest";
import { SubstringIndex } from "./substring-index";
import { splitName, tokenizeText } from "./tokenize";

describe("tokenizeText", () => {
  it.each([
    ["Nutrióloga CERTIFICADA", ["nutriologa", "certificada"]],
    ["Straße ﬁne Ｆｕｌｌ", ["strasse", "fine", "full"]],
    ["don't stop", ["dont", "stop"]],
    ["self-care & co-founder", ["self", "care", "co", "founder"]],
    ["code likhta hoon ☕", ["code", "likhta", "hoon"]],
    ["Ünïcödé", ["unicode"]],
  ])("folds and splits %j", (text, tokens) => {
    expect(tokenizeText(text).tokens).toEqual(tokens);
  });

  it("starts a new clause at separators, line breaks and emoji, not inside numbers", () => {
    const s = tokenizeText("home baker, not a pro | recipes\nbelow 🍞 8.2k 1:1");
    const clause = (t: string) => s.segs[s.tokens.indexOf(t)];
    expect(clause("baker")).not.toBe(clause("not"));
    expect(clause("pro")).not.toBe(clause("recipes"));
    expect(clause("recipes")).not.toBe(clause("below"));
    expect(s.tokens).toContain("2k");
    expect(clause("8")).toBe(clause("2k"));
  });

  it("skips mentions, reads '@' after a word as 'at', and collects hashtags and emoji apart", () => {
    const s = tokenizeText("eng @acme · VP Ops @ Brightcart #BuildInPublic 🧘‍♀️👟🏽");
    expect(s.tokens).toEqual(["eng", "at", "vp", "ops", "at", "brightcart"]);
    expect(s.hashtags).toEqual(["buildinpublic"]);
    expect(s.emoji).toEqual(["🧘", "♀", "👟"]);
  });
});

describe("splitName", () => {
  it.each([
    ["ProfAyeshaR", ["prof", "ayesha", "r"]],
    ["chef.tunde.o", ["chef", "tunde", "o"]],
    ["the_ops_queen", ["the", "ops", "queen"]],
    ["k9.coach", ["k9", "k", "9", "coach"]],
    ["AIBrief", ["ai", "brief"]],
    ["Ünïcode_Straße", ["unicode", "strasse"]],
    ["glowwithkemi", ["glowwithkemi"]],
  ])("%s → %j", (raw, parts) => {
    expect(splitName(raw)).toEqual(parts);
  });
});

describe("SubstringIndex", () => {
  it("finds the longest non-overlapping cues in run-together text", () => {
    const index = new SubstringIndex<string>();
    for (const word of ["sneaker", "sneakerhead", "head", "kick", "kicks"]) index.add(word, word);
    index.build();
    expect(index.scan("dailysneakerheadkicks").map((m) => m.value)).toEqual(["sneakerhead", "kicks"]);
    expect(index.scan("nothinghere")).toEqual([]);
  });
});
