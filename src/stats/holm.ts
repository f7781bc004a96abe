// Family-wise error control for the spike test: Holm's step-down procedure, over a family chosen by
// Tarone's (1990) rule for discrete tests.

/**
 * Which hypotheses Holm's procedure rejects at level alpha, in the order of the p-values given. With a
 * family larger than the p-values given, the others are taken as never rejected and ranked last. Holm's
 * own proof still holds: before the first true null is rejected only false ones were, so its threshold
 * is at most alpha over the number of true nulls in the family, and the family-wise error at most alpha.
 */
export function holm(pValues: readonly number[], alpha: number, familySize = pValues.length): boolean[] {
  const ranked = pValues.map((pValue, index) => ({ pValue, index })).sort((a, b) => a.pValue - b.pValue);
  const rejected = pValues.map(() => false);
  const m = Math.max(familySize, pValues.length);
  for (const [rank, { pValue, index }] of ranked.entries()) {
    if (!(pValue <= alpha / (m - rank))) break;
    rejected[index] = true;
  }
  return rejected;
}

/**
 * Which tests belong to the family, given the smallest p-value each could reach: those with a minimum
 * p-value ≤ alpha/K, for the smallest K ≥ 1 that leaves at most K of them. Tests that could hardly
 * reach significance thus do not dilute the others' thresholds; since the minima are fixed before the
 * outcomes (they depend on the total count only), choosing by them keeps the error control.
 */
export function taroneFamily(minPValues: readonly number[], alpha: number): boolean[] {
  const ascending = [...minPValues].sort((a, b) => a - b);
  // At most K minima are ≤ alpha/K exactly when the (K+1)-th smallest is above it (or there is none).
  const firstFit = ascending.findIndex((minPValue, k) => k > 0 && minPValue > alpha / k);
  const k = firstFit === -1 ? Math.max(ascending.length, 1) : firstFit;
  return minPValues.map((minPValue) => minPValue <= alpha / k);
}
