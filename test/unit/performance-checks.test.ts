// The performance checks' decisions on hand-made numbers (thresholds, floors, Tarone's family and
// Holm, insufficient samples, the rollout comparison), the exceedance test's arithmetic, and the
// orchestration against a small fake source: which queries, in what order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPerformance, TRANSACTIONS_LISTED } from "../../src/engine/performance/check.js";
import { crashRateTest, previousRelease } from "../../src/engine/performance/crash-rate.js";
import { failureRateTest, rateTest } from "../../src/engine/performance/failure-rate.js";
import {
  assessPerformance,
  decideFamily,
  type FamilyTest,
  type PerformanceSettings,
  taroneFamily,
} from "../../src/engine/performance/family.js";
import { LATENCY_MIN_SAMPLES, latencyTest } from "../../src/engine/performance/latency.js";
import { familyOf, type SpikeCandidate, sampleInsufficient } from "../../src/engine/spike-test.js";
import type {
  ReleaseSessions,
  SentrySource,
  SessionsQuery,
  TransactionStats,
  TransactionStatsQuery,
} from "../../src/sentry/source.js";
import { binomialUpperTail } from "../../src/stats/binomial.js";
import { atOrAboveP95, exceedancePValue } from "../../src/stats/exceedance-test.js";
import { holm } from "../../src/stats/holm.js";
import { hypergeometricUpperTail } from "../../src/stats/hypergeometric.js";
import { nullShareAfter, rateRatioPValue } from "../../src/stats/rate-ratio-test.js";

const SETTINGS: PerformanceSettings = { alpha: 0.01, maxIncrease: 0.2, minRatio: 2, minEvents: 10 };

function stats(
  transaction: string,
  samples: number,
  p95Ms: number | null,
  extra: Partial<TransactionStats> = {},
): TransactionStats {
  return { transaction, samples, failures: 0, p95Ms, slower: null, ...extra };
}

function binomialCoefficient(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let value = 1n;
  for (let i = 0; i < k; i++) value = (value * BigInt(n - i)) / BigInt(i + 1);
  return value;
}

/** P(X ≥ k) for a hypergeometric X, summed exactly, rounded once (64 significant bits kept). */
function exactHypergeometric(k: number, marked: number, unmarked: number, draws: number): number {
  let favourable = 0n;
  for (let x = Math.max(k, 0); x <= Math.min(marked, draws); x++) {
    favourable += binomialCoefficient(marked, x) * binomialCoefficient(unmarked, draws - x);
  }
  if (favourable === 0n) return 0;
  const all = binomialCoefficient(marked + unmarked, draws);
  const shift = all.toString(2).length - favourable.toString(2).length + 64;
  return Number((favourable << BigInt(shift)) / all) * 2 ** -shift;
}

