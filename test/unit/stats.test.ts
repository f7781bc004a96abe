// The spike test's statistics: binomial tails against exact rationals and a reference library, the
// C-test's p-values, Holm's procedure and Tarone's family.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialUpperTail } from "../../src/stats/binomial.js";
import { holm } from "../../src/stats/holm.js";
import { rateRatioPValue } from "../../src/stats/rate-ratio-test.js";

function binomialCoefficients(n: number): bigint[] {
  const row = [1n];
  for (let j = 1; j <= n; j++) row.push(((row[j - 1] as bigint) * BigInt(n - j + 1)) / BigInt(j));
  return row;
}

function bitLength(value: bigint): number {
  return value.toString(2).length;
}

/** numerator/denominator as the nearest double, for positive values far above the smallest double. */
function rationalToNumber(numerator: bigint, denominator: bigint): number {
  if (numerator === 0n) return 0;
  const shift = bitLength(denominator) - bitLength(numerator) + 64;
  const scaled =
    shift >= 0 ? (numerator << BigInt(shift)) / denominator : numerator / (denominator << BigInt(-shift));
  return Number(scaled) * 2 ** -shift;
}

/** P(X ≥ k) for X ~ Binomial(n, successes/trials), exactly, rounded once to a double. */
function exactUpperTail(k: number, n: number, successes: bigint, trials: bigint): number {
  const coefficients = binomialCoefficients(n);
  let numerator = 0n;
  for (let j = Math.max(k, 0); j <= n; j++) {
    numerator += (coefficients[j] as bigint) * successes ** BigInt(j) * (trials - successes) ** BigInt(n - j);
  }
  return rationalToNumber(numerator, trials ** BigInt(n));
}

