import type { TTaxonomy } from "@/server/domain/taxonomy/taxonomy-schema";
import { CLASSIFIER_VERSION, type TClassification, type TClassifierInput, type TEvidence } from "./classifier-types";
import { collectEvidence, type TMatch } from "./collect-evidence";
import { compileTaxonomy } from "./compile-taxonomy";
import { confidenceOf, round3, unknownConfidence } from "./confidence";
import { decideLabel } from "./decide-label";

/**
 * Classifies one profile against a taxonomy: industry, persona, primary and secondary tribes,
 * execution label, a confidence per dimension and the evidence behind each answer. Pure and
 * deterministic (same input and taxonomy → same output); no I/O, no clock. A dimension whose
 * best score stays under its threshold is `unknown` / `none` — no guessing.
 *
 * Scoring: every cue found counts once per slug at its strongest occurrence (weight = cue weight
 * × kind factor × field weight: bio > display name > handle/website > hashtags); what the handle
 * and emoji add to a slug the words do not name is capped below the thresholds (they support,
 * never decide). Tribes lend a capped share of their score
 * to their related industry (so a job's sector beats a hobby's); brand / agency scores are scaled
 * down when the display name looks like a person's. Confidence = (1 − e^(−2·top/scale)) ×
 * (0.5 + 0.5 · margin over the runner-up).
 */

const MAX_EVIDENCE = 6;
const [INDUSTRY, PERSONA, TRIBE, SIGNAL] = [0, 1, 2, 3] as const;

export function classifierVersion(taxonomy: TTaxonomy): string {
  return `${taxonomy.version}+classifier-${CLASSIFIER_VERSION}`;
}

type TBest = { index: number; top: number; second: number };

/** Best and runner-up score among `scores[from … from+length)`, skipping one index (the no-signal slug). */
function best(scores: number[], from: number, length: number, skip = -1): TBest {
  let index = -1;
  let top = 0;
  let second = 0;
  for (let i = 0; i < length; i++) {
    if (i === skip) continue;
    const v = scores[from + i]!;
    if (v > top) {
      second = top;
      top = v;
      index = i;
    } else if (v > second) second = v;
  }
  return { index, top, second };
}

function evidenceFor(matches: TMatch[], d: number, index: number): TEvidence[] {
  const picked: TMatch[] = [];
  for (const m of matches) if (m.hit.d === d && m.hit.index === index && m.weight > 0) picked.push(m);
  picked.sort((a, b) => b.weight - a.weight || (a.hit.cue < b.hit.cue ? -1 : a.hit.cue > b.hit.cue ? 1 : 0));
  const out: TEvidence[] = [];
  for (let i = 0; i < picked.length && i < MAX_EVIDENCE; i++) {
    const m = picked[i]!;
    out.push({ kind: m.hit.kind, value: m.hit.cue, field: m.field, weight: round3(m.weight) });
  }
  return out;
}

/** True when a label signal (collab, review, refusal, minor) is clear enough to act on. */
function signalKnown(scores: number[], from: number, length: number, threshold: number): boolean {
  for (let i = 0; i < length; i++) if (scores[from + i]! >= threshold) return true;
  return false;
}

/** The strongest occurrence of each cue (a cue counts once per slug). */
function strongestMatches(all: TMatch[]): TMatch[] {
  const kept: TMatch[] = [];
  for (const m of all) {
    let found = -1;
    for (let i = 0; i < kept.length; i++) {
      if (kept[i]!.hit.key === m.hit.key) {
        found = i;
        break;
      }
    }
    if (found < 0) kept.push(m);
    else if (m.weight > kept[found]!.weight) kept[found] = m;
  }
  return kept;
}