describe("the exceedance test", () => {
  it("sums hypergeometric tails as exact rationals do", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: -2, max: 82 }),
        (marked, unmarked, share, k) => {
          const draws = Math.round(share * (marked + unmarked));
          const exact = exactHypergeometric(k, marked, unmarked, draws);
          const tail = hypergeometricUpperTail(k, marked, unmarked, draws);
          expect(Math.abs(tail - exact)).toBeLessThanOrEqual(1e-11 * exact + 1e-30);
        },
      ),
    );
  });

  it("is P(Binomial(n, 0.05) ≥ k) for a baseline far larger than the sample, and stricter for a small one", () => {
    for (const [k, n] of [
      [10, 100],
      [30, 500],
      [70, 1000],
    ] as const) {
      const binomial = binomialUpperTail(k, n, 0.05);
      expect(Math.abs(exceedancePValue(k, n, 1e9) / binomial - 1)).toBeLessThan(1e-4);
    }
    // 13 of 50 slower than a threshold from 50 baseline samples: the threshold's own error dominates.
    expect(exceedancePValue(13, 50, 50)).toBeCloseTo(0.0061088, 6);
    expect(binomialUpperTail(13, 50, 0.05)).toBeLessThan(1e-6);
  });

  it("counts the baseline samples at or above the lowest p95 a usual estimator reports", () => {
    // The ⌊0.95·N⌋-th smallest and all above it.
    expect([1, 2, 20, 50, 100, 1000].map(atOrAboveP95)).toEqual([1, 2, 2, 4, 6, 51]);
    expect(exceedancePValue(0, 80, 100)).toBe(1);
    expect(exceedancePValue(80, 80, 100) / exactHypergeometric(80, 80, 100, 85)).toBeCloseTo(1, 12);
  });

  it("stays a probability and ends at once on absurd counts", () => {
    const big = 2 ** 50;
    for (const [k, n, baseline] of [
      [Math.floor(big / 20), big, big],
      [Math.floor(big / 19), big, 2 ** 51],
      [3, big, 7],
    ] as const) {
      const start = performance.now();
      const p = exceedancePValue(k, n, baseline);
      expect(performance.now() - start).toBeLessThan(100);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it("names the argument it rejects", () => {
    expect(() => exceedancePValue(6, 5, 100)).toThrow(/slower \(6\) must be at most samples \(5\)/);
    expect(() => exceedancePValue(1, 5, 0)).toThrow(/baselineSamples must be a whole number from 1/);
    expect(() => exceedancePValue(1.5, 5, 10)).toThrow(/slower must be a whole number/);
    expect(() => hypergeometricUpperTail(1, 2, 3, 6)).toThrow(/draws must be at most marked \+ unmarked/);
  });
});

describe("the latency check", () => {
  const baseline = stats("GET /a", 2000, 200);
  const slow = stats("GET /a", 400, 455, { slower: 87 });

  it("fixes the threshold at (1 + latency-max-increase) × the baseline p95 and tests the share slower", () => {
    const assessed = latencyTest({ baseline, after: slow, concurrent: null }, SETTINGS);
    expect(assessed?.check).toMatchObject({ thresholdMs: 240, samples: 400, slower: 87, p95Ms: 455 });
    expect(assessed?.check.pValue).toBe(exceedancePValue(87, 400, 2000));
    expect(assessed?.test.smallestPValue).toBe(exceedancePValue(400, 400, 2000));
    expect(assessed?.test.floorsHold).toBe(true);
  });

  it("tests nothing with fewer than 50 samples since the rollout or in the baseline: insufficient", () => {
    const few = [
      latencyTest({ baseline, after: stats("GET /a", 49, 900, { slower: 40 }), concurrent: null }, SETTINGS),
      latencyTest({ baseline: stats("GET /a", 49, 200), after: slow, concurrent: null }, SETTINGS),
      latencyTest({ baseline, after: null, concurrent: null }, SETTINGS),
    ];
    for (const assessed of few) {
      expect(assessed?.check.pValue).toBeNull();
      expect(assessed?.test.pValue).toBeNull();
      expect(assessed?.test.insufficient(1)).toBe(true);
    }
    expect(
      latencyTest({ baseline: stats("GET /a", 0, null), after: slow, concurrent: null }, SETTINGS),
    ).toBeNull();
    expect(LATENCY_MIN_SAMPLES).toBe(50);
  });

  it("withdraws a rejection whose observed p95 is not above the threshold, or with fewer than 5 slower", () => {
    const p95Below = latencyTest({ baseline, after: { ...slow, p95Ms: 239 }, concurrent: null }, SETTINGS);
    expect(p95Below?.check.pValue).toBeLessThan(1e-20);
    expect(p95Below?.test.floorsHold).toBe(false);
    const fourSlower = latencyTest(
      { baseline, after: stats("GET /a", 50, 300, { slower: 4 }), concurrent: null },
      SETTINGS,
    );
    expect(fourSlower?.test.floorsHold).toBe(false);
  });

  it("during a rollout, withdraws a slowdown the other releases share", () => {
    const beside = (samples: number, p95Ms: number) =>
      latencyTest({ baseline, after: slow, concurrent: stats("GET /a", samples, p95Ms) }, SETTINGS)?.test
        .floorsHold;
    // 455 ms is not above 1.2 × 400 ms, but is above 1.2 × 300 ms; 49 samples beside are too few to say.
    expect(beside(500, 400)).toBe(false);
    expect(beside(500, 300)).toBe(true);
    expect(beside(49, 400)).toBe(true);
  });

  it("calls a sample insufficient when a quarter of it slower would not pass Holm's strictest threshold", () => {
    const small = latencyTest(
      {
        baseline: stats("GET /a", 50, 200),
        after: stats("GET /a", 50, 210, { slower: 2 }),
        concurrent: null,
      },
      SETTINGS,
    );
    // 13 of 50 slower against 50 baseline samples: p = 0.0061, within 0.01 alone, not within 0.01/2.
    expect(small?.test.insufficient(1)).toBe(false);
    expect(small?.test.insufficient(2)).toBe(true);
    const large = latencyTest(
      {
        baseline: stats("GET /a", 5000, 200),
        after: stats("GET /a", 50, 210, { slower: 2 }),
        concurrent: null,
      },
      SETTINGS,
    );
    expect(large?.test.insufficient(1000)).toBe(false);
  });
});

describe("the failure-rate and crash-rate checks", () => {
  it("test the share after against spike-min-ratio × the share before, with requests as the exposure", () => {
    const assessed = rateTest({ before: 100, beforeTotal: 10_000, after: 30, afterTotal: 500 }, SETTINGS);
    const counts = { before: 100, beforeSeconds: 10_000, after: 30, afterSeconds: 500 };
    expect(assessed.check).toMatchObject({ ratio: 6, finding: false, insufficient: false });
    expect(assessed.check.pValue).toBe(rateRatioPValue(counts, 2));
    expect(assessed.test.smallestPValue / nullShareAfter(counts, 2) ** 130).toBeCloseTo(1, 12);
    expect(assessed.test.floorsHold).toBe(true);
  });

  it("withdraw a rejection with fewer than spike-min-events failures since, and leave it out of the family", () => {
    const nine = rateTest({ before: 0, beforeTotal: 100_000, after: 9, afterTotal: 100 }, SETTINGS);
    expect(nine.check.pValue).toBeLessThan(1e-10);
    expect(nine.check.ratio).toBeNull();
    expect(nine.test.floorsHold).toBe(false);
    expect(nine.test.smallestPValue).toBe(Number.POSITIVE_INFINITY);
  });

  it("are insufficient as the spike test says for a 3× jump, and untested without requests on either side", () => {
    const totals = { before: 5, beforeTotal: 50_000, after: 0, afterTotal: 300 };
    const counts = { before: 5, beforeSeconds: 50_000, after: 0, afterSeconds: 300 };
    const assessed = rateTest(totals, SETTINGS);
    for (const size of [1, 10, 100]) {
      expect(assessed.test.insufficient(size)).toBe(sampleInsufficient(counts, SETTINGS, size));
    }
    const untested = rateTest({ ...totals, afterTotal: 0 }, SETTINGS);
    expect(untested.check.pValue).toBeNull();
    expect(untested.test.insufficient(1)).toBe(true);
  });

  it("take a transaction's failures out of its samples", () => {
    const assessed = failureRateTest(
      stats("GET /b", 5000, 100, { failures: 50 }),
      stats("GET /b", 500, 100, { failures: 40 }),
      null,
      SETTINGS,
    );
    expect(assessed.check).toMatchObject({
      before: 50,
      beforeTotal: 5000,
      after: 40,
      afterTotal: 500,
      ratio: 8,
    });
    expect(assessed.test.floorsHold).toBe(true);
  });

  it("withdraw a failure-rate finding when the old release fails as often over the same time", () => {
    const baseline = stats("GET /b", 5000, 100, { failures: 50 });
    const after = stats("GET /b", 500, 100, { failures: 40 });
    const floor = (concurrent: TransactionStats) =>
      failureRateTest(baseline, after, concurrent, SETTINGS).test.floorsHold;
    // A downstream outage: the old release fails 7% of its requests too, the release's 8% is not 2× that.
    expect(floor(stats("GET /b", 400, 100, { failures: 28 }))).toBe(false);
    // The old release still fails 1%: the release's 8% is its own.
    expect(floor(stats("GET /b", 400, 100, { failures: 4 }))).toBe(true);
    // Too few requests of the old release to say anything: no floor.
    expect(floor(stats("GET /b", 40, 100, { failures: 40 }))).toBe(true);
  });

  it("compare the release's crashes with those of the other release with the most sessions before", () => {
    const sessions = (release: string, count: number, crashed: number): ReleaseSessions => ({
      release,
      sessions: count,
      crashed,
    });
    const baseline = [
      sessions("2.0.0", 90_000, 0),
      sessions("1.0.0", 20_000, 100),
      sessions("0.9.0", 20_000, 1),
    ];
    // Ours is never the previous one; ties go to the smaller version.
    expect(previousRelease(baseline, "2.0.0")).toEqual(sessions("0.9.0", 20_000, 1));
    expect(previousRelease([sessions("2.0.0", 5, 0), sessions("1.0.0", 0, 0)], "2.0.0")).toBeNull();
    const assessed = crashRateTest(sessions("1.0.0", 20_000, 100), sessions("2.0.0", 1000, 30), SETTINGS);
    expect(assessed.check).toMatchObject({
      previousRelease: "1.0.0",
      crashFreeBefore: 0.995,
      crashFreeAfter: 0.97,
    });
    expect(assessed.check.pValue).toBe(
      rateRatioPValue({ before: 100, beforeSeconds: 20_000, after: 30, afterSeconds: 1000 }, 2),
    );
    const alone = crashRateTest(null, sessions("2.0.0", 1000, 30), SETTINGS);
    expect(alone.check).toMatchObject({ previousRelease: null, crashFreeBefore: null, pValue: null });
    expect(alone.test.insufficient(1)).toBe(true);
  });
});

describe("the family", () => {
  /** Tarone's rule by brute force: the smallest K with at most K smallest p-values at or below alpha/K. */
  function bruteForce(smallest: (number | null)[], alpha: number): boolean[] {
    for (let k = 1; ; k++) {
      const members = smallest.map((value) => value !== null && value <= alpha / k);
      if (members.filter(Boolean).length <= k) return members;
    }
  }

  it("is Tarone's, with a smallest attainable p-value of its own for each test", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { maxLength: 200 }),
        fc.constantFrom(0.01, 0.05),
        (smallest, alpha) => {
          expect(taroneFamily(smallest, alpha)).toEqual(bruteForce(smallest, alpha));
        },
      ),
    );
  });

  it("is the spike test's family by totals when every test has the same null share", () => {
    const nullShare = 1200 / 87_600;
    const settings = { alpha: 0.01, minRatio: 2, minEvents: 10, minUsers: 0 };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 100 }), (totals) => {
        const candidates = totals.map(
          (total, index): SpikeCandidate => ({
            id: String(index),
            before: total,
            beforeSeconds: 86_400,
            after: 0,
            afterSeconds: 600,
            users: 0,
          }),
        );
        const smallest = totals.map((total) => (total >= settings.minEvents ? nullShare ** total : null));
        expect(taroneFamily(smallest, settings.alpha).filter(Boolean).length).toBe(
          familyOf(candidates, settings, nullShare).size,
        );
      }),
    );
  });

  const member = (pValue: number | null, smallestPValue: number, floorsHold = true): FamilyTest => ({
    pValue,
    smallestPValue,
    floorsHold,
    insufficient: (size) => size > 2,
  });

  it("leaves out the tests that could never reach significance, where plain Holm over all would not", () => {
    // Sorted smallest p-values 1e-10, 1e-10, 0.5: K = 2, and the third is out. Over all three, 0.006
    // would need 0.01/2.
    const tests = [member(1e-4, 1e-10), member(0.006, 1e-10), member(0.3, 0.5), member(null, 0)];
    const { size, outcomes } = decideFamily(tests, 0.01);
    expect(size).toBe(2);
    expect(outcomes.map((outcome) => outcome.finding)).toEqual([true, true, false, false]);
    expect(holm([1e-4, 0.006, 0.3], 0.01)).toEqual([true, false, false]);
    // Insufficient is asked with the family's size, and only of what is not a finding.
    expect(outcomes.map((outcome) => outcome.insufficient)).toEqual([false, false, false, false]);
  });

  it("only ever loses findings to the floors", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            pValue: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
            slack: fc.double({ min: 0, max: 1, noNaN: true }),
            floorsHold: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (drawn) => {
          const tests = drawn.map((one) => member(one.pValue, (one.pValue ?? 1) * one.slack, one.floorsHold));
          const withFloors = decideFamily(tests, 0.01).outcomes;
          const without = decideFamily(
            tests.map((one) => ({ ...one, floorsHold: true })),
            0.01,
          ).outcomes;
          for (const [index, outcome] of withFloors.entries()) {
            expect(outcome.finding).toBe(
              (without[index]?.finding ?? false) && (tests[index]?.floorsHold ?? false),
            );
            if (tests[index]?.pValue === null) expect(outcome.finding).toBe(false);
          }
        },
      ),
    );
  });
});

