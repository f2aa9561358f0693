import { describe, expect, it } from "vitest";
import { defaultTaxonomy, defaultTaxonomyInput } from "./default-taxonomy";
import { canonicalCue, foldText, isCanonicalCue } from "./fold-text";
import { languages, signalKinds, ZTaxonomy, type TCue, type TLexicon } from "./taxonomy-schema";

/** The contract from the spec (taxonomy.md): every slug, in order. */
const SPEC = {
  industries: [
    "software_saas", "ai_ml", "creator_media", "marketing_advertising", "ecommerce_retail", "fashion_apparel", "beauty_cosmetics", "health_fitness",
    "wellness_mental_health", "food_beverage", "finance_investing", "crypto_web3", "real_estate", "education", "gaming_esports", "music_entertainment",
    "travel_hospitality", "sports", "healthcare_medical", "nonprofit_social_impact", "home_diy", "pets", "unknown",
  ],
  personas: ["creator", "founder", "executive", "professional", "freelancer_consultant", "small_business_owner", "brand", "agency", "journalist_media", "student", "enthusiast", "unknown"],
  tribes: [
    "booktok_readers", "fitness_gym", "running_endurance", "skincare_beauty", "fashion_style", "foodies_home_cooks", "gamers", "crypto_web3", "indie_hackers",
    "ai_builders", "growth_marketers", "real_estate_investors", "personal_finance_fire", "parents_family", "travel_nomads", "music_makers", "sneakerheads",
    "sports_fans", "wellness_mindfulness", "pet_lovers", "diy_home", "students_studytok", "developers", "side_hustlers", "artists_creatives",
    "outdoor_adventure", "none",
  ],
  labels: ["USER", "PARTNER", "AFFILIATE", "FEEDBACK"],
};

const value = (c: TCue) => (typeof c === "string" ? c : c.value);
const weight = (c: TCue) => (typeof c === "string" ? 1 : c.weight);
const lexicons = (): [string, TLexicon][] => [
  ...defaultTaxonomy.industries.map((e) => [`industry/${e.slug}`, e.lexicon] as [string, TLexicon]),
  ...defaultTaxonomy.personas.map((e) => [`persona/${e.slug}`, e.lexicon] as [string, TLexicon]),
  ...defaultTaxonomy.tribes.map((e) => [`tribe/${e.slug}`, e.lexicon] as [string, TLexicon]),
  ...signalKinds.map((k) => [`signal/${k}`, defaultTaxonomy.labelRules.signals[k]] as [string, TLexicon]),
];

