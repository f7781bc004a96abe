// The spike test's statistics on absurd inputs: every call ends quickly with a probability or a
// RangeError, whatever the numbers (past 2^53, fractional, negative, NaN, infinite), and stays
// accurate for counts far beyond any deploy window, where the tail is an asymptotic expansion.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asymptoticUpperTail,
  binomialUpperTail,
  SUM_TERMS,
  summedUpperTail,
} from "../../src/stats/binomial.js";
import { holm } from "../../src/stats/holm.js";
import { type RateCounts, rateRatioPValue } from "../../src/stats/rate-ratio-test.js";

/** Wall time a call may take: the slowest path is a few thousand multiply-adds, some microseconds. */
const CALL_BUDGET_MS = 50;

const LARGEST = Number.MAX_SAFE_INTEGER;

/** One run of call, timed: its value, or the error it threw. */
function timedOnce<T>(call: () => T): { value?: T; error?: unknown; ms: number } {
  const start = performance.now();
  try {
    const value = call();
    return { value, ms: performance.now() - start };
  } catch (error) {
    return { error, ms: performance.now() - start };
  }
}

/**
 * Runs call, timing it: its value, or the error it threw. A run over the budget is repeated up to twice
 * and the fastest counts, so that a pause of the machine (a garbage collection, a busy neighbour in a
 * parallel test run) is not taken for the function's own cost; a slow function is slow every time.
 */
function timed<T>(call: () => T): { value?: T; error?: unknown; ms: number } {
  let outcome = timedOnce(call);
  for (let retry = 0; retry < 2 && outcome.ms >= CALL_BUDGET_MS; retry++) {
    const again = timedOnce(call);
    if (again.ms < outcome.ms) outcome = again;
  }
  return outcome;
}

function isProbability(value: unknown): boolean {
  return typeof value === "number" && value >= 0 && value <= 1;
}

/** Numbers of every kind: small and safe integers, integers past 2^53, fractions, negatives, NaN, ±∞. */
const anyNumber = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.maxSafeInteger(),
  fc.maxSafeNat(),
  fc.double({ min: 2 ** 53, max: 1e300, noNaN: true }).map(Math.floor),
  fc.double({ min: -1e300, max: 1e300, noNaN: true }),
  fc.double(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0.5,
    -1,
    LARGEST,
    LARGEST + 1,
    2 ** 53 + 2,
    10_000_000_000_000_000,
    720_000_000_000_000_000,
    1e300,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
);

/** Probabilities, the extreme ones first, and numbers that are not. */
const anyProbability = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 0, max: 1e-6, noNaN: true }),
  fc.double({ min: 1 - 1e-6, max: 1, noNaN: true }),
  fc.double(),
  fc.constantFrom(0, 1, -0, Number.MIN_VALUE, 1e-300, 1 - 2 ** -53, 1 + 2 ** -52, -1e-300, Number.NaN),
);

/** n log-uniform over the whole safe range, p anywhere in (0, 1), k z standard deviations from the mean. */
const nearTheMean = fc
  .record({
    exponent: fc.double({ min: 0, max: Math.log10(LARGEST), noNaN: true }),
    p: fc.oneof(
      fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }),
      fc.double({ min: 1e-300, max: 1e-6, noNaN: true }),
    ),
    z: fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -40, max: 40, noNaN: true })),
  })
  .map(({ exponent, p, z }) => {
    const n = Math.min(LARGEST, Math.floor(10 ** exponent));
    const k = Math.round(n * p + z * Math.sqrt(n * p * (1 - p)));
    return { k: Math.min(Math.max(k, -1), n + 1), n, p };
  });

/** 1 − Φ(z) from erf's Taylor series: about 1e-14 absolute for |z| ≤ 4, plenty for a 1e-7 check. */
function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  let term = x;
  let erf = x;
  for (let n = 1; n < 100; n++) {
    term *= (-x * x) / n;
    erf += term / (2 * n + 1);
  }
  erf *= 2 / Math.sqrt(Math.PI);
  return z >= 0 ? (1 - erf) / 2 : (1 + erf) / 2;
}