describe("all three kinds in one family", () => {
  it("decides every transaction and the crash rate together, in the order given", () => {
    const assessment = assessPerformance(
      [
        {
          transaction: "GET /a",
          baseline: stats("GET /a", 2000, 200),
          after: stats("GET /a", 400, 455, { slower: 87 }),
          concurrent: null,
        },
        {
          transaction: "GET /b",
          baseline: stats("GET /b", 5000, 100, { failures: 50 }),
          after: stats("GET /b", 500, 100, { slower: 20, failures: 40 }),
          concurrent: null,
        },
        { transaction: "POST /new", baseline: null, after: stats("POST /new", 300, 80), concurrent: null },
        { transaction: "GET /gone", baseline: stats("GET /gone", 3000, 50), after: null, concurrent: null },
      ],
      {
        previous: { release: "1.0.0", sessions: 20_000, crashed: 100 },
        current: { release: "2.0.0", sessions: 1000, crashed: 30 },
      },
      SETTINGS,
    );
    const [a, b, fresh, gone] = assessment.transactions;
    expect(a?.latency?.finding).toBe(true);
    expect(a?.failureRate).toMatchObject({ finding: false, pValue: 1, insufficient: false });
    expect(b?.latency?.finding).toBe(false);
    expect(b?.failureRate?.finding).toBe(true);
    expect(fresh).toEqual({ transaction: "POST /new", latency: null, failureRate: null });
    expect(gone?.latency).toMatchObject({ samples: 0, pValue: null, insufficient: true });
    expect(assessment.crashRate).toMatchObject({ finding: true, previousRelease: "1.0.0" });
    // a's and b's latency, b's failure rate (90 failures in both periods; a had none), the crash rate.
    expect(assessment.tested).toBe(4);
    // gone: latency and failure rate, nothing since.
    expect(assessment.insufficientSample).toBe(2);
  });
});

