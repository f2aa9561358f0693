import { z } from "zod";
import { isCanonicalCue } from "./fold-text";

/**
 * The taxonomy as editable configuration: slugs, names and descriptions (the contract on lead
 * cards), the lexicons the classifier matches (per entry: terms and phrases per language,
 * hashtags, emoji, website-domain cues, name-only cues), and the weights, thresholds and rules
 * that turn matches into an industry, a persona, tribes and an execution label. Everything here
 * is data; the console edits it and `ZTaxonomy` validates it before the classifier compiles it.
 */

export const languages = ["en", "es", "pt", "fr", "de", "hi_en"] as const;
export type TLanguage = (typeof languages)[number];

export const executionLabels = ["USER", "PARTNER", "AFFILIATE", "FEEDBACK"] as const;
export const ZExecutionLabel = z.enum(executionLabels);
export type TExecutionLabel = z.infer<typeof ZExecutionLabel>;

/** The "no usable signal" answers every taxonomy must offer. */
export const NO_SIGNAL = { industry: "unknown", persona: "unknown", tribe: "none" } as const;

/** Label-rule signal lexicons, matched like the dimensions and used by the label rules. */
export const signalKinds = ["affiliate", "feedback", "refusal", "minor"] as const;
export type TSignalKind = (typeof signalKinds)[number];

const ZSlug = z.string().regex(/^[a-z][a-z0-9_]*$/, "slugs are lower snake_case");
const ZWeight = z.number().min(-10).max(10);
const ZFactor = z.number().min(0).max(5);
const ZCueText = z.string().min(1).max(80).refine(isCanonicalCue, "cues are folded lower-case words separated by single spaces");
export const ZTermText = ZCueText.refine((s) => !s.includes(" "), "a term is one word (put multi-word cues in phrases)");
export const ZPhraseText = ZCueText.refine((s) => s.includes(" "), "a phrase has at least two words");
const ZHashtagText = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}]+$/u, "hashtags are folded lower case, without '#'");
const ZEmojiText = z.string().regex(/^\p{Extended_Pictographic}\uFE0F?$/u, "an emoji cue is one emoji");
const ZDomainText = z.string().regex(/^[a-z0-9][a-z0-9.\-/]*$|^\.[a-z0-9.\-]+$/, "domain cues are lower case: '.ai', 'github.io', 'shopify'");

/** A cue is its text (default weight for its kind) or `{ value, weight }`; negative weights argue against. */
const cue = <T extends z.ZodType<string>>(text: T) => z.union([text, z.object({ value: text, weight: ZWeight })]);
export const ZTermCue = cue(ZTermText);
export const ZPhraseCue = cue(ZPhraseText);
export type TCue = string | { value: string; weight: number };

const byLanguage = <T extends z.ZodType>(item: T) =>
  z.object({
    en: z.array(item).default([]),
    es: z.array(item).default([]),
    pt: z.array(item).default([]),
    fr: z.array(item).default([]),
    de: z.array(item).default([]),
    hi_en: z.array(item).default([]),
  });

export const ZLexicon = z.object({
  /** Single words, per language, matched on word boundaries in bio, name, handle parts and hashtags. */
  terms: byLanguage(ZTermCue).prefault({}),
  /** Multi-word cues, per language; a phrase match wins over the words inside it. */
  phrases: byLanguage(ZPhraseCue).prefault({}),
  hashtags: z.array(cue(ZHashtagText)).default([]),
  emoji: z.array(cue(ZEmojiText)).default([]),
  /** Website cues: ".ai" (suffix), "github.io" (domain or subdomain), "shopify" (anywhere in the host). */
  domains: z.array(cue(ZDomainText)).default([]),
  /** Words that count only in the display name or handle ("co", "official", "hq"). */
  nameTerms: z.array(ZTermCue).default([]),
});
export type TLexicon = z.infer<typeof ZLexicon>;

export const ZEntry = z.object({
  slug: ZSlug,
  name: z.string().min(1).max(80),
  description: z.string().min(1).max(500),
  lexicon: ZLexicon.prefault({}),
});
export type TEntry = z.infer<typeof ZEntry>;