describe("default taxonomy", () => {
  it("validates against ZTaxonomy and is plain JSON data (what the console stores and edits)", () => {
    expect(ZTaxonomy.safeParse(defaultTaxonomyInput).success).toBe(true);
    expect(defaultTaxonomy.version).toBe("taxonomy-v1");
    expect(ZTaxonomy.parse(JSON.parse(JSON.stringify(defaultTaxonomyInput)))).toEqual(defaultTaxonomy);
  });

  it.each(["industries", "personas", "tribes"] as const)("has exactly the spec's %s, each with a name and description", (key) => {
    expect(new Set(defaultTaxonomy[key].map((e) => e.slug))).toEqual(new Set(SPEC[key]));
    expect(defaultTaxonomy[key]).toHaveLength(SPEC[key].length);
    for (const e of defaultTaxonomy[key]) {
      expect(e.name.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(0);
    }
  });

  it("has the four execution labels and a label for every persona", () => {
    expect(defaultTaxonomy.labels.map((l) => l.slug).sort()).toEqual([...SPEC.labels].sort());
    for (const slug of SPEC.personas) expect(SPEC.labels).toContain(defaultTaxonomy.labelRules.personaLabels[slug]);
  });

  it("has every cue folded to its canonical lower-case form", () => {
    for (const [name, lexicon] of lexicons()) {
      for (const lang of languages) {
        for (const c of [...lexicon.terms[lang], ...lexicon.phrases[lang]]) expect(isCanonicalCue(value(c)), `${name} ${lang} ${value(c)}`).toBe(true);
      }
      for (const c of lexicon.nameTerms) expect(isCanonicalCue(value(c)), `${name} ${value(c)}`).toBe(true);
      for (const c of lexicon.hashtags) expect(foldText(value(c)), `${name} #${value(c)}`).toBe(value(c));
      for (const c of lexicon.domains) expect(value(c), name).toBe(value(c).toLowerCase());
    }
    for (const word of [...defaultTaxonomy.negation.negators, ...defaultTaxonomy.negation.pastMarkers, ...defaultTaxonomy.nameStopwords]) expect(canonicalCue(word)).toBe(word);
  });

  it("has no duplicate cues within an entry (a cue shared by languages keeps one weight)", () => {
    for (const [name, lexicon] of lexicons()) {
      const weights = new Map<string, number>();
      for (const lang of languages) {
        const seen = new Set<string>();
        for (const c of [...lexicon.terms[lang], ...lexicon.phrases[lang]]) {
          expect(seen.has(value(c)), `${name} ${lang} repeats ${value(c)}`).toBe(false);
          seen.add(value(c));
          const previous = weights.get(value(c));
          if (previous !== undefined) expect(weight(c), `${name} ${value(c)} weights differ across languages`).toBe(previous);
          weights.set(value(c), weight(c));
        }
      }
      for (const key of ["hashtags", "emoji", "domains", "nameTerms"] as const) {
        const list = lexicon[key].map(value);
        expect(new Set(list).size, `${name} ${key} has duplicates`).toBe(list.length);
      }
    }
  });

  it("is multilingual: every industry and tribe with a topic has cues in several languages", () => {
    for (const e of [...defaultTaxonomy.industries, ...defaultTaxonomy.tribes]) {
      if (e.slug === "unknown" || e.slug === "none") continue;
      const covered = languages.filter((l) => e.lexicon.terms[l].length + e.lexicon.phrases[l].length > 0);
      expect(covered.length, `${e.slug} covers ${covered.join(", ")}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("ZTaxonomy", () => {
  type TEditable = typeof defaultTaxonomy;
  const broken = (edit: (t: TEditable) => void) => {
    const copy = structuredClone(defaultTaxonomy);
    edit(copy);
    return ZTaxonomy.safeParse(copy);
  };

  it.each([
    ["a duplicate slug", (t: TEditable) => t.tribes.push({ ...t.tribes[0]! })],
    ["a missing unknown industry", (t: TEditable) => (t.industries = t.industries.filter((e) => e.slug !== "unknown"))],
    ["a missing none tribe", (t: TEditable) => (t.tribes = t.tribes.filter((e) => e.slug !== "none"))],
    ["an upper-case term", (t: TEditable) => t.industries[0]!.lexicon.terms.en.push("SaaS")],
    ["an accented term", (t: TEditable) => t.industries[0]!.lexicon.terms.es.push("programación")],
    ["a phrase in terms", (t: TEditable) => t.industries[0]!.lexicon.terms.en.push("dev tools")],
    ["a one-word phrase", (t: TEditable) => t.industries[0]!.lexicon.phrases.en.push("devtools")],
    ["a bad slug", (t: TEditable) => (t.tribes[0]!.slug = "Book-Tok")],
    ["a tribe pointing at an unknown industry", (t: TEditable) => (t.tribes[0]!.industry = "publishing")],
    ["a rule naming an unknown persona", (t: TEditable) => (t.personaRules.fallback = "hobbyist")],
    ["a persona without a label", (t: TEditable) => delete t.labelRules.personaLabels["student"]],
    ["an emoji cue that is not an emoji", (t: TEditable) => t.tribes[0]!.lexicon.emoji.push("book")],
  ])("rejects %s", (_name, edit) => {
    expect(broken(edit).success).toBe(false);
  });
});