const SINCE = new Date("2026-05-01T12:00:00Z");
const DEPLOYED = new Date("2026-05-01T12:03:00Z");
const END = new Date("2026-05-01T12:13:00Z");
const RELEASE = "2.0.0";

/** Durations spread evenly over [low, 2·low): the nearest-rank p95 is low·(1 + (⌈0.95n⌉ − 1)/n). */
function spread(count: number, low: number): number[] {
  return Array.from({ length: count }, (_, index) => low * (1 + index / count));
}

/** 1.2 × the nearest-rank p95 of spread(count, low), as the engine computes it. */
function threshold(count: number, low: number): number {
  return 1.2 * (low * (1 + (Math.ceil(0.95 * count) - 1) / count));
}

interface Traffic {
  durations: number[];
  failures: number;
}

interface FakeWorld {
  /** Every release's transactions before the rollout, the release's since, the others' since. */
  baseline: Record<string, Traffic>;
  release: Record<string, Traffic>;
  others?: Record<string, Traffic>;
  sessionsBefore: ReleaseSessions[] | null;
  sessionsSince: ReleaseSessions[] | null;
  tracing?: boolean;
}

const notUsed = () => {
  throw new Error("not used by the performance checks");
};

/** A source that answers transactionStats and releaseSessions from the world, and records each query. */
function fakeSource(world: FakeWorld) {
  const queries: string[] = [];
  const transactionStats = async (query: TransactionStatsQuery): Promise<TransactionStats[] | null> => {
    const before = query.end.getTime() <= SINCE.getTime();
    const slowerThan = query.slowerThan ? [...query.slowerThan].map(([name, ms]) => `${name}>${ms}`) : [];
    queries.push(
      [
        `transactions ${before ? "before" : "since"}`,
        query.release ? `of ${query.release}` : "",
        query.exceptRelease ? `except ${query.exceptRelease}` : "",
        query.transactions ? `[${query.transactions.join(", ")}]` : "",
        slowerThan.length > 0 ? `slower than ${slowerThan.join(", ")}` : "",
        `max ${query.maxResults}`,
      ]
        .filter(Boolean)
        .join(" "),
    );
    if (world.tracing === false) return null;
    const population = before ? world.baseline : query.release ? world.release : (world.others ?? {});
    return Object.entries(population)
      .filter(
        ([name, traffic]) => traffic.durations.length > 0 && (query.transactions?.includes(name) ?? true),
      )
      .map(([name, traffic]) => {
        const sorted = [...traffic.durations].sort((a, b) => a - b);
        const threshold = query.slowerThan?.get(name);
        return {
          transaction: name,
          samples: sorted.length,
          failures: traffic.failures,
          p95Ms: sorted[Math.ceil(0.95 * sorted.length) - 1] ?? null,
          slower: threshold === undefined ? null : sorted.filter((ms) => ms > threshold).length,
        };
      })
      .sort((a, b) => b.samples - a.samples || a.transaction.localeCompare(b.transaction))
      .slice(0, query.maxResults);
  };
  const releaseSessions = async (query: SessionsQuery): Promise<ReleaseSessions[] | null> => {
    const before = query.end.getTime() <= SINCE.getTime();
    queries.push(`sessions ${before ? "before" : "since"}${query.release ? ` of ${query.release}` : ""}`);
    return before ? world.sessionsBefore : world.sessionsSince;
  };
  const source: SentrySource = {
    limitations: [],
    resolveProjects: notUsed,
    release: notUsed,
    deploys: notUsed,
    searchIssues: notUsed,
    countIssues: notUsed,
    resolveShortId: notUsed,
    issueCounts: notUsed,
    issueActivity: notUsed,
    latestEventLocation: notUsed,
    hasReleaseEvents: notUsed,
    errorTimeline: notUsed,
    releaseTraffic: notUsed,
    transactionStats,
    releaseSessions,
  };
  return { source, queries };
}

