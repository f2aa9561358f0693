import type { TCompiledTaxonomy } from "./compile-taxonomy";

export const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Confidence of a decided slug: (1 − e^(−2·top/scale)) × (0.5 + 0.5 · margin over the runner-up). */
export function confidenceOf(c: TCompiledTaxonomy, top: number, second: number): number {
  if (top <= 0) return 0;
  const strength = 1 - Math.exp((-2 * top) / c.taxonomy.thresholds.confidenceScale);
  return round3(strength * (0.5 + (0.5 * (top - second)) / top));
}

/** Confidence of an unknown / none answer: high with no evidence, lower as evidence nears the threshold. */
export const unknownConfidence = (top: number, threshold: number) => round3(Math.max(0.3, 0.9 - (0.6 * top) / threshold));
