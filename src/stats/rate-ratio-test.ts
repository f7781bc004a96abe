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

const LARGEST_COUNT = Number.MAX_SAFE_INTEGER;
const SMALLEST_NORMAL = 2 ** -1022;

function shown(value: unknown): string {
  return typeof value === "number" || typeof value === "bigint" ? String(value) : JSON.stringify(value);
}

/** Throws a RangeError unless both exposures and minRatio are finite and above 0. */
function checkExposures(
  exposures: Pick<RateCounts, "beforeSeconds" | "afterSeconds">,
  minRatio: number,
): void {
  for (const field of ["beforeSeconds", "afterSeconds"] as const) {
    const value = exposures[field];
    if (!(typeof value === "number" && value > 0 && Number.isFinite(value))) {
      throw new RangeError(
        `rate-ratio test: ${field} must be a finite number of seconds above 0, got ${shown(value)}`,
      );
    }
  }
  if (!(typeof minRatio === "number" && minRatio > 0 && Number.isFinite(minRatio))) {
    throw new RangeError(`rate-ratio test: minRatio must be a finite number above 0, got ${shown(minRatio)}`);
  }
}

/**
 * Throws a RangeError naming the first argument outside the test's domain: counts must be whole
 * numbers from 0 to 2^53 − 1 (their total too, as it is the binomial's n), exposures and minRatio
 * finite and above 0.
 */
function checkArguments(counts: RateCounts, minRatio: number): void {
  const fields: [keyof RateCounts, string][] = [
    ["before", "events before the deploy"],
    ["after", "events after the deploy"],
  ];
  for (const [field, meaning] of fields) {
    const value = counts[field];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(
        `rate-ratio test: ${field} (${meaning}) must be a whole number from 0 to ${LARGEST_COUNT}, got ${shown(value)}`,
      );
    }
  }
  if (counts.before + counts.after > LARGEST_COUNT) {
    throw new RangeError(
      `rate-ratio test: before + after must be at most ${LARGEST_COUNT}, got ${counts.before} + ${counts.after}`,
    );
  }
  checkExposures(counts, minRatio);
}

/**
 * The share of events that fall after the deploy when the after-rate is exactly minRatio times the
 * before-rate; a RangeError unless the exposures and minRatio are finite and above 0.
 */
export function nullShareAfter(
  exposures: Pick<RateCounts, "beforeSeconds" | "afterSeconds">,
  minRatio: number,
): number {
  checkExposures(exposures, minRatio);
  const weightedAfter = minRatio * exposures.afterSeconds;
  const total = exposures.beforeSeconds + weightedAfter;
  // Where minRatio·afterSeconds or the total leaves the normal doubles (over 1.8e308, under 2.2e-308),
  // the share in ratios stays in [0, 1] and as close to the truth as a double can be.
  if (weightedAfter >= SMALLEST_NORMAL && Number.isFinite(total)) return weightedAfter / total;
  return 1 / (1 + exposures.beforeSeconds / exposures.afterSeconds / minRatio);
}

/**
 * One-sided p-value of H0: rate after ≤ minRatio · rate before. Given N = before + after, at the
 * boundary of H0 `after` is Binomial(N, p0) with p0 the null share of events after the deploy.
 */
export function rateRatioPValue(counts: RateCounts, minRatio: number): number {
  checkArguments(counts, minRatio);
  return binomialUpperTail(counts.after, counts.before + counts.after, nullShareAfter(counts, minRatio));
}