const CONFIG = {
  environment: "production",
  latencyMaxIncrease: 0.2,
  spikeAlpha: 0.01,
  spikeMinRatio: 2,
  spikeMinEvents: 10,
  spikeBaselineMs: 86_400_000,
};
const WINDOW = {
  projects: [
    { id: "1", slug: "web" },
    { id: "2", slug: "api" },
  ],
  release: RELEASE,
  since: SINCE,
  deployedAt: DEPLOYED,
  end: END,
};
const LINKS = {
  transaction: (name: string) =>
    `https://sentry.example/performance/?transaction=${encodeURIComponent(name)}`,
  release: (version: string) => `https://sentry.example/releases/${version}/`,
};

/** Quiet transactions: 98 fill the baseline's page beside GET /a and GET /b, pushing GET /rare off it. */
const FILLERS = Object.fromEntries(
  Array.from({ length: 100 }, (_, index) => [
    `GET /filler-${String(index).padStart(3, "0")}`,
    { durations: spread(100, 50), failures: 0 },
  ]),
);

const SESSIONS_BEFORE: ReleaseSessions[] = [
  { release: "1.0.0", sessions: 20_000, crashed: 100 },
  { release: "0.9.0", sessions: 5000, crashed: 10 },
];

function busyWorld(): FakeWorld {
  return {
    baseline: {
      ...FILLERS,
      "GET /a": { durations: spread(2000, 100), failures: 0 },
      "GET /b": { durations: spread(5000, 100), failures: 50 },
      "GET /rare": { durations: spread(55, 100), failures: 0 },
    },
    release: {
      // Twice as slow; eight times the failures; slower than GET /rare's own threshold; new.
      "GET /a": { durations: spread(400, 200), failures: 0 },
      "GET /b": { durations: spread(500, 100), failures: 40 },
      "GET /rare": { durations: spread(80, 300), failures: 0 },
      "POST /new": { durations: spread(60, 100), failures: 0 },
    },
    sessionsBefore: SESSIONS_BEFORE,
    sessionsSince: [{ release: RELEASE, sessions: 1000, crashed: 30 }],
  };
}

