// Monte-Carlo check of the performance checks on seeded random worlds: the share of worlds with any
// false latency, failure-rate or crash-rate finding (steady, and at the boundary of each null), and
// the power against slowdowns, failure-rate and crash-rate jumps. Figures go to test/.figures.

import { afterAll, describe, expect, it } from "vitest";
import {
  assessPerformance,
  decideFamily,
  type PerformanceSettings,
  type SessionsSeen,
  type TransactionSeen,
} from "../../src/engine/performance/family.js";
import { latencyTest, latencyThreshold } from "../../src/engine/performance/latency.js";
import { seededRandom } from "../../src/simulator/random.js";
import { binomialUpperTail } from "../../src/stats/binomial.js";
import { publishFigures } from "../support/figures.js";

type Random = () => number;

const SETTINGS: PerformanceSettings = { alpha: 0.01, maxIncrease: 0.2, minRatio: 2, minEvents: 10 };
const DAY_MINUTES = 1440;
const WINDOW_MINUTES = 10;

/** A standard normal draw (Box–Muller). */
function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Standard normal draws, both of each Box–Muller pair. */
function normals(count: number, random: Random): Float64Array {
  const values = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    values[i] = radius * Math.cos(angle);
    if (i + 1 < count) values[i + 1] = radius * Math.sin(angle);
  }
  return values;
}

/** A Gamma(shape, 1) draw for shape ≥ 1 (Marsaglia & Tsang 2000). */
function gamma(shape: number, random: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const root = 1 + c * x;
    if (root <= 0) continue;
    const v = root ** 3;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(a, b) draw for a, b ≥ 1. */
function beta(a: number, b: number, random: Random): number {
  const x = gamma(a, random);
  return x / (x + gamma(b, random));
}

/**
 * A Binomial(n, p) draw, exact at any n (Knuth, TAOCP 3.4.1): the middle one of n uniforms is a beta
 * draw, and says on which side of it the successes lie; a few dozen are drawn one by one.
 */
function binomial(trials: number, probability: number, random: Random): number {
  let n = trials;
  let p = probability;
  let successes = 0;
  while (n > 40) {
    const a = 1 + Math.floor(n / 2);
    const b = n + 1 - a;
    const middle = beta(a, b, random);
    if (middle >= p) {
      n = a - 1;
      p /= middle;
    } else {
      successes += a;
      n = b - 1;
      p = (p - middle) / (1 - middle);
    }
  }
  for (let i = 0; i < n; i++) if (random() < p) successes++;
  return successes;
}

// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
const QUANTILE_A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
];
const QUANTILE_B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const QUANTILE_C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
];
const QUANTILE_D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function polynomial(coefficients: readonly number[], x: number, last: number): number {
  return coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0) * x + last;
}

/** Φ⁻¹(p) for 0 < p < 1. */
function normalQuantile(p: number): number {
  if (p < 0.02425 || p > 0.97575) {
    const q = Math.sqrt(-2 * Math.log(Math.min(p, 1 - p)));
    const value = polynomial(QUANTILE_C, q, 2.938163982698783) / polynomial(QUANTILE_D, q, 1);
    return p < 0.5 ? value : -value;
  }
  const q = p - 0.5;
  const r = q * q;
  return (q * polynomial(QUANTILE_A, r, 2.506628277459239)) / polynomial(QUANTILE_B, r, 1);
}

/** How a world changes after the deploy; 1 everywhere is a steady world. */
interface Change {
  /** Every duration of the release multiplied by this. */
  slowdown: number;
  /** The release's failure share, and its crash share, over the share before. */
  failureRatio: number;
  crashRatio: number;
}

const STEADY: Change = { slowdown: 1, failureRatio: 1, crashRatio: 1 };

interface Periods {
  baselineMinutes: number;
  windowMinutes: number;
}

const USUAL: Periods = { baselineMinutes: DAY_MINUTES, windowMinutes: WINDOW_MINUTES };

interface TransactionShape {
  perMinute: number;
  medianMs: number;
  /** σ of the log-durations: the p95 is e^(1.645σ) times the median. */
  spread: number;
  failureShare: number;
}

/** The k-th smallest of the values (1-based), by Hoare's selection: they are reordered. */
function select(values: Float64Array, k: number): number {
  const target = k - 1;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j] as number, values[i] as number];
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target] as number;
}

/**
 * One transaction as Sentry would report it: the baseline's p95 as the nearest-rank order statistic of
 * its N log-normal samples (drawn as Φ⁻¹ of a beta draw, not sample by sample), the release's n samples
 * drawn one by one and counted against the threshold fixed from that p95; failures binomial.
 */
