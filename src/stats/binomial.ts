// Binomial upper-tail probabilities for the spike test, with no dependency (a general incomplete-beta
// library would weigh more than the whole action).
//
// Two methods, each with a fixed bound on its work whatever the arguments (the spec's "no arithmetic
// loops on absurd numbers"; the loops before this bound ran for ever past n = 2^53, where j += 1 no
// longer moves j, and for seconds near the mean of n = 1e15, where the sum needs ~√n terms):
// - the tail summed term by term from its far side of the mode. It takes about 9.7·√(npq) terms from
//   the mode, about 42/(1 − r) where the first ratio of terms is r, and is used wherever it ends within
//   SUM_TERMS (4,000) terms: every count a deploy window can produce.
// - where it would not (npq above about 1.7e5 and k within about 1% of the mean), Temme's (1982)
//   uniform asymptotic expansion of the incomplete beta function, in the form of DiDonato & Morris
//   (1992, ACM TOMS 708, "BASYM"): an asymptotic series in powers of 1/√min(k, n − k + 1), here at
//   least 1.7e5, truncated once a term is below 2^-56 of the sum, at most 21 terms.
// Both take n·p exactly (as a sum of two doubles): n·p rounded to a double would, at n = 1e15, move the
// tail by several parts in 1e9 near the mean. Against 45-digit references (mpmath) over 1,065 cases
// with n from 1e3 to 2^53 − 1 and tails down to 1e-300, the worst relative error was 4.3e-13 for the
// sum and 1.6e-13 for the expansion; every call takes at most some tens of microseconds.

const LOG_TWO_PI = Math.log(2 * Math.PI);

/** Counts beyond this are not whole numbers a double can hold exactly; they are rejected. */
const LARGEST_COUNT = Number.MAX_SAFE_INTEGER;

// A tail sum stops once all that remains of it is below this fraction of what it has.
const NEGLIGIBLE = 2 ** -60;

/** The most terms the exact sum may take before the asymptotic expansion answers instead. */
export const SUM_TERMS = 4000;

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

const SPLITTER = 2 ** 27 + 1;

