// Family-wise error control for the spike test and the performance checks: Holm's step-down procedure
// (each family itself is chosen by Tarone's rule, in src/engine/spike-test.ts and
// src/engine/performance/family.ts).

/** Throws a RangeError unless alpha and every probability lie in [0, 1] (NaN does not). */
function checkProbabilities(name: string, probabilities: readonly number[], alpha: number): void {
  if (!(typeof alpha === "number" && alpha >= 0 && alpha <= 1)) {
    throw new RangeError(`${name}: alpha must be a number from 0 to 1, got ${String(alpha)}`);
  }
  const index = probabilities.findIndex((value) => !(typeof value === "number" && value >= 0 && value <= 1));
  if (index !== -1) {
    throw new RangeError(
      `${name}: every p-value must be a number from 0 to 1, got ${String(probabilities[index])} at ${index}`,
    );
  }
}

/**
 * Which hypotheses Holm's procedure rejects at level alpha, in the order of the p-values given. With a
 * family larger than the p-values given, the others are taken as never rejected and ranked last. Holm's
 * own proof still holds: before the first true null is rejected only false ones were, so its threshold
 * is at most alpha over the number of true nulls in the family, and the family-wise error at most alpha.
 */
export function holm(pValues: readonly number[], alpha: number, familySize = pValues.length): boolean[] {
  checkProbabilities("holm", pValues, alpha);
  if (!Number.isSafeInteger(familySize) || familySize < 0) {
    throw new RangeError(
      `holm: familySize must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${String(familySize)}`,
    );
  }
  const ranked = pValues.map((pValue, index) => ({ pValue, index })).sort((a, b) => a.pValue - b.pValue);
  const rejected = pValues.map(() => false);
  const m = Math.max(familySize, pValues.length);
  for (const [rank, { pValue, index }] of ranked.entries()) {
    if (!(pValue <= alpha / (m - rank))) break;
    rejected[index] = true;
  }
  return rejected;
}