/** A tribe may point at the industry its community usually belongs to (e.g. fitness_gym → health_fitness). */
export const ZTribeEntry = ZEntry.extend({ industry: ZSlug.nullable().default(null) });
export type TTribeEntry = z.infer<typeof ZTribeEntry>;

const ZFieldWeights = z.object({ bio: ZFactor, displayName: ZFactor, handle: ZFactor, hashtags: ZFactor, website: ZFactor });
const ZKindWeights = z.object({ term: ZFactor, phrase: ZFactor, hashtag: ZFactor, emoji: ZFactor, domain: ZFactor });
const ZDimensionFactors = z.object({ industry: ZFactor, persona: ZFactor, tribe: ZFactor, signal: ZFactor });

export const ZWeights = z.object({
  fields: ZFieldWeights,
  kinds: ZKindWeights,
  /** Factor for a cue found inside a handle, domain name or hashtag without a word boundary. */
  substring: ZFactor,
  minSubstringLength: z.number().int().min(3).max(12),
  /** Factors for cues after a past-role marker ("ex-", "prev", "former"). */
  pastRole: ZDimensionFactors,
  /** Share of a tribe's score added to its related industry, and the most it may add. */
  tribeToIndustry: ZFactor,
  tribeToIndustryMax: ZFactor,
  /** The most the handle and emoji may add to a slug no word names (keep it under the thresholds: they support, never decide). */
  handleCap: ZFactor,
  /** Factor for industry cues in a bio clause that also holds a hobby marker (a cue of the fallback persona). */
  hobbyClause: ZFactor,
});

export const ZThresholds = z.object({
  industry: ZFactor,
  persona: ZFactor,
  tribe: ZFactor,
  /** Secondary tribes need this score and at least `secondaryTribeRatio` of the primary's. */
  secondaryTribe: ZFactor,
  secondaryTribeRatio: z.number().min(0).max(1),
  maxSecondaryTribes: z.number().int().min(0).max(10),
  signal: ZFactor,
  /** Score at which a dimension's confidence reaches about 0.86 (1 − e⁻²). */
  confidenceScale: z.number().positive().max(20),
});

export const ZNegation = z.object({
  /** Words that cancel a cue within `window` words before it, in the same clause ("not a pro"). */
  negators: z.array(ZTermText),
  /** Words that mark a past role ("ex", "prev", "former"): cues after them count less. */
  pastMarkers: z.array(ZTermText),
  window: z.number().int().min(1).max(4),
});

export const ZPersonaRules = z.object({
  /** Persona for a profile with topic signal but no persona cue. */
  fallback: ZSlug,
  /** After the decision: personas in `from` become `to` at `minFollowers` or more. */
  promotions: z.array(z.object({ from: z.array(ZSlug).min(1), to: ZSlug, minFollowers: z.number().int().nonnegative() })),
  /** A display name shaped like a person's name ("Ana Souza") scales these personas' scores. */
  personNamePenalty: z.object({ personas: z.array(ZSlug), factor: ZFactor }),
  /** Industry evidence a persona implies when nothing else names one (student → education). */
  impliedIndustries: z.array(z.object({ persona: ZSlug, industry: ZSlug, weight: ZFactor })),
});

export const ZLabelRules = z.object({
  /** The taxonomy's table: the label each persona gets before signals and audience are considered. */
  personaLabels: z.record(ZSlug, ZExecutionLabel),
  /** Personas whose label may still move with signals (individual journalists, creators…). */
  organisationPersonas: z.array(ZSlug),
  /** Media personas that are an organisation when the name/bio looks like one (outlet accounts). */
  outletPersonas: z.array(ZSlug),
  outletMarkerPersona: ZSlug,
  creatorPersonas: z.array(ZSlug),
  /** A creator needs this many followers for AFFILIATE without an explicit collab signal (unknown count passes). */
  creatorMinFollowers: z.number().int().nonnegative(),
  /** Individuals with at least this audience and a public voice are AFFILIATE. */
  audience: z.object({ personas: z.array(ZSlug), minFollowers: z.number().int().nonnegative() }),
  minorAge: z.object({ min: z.number().int().min(5), max: z.number().int().max(21) }),
  /** Words after an age that say it is an age ("16 yo", "15 años"). */
  ageWords: z.array(ZTermText),
  signals: z.object({ affiliate: ZLexicon, feedback: ZLexicon, refusal: ZLexicon, minor: ZLexicon }),
});

