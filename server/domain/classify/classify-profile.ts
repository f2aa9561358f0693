import type { TTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";
import { CLASSIFIER_VERSION, type TClassification, type TClassifierInput, type TEvidence } from "./classifier-types";
import { collectEvidence, type TMatch } from "./collect-evidence";
import { compileTaxonomy, dimensions, type TCompiledTaxonomy, type TDimension } from "./compile-taxonomy";
import { decideLabel } from "./decide-label";

/**
 * Classifies one profile against a taxonomy: industry, persona, primary and secondary tribes,
 * execution label, a confidence per dimension and the evidence behind each answer. Pure and
 * deterministic (same input and taxonomy → same output); no I/O, no clock. A dimension whose
 * best score stays under its threshold is `unknown` / `none` — no guessing.
 *
 * Scoring: every cue found counts once per slug at its strongest occurrence (weight = cue weight
 * × kind factor × field weight: bio > display name > handle/website > hashtags); what the handle
 * alone adds to a slug is capped below the thresholds. Tribes lend a capped share of their score
 * to their related industry (so a job's sector beats a hobby's); brand / agency scores are scaled
 * down when the display name looks like a person's. Confidence = (1 − e^(−2·top/scale)) ×
 * (0.5 + 0.5 · margin over the runner-up).
 */

const MAX_EVIDENCE = 6;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function classifierVersion(taxonomy: TTaxonomy): string {
  return `${taxonomy.version}+classifier-${CLASSIFIER_VERSION}`;
}

type TBest = { index: number; top: number; second: number };

function best(scores: Float64Array, skip = -1): TBest {
  let index = -1;
  let top = 0;
  let second = 0;
  for (let i = 0; i < scores.length; i++) {
    if (i === skip) continue;
    const v = scores[i]!;
    if (v > top) {
      second = top;
      top = v;
      index = i;
    } else if (v > second) second = v;
  }
  return { index, top, second };
}

function confidenceOf(c: TCompiledTaxonomy, b: TBest): number {
  if (b.top <= 0) return 0;
  const strength = 1 - Math.exp((-2 * b.top) / c.taxonomy.thresholds.confidenceScale);
  return round3(strength * (0.5 + (0.5 * (b.top - b.second)) / b.top));
}

const unknownConfidence = (top: number, threshold: number) => round3(Math.max(0.3, 0.9 - (0.6 * top) / threshold));

function evidenceFor(matches: TMatch[], dim: TDimension, index: number): TEvidence[] {
  return matches
    .filter((m) => m.hit.dim === dim && m.hit.index === index)
    .sort((a, b) => b.weight - a.weight || (a.hit.cue < b.hit.cue ? -1 : 1))
    .slice(0, MAX_EVIDENCE)
    .map((m) => ({ kind: m.hit.kind, value: m.hit.cue, field: m.field, weight: round3(m.weight) }));
}

export function classifyProfile(input: TClassifierInput, taxonomy: TTaxonomy): TClassification {
  const c = compileTaxonomy(taxonomy);
  const t = taxonomy.thresholds;
  const collected = collectEvidence(input, c);

  const strongest = new Map<number, TMatch>();
  for (const m of collected.matches) {
    const seen = strongest.get(m.hit.key);
    if (!seen || m.weight > seen.weight) strongest.set(m.hit.key, m);
  }
  const matches = [...strongest.values()];
  const scores = Object.fromEntries(dimensions.map((d) => [d, new Float64Array(c.slugs[d].length)])) as Record<TDimension, Float64Array>;
  const fromHandle = Object.fromEntries(dimensions.map((d) => [d, new Float64Array(c.slugs[d].length)])) as Record<TDimension, Float64Array>;
  for (const m of matches) (m.field === "handle" ? fromHandle : scores)[m.hit.dim][m.hit.index]! += m.weight;
  for (const d of dimensions) fromHandle[d].forEach((v, i) => (scores[d][i]! += Math.min(v, taxonomy.weights.handleCap)));

  const penalty = taxonomy.personaRules.personNamePenalty;
  if (collected.personName) for (const slug of penalty.personas) scores.persona[c.personaIndex(slug)]! *= penalty.factor;

  // Tribes: primary and secondary.
  const tribeBest = best(scores.tribe, c.noSignal.tribe);
  const tribeKnown = tribeBest.top >= t.tribe;
  const tribeIndex = tribeKnown ? tribeBest.index : c.noSignal.tribe;
  const secondary = tribeKnown
    ? [...scores.tribe.keys()]
        .filter((i) => i !== tribeIndex && i !== c.noSignal.tribe && scores.tribe[i]! >= t.secondaryTribe && scores.tribe[i]! >= t.secondaryTribeRatio * tribeBest.top)
        .sort((a, b) => scores.tribe[b]! - scores.tribe[a]! || a - b)
        .slice(0, t.maxSecondaryTribes)
    : [];

  // Industry: direct cues plus a share of each tribe's score.
  const industryRules: TEvidence[][] = c.slugs.industry.map(() => []);
  scores.tribe.forEach((score, i) => {
    const target = c.tribeIndustry[i]!;
    if (target < 0 || score <= 0) return;
    const share = Math.min(score * taxonomy.weights.tribeToIndustry, taxonomy.weights.tribeToIndustryMax);
    scores.industry[target]! += share;
    industryRules[target]!.push({ kind: "rule", value: `tribe ${c.slugs.tribe[i]} → industry`, field: "rules", weight: round3(share) });
  });

  // Persona, then the fallback for topic-only profiles and audience promotions.
  const personaBest = best(scores.persona, c.noSignal.persona);
  let personaIndex = personaBest.top >= t.persona ? personaBest.index : c.noSignal.persona;
  const personaRules: TEvidence[] = [];
  const industryPeek = best(scores.industry);
  const topical = tribeKnown || (industryPeek.top >= t.industry && industryPeek.index !== c.noSignal.industry);
  if (personaIndex === c.noSignal.persona && topical) {
    personaIndex = c.personaIndex(taxonomy.personaRules.fallback);
    personaRules.push({ kind: "rule", value: `topic signal without a persona cue → ${taxonomy.personaRules.fallback}`, field: "rules", weight: 1 });
  }
  const followers = input.followerCount;
  for (const p of taxonomy.personaRules.promotions) {
    if (followers !== null && followers >= p.minFollowers && p.from.includes(c.slugs.persona[personaIndex]!)) {
      personaRules.push({ kind: "count", value: `followers ${followers} ≥ ${p.minFollowers}: ${c.slugs.persona[personaIndex]} → ${p.to}`, field: "followerCount", weight: 1 });
      personaIndex = c.personaIndex(p.to);
    }
  }
  const persona = c.slugs.persona[personaIndex]!;
  for (const implied of taxonomy.personaRules.impliedIndustries) {
    if (implied.persona !== persona || industryPeek.top >= t.industry) continue;
    const target = c.industryIndex(implied.industry);
    scores.industry[target]! += implied.weight;
    industryRules[target]!.push({ kind: "rule", value: `persona ${persona} → industry`, field: "rules", weight: implied.weight });
  }

  const industryBest = best(scores.industry);
  const industryKnown = industryBest.top >= t.industry && industryBest.index !== c.noSignal.industry;
  const industryIndex = industryKnown ? industryBest.index : c.noSignal.industry;
  const personaKnown = personaIndex !== c.noSignal.persona;

  const personaConfidence = personaKnown
    ? personaBest.index === personaIndex
      ? confidenceOf(c, personaBest)
      : round3(Math.max(0.4, confidenceOf(c, { index: personaIndex, top: Math.max(scores.persona[personaIndex]!, t.persona), second: 0 }) * 0.7))
    : unknownConfidence(personaBest.top, t.persona);
  const outletIndex = c.personaIndex(taxonomy.labelRules.outletMarkerPersona);
  const label = decideLabel(c, {
    persona,
    personaConfidence,
    anySignal: personaKnown || industryKnown || tribeKnown,
    ages: collected.ages,
    signals: scores.signal,
    outletScore: outletIndex >= 0 ? scores.persona[outletIndex]! : 0,
    followers,
    confidence: (score) => confidenceOf(c, { index: 0, top: score, second: 0 }),
  });

  return {
    industry: c.slugs.industry[industryIndex]!,
    persona,
    tribe: c.slugs.tribe[tribeIndex]!,
    tribes: secondary.map((i) => c.slugs.tribe[i]!),
    label: label.label,
    confidence: {
      industry: industryKnown ? confidenceOf(c, industryBest) : unknownConfidence(industryBest.top, t.industry),
      persona: personaConfidence,
      tribe: tribeKnown ? confidenceOf(c, tribeBest) : unknownConfidence(tribeBest.top, t.tribe),
      label: round3(label.confidence),
    },
    explanation: [
      { dimension: "industry", slug: c.slugs.industry[industryIndex]!, evidence: [...evidenceFor(matches, "industry", industryIndex), ...industryRules[industryIndex]!] },
      { dimension: "persona", slug: persona, evidence: [...evidenceFor(matches, "persona", personaIndex), ...personaRules] },
      { dimension: "tribe", slug: c.slugs.tribe[tribeIndex]!, evidence: tribeKnown ? evidenceFor(matches, "tribe", tribeIndex) : [] },
      { dimension: "label", slug: label.label, evidence: [...label.evidence, ...matches.filter((m) => m.hit.dim === "signal").map((m) => ({ kind: m.hit.kind, value: `${c.slugs.signal[m.hit.index]}: ${m.hit.cue}`, field: m.field, weight: round3(m.weight) }))] },
    ],
    classifierVersion: classifierVersion(taxonomy),
  };
}