describe("binomialUpperTail on any input", () => {
  it("returns a probability for whole k, 0 ≤ n ≤ 2^53 − 1 and 0 ≤ p ≤ 1, else throws a RangeError, each call in under 50 ms", () => {
    let slowest = 0;
    fc.assert(
      fc.property(anyNumber, anyNumber, anyProbability, (k, n, p) => {
        const valid = Number.isSafeInteger(k) && Number.isSafeInteger(n) && n >= 0 && p >= 0 && p <= 1;
        const outcome = timed(() => binomialUpperTail(k, n, p));
        slowest = Math.max(slowest, outcome.ms);
        expect(outcome.ms, `k=${k} n=${n} p=${p}`).toBeLessThan(CALL_BUDGET_MS);
        if (valid) {
          expect(outcome.error, `k=${k} n=${n} p=${p}`).toBeUndefined();
          expect(isProbability(outcome.value), `k=${k} n=${n} p=${p}: ${outcome.value}`).toBe(true);
        } else {
          expect(outcome.error, `k=${k} n=${n} p=${p}`).toBeInstanceOf(RangeError);
        }
      }),
      { numRuns: 1000 },
    );
    expect(slowest).toBeLessThan(CALL_BUDGET_MS);
  });

  it("ends quickly near the mean of any n up to 2^53 − 1, where the exact sum would take up to 4e8 terms", () => {
    fc.assert(
      fc.property(nearTheMean, ({ k, n, p }) => {
        const outcome = timed(() => binomialUpperTail(k, n, p));
        expect(outcome.ms, `k=${k} n=${n} p=${p}`).toBeLessThan(CALL_BUDGET_MS);
        expect(isProbability(outcome.value), `k=${k} n=${n} p=${p}: ${String(outcome.error)}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("names the argument it rejects", () => {
    expect(() => binomialUpperTail(10_000_000_000_000_000, 720_000_000_000_000_000, 0.01)).toThrow(
      /n must be a whole number from 0 to 9007199254740991, got 720000000000000000/,
    );
    expect(() => binomialUpperTail(2 ** 53, LARGEST, 0.5)).toThrow(/k must be a whole number/);
    expect(() => binomialUpperTail(1, -1, 0.5)).toThrow(/n must be/);
    expect(() => binomialUpperTail(1, 10.5, 0.5)).toThrow(/n must be/);
    expect(() => binomialUpperTail(Number.NaN, 10, 0.5)).toThrow(/k must be .* got NaN/);
    expect(() => binomialUpperTail(1, Number.POSITIVE_INFINITY, 0.5)).toThrow(/got Infinity/);
    expect(() => binomialUpperTail(1, 10, -1e-300)).toThrow(/p must be a probability/);
  });

  it("never rises with k, near the mean of any n", () => {
    fc.assert(
      fc.property(nearTheMean, ({ k, n, p }) => {
        const here = binomialUpperTail(k, n, p);
        const next = binomialUpperTail(k + 1, n, p);
        expect(next, `k=${k} n=${n} p=${p}`).toBeLessThanOrEqual(here);
      }),
      { numRuns: 500 },
    );
  });

  it("adds up with its lower tail to 1 for any n: P(X ≥ k) + P(n − X ≥ n − k + 1) = 1", () => {
    fc.assert(
      fc.property(
        nearTheMean.filter(({ p }) => p >= 0.5),
        ({ k, n, p }) => {
          // 1 − p is exact for p ≥ 1/2, so both sides ask about the same distribution.
          const sum = binomialUpperTail(k, n, p) + binomialUpperTail(n - k + 1, n, 1 - p);
          expect(Math.abs(sum - 1), `k=${k} n=${n} p=${p}`).toBeLessThan(1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("binomialUpperTail's accuracy for huge n", () => {
  // References computed at 45 digits (25 shown) with mpmath 1.3.0: the beta integral I_p(k, n − k + 1) by Gauss–Legendre
  // quadrature, or the exact sum where it is short; p is the double shown, taken exactly.
  const M = LARGEST;
  const references: [number, number, number, string][] = [
    [4503599627370496, M, 0.5, "0.5"],
    [4503599769729894, M, 0.5, "0.00134989807238521445997491"],
    [4503599532464230, M, 0.5, "0.9772498684793378162108527"],
    [4503601383136410, M, 0.5, "5.725571439789278655895489e-300"],
    [13698622785530, 1e15, 1 / 73, "0.9772498816023803385167259"],
    [13698631974850, 1e15, 1 / 73, "0.3085376124898756025433895"],
    [13698648515627, 1e15, 1 / 73, "2.866534332430234738615056e-7"],
    [13698740408832, 1e15, 1 / 73, "4.912570507521939159985854e-198"],
    [1004000, 1e12, 0.000001, "0.00003207420382393895508001887"],
    [999998968, 1e9, 0.999999, "0.8479052905517487986030104"],
    [999999095, 1e9, 0.999999, "0.001214619557334915369276017"],
    [100045, 200000, 0.5, "0.4211274726860600233172642"],
    [303270, 30000000, 0.01, "1.056351347752952290468032e-9"],
    [112328777648971, 8.2e15, 1 / 73, "0.1586552733101379287047075"],
    [1e15, 8.2e15, 1 / 73, "0"], // e^-1.3e15
    [1, M, 1e-300, "9.007199254740991225712233e-285"],
    [M - 3, M, 1 - 2 ** -40, "0"], // 1.7e-3547
  ];

  it("matches 45-digit references to 1e-12 relative, from the exact sum and the asymptotic expansion", () => {
    let expansions = 0;
    for (const [k, n, p, digits] of references) {
      const reference = Number(digits);
      const tail = binomialUpperTail(k, n, p);
      if (summedUpperTail(k, n, p, SUM_TERMS) === undefined) expansions++;
      const relative = reference === 0 ? tail : Math.abs(tail - reference) / reference;
      expect(relative, `k=${k} n=${n} p=${p}`).toBeLessThan(1e-12);
    }
    expect(expansions).toBeGreaterThanOrEqual(8);
  });

  it("agrees with the normal approximation (with continuity correction) to 1e-7 near the mean", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 15, max: Math.log10(LARGEST), noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: -4, max: 4, noNaN: true }),
        (exponent, p, z) => {
          const n = Math.min(LARGEST, Math.floor(10 ** exponent));
          const sd = Math.sqrt(n * p * (1 - p));
          const k = Math.round(n * p + z * sd);
          // The first neglected (Edgeworth) term is |1 − 2p|·|z² − 1|·φ(z)/(6σ): below 2.2e-8 for σ ≥ 3e6.
          const normal = normalUpperTail((k - 0.5 - n * p) / sd);
          expect(Math.abs(binomialUpperTail(k, n, p) - normal), `k=${k} n=${n} p=${p}`).toBeLessThan(1e-7);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("switches from the exact sum to the expansion without a seam: both agree to 2e-12 where both work", () => {
    // Standard deviations of 300 to 10,000: the sum takes up to ~1e5 terms, the expansion is in use
    // from about 400 on.
    fc.assert(
      fc.property(
        fc.double({ min: 2.5, max: 4, noNaN: true }),
        fc.double({ min: 1e-3, max: 1 - 1e-3, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (logSd, p, z) => {
          const sd = 10 ** logSd;
          const n = Math.round((sd * sd) / (p * (1 - p)));
          const k = Math.round(n * p + z * Math.sqrt(n * p * (1 - p)));
          const summed = summedUpperTail(k, n, p, 200_000) as number;
          const expanded = asymptoticUpperTail(k, n, p);
          expect(Math.abs(expanded - summed) / summed, `k=${k} n=${n} p=${p}`).toBeLessThan(2e-12);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the C-test on any counts", () => {
  const day = 86_400;
  const tenMinutes = 600;

  const anySeconds = fc.oneof(
    fc.double({ min: 1, max: 1e7, noNaN: true }),
    fc.double(),
    fc.constantFrom(
      0,
      -1,
      Number.MIN_VALUE,
      1e-300,
      1e300,
      Number.MAX_VALUE,
      Number.POSITIVE_INFINITY,
      Number.NaN,
    ),
  );
  const anyCount = fc.oneof(fc.nat(100_000), anyNumber);
  const anyRatio = fc.oneof(
    fc.double({ min: 1, max: 1000, noNaN: true }),
    fc.double(),
    fc.constantFrom(0, 2, 1e-300, 1e300, Number.MAX_VALUE, Number.NaN),
  );

  function validCounts(counts: RateCounts, minRatio: number): boolean {
    const count = (value: number) => Number.isSafeInteger(value) && value >= 0;
    const seconds = (value: number) => value > 0 && Number.isFinite(value);
    return (
      count(counts.before) &&
      count(counts.after) &&
      counts.before + counts.after <= LARGEST &&
      seconds(counts.beforeSeconds) &&
      seconds(counts.afterSeconds) &&
      minRatio > 0 &&
      Number.isFinite(minRatio)
    );
  }

  it("rateRatioPValue returns a probability or throw a RangeError, each in under 50 ms", () => {
    fc.assert(
      fc.property(
        anyCount,
        anySeconds,
        anyCount,
        anySeconds,
        anyRatio,
        (before, beforeSeconds, after, afterSeconds, minRatio) => {
          const counts = { before, beforeSeconds, after, afterSeconds };
          const valid = validCounts(counts, minRatio);
          for (const test of [rateRatioPValue]) {
            const outcome = timed(() => test(counts, minRatio));
            const label = `${test.name} ${JSON.stringify(counts)} minRatio=${minRatio}`;
            expect(outcome.ms, label).toBeLessThan(CALL_BUDGET_MS);
            if (valid) {
              expect(outcome.error, label).toBeUndefined();
              expect(isProbability(outcome.value), `${label}: ${outcome.value}`).toBe(true);
            } else {
              expect(outcome.error, label).toBeInstanceOf(RangeError);
            }
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it("rejects the fuzz study's counts past 2^53 at once, naming the field", () => {
    const counts = {
      before: 720_000_000_000_000_000,
      beforeSeconds: day,
      after: 10_000_000_000_000_000,
      afterSeconds: tenMinutes,
    };
    const outcome = timed(() => rateRatioPValue(counts, 2));
    expect(outcome.ms).toBeLessThan(CALL_BUDGET_MS);
    expect(outcome.error).toBeInstanceOf(RangeError);
    expect(String(outcome.error)).toMatch(
      /before \(events before the deploy\) must be a whole number from 0 to 9007199254740991, got 720000000000000000/,
    );
    expect(() => rateRatioPValue({ ...counts, before: 1 }, 2)).toThrow(/after \(events after the deploy\)/);
    expect(() => rateRatioPValue({ ...counts, before: Number.POSITIVE_INFINITY }, 2)).toThrow(/got Infinity/);
    expect(() => rateRatioPValue({ ...counts, before: LARGEST, after: 1 }, 2)).toThrow(
      /before \+ after must be at most/,
    );
    expect(() => rateRatioPValue({ ...counts, before: 1, after: 1, beforeSeconds: Number.NaN }, 2)).toThrow(
      /beforeSeconds must be/,
    );
    expect(() => rateRatioPValue({ ...counts, before: 1, after: 1 }, Number.POSITIVE_INFINITY)).toThrow(
      /minRatio must be/,
    );
  });

  it("answers for counts just inside 2^53 quickly: half at the null boundary, tiny just above it", () => {
    // 7e15 events in a day; after the deploy exactly twice that rate for ten minutes.
    const before = 7_000_000_000_000_000;
    const atBoundary = Math.round((before * 2 * tenMinutes) / day);
    const counts = { before, beforeSeconds: day, after: atBoundary, afterSeconds: tenMinutes };
    const boundary = timed(() => rateRatioPValue(counts, 2));
    expect(boundary.ms).toBeLessThan(CALL_BUDGET_MS);
    expect(boundary.value).toBeGreaterThan(0.45);
    expect(boundary.value).toBeLessThan(0.55);
    // 5e7 more events after (0.00005%): about 5 standard deviations (√(N·p0·q0) ≈ 9.8e6) above the mean.
    const above = timed(() => rateRatioPValue({ ...counts, after: atBoundary + 50_000_000 }, 2));
    expect(above.ms).toBeLessThan(CALL_BUDGET_MS);
    expect(above.value).toBeGreaterThan(1e-8);
    expect(above.value).toBeLessThan(1e-6);
  });

  it("keeps the null share in [0, 1] when exposures over- or underflow", () => {
    const counts = { before: 3, beforeSeconds: 1e-300, after: 2, afterSeconds: 1e-300 };
    expect(rateRatioPValue(counts, 1e300)).toBe(1); // the null share rounds to 1
    expect(rateRatioPValue({ ...counts, beforeSeconds: 1e300 }, 1e-300)).toBe(0);
    expect(rateRatioPValue({ ...counts, beforeSeconds: 1e308, afterSeconds: 1e308 }, 1)).toBe(
      rateRatioPValue({ ...counts, beforeSeconds: 1, afterSeconds: 1 }, 1),
    );
  });
});

describe("holm on values that are not probabilities", () => {
  it("throw a RangeError naming the value", () => {
    expect(() => holm([0.01, Number.NaN], 0.05)).toThrow(
      /holm: every p-value must be a number from 0 to 1, got NaN at 1/,
    );
    expect(() => holm([0.01, 1.5], 0.05)).toThrow(RangeError);
    expect(() => holm([0.01], Number.NaN)).toThrow(/holm: alpha must be/);
  });
});