function transaction(
  name: string,
  shape: TransactionShape,
  change: Change,
  periods: Periods,
  random: Random,
): TransactionSeen {
  const baselineSamples = Math.round(shape.perMinute * periods.baselineMinutes);
  const samples = Math.round(shape.perMinute * periods.windowMinutes);
  const rank = Math.ceil(0.95 * baselineSamples);
  const baselineP95 =
    shape.medianMs * Math.exp(shape.spread * normalQuantile(beta(rank, baselineSamples - rank + 1, random)));
  const threshold = latencyThreshold(baselineP95, SETTINGS.maxIncrease);
  // Durations are slowdown · median · e^(σZ): compared on the Z scale, one exponential a transaction.
  const median = change.slowdown * shape.medianMs;
  const standard = normals(samples, random);
  const thresholdZ = Math.log(threshold / median) / shape.spread;
  const slower = standard.filter((z) => z > thresholdZ).length;
  return {
    transaction: name,
    baseline: {
      transaction: name,
      samples: baselineSamples,
      failures: binomial(baselineSamples, shape.failureShare, random),
      p95Ms: baselineP95,
      slower: null,
    },
    after: {
      transaction: name,
      samples,
      failures: binomial(samples, Math.min(1, change.failureRatio * shape.failureShare), random),
      // Nearest rank, as the baseline's.
      p95Ms:
        samples > 0 ? median * Math.exp(shape.spread * select(standard, Math.ceil(0.95 * samples))) : null,
      slower,
    },
    concurrent: null,
  };
}

/** The previous release's sessions over the baseline, and the release's since, crashes binomial. */
function sessions(
  perMinute: number,
  crashShare: number,
  crashRatio: number,
  periods: Periods,
  random: Random,
) {
  const before = Math.round(perMinute * periods.baselineMinutes);
  const after = Math.round(perMinute * periods.windowMinutes);
  return {
    previous: { release: "1.0.0", sessions: before, crashed: binomial(before, crashShare, random) },
    current: { release: "2.0.0", sessions: after, crashed: binomial(after, crashRatio * crashShare, random) },
  };
}

/** Log-uniform between low and high. */
function logUniform(low: number, high: number, random: Random): number {
  return low * (high / low) ** random();
}

/**
 * 5–15 transactions at 0.5–100 requests a minute, medians 20–500 ms, spreads 0.3–1 (p95 1.6 to 5.2
 * times the median), failure shares 0.05–5%; sessions at 2–100 a minute crashing 0.1–2%: all
 * log-uniform but the spread.
 */
function world(
  change: Change,
  periods: Periods,
  random: Random,
): { transactions: TransactionSeen[]; sessions: SessionsSeen } {
  const size = 5 + Math.floor(random() * 11);
  const transactions = Array.from({ length: size }, (_, index) =>
    transaction(
      `T${index}`,
      {
        perMinute: logUniform(0.5, 100, random),
        medianMs: logUniform(20, 500, random),
        spread: 0.3 + 0.7 * random(),
        failureShare: logUniform(0.0005, 0.05, random),
      },
      change,
      periods,
      random,
    ),
  );
  return {
    transactions,
    sessions: sessions(
      logUniform(2, 100, random),
      logUniform(0.001, 0.02, random),
      change.crashRatio,
      periods,
      random,
    ),
  };
}

interface NullScenario {
  name: string;
  change: Change;
  periods: Periods;
  worlds: number;
  seed: number;
  /** Also count the worlds where the flat binomial P(Bin(n, 0.05) ≥ k) would have found a slowdown. */
  flatBinomial?: boolean;
}

// The boundaries are where the error rates are largest.
const NULL_SCENARIOS: NullScenario[] = [
  { name: "steady", change: STEADY, periods: USUAL, worlds: 4000, seed: 1 },
  {
    name: "p95 at 1.2x",
    change: { ...STEADY, slowdown: 1 + SETTINGS.maxIncrease },
    periods: USUAL,
    worlds: 6000,
    seed: 2,
    flatBinomial: true,
  },
  {
    name: "p95 at 1.2x, baseline = window (30m)",
    change: { ...STEADY, slowdown: 1 + SETTINGS.maxIncrease },
    periods: { baselineMinutes: 30, windowMinutes: 30 },
    worlds: 2000,
    seed: 3,
    flatBinomial: true,
  },
  {
    name: "failures, crashes at 2x",
    change: { ...STEADY, failureRatio: SETTINGS.minRatio, crashRatio: SETTINGS.minRatio },
    periods: USUAL,
    worlds: 6000,
    seed: 4,
  },
];