export function classifyProfile(input: TClassifierInput, taxonomy: TTaxonomy): TClassification {
  const c = compileTaxonomy(taxonomy);
  const t = taxonomy.thresholds;
  const w = taxonomy.weights;
  const collected = collectEvidence(input, c);
  const matches = strongestMatches(collected.matches);

  // One flat score array: dimension d's slugs live at [offset[d], offset[d] + count[d]).
  const [iOff, pOff, tOff, sOff] = c.offsets;
  const nIndustry = c.slugs.industry.length;
  const nPersona = c.slugs.persona.length;
  const nTribe = c.slugs.tribe.length;
  const scores: number[] = new Array<number>(c.totalSlugs).fill(0);
  let handle: number[] | null = null;
  // Weak evidence — the handle and emoji — goes to its own bucket: it supports, never decides.
  for (const m of matches) {
    if (m.field !== "handle" && m.hit.kind !== "emoji") scores[c.offsets[m.hit.d]! + m.hit.index]! += m.weight;
    else (handle ??= new Array<number>(c.totalSlugs).fill(0))[c.offsets[m.hit.d]! + m.hit.index]! += m.weight;
  }

  // Industry gets a capped share of each tribe's score (a job's sector beats a hobby's); what the
  // handle says about a tribe joins the handle's capped say, so a handle alone never decides.
  const industryRules: TEvidence[] = [];
  let shares: number[] | null = null;
  for (let i = 0; i < nTribe; i++) {
    const target = c.tribeIndustry[i]!;
    if (target < 0) continue;
    const v = scores[tOff + i]!;
    if (v > 0) {
      const share = Math.min(v * w.tribeToIndustry, w.tribeToIndustryMax);
      scores[iOff + target]! += share;
      (shares ??= new Array<number>(nIndustry).fill(0))[target]! += share;
    }
    if (handle && handle[tOff + i]! > 0) handle[iOff + target]! += Math.min(handle[tOff + i]! * w.tribeToIndustry, w.tribeToIndustryMax);
  }
  // Handle and emoji amplify a slug the words already name; alone they add at most the cap.
  if (handle) for (let i = 0; i < handle.length; i++) if (handle[i]! > 0) scores[i]! += scores[i]! > 0 ? handle[i]! : Math.min(handle[i]!, w.handleCap);
  if (collected.personName) for (const i of c.personNamePenalty) scores[pOff + i]! *= taxonomy.personaRules.personNamePenalty.factor;

  // Tribes: primary, then secondary ones strongest first.
  const tribeBest = best(scores, tOff, nTribe, c.noSignal.tribe);
  const tribeKnown = tribeBest.top >= t.tribe;
  const tribeIndex = tribeKnown ? tribeBest.index : c.noSignal.tribe;
  const secondary: number[] = [];
  if (tribeKnown) {
    for (let i = 0; i < nTribe; i++) {
      const v = scores[tOff + i]!;
      if (i !== tribeIndex && i !== c.noSignal.tribe && v >= t.secondaryTribe && v >= t.secondaryTribeRatio * tribeBest.top) secondary.push(i);
    }
    if (secondary.length > 1) secondary.sort((a, b) => scores[tOff + b]! - scores[tOff + a]! || a - b);
    secondary.length = Math.min(secondary.length, t.maxSecondaryTribes);
  }

  // Persona, then the fallback for topic-only profiles and audience promotions.
  const personaBest = best(scores, pOff, nPersona, c.noSignal.persona);
  let personaIndex = personaBest.top >= t.persona ? personaBest.index : c.noSignal.persona;
  const personaRules: TEvidence[] = [];
  const industryPeek = best(scores, iOff, nIndustry);
  // A clear sector counts as topic even without a slug (a mechanic, a lawyer): the fallback persona applies.
  const topical = tribeKnown || industryPeek.top >= t.industry;
  if (personaIndex === c.noSignal.persona && topical) {
    personaIndex = c.personaFallback;
    personaRules.push({ kind: "rule", value: `topic signal without a persona cue → ${taxonomy.personaRules.fallback}`, field: "rules", weight: 1 });
  }
  const followers = input.followerCount;
  for (const p of c.promotions) {
    if (followers !== null && followers >= p.minFollowers && p.from.includes(personaIndex)) {
      personaRules.push({ kind: "count", value: `followers ${followers} ≥ ${p.minFollowers}: ${c.slugs.persona[personaIndex]} → ${c.slugs.persona[p.to]}`, field: "followerCount", weight: 1 });
      personaIndex = p.to;
    }
  }
  const personaSlug = c.slugs.persona[personaIndex]!;
  if (industryPeek.top < t.industry) {
    for (const implied of c.impliedIndustries) {
      if (implied.persona !== personaIndex) continue;
      scores[iOff + implied.industry]! += implied.weight;
      industryRules.push({ kind: "rule", value: `persona ${personaSlug} → industry`, field: "rules", weight: implied.weight });
    }
  }

  const industryBest = best(scores, iOff, nIndustry);
  const industryKnown = industryBest.top >= t.industry && industryBest.index !== c.noSignal.industry;
  const industryIndex = industryKnown ? industryBest.index : c.noSignal.industry;
  const share = shares?.[industryIndex] ?? 0;
  if (share > 0) industryRules.unshift({ kind: "rule", value: "share of the tribes' scores", field: "rules", weight: round3(share) });
  const personaKnown = personaIndex !== c.noSignal.persona;

  let personaConfidence: number;
  if (!personaKnown) personaConfidence = unknownConfidence(personaBest.top, t.persona);
  else if (personaBest.index === personaIndex) personaConfidence = confidenceOf(c, personaBest.top, personaBest.second);
  else personaConfidence = round3(Math.max(0.4, 0.7 * confidenceOf(c, Math.max(scores[pOff + personaIndex]!, t.persona), 0)));

  const label = decideLabel(c, {
    persona: personaSlug,
    personaConfidence,
    anySignal: personaKnown || industryKnown || tribeKnown || signalKnown(scores, sOff, c.slugs.signal.length, t.signal),
    ages: collected.ages,
    signals: scores,
    signalOffset: sOff,
    outletScore: c.outletMarker >= 0 ? scores[pOff + c.outletMarker]! : 0,
    followers,
  });
  const labelEvidence = label.evidence;
  for (const m of matches) {
    if (m.hit.d === SIGNAL && m.weight > 0) labelEvidence.push({ kind: m.hit.kind, value: `${c.slugs.signal[m.hit.index]}: ${m.hit.cue}`, field: m.field, weight: round3(m.weight) });
  }

  const industrySlug = c.slugs.industry[industryIndex]!;
  const tribeSlug = c.slugs.tribe[tribeIndex]!;
  const tribes: string[] = [];
  for (const i of secondary) tribes.push(c.slugs.tribe[i]!);
  const industryEvidence = evidenceFor(matches, INDUSTRY, industryIndex);
  for (const r of industryRules) industryEvidence.push(r);
  const personaEvidence = evidenceFor(matches, PERSONA, personaIndex);
  for (const r of personaRules) personaEvidence.push(r);
  return {
    industry: industrySlug,
    persona: personaSlug,
    tribe: tribeSlug,
    tribes,
    label: label.label,
    confidence: {
      industry: industryKnown ? confidenceOf(c, industryBest.top, industryBest.second) : unknownConfidence(industryBest.top, t.industry),
      persona: personaConfidence,
      tribe: tribeKnown ? confidenceOf(c, tribeBest.top, tribeBest.second) : unknownConfidence(tribeBest.top, t.tribe),
      label: round3(label.confidence),
    },
    explanation: [
      { dimension: "industry", slug: industrySlug, evidence: industryEvidence },
      { dimension: "persona", slug: personaSlug, evidence: personaEvidence },
      { dimension: "tribe", slug: tribeSlug, evidence: tribeKnown ? evidenceFor(matches, TRIBE, tribeIndex) : [] },
      { dimension: "label", slug: label.label, evidence: labelEvidence },
    ],
    classifierVersion: c.version,
  };
}