describe("binomialUpperTail", () => {
  const probabilities: [bigint, bigint][] = [
    [1n, 1000n],
    [137n, 10000n],
    [1n, 10n],
    [3n, 7n],
    [1n, 2n],
    [9n, 10n],
    [999n, 1000n],
  ];

  it("matches exact rational arithmetic for every k, n ≤ 60, to 1e-12 relative", () => {
    let worst = 0;
    for (const n of [1, 2, 3, 5, 8, 13, 21, 34, 45, 60]) {
      for (const [successes, trials] of probabilities) {
        const p = Number(successes) / Number(trials);
        for (let k = 0; k <= n + 1; k++) {
          const exact = exactUpperTail(k, n, successes, trials);
          const computed = binomialUpperTail(k, n, p);
          const relative = exact === 0 ? computed : Math.abs(computed - exact) / exact;
          worst = Math.max(worst, relative);
          expect(relative, `k=${k} n=${n} p=${p}`).toBeLessThan(1e-12);
        }
      }
    }
    expect(worst).toBeLessThan(1e-12);
  });

  it("matches @stdlib/math-base-special-betainc 0.2.3 (upper tail = betainc(p, k, n − k + 1))", () => {
    expect(Math.abs(binomialUpperTail(30, 1470, 0.0137) / 0.02280670815041271 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(binomialUpperTail(1, 10, 0.1) / 0.6513215599 - 1)).toBeLessThan(1e-12);
  });

  it("handles the edges of its domain", () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(-5, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    expect(binomialUpperTail(0, 0, 0.3)).toBe(1);
    expect(binomialUpperTail(1, 0, 0.3)).toBe(0);
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    expect(binomialUpperTail(0, 10, 0)).toBe(1);
    expect(binomialUpperTail(10, 10, 1)).toBe(1);
    expect(binomialUpperTail(11, 10, 1)).toBe(0);
    expect(binomialUpperTail(10, 10, 0.5)).toBe(2 ** -10);
    expect(() => binomialUpperTail(1.5, 10, 0.5)).toThrow(RangeError);
    expect(() => binomialUpperTail(1, 10, Number.NaN)).toThrow(RangeError);
    expect(() => binomialUpperTail(1, 10, 1.5)).toThrow(RangeError);
  });

  it("stays finite and in [0, 1] at n = 1e7 and 1e8", () => {
    for (const n of [1e7, 1e8]) {
      for (const p of [1e-9, 1e-4, 0.3, 0.5, 0.999]) {
        const mean = Math.round(n * p);
        for (const k of [1, mean - 1000, mean, mean + 1, mean + 1000, n]) {
          const tail = binomialUpperTail(k, n, p);
          expect(Number.isFinite(tail) && tail >= 0 && tail <= 1, `k=${k} n=${n} p=${p}`).toBe(true);
        }
      }
    }
    // The median of Binomial(1e8, 1/2) sits on the mean: P(X ≥ n/2) − P(X ≥ n/2 + 1) = P(X = n/2) ≈ 1/√(πn/2).
    const atMean = binomialUpperTail(5e7, 1e8, 0.5);
    expect(atMean + binomialUpperTail(5e7 + 1, 1e8, 0.5)).toBeCloseTo(1, 14);
    expect(atMean - 0.5).toBeCloseTo(0.5 / Math.sqrt((Math.PI * 1e8) / 2), 10);
  });

  it("gives tiny tails as 0 or tiny positive numbers, never NaN", () => {
    expect(binomialUpperTail(5000, 1e6, 1e-3)).toBe(0);
    const deep = binomialUpperTail(2000, 1e6, 1e-3);
    expect(deep).toBeGreaterThan(0);
    expect(deep).toBeLessThan(1e-150);
    expect(binomialUpperTail(1e6, 1e6, 1e-3)).toBe(0);
    expect(binomialUpperTail(1, 1e8, 1e-300)).toBeGreaterThan(0);
  });

  it("never rises with k", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ noNaN: true, min: 1e-6, max: 1 - 1e-6 }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        (n, p, where) => {
          const k = Math.floor(where * (n + 1));
          const here = binomialUpperTail(k, n, p);
          const next = binomialUpperTail(k + 1, n, p);
          return next <= here && here >= 0 && here <= 1 && next >= 0;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("adds up with its lower tail to 1: P(X ≥ k) + P(n − X ≥ n − k + 1) = 1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ noNaN: true, min: 1e-4, max: 1 - 1e-4 }),
        fc.double({ noNaN: true, min: 0, max: 1 }),
        (n, p, where) => {
          const k = Math.floor(where * (n + 1));
          const sum = binomialUpperTail(k, n, p) + binomialUpperTail(n - k + 1, n, 1 - p);
          return Math.abs(sum - 1) < 1e-11;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the C-test", () => {
  const day = 86_400;
  const tenMinutes = 600;

  it("is the binomial tail at the null share of events after the deploy", () => {
    const counts = { before: 1440, beforeSeconds: day, after: 30, afterSeconds: tenMinutes };
    const p0 = (2 * tenMinutes) / (day + 2 * tenMinutes);
    expect(rateRatioPValue(counts, 2)).toBe(binomialUpperTail(30, 1470, p0));
  });

  it("is 1 with no events after and shrinks as events after grow", () => {
    const base = { before: 100, beforeSeconds: day, after: 0, afterSeconds: tenMinutes };
    expect(rateRatioPValue(base, 2)).toBe(1);
    let previous = 1;
    for (let after = 1; after <= 20; after++) {
      const pValue = rateRatioPValue({ ...base, after }, 2);
      expect(pValue).toBeLessThan(previous);
      previous = pValue;
    }
  });

  it("rejects counts and exposures that make no sense", () => {
    const counts = { before: 1, beforeSeconds: day, after: 1, afterSeconds: tenMinutes };
    expect(() => rateRatioPValue({ ...counts, afterSeconds: 0 }, 2)).toThrow(RangeError);
    expect(() => rateRatioPValue({ ...counts, before: -1 }, 2)).toThrow(RangeError);
    expect(() => rateRatioPValue({ ...counts, after: 0.5 }, 2)).toThrow(RangeError);
    expect(() => rateRatioPValue(counts, 0)).toThrow(RangeError);
  });
});

describe("holm", () => {
  it("rejects 0.005 and 0.01 of [0.01, 0.04, 0.03, 0.005] at 0.05", () => {
    // Sorted: 0.005 ≤ 0.05/4, 0.01 ≤ 0.05/3, then 0.03 > 0.05/2 stops the procedure (0.04 ≤ 0.05 too late).
    expect(holm([0.01, 0.04, 0.03, 0.005], 0.05)).toEqual([true, false, false, true]);
  });

  it("rejects all when the largest p-value is below alpha and each is below its threshold", () => {
    expect(holm([0.04, 0.001, 0.02], 0.05)).toEqual([true, true, true]);
  });

  it("treats ties alike", () => {
    expect(holm([0.02, 0.02, 0.02], 0.06)).toEqual([true, true, true]);
    expect(holm([0.03, 0.03, 0.001], 0.05)).toEqual([false, false, true]);
  });

  it("rejects a p-value equal to its threshold", () => {
    expect(holm([0.025, 0.5], 0.05)).toEqual([true, false]);
  });

  it("returns nothing for no hypotheses", () => {
    expect(holm([], 0.05)).toEqual([]);
  });
});