interface FalsePositiveFigures {
  scenario: string;
  worlds: number;
  /** Share of worlds with at least one finding of each kind, and of any. */
  latency: number;
  failureRate: number;
  crashRate: number;
  any: number;
  /** The same worlds' latency findings had the p-value been the flat binomial's. */
  flatBinomial: number | null;
  /** The most a true rate of alpha would show over these worlds, at three standard errors. */
  allowed: number;
}

/** Whether Holm over Tarone's family of the latency tests alone finds a slowdown, by the flat binomial. */
function flatBinomialFinds(transactions: readonly TransactionSeen[]): boolean {
  const tests = transactions.flatMap((seen) => {
    const assessed = latencyTest(seen, SETTINGS);
    if (assessed === null || assessed.test.pValue === null) return [];
    const { slower, samples } = assessed.check;
    return [
      { ...assessed.test, pValue: binomialUpperTail(slower, samples, 0.05), smallestPValue: 0.05 ** samples },
    ];
  });
  return decideFamily(tests, SETTINGS.alpha).outcomes.some((outcome) => outcome.finding);
}

function falsePositiveFigures(scenario: NullScenario): FalsePositiveFigures {
  const random = seededRandom(scenario.seed);
  const counts = { latency: 0, failureRate: 0, crashRate: 0, any: 0, flatBinomial: 0 };
  for (let w = 0; w < scenario.worlds; w++) {
    const drawn = world(scenario.change, scenario.periods, random);
    const assessment = assessPerformance(drawn.transactions, drawn.sessions, SETTINGS);
    const latency = assessment.transactions.some((check) => check.latency?.finding);
    const failureRate = assessment.transactions.some((check) => check.failureRate?.finding);
    const crashRate = assessment.crashRate?.finding ?? false;
    counts.latency += Number(latency);
    counts.failureRate += Number(failureRate);
    counts.crashRate += Number(crashRate);
    counts.any += Number(latency || failureRate || crashRate);
    if (scenario.flatBinomial) counts.flatBinomial += Number(flatBinomialFinds(drawn.transactions));
  }
  const share = (count: number) => count / scenario.worlds;
  return {
    scenario: scenario.name,
    worlds: scenario.worlds,
    latency: share(counts.latency),
    failureRate: share(counts.failureRate),
    crashRate: share(counts.crashRate),
    any: share(counts.any),
    flatBinomial: scenario.flatBinomial ? share(counts.flatBinomial) : null,
    allowed: SETTINGS.alpha + 3 * Math.sqrt((SETTINGS.alpha * (1 - SETTINGS.alpha)) / scenario.worlds),
  };
}

const POWER_WORLDS = 300;
const LATENCY_SAMPLES = [50, 100, 200, 500, 1000];
const SLOWDOWNS = [1.5, 2];
/** A narrow request (p95 2.3 times the median) and a wide one (5.2 times). */
const SPREADS = [0.5, 1];
const REQUESTS = [200, 500, 1000, 5000];
const FAILURE_SHARES_AFTER = [0.03, 0.05, 0.1];
const FAILURE_SHARE_BEFORE = 0.01;
const SESSION_COUNTS = [200, 500, 1000, 5000];
const CRASH_SHARES_AFTER = [0.02, 0.05];
const CRASH_SHARE_BEFORE = 0.005;

interface PowerFigures {
  /** What changed, and how much traffic the release had since the rollout. */
  change: string;
  after: number;
  detected: number;
  insufficient: number;
}

/**
 * How often the one changed check is found among a steady world's (the baseline 144 times the window,
 * as a day against ten minutes at even traffic), and how often it is called insufficient.
 */
function powerFigures(
  change: string,
  after: number,
  seed: number,
  changed: (random: Random) => { transaction?: TransactionSeen; sessions?: SessionsSeen },
  found: (assessment: ReturnType<typeof assessPerformance>) => { finding: boolean; insufficient: boolean },
): PowerFigures {
  const random = seededRandom(seed);
  let detected = 0;
  let insufficient = 0;
  for (let w = 0; w < POWER_WORLDS; w++) {
    const steady = world(STEADY, USUAL, random);
    const drawn = changed(random);
    const transactions = drawn.transaction
      ? [...steady.transactions, drawn.transaction]
      : steady.transactions;
    const outcome = found(assessPerformance(transactions, drawn.sessions ?? steady.sessions, SETTINGS));
    detected += Number(outcome.finding);
    insufficient += Number(outcome.insufficient);
  }
  return { change, after, detected: detected / POWER_WORLDS, insufficient: insufficient / POWER_WORLDS };
}

