// The exceedance test of the latency check: of a release's n samples, k were slower than a threshold
// fixed from the p95 of N baseline samples. Against a threshold taken as exact, k would be
// Binomial(n, 0.05) at the null's boundary; but the threshold is itself a sample p95, and with N
// not far above n its error alone makes that binomial reject several times too often (ten times at
// N = n, for a level of 0.001). The exact law of k is hypergeometric, and tends to the binomial as N
// grows.
import { hypergeometricUpperTail } from "./hypergeometric.js";

function checkCount(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(
      `exceedancePValue: ${name} must be a whole number from ${least} to ${Number.MAX_SAFE_INTEGER}, got ${String(value)}`,
    );
  }
}

/**
 * How many of N samples lie at or above their p95 as the usual estimators report it: nearest rank,
 * interpolation and the like all report at least the ⌊0.95·N⌋-th smallest sample (the first, for N < 2).
 */
export function atOrAboveP95(baselineSamples: number): number {
  return baselineSamples - Math.max(1, Math.floor((baselineSamples * 19) / 20)) + 1;
}

/**
 * One-sided p-value of H0 "the release's durations are no slower than c times the baseline's"
 * (stochastically; as N grows, "its p95 is at most c times the baseline's"), given that `slower` of its
 * `samples` exceeded c times the p95 of `baselineSamples` baseline samples. At H0's boundary the
 * release's durations divided by c and the baseline's are exchangeable; with r baseline samples at or
 * above their p95, at least k release samples lie above c times it exactly when at least k of the
 * pooled k + r − 1 slowest are the release's: a hypergeometric tail, exact whatever the durations'
 * law. A RangeError for counts that are not whole numbers, `slower` above `samples`, or no baseline
 * sample.
 */
export function exceedancePValue(slower: number, samples: number, baselineSamples: number): number {
  checkCount("samples", samples, 0);
  checkCount("slower", slower, 0);
  checkCount("baselineSamples", baselineSamples, 1);
  if (slower > samples) {
    throw new RangeError(`exceedancePValue: slower (${slower}) must be at most samples (${samples})`);
  }
  if (samples + baselineSamples > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `exceedancePValue: samples + baselineSamples must be at most ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  if (slower === 0) return 1;
  return hypergeometricUpperTail(
    slower,
    samples,
    baselineSamples,
    slower + atOrAboveP95(baselineSamples) - 1,
  );
}
