import { canonicalCue, foldText } from "@/server/domain/taxonomy/fold-text";
import { languages, NO_SIGNAL, signalKinds, type TCue, type TLexicon, type TTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";
import { CLASSIFIER_VERSION } from "./classifier-types";
import { SubstringIndex } from "./substring-index";

/**
 * Compiles a validated taxonomy once into lookup structures: word and phrase maps (cue →
 * every dimension/slug it argues for), hashtag and emoji maps, website-domain cues and a
 * substring automaton for run-together text. Cached by taxonomy identity, so the console can
 * swap in an edited taxonomy and the next call compiles it.
 */

export const dimensions = ["industry", "persona", "tribe", "signal"] as const;
export type TDimension = (typeof dimensions)[number];
export type TCueKind = "term" | "phrase" | "hashtag" | "emoji" | "domain";

export type THit = {
  dim: TDimension;
  /** Position of `dim` in `dimensions` (for per-dimension bookkeeping without lookups). */
  d: number;
  /** Index of the slug in its dimension's list. */
  index: number;
  /** Cue text as matched ("home baker", ".ai", "🧘"). */
  cue: string;
  kind: TCueKind;
  /** Cue weight × kind factor. */
  weight: number;
  /** Counts only in the display name or handle. */
  nameOnly: boolean;
  /** Same (dim, slug, cue) → same key: repeated cues count once. */
  key: number;
};

type TDomainCue = { cue: string; mode: "suffix" | "domain" | "contains" | "path"; hits: THit[] };
/** Website cues by kind: ".ai" suffixes and "github.io" domains by key, "shopify" / "amazon.com/shop" scanned. */
export type TDomainIndex = { suffixes: Map<string, THit[]>; domains: Map<string, THit[]>; scanned: TDomainCue[] };

export type TCompiledTaxonomy = {
  taxonomy: TTaxonomy;
  slugs: Record<TDimension, string[]>;
  words: Map<string, THit[]>;
  phrases: Map<string, THit[]>;
  /** First word of a phrase → longest phrase length starting with it. */
  phraseSpan: Map<string, number>;
  hashtags: Map<string, THit[]>;
  emoji: Map<string, THit[]>;
  domains: TDomainIndex;
  substrings: SubstringIndex<THit[]>;
  negators: Set<string>;
  pastMarkers: Set<string>;
  nameStopwords: Set<string>;
  ageWords: Set<string>;
  /** Refusal twin of each affiliate hit: a negated collab cue ("no collabs") is a refusal. */
  refusalTwin: Map<THit, THit>;
  /** Tribe index → industry index (or -1). */
  tribeIndustry: number[];
  noSignal: { industry: number; persona: number; tribe: number };
  signalIndex: Record<(typeof signalKinds)[number], number>;
  personaIndex: (slug: string) => number;
  industryIndex: (slug: string) => number;
  /** Rules resolved to slug indexes once. */
  personaFallback: number;
  personNamePenalty: number[];
  promotions: { from: number[]; to: number; minFollowers: number }[];
  impliedIndustries: { persona: number; industry: number; weight: number }[];
  outletMarker: number;
  version: string;
  /** Flat score layout: dimension d's slugs start at offsets[d]. */
  offsets: [number, number, number, number];
  totalSlugs: number;
};

const cache = new WeakMap<TTaxonomy, TCompiledTaxonomy>();
/** Recent taxonomies by content, for callers that re-parse the same stored JSON (a few ms vs ~100 ms to compile). */
const byContent = new Map<string, TCompiledTaxonomy>();
const BY_CONTENT_MAX = 4;

/** The compiled form of `taxonomy`, built on first use and cached by identity (then by content). */
export function compileTaxonomy(taxonomy: TTaxonomy): TCompiledTaxonomy {
  const cached = cache.get(taxonomy);
  if (cached) return cached;
  const key = JSON.stringify(taxonomy);
  let compiled = byContent.get(key);
  if (compiled) byContent.delete(key);
  else compiled = build(taxonomy);
  byContent.set(key, compiled);
  if (byContent.size > BY_CONTENT_MAX) byContent.delete(byContent.keys().next().value!);
  cache.set(taxonomy, compiled);
  return compiled;
}

const cueValue = (cue: TCue) => (typeof cue === "string" ? cue : cue.value);
const cueWeight = (cue: TCue) => (typeof cue === "string" ? 1 : cue.weight);

function build(taxonomy: TTaxonomy): TCompiledTaxonomy {
  const slugs: Record<TDimension, string[]> = {
    industry: taxonomy.industries.map((e) => e.slug),
    persona: taxonomy.personas.map((e) => e.slug),
    tribe: taxonomy.tribes.map((e) => e.slug),
    signal: [...signalKinds],
  };
  const words = new Map<string, THit[]>();
  const phrases = new Map<string, THit[]>();
  const phraseSpan = new Map<string, number>();
  const hashtags = new Map<string, THit[]>();
  const emoji = new Map<string, THit[]>();
  const domainMap = new Map<string, TDomainCue>();
  const keys = new Map<string, number>();
  const kinds = taxonomy.weights.kinds;
  const push = <K>(map: Map<K, THit[]>, key: K, hit: THit) => {
    const list = map.get(key);
    if (list) list.push(hit);
    else map.set(key, [hit]);
  };
  const hit = (dim: TDimension, index: number, cue: string, kind: TCueKind, weight: number, nameOnly = false): THit => {
    const id = `${dim}:${index}:${cue}`;
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = keys.size));
    return { dim, d: dimensions.indexOf(dim), index, cue, kind, weight: weight * kinds[kind], nameOnly, key };
  };

  const addLexicon = (dim: TDimension, index: number, lexicon: TLexicon) => {
    for (const lang of languages) {
      for (const cue of lexicon.terms[lang]) push(words, canonicalCue(cueValue(cue)), hit(dim, index, canonicalCue(cueValue(cue)), "term", cueWeight(cue)));
      for (const cue of lexicon.phrases[lang]) {
        const text = canonicalCue(cueValue(cue));
        const parts = text.split(" ");
        push(phrases, text, hit(dim, index, text, "phrase", cueWeight(cue)));
        phraseSpan.set(parts[0]!, Math.max(phraseSpan.get(parts[0]!) ?? 0, parts.length));
      }
    }
    for (const cue of lexicon.nameTerms) push(words, canonicalCue(cueValue(cue)), hit(dim, index, canonicalCue(cueValue(cue)), "term", cueWeight(cue), true));
    for (const cue of lexicon.hashtags) push(hashtags, foldText(cueValue(cue)), hit(dim, index, `#${foldText(cueValue(cue))}`, "hashtag", cueWeight(cue)));
    for (const cue of lexicon.emoji) {
      const symbol = [...cueValue(cue).replace(/\uFE0F/g, "")][0]!;
      push(emoji, symbol, hit(dim, index, symbol, "emoji", cueWeight(cue)));
    }
    for (const cue of lexicon.domains) {
      const text = cueValue(cue);
      let entry = domainMap.get(text);
      const mode = text.startsWith(".") ? "suffix" : text.includes("/") ? "path" : text.includes(".") ? "domain" : "contains";
      if (!entry) domainMap.set(text, (entry = { cue: text, mode, hits: [] }));
      entry.hits.push(hit(dim, index, text, "domain", cueWeight(cue)));
    }
  };
  taxonomy.industries.forEach((e, i) => addLexicon("industry", i, e.lexicon));
  taxonomy.personas.forEach((e, i) => addLexicon("persona", i, e.lexicon));
  taxonomy.tribes.forEach((e, i) => addLexicon("tribe", i, e.lexicon));
  const signals = taxonomy.labelRules.signals;
  signalKinds.forEach((kind, i) => addLexicon("signal", i, signals[kind]));

  const refusal = signalKinds.indexOf("refusal");
  const refusalTwin = new Map<THit, THit>();
  for (const list of [...words.values(), ...phrases.values(), ...hashtags.values()]) {
    for (const h of list) if (h.dim === "signal" && slugs.signal[h.index] === "affiliate") refusalTwin.set(h, { ...h, index: refusal, key: h.key + 1_000_000 });
  }

  const substrings = new SubstringIndex<THit[]>();
  const minLength = taxonomy.weights.minSubstringLength;
  for (const [word, list] of words) if (word.length >= minLength && !/^\d+$/.test(word)) substrings.add(word, list);
  for (const [phrase, list] of phrases) {
    const compact = phrase.replace(/ /g, "");
    if (compact.length >= minLength + 2 && !words.has(compact)) substrings.add(compact, list);
  }
  substrings.build();

  const index = (list: string[]) => (slug: string) => list.indexOf(slug);
  const persona = (slug: string) => slugs.persona.indexOf(slug);
  const rules = taxonomy.personaRules;
  return {
    taxonomy,
    slugs,
    words,
    phrases,
    phraseSpan,
    hashtags,
    emoji,
    domains: {
      suffixes: new Map([...domainMap.values()].filter((d) => d.mode === "suffix").map((d) => [d.cue, d.hits])),
      domains: new Map([...domainMap.values()].filter((d) => d.mode === "domain").map((d) => [d.cue, d.hits])),
      scanned: [...domainMap.values()].filter((d) => d.mode === "contains" || d.mode === "path"),
    },
    substrings,
    negators: new Set(taxonomy.negation.negators),
    pastMarkers: new Set(taxonomy.negation.pastMarkers),
    nameStopwords: new Set(taxonomy.nameStopwords),
    ageWords: new Set(taxonomy.labelRules.ageWords),
    refusalTwin,
    tribeIndustry: taxonomy.tribes.map((t) => (t.industry === null ? -1 : slugs.industry.indexOf(t.industry))),
    noSignal: {
      industry: slugs.industry.indexOf(NO_SIGNAL.industry),
      persona: slugs.persona.indexOf(NO_SIGNAL.persona),
      tribe: slugs.tribe.indexOf(NO_SIGNAL.tribe),
    },
    signalIndex: Object.fromEntries(signalKinds.map((kind, i) => [kind, i])) as Record<(typeof signalKinds)[number], number>,
    personaIndex: index(slugs.persona),
    industryIndex: index(slugs.industry),
    personaFallback: persona(rules.fallback),
    personNamePenalty: rules.personNamePenalty.personas.map(persona),
    promotions: rules.promotions.map((p) => ({ from: p.from.map(persona), to: persona(p.to), minFollowers: p.minFollowers })),
    impliedIndustries: rules.impliedIndustries.map((p) => ({ persona: persona(p.persona), industry: slugs.industry.indexOf(p.industry), weight: p.weight })),
    outletMarker: persona(taxonomy.labelRules.outletMarkerPersona),
    version: `${taxonomy.version}+classifier-${CLASSIFIER_VERSION}`,
    offsets: [0, slugs.industry.length, slugs.industry.length + slugs.persona.length, slugs.industry.length + slugs.persona.length + slugs.tribe.length],
    totalSlugs: slugs.industry.length + slugs.persona.length + slugs.tribe.length + slugs.signal.length,
  };
}