const lastTransaction =
  (pick: "latency" | "failureRate") => (assessment: ReturnType<typeof assessPerformance>) => {
    const check = assessment.transactions.at(-1)?.[pick];
    return { finding: check?.finding ?? false, insufficient: check?.insufficient ?? false };
  };

const figures: {
  settings: PerformanceSettings;
  falsePositiveRate: FalsePositiveFigures[];
  power: { latency: PowerFigures[]; failureRate: PowerFigures[]; crashRate: PowerFigures[] };
  seconds: Record<string, number>;
} = {
  settings: SETTINGS,
  falsePositiveRate: [],
  power: { latency: [], failureRate: [], crashRate: [] },
  seconds: {},
};

function timed<T>(name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  figures.seconds[name] = Math.round(performance.now() - start) / 1000;
  return result;
}

function powerTable(title: string, rows: PowerFigures[]): string[] {
  const changes = [...new Set(rows.map((row) => row.change))];
  const afters = [...new Set(rows.map((row) => row.after))];
  const cell = (row: PowerFigures | undefined) =>
    row ? `${row.detected.toFixed(2)}${row.insufficient > 0 ? ` (${row.insufficient.toFixed(2)})` : ""}` : "";
  return [
    title,
    `  ${"".padEnd(26)}${afters.map((after) => String(after).padStart(14)).join("")}`,
    ...changes.map(
      (change) =>
        `  ${change.padEnd(26)}${afters
          .map((after) => cell(rows.find((row) => row.change === change && row.after === after)).padStart(14))
          .join("")}`,
    ),
  ];
}

afterAll(() => {
  const lines = [
    `performance checks: alpha ${SETTINGS.alpha}, latency-max-increase ${SETTINGS.maxIncrease}, min-ratio ${SETTINGS.minRatio}, min-events ${SETTINGS.minEvents}; worlds of 5-15 transactions (0.5-100/min, log-normal spread 0.3-1, failures 0.05-5%) and sessions (2-100/min, crashes 0.1-2%); 24h baseline, 10 min window unless said`,
    "worlds with >=1 false finding           worlds  latency  failure  crash    any      allowed  flat binomial",
    ...figures.falsePositiveRate.map(
      (row) =>
        `  ${row.scenario.padEnd(38)}${String(row.worlds).padEnd(8)}${row.latency.toFixed(4).padEnd(9)}${row.failureRate.toFixed(4).padEnd(9)}${row.crashRate.toFixed(4).padEnd(9)}${row.any.toFixed(4).padEnd(9)}${row.allowed.toFixed(4).padEnd(9)}${row.flatBinomial === null ? "" : row.flatBinomial.toFixed(4)}`,
    ),
    `power: share of ${POWER_WORLDS} worlds where the one change is found among a steady world's checks (insufficient in brackets)`,
    ...powerTable("latency, all durations scaled; samples since the rollout:", figures.power.latency),
    ...powerTable(
      `failure share from ${FAILURE_SHARE_BEFORE * 100}%; requests since the rollout:`,
      figures.power.failureRate,
    ),
    ...powerTable(
      `crash share from ${CRASH_SHARE_BEFORE * 100}%; sessions since the rollout:`,
      figures.power.crashRate,
    ),
    `seconds: ${Object.entries(figures.seconds)
      .map(([name, seconds]) => `${name} ${seconds}`)
      .join(", ")}`,
  ];
  publishFigures("performance-statistics", figures, lines);
});