describe("checkPerformance", () => {
  it("fixes the thresholds from the baseline before it reads the release's samples, in a handful of requests", async () => {
    const { source, queries } = fakeSource(busyWorld());
    await checkPerformance(source, CONFIG, WINDOW, LINKS, []);
    const fillers = Object.keys(FILLERS)
      .slice(0, 98)
      .map((name) => `${name}>${threshold(100, 50)}`);
    expect(queries).toEqual([
      "transactions before max 100",
      "sessions before",
      `sessions since of ${RELEASE}`,
      `transactions since of ${RELEASE} slower than GET /b>${threshold(5000, 100)}, GET /a>${threshold(2000, 100)}, ${fillers.join(", ")} max 100`,
      "transactions before [GET /rare, POST /new] max 2",
      `transactions since except ${RELEASE} [GET /b, GET /a, GET /rare, POST /new] max 4`,
      `transactions since of ${RELEASE} [GET /rare] slower than GET /rare>${threshold(55, 100)} max 1`,
    ]);
  });

  it("makes findings of kind latency, failure-rate and crash-rate, with their evidence", async () => {
    const { source } = fakeSource(busyWorld());
    const { findings, summary, seen } = await checkPerformance(source, CONFIG, WINDOW, LINKS, []);
    expect(seen).toEqual({ tracing: true, releaseHealth: true });
    // In the order the transactions were read (the lead's report sorts findings).
    expect(findings.map((finding) => [finding.kind, finding.id])).toEqual([
      ["failure-rate", "GET /b"],
      ["latency", "GET /a"],
      ["latency", "GET /rare"],
      ["crash-rate", RELEASE],
    ]);
    const [failureRate, latency, , crashRate] = findings;
    expect(latency).toMatchObject({
      subject: "transaction",
      shortId: "GET /a",
      title: "Slower since the deploy: p95 2× its 24h before (195 ms → 390 ms)",
      project: "web, api",
      events: 400,
      users: 0,
      firstSeen: null,
      permalink: "https://sentry.example/performance/?transaction=GET%20%2Fa",
      culprit: null,
      level: "warning",
      category: "transaction",
      secondsAfterDeploy: null,
      location: null,
      spike: null,
      rate: null,
    });
    expect(latency?.latency).toMatchObject({ baselineSamples: 2000, samples: 400, concurrentSamples: 0 });
    expect(failureRate).toMatchObject({
      title: "Fails more often since the deploy: 8% of requests, 1% in the 24h before",
      events: 40,
      latency: null,
      rate: { before: 50, beforeTotal: 5000, after: 40, afterTotal: 500, ratio: 8, finding: true },
    });
    expect(crashRate).toMatchObject({
      subject: "release",
      id: RELEASE,
      shortId: RELEASE,
      title: "Crashes more often: 3% of sessions since the deploy, 0.5% in release 1.0.0",
      events: 30,
      category: "release",
      permalink: "https://sentry.example/releases/2.0.0/",
    });
    expect(summary).toMatchObject({
      alpha: 0.01,
      latencyMaxIncrease: 0.2,
      minRatio: 2,
      baseline: "24h",
      unavailable: [],
      crashRate: { previousRelease: "1.0.0", crashFreeBefore: 0.995, crashFreeAfter: 0.97, finding: true },
    });
    // Findings first, then the busiest since the rollout; the new transaction has no checks.
    expect(summary.transactions.slice(0, 5).map((check) => check.transaction)).toEqual([
      "GET /b",
      "GET /a",
      "GET /rare",
      "POST /new",
      "GET /filler-000",
    ]);
    expect(summary.transactions.find((check) => check.transaction === "POST /new")).toMatchObject({
      latency: null,
      failureRate: null,
    });
    expect(summary.transactions).toHaveLength(TRANSACTIONS_LISTED);
    // The baseline's page (GET /a, GET /b, 98 fillers) and the release's two others.
    expect(summary.transactionsOmitted).toBe(102 - TRANSACTIONS_LISTED);
  });

  it("withdraws a slowdown that the other releases share during the rollout", async () => {
    const world = busyWorld();
    world.others = { "GET /a": { durations: spread(600, 190), failures: 0 } };
    const { source } = fakeSource(world);
    const { findings, summary } = await checkPerformance(source, CONFIG, WINDOW, LINKS, []);
    expect(findings.map((finding) => finding.id)).not.toContain("GET /a");
    const a = summary.transactions.find((check) => check.transaction === "GET /a");
    expect(a?.latency).toMatchObject({ concurrentSamples: 600, finding: false });
    expect(a?.latency?.pValue).toBeLessThan(1e-100);
  });

  it("reads by name the baseline's transactions that a full page of the release's left out", async () => {
    const release = Object.fromEntries(
      Array.from({ length: 100 }, (_, index) => [
        `GET /release-${index}`,
        { durations: spread(70, 50), failures: 0 },
      ]),
    );
    const { source, queries } = fakeSource({
      baseline: { "GET /a": { durations: spread(2000, 100), failures: 0 } },
      release: { ...release, "GET /a": { durations: spread(60, 300), failures: 0 } },
      sessionsBefore: [],
      sessionsSince: [],
    });
    const { summary } = await checkPerformance(source, CONFIG, WINDOW, LINKS, []);
    // The other releases' samples: 101 names, two requests.
    expect(queries.slice(-3)).toEqual([
      `transactions since except ${RELEASE} [${Object.keys(release).sort().join(", ")}] max 100`,
      `transactions since except ${RELEASE} [GET /a] max 1`,
      `transactions since of ${RELEASE} [GET /a] slower than GET /a>${threshold(2000, 100)} max 1`,
    ]);
    const a = summary.transactions.find((check) => check.transaction === "GET /a");
    expect(a?.latency).toMatchObject({ samples: 60, slower: 60, finding: true });
  });

  it("says what it could not read, from the source's limitations when one says why: never clean", async () => {
    const { source } = fakeSource({
      baseline: {},
      release: {},
      sessionsBefore: null,
      sessionsSince: null,
      tracing: false,
    });
    const limitation =
      "source: mcp checks no latency, failure rate or crash rate, and counts no transactions or sessions of the release.";
    const withReason = await checkPerformance(source, CONFIG, WINDOW, LINKS, ["something else", limitation]);
    expect(withReason.summary.unavailable).toEqual([limitation]);
    expect(withReason.seen).toEqual({ tracing: null, releaseHealth: null });
    expect(withReason.summary).toMatchObject({ transactions: [], crashRate: null, tested: 0 });
    const plain = await checkPerformance(source, CONFIG, WINDOW, LINKS, []);
    expect(plain.summary.unavailable).toEqual([
      "tracing data (spans) could not be read from this Sentry (it refused the query, as an older self-hosted Sentry does): latency and failure rates not checked",
      "release health (sessions) could not be read from this Sentry (it refused the query, as an older self-hosted Sentry does): crash rate not checked",
    ]);
  });

  it("says the projects send no tracing data or sessions when the baseline has none, and reads no more", async () => {
    const { source, queries } = fakeSource({
      baseline: {},
      release: { "GET /a": { durations: spread(100, 100), failures: 0 } },
      sessionsBefore: [],
      sessionsSince: [{ release: RELEASE, sessions: 50, crashed: 0 }],
    });
    const { findings, summary, seen } = await checkPerformance(source, CONFIG, WINDOW, LINKS, []);
    expect(queries).toEqual([
      "transactions before max 100",
      "sessions before",
      `sessions since of ${RELEASE}`,
    ]);
    expect(findings).toEqual([]);
    expect(seen).toEqual({ tracing: false, releaseHealth: false });
    expect(summary.unavailable).toEqual([
      "no tracing data (spans) in the projects in the 24h before the rollout: latency and failure rates not checked",
      "no release health (sessions) in the projects in the 24h before the rollout: crash rate not checked",
    ]);
    expect(summary.crashRate).toBeNull();
  });
});
