import type { TExecutionLabel } from "@/server/domain/taxonomy/taxonomy-schema";
import type { TEvidence } from "./classifier-types";
import type { TCompiledTaxonomy } from "./compile-taxonomy";
import { confidenceOf } from "./confidence";

/**
 * The execution label from the decided persona, the label-rule signals and the audience, in
 * the taxonomy's order of precedence:
 *   1. no usable signal → USER            2. a minor → USER
 *   3. organisation personas (brand, agency, founder, executive, small business) → their label
 *   4. media outlet accounts → PARTNER, or AFFILIATE when they sell sponsorships
 *   5. refuses sponsorships (and reviews) → FEEDBACK
 *   6. explicit collab / UGC / affiliate / sponsorship / ARC signals → AFFILIATE
 *   7. reviewer / beta tester / early adopter / power user → FEEDBACK
 *   8. creator with a real audience (≥ creatorMinFollowers, or unknown count) → AFFILIATE
 *   9. professional or freelancer with ≥ audience.minFollowers → AFFILIATE
 *  10. otherwise the persona's label (USER for individuals; a creator below the audience bar → USER)
 */

export type TLabelInput = {
  persona: string;
  personaConfidence: number;
  anySignal: boolean;
  ages: number[];
  /** Flat score array and where the signal scores start in it. */
  signals: number[];
  signalOffset: number;
  outletScore: number;
  followers: number | null;
};
export type TLabelDecision = { label: TExecutionLabel; confidence: number; evidence: TEvidence[] };

const rule = (value: string, weight = 1): TEvidence => ({ kind: "rule", value, field: "rules", weight });

export function decideLabel(c: TCompiledTaxonomy, input: TLabelInput): TLabelDecision {
  const rules = c.taxonomy.labelRules;
  const threshold = c.taxonomy.thresholds.signal;
  const signal = c.signalIndex;
  const at = input.signalOffset;
  const affiliate = input.signals[at + signal.affiliate]!;
  const feedback = input.signals[at + signal.feedback]!;
  const refusal = input.signals[at + signal.refusal]!;
  const minor = input.signals[at + signal.minor]!;
  const { persona, followers } = input;
  const personaLabel = rules.personaLabels[persona] ?? "USER";

  if (!input.anySignal) return { label: "USER", confidence: 0.9, evidence: [rule("no usable signal → USER")] };
  if (input.ages.length > 0 || minor >= threshold) {
    const why = input.ages.length > 0 ? `age ${input.ages[0]} (minor) → USER` : "minor → USER";
    return { label: "USER", confidence: 0.85, evidence: [rule(why)] };
  }
  if (rules.organisationPersonas.includes(persona)) {
    return { label: personaLabel, confidence: input.personaConfidence, evidence: [rule(`persona ${persona} → ${personaLabel}`)] };
  }
  if (rules.outletPersonas.includes(persona) && input.outletScore >= c.taxonomy.thresholds.persona) {
    if (affiliate >= threshold) {
      return { label: "AFFILIATE", confidence: confidenceOf(c, affiliate, 0), evidence: [rule("media outlet selling sponsorships → AFFILIATE")] };
    }
    return { label: "PARTNER", confidence: confidenceOf(c, input.outletScore, 0), evidence: [rule("media outlet account → PARTNER")] };
  }
  if (refusal >= threshold) {
    return { label: "FEEDBACK", confidence: confidenceOf(c, refusal + feedback, 0), evidence: [rule("refuses sponsorships → FEEDBACK")] };
  }
  if (affiliate >= threshold) {
    return { label: "AFFILIATE", confidence: confidenceOf(c, affiliate, 0), evidence: [rule("explicit collab/affiliate signal → AFFILIATE")] };
  }
  if (feedback >= threshold) {
    return { label: "FEEDBACK", confidence: confidenceOf(c, feedback, 0), evidence: [rule("reviewer/tester/early adopter → FEEDBACK")] };
  }
  if (rules.creatorPersonas.includes(persona)) {
    if (followers === null || followers >= rules.creatorMinFollowers) {
      const count: TEvidence[] = followers === null ? [] : [{ kind: "count", value: `followers ${followers} ≥ ${rules.creatorMinFollowers}`, field: "followerCount", weight: 1 }];
      return { label: "AFFILIATE", confidence: Math.min(input.personaConfidence, 0.9), evidence: [rule("creator with an audience → AFFILIATE"), ...count] };
    }
    return { label: "USER", confidence: 0.6, evidence: [rule(`creator below ${rules.creatorMinFollowers} followers → USER`)] };
  }
  if (rules.audience.personas.includes(persona) && followers !== null && followers >= rules.audience.minFollowers) {
    return {
      label: "AFFILIATE",
      confidence: 0.7,
      evidence: [rule(`${persona} with an audience → AFFILIATE`), { kind: "count", value: `followers ${followers} ≥ ${rules.audience.minFollowers}`, field: "followerCount", weight: 1 }],
    };
  }
  return { label: personaLabel, confidence: Math.max(0.5, input.personaConfidence), evidence: [rule(`persona ${persona} → ${personaLabel}`)] };
}