describe("performance check statistics", () => {
  it("draws binomial counts, and baseline p95s, with the laws asked for", () => {
    const random = seededRandom(7);
    for (const [n, p] of [
      [30, 0.3],
      [1000, 0.01],
      [500_000, 0.002],
    ] as const) {
      const draws = Array.from({ length: 20_000 }, () => binomial(n, p, random));
      const mean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
      const variance = draws.reduce((sum, draw) => sum + (draw - mean) ** 2, 0) / (draws.length - 1);
      const expected = n * p * (1 - p);
      expect(Math.abs(mean - n * p), `mean at ${n}, ${p}`).toBeLessThan(
        4 * Math.sqrt(expected / draws.length),
      );
      expect(Math.abs(variance / expected - 1), `variance at ${n}, ${p}`).toBeLessThan(0.06);
    }
    // Symmetric, and right at known points.
    for (const p of [1e-6, 0.01, 0.3, 0.5, 0.9, 0.999]) {
      expect(normalQuantile(p) + normalQuantile(1 - p)).toBeCloseTo(0, 8);
    }
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.0902323, 6);
    // The nearest-rank p95 of 200 samples, drawn as an order statistic, lies above 95% of the law's mass
    // as often as the 190th of 200 uniforms does: its mean rank is 190/201.
    const ranks = Array.from({ length: 20_000 }, () => beta(190, 11, random));
    const meanRank = ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
    expect(meanRank).toBeCloseTo(190 / 201, 3);
  });

  for (const scenario of NULL_SCENARIOS) {
    it(`keeps the share of worlds with any false finding at most alpha: ${scenario.name}`, () => {
      const row = timed(scenario.name, () => falsePositiveFigures(scenario));
      figures.falsePositiveRate.push(row);
      expect(row.any).toBeLessThanOrEqual(row.allowed);
    });
  }

  it("finds 1.5x and 2x slowdowns more often the more samples, a 2x one nearly always from 500 on", () => {
    figures.power.latency = timed("latency power", () =>
      SLOWDOWNS.flatMap((slowdown, s) =>
        SPREADS.flatMap((spread, k) =>
          LATENCY_SAMPLES.map((samples, index) =>
            powerFigures(
              `${slowdown}x, p95 ${Math.exp(1.645 * spread).toFixed(1)}x median`,
              samples,
              1000 + 100 * s + 10 * k + index,
              (random) => ({
                transaction: transaction(
                  "slowed",
                  { perMinute: samples / WINDOW_MINUTES, medianMs: 100, spread, failureShare: 0.001 },
                  { ...STEADY, slowdown },
                  USUAL,
                  random,
                ),
              }),
              lastTransaction("latency"),
            ),
          ),
        ),
      ),
    );
    const detected = (change: string, after: number) =>
      figures.power.latency.find((row) => row.change.startsWith(change) && row.after === after)?.detected ??
      0;
    expect(detected("2x, p95 2.3x", 500)).toBeGreaterThanOrEqual(0.95);
    expect(detected("1.5x, p95 2.3x", 1000)).toBeGreaterThan(detected("1.5x, p95 2.3x", 50));
    expect(detected("2x, p95 5.2x", 1000)).toBeGreaterThan(detected("2x, p95 5.2x", 50));
  });

  it("finds failure shares rising from 1% more often the more requests", () => {
    figures.power.failureRate = timed("failure-rate power", () =>
      FAILURE_SHARES_AFTER.flatMap((share, s) =>
        REQUESTS.map((requests, index) =>
          powerFigures(
            `${FAILURE_SHARE_BEFORE * 100}% -> ${share * 100}%`,
            requests,
            2000 + 10 * s + index,
            (random) => ({
              transaction: transaction(
                "failing",
                {
                  perMinute: requests / WINDOW_MINUTES,
                  medianMs: 100,
                  spread: 0.5,
                  failureShare: FAILURE_SHARE_BEFORE,
                },
                { ...STEADY, failureRatio: share / FAILURE_SHARE_BEFORE },
                USUAL,
                random,
              ),
            }),
            lastTransaction("failureRate"),
          ),
        ),
      ),
    );
    const detected = (share: number, requests: number) =>
      figures.power.failureRate.find(
        (row) => row.change.endsWith(` ${share * 100}%`) && row.after === requests,
      )?.detected ?? 0;
    expect(detected(0.1, 1000)).toBeGreaterThanOrEqual(0.95);
    expect(detected(0.05, 5000)).toBeGreaterThan(detected(0.05, 200));
  });

  it("finds crash shares rising from 0.5% more often the more sessions", () => {
    figures.power.crashRate = timed("crash-rate power", () =>
      CRASH_SHARES_AFTER.flatMap((share, s) =>
        SESSION_COUNTS.map((count, index) =>
          powerFigures(
            `${CRASH_SHARE_BEFORE * 100}% -> ${share * 100}%`,
            count,
            3000 + 10 * s + index,
            (random) => ({
              sessions: sessions(
                count / WINDOW_MINUTES,
                CRASH_SHARE_BEFORE,
                share / CRASH_SHARE_BEFORE,
                USUAL,
                random,
              ),
            }),
            (assessment) => ({
              finding: assessment.crashRate?.finding ?? false,
              insufficient: assessment.crashRate?.insufficient ?? false,
            }),
          ),
        ),
      ),
    );
    const detected = (share: number, count: number) =>
      figures.power.crashRate.find((row) => row.change.endsWith(` ${share * 100}%`) && row.after === count)
        ?.detected ?? 0;
    expect(detected(0.05, 1000)).toBeGreaterThanOrEqual(0.95);
    expect(detected(0.02, 5000)).toBeGreaterThan(detected(0.02, 200));
  });
});
