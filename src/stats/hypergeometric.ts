// Hypergeometric upper tails for the latency test's exceedance p-value, with no dependency.
//
// Each probability is three binomial probabilities in Loader's saddle-point form (R's dhyper does the
// same), so it keeps its digits at any size; the tail is summed from its far side of the mode, where
// every ratio of terms is below 1. The work is bounded whatever the arguments: where the sum would
// take more than MOST_TERMS terms (only near the mean of counts no deploy window holds), what it has
// is turned into an upper bound of the tail, which as a p-value can only be conservative.
import { logPmf } from "./binomial.js";

/** A tail sum stops once all that remains of it is below this fraction of what it has. */
const NEGLIGIBLE = 2 ** -60;

/** The most terms a tail sum takes (about a millisecond). */
const MOST_TERMS = 100_000;

const LARGEST_COUNT = Number.MAX_SAFE_INTEGER;

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(
      `hypergeometricUpperTail: ${name} must be a whole number from 0 to ${LARGEST_COUNT}, got ${String(value)}`,
    );
  }
}

/**
 * P(X ≥ k) where X counts the marked items among `draws` drawn without replacement from `marked`
 * marked and `unmarked` unmarked ones. Counts (their total too) must be whole numbers up to 2^53 − 1,
 * with draws at most the total, else a RangeError; k is any whole number.
 */
export function hypergeometricUpperTail(k: number, marked: number, unmarked: number, draws: number): number {
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(`hypergeometricUpperTail: k must be a whole number, got ${String(k)}`);
  }
  checkCount("marked", marked);
  checkCount("unmarked", unmarked);
  checkCount("draws", draws);
  const total = marked + unmarked;
  if (total > LARGEST_COUNT) {
    throw new RangeError(`hypergeometricUpperTail: marked + unmarked must be at most ${LARGEST_COUNT}`);
  }
  if (draws > total) {
    throw new RangeError(
      `hypergeometricUpperTail: draws must be at most marked + unmarked (${total}), got ${draws}`,
    );
  }
  const lowest = Math.max(0, draws - unmarked);
  const highest = Math.min(marked, draws);
  if (k <= lowest) return 1;
  if (k > highest) return 0;
  // Here 0 < draws < total, so the binomials' p is strictly inside (0, 1).
  const p = draws / total;
  const logTerm = (x: number) =>
    logPmf(x, marked, p) + logPmf(draws - x, unmarked, p) - logPmf(draws, total, p);
  // P(x + 1)/P(x) going up, P(x − 1)/P(x) going down; both fall as x moves away from the mode.
  const up = (x: number) => ((marked - x) * (draws - x)) / ((x + 1) * (unmarked - draws + x + 1));
  const down = (x: number) => (x * (unmarked - draws + x)) / ((marked - x + 1) * (draws - x + 1));
  const mode = Math.floor(((draws + 1) * (marked + 1)) / (total + 2));
  if (k > mode) {
    const sum = sumFrom(k, 1, highest, up);
    return Math.min(1, Math.exp(logTerm(k) + Math.log(sum.total + sum.rest)));
  }
  // At or below the mode the upper tail is large, so its complement loses nothing; a lower sum cut
  // short is too small, so 1 minus it is an upper bound.
  const lower = sumFrom(k - 1, -1, lowest, down);
  return Math.min(1, Math.max(0, 1 - Math.exp(logTerm(k - 1) + Math.log(lower.total))));
}

/**
 * Terms relative to the one at `start`, from there to `end`, and a bound on those it did not reach
 * (0 when it reached its end or the rest is negligible; infinite while ratios are still at least 1).
 */
function sumFrom(start: number, step: 1 | -1, end: number, ratioAt: (x: number) => number) {
  let term = 1;
  let total = 1;
  for (let x = start, terms = 1; x !== end; x += step, terms++) {
    const ratio = ratioAt(x);
    term *= ratio;
    total += term;
    // Ratios keep falling away from the mode, so once below 1, term·r/(1 − r) bounds all the rest.
    const rest = ratio < 1 ? (term * ratio) / (1 - ratio) : Number.POSITIVE_INFINITY;
    if (rest <= total * NEGLIGIBLE || x + step === end) return { total, rest: 0 };
    if (terms === MOST_TERMS) return { total, rest };
  }
  return { total, rest: 0 };
}