export const ZTaxonomy = z
  .object({
    version: z.string().regex(/^[a-z0-9][a-z0-9.\-_]*$/),
    industries: z.array(ZEntry).min(2),
    personas: z.array(ZEntry).min(2),
    tribes: z.array(ZTribeEntry).min(2),
    labels: z.array(z.object({ slug: ZExecutionLabel, name: z.string().min(1), description: z.string().min(1) })),
    /** Cue words that are also common names ("baker", "grace"): ignored in display names. */
    nameStopwords: z.array(ZTermText),
    weights: ZWeights,
    thresholds: ZThresholds,
    negation: ZNegation,
    personaRules: ZPersonaRules,
    labelRules: ZLabelRules,
  })
  .superRefine((t, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const sets = { industries: new Set<string>(), personas: new Set<string>(), tribes: new Set<string>() };
    for (const key of ["industries", "personas", "tribes"] as const) {
      t[key].forEach((entry, i) => {
        if (sets[key].has(entry.slug)) issue([key, i, "slug"], `duplicate slug ${entry.slug}`);
        sets[key].add(entry.slug);
      });
    }
    if (!sets.industries.has(NO_SIGNAL.industry)) issue(["industries"], `industry "${NO_SIGNAL.industry}" is required`);
    if (!sets.personas.has(NO_SIGNAL.persona)) issue(["personas"], `persona "${NO_SIGNAL.persona}" is required`);
    if (!sets.tribes.has(NO_SIGNAL.tribe)) issue(["tribes"], `tribe "${NO_SIGNAL.tribe}" is required`);
    t.tribes.forEach((tribe, i) => {
      if (tribe.industry !== null && !sets.industries.has(tribe.industry)) issue(["tribes", i, "industry"], `unknown industry ${tribe.industry}`);
    });
    const persona = (slug: string, path: (string | number)[]) => {
      if (!sets.personas.has(slug)) issue(path, `unknown persona ${slug}`);
    };
    const r = t.personaRules;
    persona(r.fallback, ["personaRules", "fallback"]);
    r.promotions.forEach((p, i) => [...p.from, p.to].forEach((s) => persona(s, ["personaRules", "promotions", i])));
    r.personNamePenalty.personas.forEach((s) => persona(s, ["personaRules", "personNamePenalty"]));
    r.impliedIndustries.forEach((p, i) => {
      persona(p.persona, ["personaRules", "impliedIndustries", i]);
      if (!sets.industries.has(p.industry)) issue(["personaRules", "impliedIndustries", i], `unknown industry ${p.industry}`);
    });
    const l = t.labelRules;
    for (const slug of sets.personas) if (!(slug in l.personaLabels)) issue(["labelRules", "personaLabels"], `no label for persona ${slug}`);
    Object.keys(l.personaLabels).forEach((s) => persona(s, ["labelRules", "personaLabels"]));
    [...l.organisationPersonas, ...l.outletPersonas, l.outletMarkerPersona, ...l.creatorPersonas, ...l.audience.personas].forEach((s) =>
      persona(s, ["labelRules"]),
    );
    const labels = new Set(t.labels.map((x) => x.slug));
    for (const label of executionLabels) if (!labels.has(label)) issue(["labels"], `label ${label} is required`);
  });

export type TTaxonomy = z.output<typeof ZTaxonomy>;
export type TTaxonomyInput = z.input<typeof ZTaxonomy>;
export type TLexiconInput = z.input<typeof ZLexicon>;