/** The rounding error of the double product a·b: a·b = product + the result exactly (Dekker 1971). */
function productError(a: number, b: number, product: number): number {
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/** x − n·p, to a few units in the last place of the result, though n·p is seldom a double. */
function excessOver(x: number, n: number, p: number): number {
  const mean = n * p;
  return x - mean - productError(n, p, mean);
}

// The deviance series below shrinks by v² < 0.01 a term, so 20 terms take it far below one ulp.
const DEVIANCE_TERMS = 20;

/**
 * x·log(x/mean) + mean − x, the Poisson deviance, for x > 0 and mean > 0 with excess = x − mean given
 * accurately; without the cancellation of its three terms when x is close to the mean (a series in
 * v = (x − mean)/(x + mean) there).
 */
function deviance(x: number, mean: number, excess: number): number {
  if (Math.abs(excess) >= 0.1 * (x + mean)) {
    const relative = excess / mean;
    // x/mean overflows only for a mean near the smallest double; log(x) − log(mean) is exact enough there.
    const logRatio = Number.isFinite(relative) ? Math.log1p(relative) : Math.log(x) - Math.log(mean);
    return x * logRatio - excess;
  }
  const v = excess / (x + mean);
  const vSquared = v * v;
  let sum = excess * v;
  let power = 2 * x * v;
  for (let j = 1; j <= DEVIANCE_TERMS; j++) {
    power *= vSquared;
    const next = sum + power / (2 * j + 1);
    if (next === sum) break;
    sum = next;
  }
  return sum;
}

/**
 * log P(X = x) for X ~ Binomial(n, p), whole numbers 0 ≤ x ≤ n and 0 < p < 1, in Loader's (2000)
 * saddle-point form. A difference of log-gammas would lose about eight digits at n = 1e8; Stirling
 * remainders and deviances do not. Exported for the hypergeometric distribution, built from three.
 */
export function logPmf(x: number, n: number, p: number): number {
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  const mean = n * p;
  const meanError = productError(n, p, mean);
  // n·p is mean + meanError exactly; n − x exceeds its own mean, n − n·p, by −excess.
  const excess = x - mean - meanError;
  // log(1 − x/n): 1 − x/n would keep only the last digits of x/n for x close to n; n − x is exact.
  const logShareLeft = x <= n / 2 ? Math.log1p(-x / n) : Math.log((n - x) / n);
  return (
    stirlingError(n) -
    stirlingError(x) -
    stirlingError(n - x) -
    deviance(x, mean, excess) -
    deviance(n - x, n - mean - meanError, -excess) -
    0.5 * (LOG_TWO_PI + Math.log(x) + logShareLeft)
  );
}

/**
 * P(X = start) + P(X = start + step) + … to the end of the support, where start lies on the far side
 * of the mode: every step's ratio r is below 1 and falls further, so once the last term times
 * r/(1 − r), a bound on all the rest, is negligible, the sum is done. Undefined when that takes more
 * than maxTerms terms.
 */
function tailFrom(
  start: number,
  step: 1 | -1,
  n: number,
  p: number,
  q: number,
  maxTerms: number,
): number | undefined {
  // Each step multiplies the term by (n − j)/(j + 1) · p/q going up, by j/(n − j + 1) · q/p going down.
  const odds = step === 1 ? p / q : q / p;
  const end = step === 1 ? n : 0;
  let term = 1;
  let sum = 1;
  let done = start === end;
  // j stays a safe integer (0 ≤ j ≤ n), so j += step always moves it.
  for (let j = start, terms = 1; !done && terms <= maxTerms; j += step, terms++) {
    const ratio = step === 1 ? ((n - j) / (j + 1)) * odds : (j / (n - j + 1)) * odds;
    term *= ratio;
    sum += term;
    done = term * ratio <= sum * NEGLIGIBLE * (1 - ratio) || j + step === end;
  }
  if (!done) return undefined;
  // Terms are relative to P(X = start) until here, so a tail beyond the smallest double is 0, not NaN.
  return Math.exp(logPmf(start, n, p) + Math.log(sum));
}

// Cody's (1969) rational approximations of erfc, in the ranges x ≤ 0.46875, x ≤ 4 and beyond.
const ERF_NUMERATOR = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694];
const ERF_DENOMINATOR = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
const ERF_LEADING = 0.18577770618460315;
const ERFC_NUMERATOR = [
  0.5641884969886701, 8.883149794388377, 66.11919063714163, 298.6351381974001, 881.952221241769,
  1712.0476126340707, 2051.0783778260716, 1230.3393547979972,
];
const ERFC_DENOMINATOR = [
  15.744926110709835, 117.6939508913125, 537.1811018620099, 1621.3895745666903, 3290.7992357334597,
  4362.619090143247, 3439.3676741437216, 1230.3393548037495,
];
const ERFC_LEADING = 2.1531153547440383e-8;
const ASYMPTOTIC_NUMERATOR = [
  0.30532663496123236, 0.36034489994980445, 0.12578172611122926, 0.016083785148742275, 0.0006587491615298378,
];
const ASYMPTOTIC_DENOMINATOR = [
  2.568520192289822, 1.8729528499234604, 0.5279051029514285, 0.06051834131244132, 0.0023352049762686918,
];
const ASYMPTOTIC_LEADING = 0.016315387137302097;
const ONE_OVER_ROOT_PI = 1 / Math.sqrt(Math.PI);

/** numerator(t)/denominator(t) with leading coefficients: Cody's polynomials, highest power first. */
function rational(t: number, leading: number, numerator: number[], denominator: number[]): number {
  let top = leading * t;
  let bottom = t;
  for (let i = 0; i < numerator.length - 1; i++) {
    top = (top + (numerator[i] as number)) * t;
    bottom = (bottom + (denominator[i] as number)) * t;
  }
  return (top + (numerator.at(-1) as number)) / (bottom + (denominator.at(-1) as number));
}

