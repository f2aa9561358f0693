import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { ZTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";
import { makeInput } from "./__fixtures__/make-input";
import { handwrittenProfiles } from "./__fixtures__/handwritten-profiles";
import { ZClassification, type TClassification, type TClassifierInput } from "./classifier-types";
import { classifyProfile } from "./classify-profile";
import { compileTaxonomy } from "./compile-taxonomy";

const classify = (bio: string | null, extra: Partial<TClassifierInput> = {}) => classifyProfile(makeInput(bio, extra), defaultTaxonomy);
const evidence = (r: TClassification, dimension: string) => r.explanation.find((e) => e.dimension === dimension)?.evidence ?? [];

describe("classifyProfile", () => {
  it("returns the documented shape, bounded confidences and the version string", () => {
    for (const { input } of handwrittenProfiles) {
      const r = classifyProfile(input, defaultTaxonomy);
      expect(() => ZClassification.parse(r)).not.toThrow();
      for (const value of Object.values(r.confidence)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(Math.round(value * 1000) / 1000).toBe(value);
      }
      expect(r.classifierVersion).toBe("taxonomy-v1+classifier-1.0.0");
    }
  });

  it("is deterministic: same input → same output, whatever ran before", () => {
    const inputs = handwrittenProfiles.map((p) => p.input);
    const first = inputs.map((i) => classifyProfile(i, defaultTaxonomy));
    const reversed = [...inputs].reverse().map((i) => classifyProfile(i, defaultTaxonomy)).reverse();
    expect(reversed).toEqual(first);
    expect(classifyProfile(inputs[0]!, defaultTaxonomy)).toEqual(first[0]);
  });

  it("returns unknown / none for every field empty", () => {
    const r = classifyProfile({ platform: null, handle: null, displayName: null, bio: null, hashtags: null, websiteDomain: null, followerCount: null, followingCount: null, postCount: null, verified: null }, defaultTaxonomy);
    expect([r.industry, r.persona, r.tribe, r.tribes, r.label]).toEqual(["unknown", "unknown", "none", [], "USER"]);
    expect(r.confidence.industry).toBeGreaterThan(0.5);
  });

  it("explains each answer with the terms that decided it", () => {
    const r = classify("Realtor in Austin · house hacking tips 🏡", { followerCount: 800 });
    expect(r.industry).toBe("real_estate");
    expect(evidence(r, "industry")).toContainEqual(expect.objectContaining({ kind: "term", value: "realtor", field: "bio" }));
    expect(evidence(r, "tribe")).toContainEqual(expect.objectContaining({ kind: "phrase", value: "house hacking" }));
    expect(evidence(r, "persona")).toContainEqual(expect.objectContaining({ value: "realtor" }));
    expect(evidence(r, "label").some((e) => e.kind === "rule")).toBe(true);
  });

  it("explains fields other than the bio: name, handle, hashtags, website and counts", () => {
    const r = classify("", { displayName: "Lumen Skincare", handle: "lumen_beauty", hashtags: ["kbeauty"], websiteDomain: "lumen.beauty", followerCount: 40_000 });
    expect(r.industry).toBe("beauty_cosmetics");
    const fields = new Set(evidence(r, "industry").map((e) => e.field));
    for (const field of ["displayName", "websiteDomain", "hashtags"]) expect(fields).toContain(field);
    expect(evidence(r, "tribe")).toContainEqual(expect.objectContaining({ kind: "hashtag", value: "#kbeauty", field: "hashtags" }));
    const creator = classify("sourdough and sunday hikes", { followerCount: 40_000 });
    expect(evidence(creator, "persona")).toContainEqual(expect.objectContaining({ kind: "count", field: "followerCount" }));
  });

  it.each([
    ["not a nurse, I just read a lot of medical studies", "professional"],
    ["nunca fui fundador, sou só curioso por startups", "founder"],
    ["kein Arzt, nur Hobby-Sanitäter", "professional"],
  ])("ignores negated cues: %s (not %s)", (bio, notPersona) => {
    expect(classify(bio).persona).not.toBe(notPersona);
  });

  it("keeps disclaimers from becoming topics", () => {
    const r = classify("Data analyst at a retailer. Opinions my own. Not financial advice.");
    expect(r.persona).toBe("professional");
    expect(r.tribe).toBe("none");
  });

  it("does not match inside mentions or e-mail-like text", () => {
    expect(classify("represented by @litagency.agency").persona).not.toBe("agency");
  });

  it("reads multilingual, accented and fullwidth text the same", () => {
    expect(classify("NUTRICIONISTA · ALIMENTAÇÃO SAUDÁVEL").industry).toBe(classify("nutricionista · alimentacao saudavel").industry);
    expect(classify("ｙｏｇａ teacher").tribe).toBe("wellness_mindfulness");
  });

  it("lets emoji and the handle support words but never decide alone", () => {
    expect(classify("🌻🌻🌻", { displayName: "🌻", handle: "mx_sunflower" }).tribe).toBe("none");
    expect(classify("🐈 | ☕ | 🇬🇷").tribe).toBe("none");
    expect(classify("crochet patterns 🧶").tribe).toBe("diy_home");
  });

  it("reads compounds that end in a known word, not inflections that start with one", () => {
    expect(classify("Softwareentwicklerin in Hamburg").industry).toBe("software_saas");
    expect(classify("Yogalehrerin in Köln 🧘").tribe).toBe("wellness_mindfulness");
    expect(classify("preparando mi primer maratón").persona).not.toBe("student");
  });

  it("matches a phrase whose last word is plural", () => {
    expect(classify("road trips and national parks").tribe).toBe("travel_nomads");
  });

  it("lets a job's sector beat a hobby named next to a hobby marker", () => {
    expect(classify("Solicitor at a law firm in Leeds. Padel addict.").industry).toBe("unknown");
    expect(classify("VP Sales @ a cybersecurity company. Golf nerd.").industry).toBe("software_saas");
  });

  it("compiles a taxonomy once and reads an edited taxonomy as data", () => {
    expect(compileTaxonomy(defaultTaxonomy)).toBe(compileTaxonomy(defaultTaxonomy));
    expect(compileTaxonomy(ZTaxonomy.parse(JSON.parse(JSON.stringify(defaultTaxonomy))))).toBe(compileTaxonomy(defaultTaxonomy));
    expect(classify("zorbing every weekend").tribe).toBe("none");
    const edited = structuredClone(defaultTaxonomy);
    const outdoor = edited.tribes.find((t) => t.slug === "outdoor_adventure")!;
    outdoor.lexicon.terms.en.push({ value: "zorbing", weight: 2 });
    edited.version = "taxonomy-v1-edited";
    const taxonomy = ZTaxonomy.parse(edited);
    const r = classifyProfile(makeInput("zorbing every weekend"), taxonomy);
    expect(r.tribe).toBe("outdoor_adventure");
    expect(r.classifierVersion).toBe("taxonomy-v1-edited+classifier-1.0.0");
  });

  it("follows the taxonomy's label rules (audience threshold is data)", () => {
    const edited = structuredClone(defaultTaxonomy);
    edited.labelRules.audience.minFollowers = 2_000;
    const taxonomy = ZTaxonomy.parse(edited);
    const input = makeInput("Physiotherapist in Leeds", { followerCount: 3_000 });
    expect(classifyProfile(input, defaultTaxonomy).label).toBe("USER");
    expect(classifyProfile(input, taxonomy).label).toBe("AFFILIATE");
  });
});
