import { describe, expect, it } from "vitest";
import { defaultTaxonomy } from "@/server/domain/taxonomy/default-taxonomy";
import { makeInput } from "./__fixtures__/make-input";
import type { TClassifierInput } from "./classifier-types";
import { classifyProfile } from "./classify-profile";

const classify = (bio: string, extra: Partial<TClassifierInput> = {}) => classifyProfile(makeInput(bio, extra), defaultTaxonomy);
const label = (bio: string, extra: Partial<TClassifierInput> = {}) => classify(bio, extra).label;

describe("execution label", () => {
  it.each([
    ["Co-founder @ Tidepool, a scheduling app", "PARTNER"],
    ["Head of Partnerships at a fintech", "PARTNER"],
    ["Owner of a tiny flower shop in Porto 🌷", "PARTNER"],
    ["Creative agency for restaurant brands", "PARTNER"],
  ])("organisation personas: %s → %s", (bio, expected) => {
    expect(label(bio, { followerCount: 900 })).toBe(expected);
  });

  it("a brand stays PARTNER even when it talks about collabs", () => {
    expect(label("Official account · free shipping · collabs: see site", { displayName: "Oakleaf Candles", followerCount: 80_000 })).toBe("PARTNER");
  });

  it("applies the audience threshold to professionals and freelancers (about 10k)", () => {
    expect(label("Freelance illustrator · children's books", { followerCount: 9_999 })).toBe("USER");
    expect(label("Freelance illustrator · children's books", { followerCount: 10_000 })).toBe("AFFILIATE");
    expect(label("Physiotherapist in Leeds", { followerCount: 2_000 })).toBe("USER");
  });

  it("makes creators with an audience AFFILIATE", () => {
    expect(label("YouTuber · weekly videos about board games", { followerCount: 5_000 })).toBe("AFFILIATE");
    expect(label("YouTuber · weekly videos about board games", { followerCount: 300 })).toBe("USER");
    expect(label("YouTuber · weekly videos about board games", { followerCount: null })).toBe("AFFILIATE");
  });

  it.each([
    ["UGC creator for beauty brands, DM for collabs", 300],
    ["books, tea and cats · ARC reader · PR friendly", 800],
    ["Kooperationen per DM 💌 · Fitness für Anfänger", 2_000],
    ["moda low profile · parcerias no direct", 1_500],
    ["brand partnerships: email in linktree", 4_000],
  ])("explicit collab/UGC/affiliate/ARC signals: %s → AFFILIATE", (bio, followerCount) => {
    expect(label(bio, { followerCount })).toBe("AFFILIATE");
  });

  it.each([
    ["beta tester for every fitness app I can find", 700],
    ["early adopter, power user of note-taking apps", 1_200],
    ["I review budget headphones. No sponsorships, I buy everything myself.", 40_000],
    ["reviewing cafés in Lisbon · not sponsored, I pay for my coffee", 12_000],
    ["Keine Kooperationen. Ich teste Laufschuhe selbst.", 8_000],
    ["reseñas honestas de libros, sin patrocinios", 3_000],
  ])("reviewers, testers and people who refuse sponsorships: %s → FEEDBACK", (bio, followerCount) => {
    expect(label(bio, { followerCount })).toBe("FEEDBACK");
  });

  it("a negated collab word is a refusal, not a collab signal", () => {
    const r = classify("honest food reviews in Leeds · no collabs, sorry", { followerCount: 15_000 });
    expect(r.label).toBe("FEEDBACK");
    expect(r.explanation.find((e) => e.dimension === "label")?.evidence.some((e) => e.value.startsWith("refusal:"))).toBe(true);
  });

  it.each([
    ["16 · minecraft builds and bad jokes", 60_000],
    ["15 y/o skater from Lyon 🛹", 20_000],
    ["high school student · robotics club · gamer", 12_000],
  ])("minors are USER whatever their audience: %s", (bio, followerCount) => {
    expect(label(bio, { followerCount })).toBe("USER");
  });

  it("does not read counts, ranges or years as ages", () => {
    expect(label("I rate coffee shops 1–10 · early access to every new app", { followerCount: 900 })).toBe("FEEDBACK");
    expect(label("14 doors in Ohio · buy and hold", { followerCount: 9_000 })).not.toBe("USER");
  });

  it.each([["", 0], ["✨", 50], ["lurker", 12]])("no-signal accounts are USER: %j", (bio, followerCount) => {
    const r = classify(bio, { followerCount });
    expect([r.industry, r.persona, r.tribe, r.label]).toEqual(["unknown", "unknown", "none", "USER"]);
  });

  it("treats a media outlet as PARTNER and an individual journalist as USER", () => {
    expect(label("Independent local news for Bristol since 2009 📰", { displayName: "Bristol Weekly", followerCount: 20_000 })).toBe("PARTNER");
    expect(label("Reporter covering transport for a national paper", { displayName: "Sam Reyes", followerCount: 20_000 })).toBe("USER");
  });
});