/** exp(x²)·erfc(x) for x ≥ 0, to a few ulps. */
function scaledErfc(x: number): number {
  if (x <= 0.46875) {
    const square = x * x;
    return Math.exp(square) * (1 - x * rational(square, ERF_LEADING, ERF_NUMERATOR, ERF_DENOMINATOR));
  }
  if (x <= 4) return rational(x, ERFC_LEADING, ERFC_NUMERATOR, ERFC_DENOMINATOR);
  const inverseSquare = 1 / (x * x);
  const correction =
    inverseSquare * rational(inverseSquare, ASYMPTOTIC_LEADING, ASYMPTOTIC_NUMERATOR, ASYMPTOTIC_DENOMINATOR);
  return (ONE_OVER_ROOT_PI - correction) / x;
}

// The expansion's terms in powers of w = 1/√(min(a, b)·(1 + h)) run in pairs up to this power; at the
// sizes it is used for (min(a, b) ≥ 1.6e5, so w ≤ 0.0025) it converges in far fewer.
const EXPANSION_TERMS = 20;
const EXPANSION_TOLERANCE = 2 ** -56;

/**
 * I_x(a, b), the regularized incomplete beta function, for a, b ≥ 100 and x on the lower side of the
 * mean, given by lambda = a − (a + b)·x ≥ 0 (at most 3% of min(a, b)): the asymptotic expansion of
 * Temme (1982) in the form of DiDonato & Morris (1992, "BASYM"). The leading term is erfc(√f)/2 with
 * f = a·log(a/((a+b)x)) + b·log(b/((a+b)(1−x))), the normal tail at the signed-root deviance; the
 * others correct it in powers of w.
 */
function temmeLowerTail(a: number, b: number, lambda: number): number {
  const exponent = deviance(a, a - lambda, lambda) + deviance(b, b + lambda, -lambda);
  const stirlingCorrection = stirlingError(a) + stirlingError(b) - stirlingError(a + b);
  const scale = Math.exp(-exponent - stirlingCorrection);
  if (scale === 0) return 0;
  const root = Math.sqrt(exponent);
  const smaller = Math.min(a, b);
  const larger = Math.max(a, b);
  const h = smaller / larger;
  const r0 = 1 / (1 + h);
  const r1 = (b - a) / larger;
  const w = 1 / Math.sqrt(smaller * (1 + h));
  const e1 = 2 ** -1.5;

  // 1-based: alpha[m] are the coefficients of the series the expansion's transformation reverts,
  // beta[m] those of its power −(i + 1)/2 (J. C. P. Miller's recurrence), c and d as in the paper.
  const alpha = new Float64Array(EXPANSION_TERMS + 2);
  const beta = new Float64Array(EXPANSION_TERMS + 2);
  const c = new Float64Array(EXPANSION_TERMS + 2);
  const d = new Float64Array(EXPANSION_TERMS + 2);
  const coefficient = (i: number): void => {
    const power = -(i + 1) / 2;
    beta[1] = power * (alpha[1] as number);
    for (let m = 2; m <= i; m++) {
      let convolution = 0;
      for (let j = 1; j < m; j++) {
        convolution += (j * power - (m - j)) * (alpha[j] as number) * (beta[m - j] as number);
      }
      beta[m] = power * (alpha[m] as number) + convolution / m;
    }
    c[i] = (beta[i] as number) / (i + 1);
    let reverted = 0;
    for (let j = 1; j < i; j++) reverted += (d[i - j] as number) * (c[j] as number);
    d[i] = -(reverted + (c[i] as number));
  };

  alpha[1] = (2 / 3) * r1;
  coefficient(1);
  // j0 and j1 are the integrals J_n(√(2f)) for even and odd n, scaled by e^f; they obey
  // J_n = e1·(2f)^((n−1)/2) + (n − 1)·J_(n−2).
  let j0 = (Math.sqrt(Math.PI) / 4) * scaledErfc(root);
  let j1 = e1;
  let sum = j0 + (d[1] as number) * w * j1;
  const twiceExponent = 2 * exponent;
  let oddPower = Math.sqrt(twiceExponent);
  let evenPower = twiceExponent;
  let hPower = 1;
  let evenPowersOfH = 1;
  let wPower = w;
  for (let n = 2; n <= EXPANSION_TERMS; n += 2) {
    hPower *= h * h;
    evenPowersOfH += hPower;
    alpha[n] = (2 * r0 * (1 + h * hPower)) / (n + 2);
    alpha[n + 1] = (2 * r1 * evenPowersOfH) / (n + 3);
    coefficient(n);
    coefficient(n + 1);
    j0 = e1 * oddPower + (n - 1) * j0;
    j1 = e1 * evenPower + n * j1;
    oddPower *= twiceExponent;
    evenPower *= twiceExponent;
    wPower *= w;
    const even = (d[n] as number) * wPower * j0;
    wPower *= w;
    const odd = (d[n + 1] as number) * wPower * j1;
    sum += even + odd;
    if (Math.abs(even) + Math.abs(odd) <= EXPANSION_TOLERANCE * sum) break;
  }
  return (2 / Math.sqrt(Math.PI)) * scale * sum;
}

