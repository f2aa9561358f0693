/**
 * Apollo charges 1 credit per matched person plus 8 when a mobile phone is returned, reported
 * only as a total per call (`credits_consumed`). This spreads that total over the persons of the
 * call by those weights so that per-item credits always add up to what Apollo charged.
 */
export type TMatchForCredits = { matched: boolean; mobile: boolean } | null;

export function attributeCredits(matches: readonly TMatchForCredits[], creditsConsumed: number): number[] {
  const weights = matches.map((m) => (m?.matched ? 1 + (m.mobile ? 8 : 0) : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const consumed = Math.max(0, Math.round(creditsConsumed * 100)); // in hundredths
  if (consumed === 0 || matches.length === 0) return weights.map(() => 0);
  // When Apollo charged for nothing we could attribute (or the weights disagree), spread evenly.
  const basis = total > 0 ? weights : matches.map(() => 1);
  const basisTotal = basis.reduce((a, b) => a + b, 0);
  const shares = basis.map((w) => Math.floor((consumed * w) / basisTotal));
  let left = consumed - shares.reduce((a, b) => a + b, 0);
  const charged = basis.flatMap((w, i) => (w > 0 ? [i] : []));
  for (let k = 0; left > 0; k++, left--) shares[charged[k % charged.length]!]! += 1;
  return shares.map((s) => s / 100);
}

/** Is this Apollo phone a mobile (the +8 credits case)? */
export const isMobilePhone = (type: string | undefined | null) => /mobile|cell/i.test(type ?? "");
