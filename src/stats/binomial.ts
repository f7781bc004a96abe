// Binomial upper-tail probabilities for the spike test, accurate to about 1e-12 relative, with no
// dependency (a general incomplete-beta library would weigh more than the whole action).

const LOG_TWO_PI = Math.log(2 * Math.PI);

// A tail sum stops once all that remains of it is below this fraction of what it has.
const NEGLIGIBLE = 2 ** -60;

// log(n!) - log(√(2πn)·(n/e)^n) for n ≤ 15, where the Stirling series needs too many terms: n! is an
// exact double up to 15!, so only the final subtraction rounds. Index 0 is never read.
const SMALL_STIRLING_ERRORS = Array.from({ length: 16 }, (_, n) => {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * LOG_TWO_PI;
});

/** log(n!) minus Stirling's approximation of it, for an integer n ≥ 1. */
function stirlingError(n: number): number {
  if (n <= 15) return SMALL_STIRLING_ERRORS[n] as number;
  const inverseSquare = 1 / (n * n);
  // 1/12n − 1/360n³ + 1/1260n⁵ − 1/1680n⁷ + 1/1188n⁹: the next term is below 1e-16 from n = 16 on.
  return (
    (1 / 12 -
      (1 / 360 - (1 / 1260 - (1 / 1680 - inverseSquare / 1188) * inverseSquare) * inverseSquare) *
        inverseSquare) /
    n
  );
}

/**
 * x·log(x/mean) + mean − x, the Poisson deviance, without the cancellation of its three terms when x
 * is close to the mean (a series in v = (x − mean)/(x + mean) there).
 */
function deviance(x: number, mean: number): number {
  if (Math.abs(x - mean) >= 0.1 * (x + mean)) return x * Math.log(x / mean) + mean - x;
  const v = (x - mean) / (x + mean);
  const vSquared = v * v;
  let sum = (x - mean) * v;
  let power = 2 * x * v;
  for (let j = 1; ; j++) {
    power *= vSquared;
    const next = sum + power / (2 * j + 1);
    if (next === sum) return sum;
    sum = next;
  }
}

/**
 * log P(X = x) for X ~ Binomial(n, p), 0 < p < 1, in Loader's (2000) saddle-point form. A difference
 * of log-gammas would lose about eight digits at n = 1e8; Stirling remainders and deviances do not.
 */
function logPmf(x: number, n: number, p: number, q: number): number {
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  return (
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    deviance(x, n * p) -
    deviance(n - x, n * q) -
    0.5 * (LOG_TWO_PI + Math.log(x) + Math.log1p(-x / n))
  );
}

/**
 * P(X = start) + P(X = start + step) + … to the end of the support, where start lies on the far side
 * of the mode: every step's ratio r is below 1 and falls further, so once the last term times
 * r/(1 − r), a bound on all the rest, is negligible, the sum is done.
 */
function tailFrom(start: number, step: 1 | -1, n: number, p: number, q: number): number {
  // Each step multiplies the term by (n − j)/(j + 1) · p/q going up, by j/(n − j + 1) · q/p going down.
  const odds = step === 1 ? p / q : q / p;
  const end = step === 1 ? n : 0;
  let term = 1;
  let sum = 1;
  for (let j = start; j !== end; j += step) {
    const ratio = step === 1 ? ((n - j) / (j + 1)) * odds : (j / (n - j + 1)) * odds;
    term *= ratio;
    sum += term;
    if (term * ratio <= sum * NEGLIGIBLE * (1 - ratio)) break;
  }
  // Terms are relative to P(X = start) until here, so a tail beyond the smallest double is 0, not NaN.
  return Math.exp(logPmf(start, n, p, q) + Math.log(sum));
}

/** P(X ≥ k) for X ~ Binomial(n, p): integers k and n ≥ 0, 0 ≤ p ≤ 1. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0 || !(p >= 0 && p <= 1)) {
    throw new RangeError(
      `binomialUpperTail needs integers k and n ≥ 0 and 0 ≤ p ≤ 1, got k=${k} n=${n} p=${p}`,
    );
  }
  if (k <= 0) return 1;
  if (k > n || p === 0) return 0;
  if (p === 1) return 1;
  const q = 1 - p;
  // At or below the mean the upper tail is at least about one half, so its complement loses nothing.
  const tail = k > n * p ? tailFrom(k, 1, n, p, q) : 1 - tailFrom(k - 1, -1, n, p, q);
  return Math.min(1, Math.max(0, tail));
}