/**
 * P(X ≥ k) = I_p(k, n − k + 1) by the asymptotic expansion, for 1 ≤ k ≤ n with k and n − k both
 * large and k within a few per cent of the mean; exported to test it against the exact sum.
 */
export function asymptoticUpperTail(k: number, n: number, p: number): number {
  const a = k;
  const b = n - k + 1;
  const lambda = excessOver(a, n + 1, p);
  // The expansion answers for the smaller tail; the other side is its complement.
  return lambda >= 0 ? temmeLowerTail(a, b, lambda) : 1 - temmeLowerTail(b, a, -lambda);
}

// However many terms summedUpperTail is allowed, it takes no more than this (a few milliseconds).
const MOST_TERMS = 1_000_000;

/**
 * P(X ≥ k) by the exact sum, or undefined when that would take more than maxTerms terms (at most a
 * million); for 1 ≤ k ≤ n and 0 < p < 1. Exported to test the asymptotic expansion against it.
 */
export function summedUpperTail(k: number, n: number, p: number, maxTerms: number): number | undefined {
  const q = 1 - p;
  const terms = Math.min(maxTerms, MOST_TERMS);
  // At or below the mean the upper tail is at least about one half, so its complement loses nothing.
  if (k > n * p) return tailFrom(k, 1, n, p, q, terms);
  const lower = tailFrom(k - 1, -1, n, p, q, terms);
  return lower === undefined ? undefined : 1 - lower;
}

function shown(value: unknown): string {
  return typeof value === "number" || typeof value === "bigint" ? String(value) : JSON.stringify(value);
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p): whole numbers k and 0 ≤ n ≤ 2^53 − 1, 0 ≤ p ≤ 1; anything else,
 * counts a double cannot hold exactly included, is a RangeError.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(
      `binomialUpperTail: n must be a whole number from 0 to ${LARGEST_COUNT}, got ${shown(n)}`,
    );
  }
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(
      `binomialUpperTail: k must be a whole number from ${-LARGEST_COUNT} to ${LARGEST_COUNT}, got ${shown(k)}`,
    );
  }
  if (!(typeof p === "number" && p >= 0 && p <= 1)) {
    throw new RangeError(`binomialUpperTail: p must be a probability from 0 to 1, got ${shown(p)}`);
  }
  if (k <= 0) return 1;
  if (k > n || p === 0) return 0;
  if (p === 1) return 1;
  // The sum fails to end within SUM_TERMS terms only near the mean of a large n (npq > 1.7e5, k within
  // about 1.2% of the mean), where the expansion's conditions (DiDonato & Morris: k and n − k + 1 over
  // 100, k − (n + 1)p within 3% of the smaller) hold with room to spare.
  const tail = summedUpperTail(k, n, p, SUM_TERMS) ?? asymptoticUpperTail(k, n, p);
  return Math.min(1, Math.max(0, tail));
}
