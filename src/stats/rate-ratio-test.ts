// The exact conditional test of Przyborowski and Wilenski (1940), the "C-test", of whether an issue's
// event rate after a deploy exceeds minRatio times its rate before it.
import { binomialUpperTail } from "./binomial.js";

// Chosen over the E-test (Krishnamoorthy & Thomson 2004): its size is at most α conditional on the
// total N, which the N-only family filter relies on, and with a baseline 100x+ longer than the window
// the E-test's extra power is small.

/** Events and exposure (seconds) of one issue before and after a deploy. */
export interface RateCounts {
  before: number;
  beforeSeconds: number;
  after: number;
  afterSeconds: number;
}

function checkArguments(counts: RateCounts, minRatio: number): void {
  const { before, beforeSeconds, after, afterSeconds } = counts;
  const countsValid = Number.isInteger(before) && Number.isInteger(after) && before >= 0 && after >= 0;
  const exposuresValid =
    beforeSeconds > 0 && afterSeconds > 0 && Number.isFinite(beforeSeconds + afterSeconds);
  if (!countsValid || !exposuresValid || !(minRatio > 0 && Number.isFinite(minRatio))) {
    throw new RangeError(
      `rate-ratio test needs whole counts ≥ 0, finite exposures > 0 and a finite minRatio > 0, got ${JSON.stringify(counts)} minRatio=${minRatio}`,
    );
  }
}

/** The share of events that fall after the deploy when the after-rate is exactly minRatio times the before-rate. */
export function nullShareAfter(
  counts: Pick<RateCounts, "beforeSeconds" | "afterSeconds">,
  minRatio: number,
): number {
  const weightedAfter = minRatio * counts.afterSeconds;
  return weightedAfter / (counts.beforeSeconds + weightedAfter);
}

/**
 * One-sided p-value of H0: rate after ≤ minRatio · rate before. Given N = before + after, at the
 * boundary of H0 `after` is Binomial(N, p0) with p0 the null share of events after the deploy.
 */
export function rateRatioPValue(counts: RateCounts, minRatio: number): number {
  checkArguments(counts, minRatio);
  return binomialUpperTail(counts.after, counts.before + counts.after, nullShareAfter(counts, minRatio));
}

/**
 * The smallest p-value the N could give, p0^N (every event after the deploy); it depends on N
 * only, never on how the events split. Underflows to 0 for large N.
 */
export function minimumPValue(counts: RateCounts, minRatio: number): number {
  checkArguments(counts, minRatio);
  return Math.exp((counts.before + counts.after) * Math.log(nullShareAfter(counts, minRatio)));
}
