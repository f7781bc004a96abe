// Monte-Carlo check of the spike test on seeded random worlds: its family-wise false-positive rate,
// its power against a 3x jump, and when it calls a sample insufficient. Figures go to test/.figures.

import { afterAll, describe, expect, it } from "vitest";
import {
  familyOf,
  runSpikeTest,
  SPIKE_JUMP,
  type SpikeCandidate,
  type SpikeSettings,
} from "../../src/engine/spike-test.js";
import { seededRandom } from "../../src/simulator/index.js";
import { nullShareAfter } from "../../src/stats/rate-ratio-test.js";
import { publishFigures } from "../support/figures.js";

const BASELINE_SECONDS = 86_400;
const WINDOW_SECONDS = 600;
const ALPHAS = [0.01, 0.05];
const JUMP_ALPHA = 0.01;
const JUMP_WORLDS = 2_000;
const JUMP_RATES_PER_MINUTE = [0.1, 0.5, 1, 2, 5, 10];

/** Worlds where every issue's rate after the deploy is `ratio` times its rate before. */
interface NullScenario {
  name: string;
  ratio: number;
  worlds: number;
  seed: number;
}

// The boundary is where the error rate is largest, so it gets the most worlds.
const STEADY: NullScenario = { name: "steady", ratio: 1, worlds: 5_000, seed: 1 };
const BOUNDARY: NullScenario = { name: "boundary", ratio: 2, worlds: 20_000, seed: 2 };

function settings(alpha: number): SpikeSettings {
  return { alpha, minRatio: 2, minEvents: 10, minUsers: 0 };
}

const NULL_SHARE = nullShareAfter({ beforeSeconds: BASELINE_SECONDS, afterSeconds: WINDOW_SECONDS }, 2);

/** The test over a whole world, its family counted from the world's totals as Sentry would count it. */
function decide(candidates: SpikeCandidate[], spikeSettings: SpikeSettings) {
  return runSpikeTest(candidates, spikeSettings, familyOf(candidates, spikeSettings, NULL_SHARE));
}

/** log(k!), by Stirling's series from k = 10 on (error below 1e-10 there). */
function logFactorial(k: number): number {
  if (k < 10) {
    let factorial = 1;
    for (let i = 2; i <= k; i++) factorial *= i;
    return Math.log(factorial);
  }
  return (
    (k + 0.5) * Math.log(k) -
    k +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * k) -
    1 / (360 * k ** 3) +
    1 / (1260 * k ** 5)
  );
}

/** A Poisson draw: inversion for small means, PTRS (Hörmann 1993) from a mean of 10 on. */
function poisson(mean: number, random: () => number): number {
  if (mean < 10) {
    const u = random();
    let k = 0;
    let term = Math.exp(-mean);
    let cumulative = term;
    while (u > cumulative && term > 0) {
      k++;
      term *= mean / k;
      cumulative += term;
    }
    return k;
  }
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const squeeze = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const fromEdge = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / fromEdge + b) * u + mean + 0.43);
    if (fromEdge >= 0.07 && v <= squeeze) return k;
    if (k < 0 || (fromEdge < 0.013 && v > fromEdge)) continue;
    const logAccept = Math.log((v * inverseAlpha) / (a / (fromEdge * fromEdge) + b));
    if (logAccept <= -mean + k * Math.log(mean) - logFactorial(k)) return k;
  }
}

/** One issue whose rate after the deploy is `ratio` times its rate before, users = events after. */
function issue(
  id: string,
  perMinute: number,
  ratio: number,
  beforeSeconds: number,
  random: () => number,
): SpikeCandidate {
  const before = poisson((perMinute / 60) * beforeSeconds, random);
  const after = poisson((ratio * perMinute * WINDOW_SECONDS) / 60, random);
  return { id, before, beforeSeconds, after, afterSeconds: WINDOW_SECONDS, users: after };
}

/**
 * 20–50 issues at log-uniform rates of 0.02–20 events a minute, each after the deploy at `ratio`
 * times that. One in five was born during the baseline, so its baseline is shorter (1 to 24 hours).
 */
function world(ratio: number, random: () => number): SpikeCandidate[] {
  const size = 20 + Math.floor(random() * 31);
  return Array.from({ length: size }, (_, index) => {
    const perMinute = 0.02 * 1000 ** random();
    const beforeSeconds = random() < 0.2 ? 3_600 + random() * (BASELINE_SECONDS - 3_600) : BASELINE_SECONDS;
    return issue(`steady-${index}`, perMinute, ratio, beforeSeconds, random);
  });
}

interface FalsePositiveFigures {
  scenario: string;
  ratio: number;
  worlds: number;
  alpha: number;
  /** Share of worlds with at least one spike. */
  rate: number;
  /** The most a true rate of alpha would show over these worlds, at three standard errors. */
  allowed: number;
}

/** The family-wise false-positive rate at each alpha, over the same worlds. */
function falsePositiveFigures(scenario: NullScenario): FalsePositiveFigures[] {
  const random = seededRandom(scenario.seed);
  const worldsWithSpike = ALPHAS.map(() => 0);
  for (let w = 0; w < scenario.worlds; w++) {
    const candidates = world(scenario.ratio, random);
    for (const [index, alpha] of ALPHAS.entries()) {
      if (decide(candidates, settings(alpha)).some((outcome) => outcome.spike)) {
        worldsWithSpike[index] = (worldsWithSpike[index] as number) + 1;
      }
    }
  }
  return ALPHAS.map((alpha, index) => ({
    scenario: scenario.name,
    ratio: scenario.ratio,
    worlds: scenario.worlds,
    alpha,
    rate: (worldsWithSpike[index] as number) / scenario.worlds,
    allowed: alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / scenario.worlds),
  }));
}

interface JumpFigures {
  perMinute: number;
  detected: number;
  insufficient: number;
}

/** How often one issue that jumps SPIKE_JUMP-fold among steady ones is a spike, or called insufficient. */
function jumpFigures(perMinute: number, seed: number): JumpFigures {
  const random = seededRandom(seed);
  let detected = 0;
  let insufficient = 0;
  for (let w = 0; w < JUMP_WORLDS; w++) {
    const jumping = issue("jump", perMinute, SPIKE_JUMP, BASELINE_SECONDS, random);
    const outcome = decide([...world(1, random), jumping], settings(JUMP_ALPHA)).at(-1);
    if (outcome?.spike) detected++;
    if (outcome?.insufficient) insufficient++;
  }
  return { perMinute, detected: detected / JUMP_WORLDS, insufficient: insufficient / JUMP_WORLDS };
}

const figures: {
  falsePositiveRate: FalsePositiveFigures[];
  jump: { ratio: number; alpha: number; worlds: number; rates: JumpFigures[] };
  seconds: Record<string, number>;
} = {
  falsePositiveRate: [],
  jump: { ratio: SPIKE_JUMP, alpha: JUMP_ALPHA, worlds: JUMP_WORLDS, rates: [] },
  seconds: {},
};

function timed<T>(name: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  figures.seconds[name] = Math.round(performance.now() - start) / 1000;
  return result;
}

let jumpTable: JumpFigures[] | undefined;

/** The jump figures for every rate, computed once for the tests that read them. */
function jumpFiguresByRate(): JumpFigures[] {
  jumpTable ??= timed("jump", () =>
    JUMP_RATES_PER_MINUTE.map((perMinute, index) => jumpFigures(perMinute, 100 + index)),
  );
  figures.jump.rates = jumpTable;
  return jumpTable;
}

afterAll(() => {
  const lines = [
    "spike test: minRatio 2, minEvents 10; 24h baseline (1 issue in 5 shorter), 10 min window, 20-50 issues a world",
    "worlds with >=1 spike   ratio   worlds   alpha   rate     allowed",
    ...figures.falsePositiveRate.map(
      (row) =>
        `  ${row.scenario.padEnd(20)} ${`${row.ratio}x`.padEnd(7)} ${String(row.worlds).padEnd(8)} ${String(row.alpha).padEnd(7)} ${row.rate.toFixed(4)}   ${row.allowed.toFixed(4)}`,
    ),
    `one issue jumps ${SPIKE_JUMP}x among steady ones (${JUMP_WORLDS} worlds a rate, alpha ${JUMP_ALPHA})`,
    "  events/min before   detected   insufficient",
    ...figures.jump.rates.map(
      (row) =>
        `  ${String(row.perMinute).padEnd(19)} ${row.detected.toFixed(3).padEnd(10)} ${row.insufficient.toFixed(3)}`,
    ),
    `seconds: ${Object.entries(figures.seconds)
      .map(([name, seconds]) => `${name} ${seconds}`)
      .join(", ")}`,
  ];
  publishFigures("spike-statistics", figures, lines);
});

describe("spike test statistics", () => {
  it("draws Poisson counts with the mean and variance asked for", () => {
    const random = seededRandom(7);
    for (const mean of [0.3, 6, 10, 60, 28_800]) {
      const draws = Array.from({ length: 20_000 }, () => poisson(mean, random));
      const sampleMean = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
      const sampleVariance =
        draws.reduce((sum, draw) => sum + (draw - sampleMean) ** 2, 0) / (draws.length - 1);
      // Four standard errors: of the mean √(mean/n), of the variance about mean·√(2/n).
      expect(Math.abs(sampleMean - mean), `mean ${mean}`).toBeLessThan(4 * Math.sqrt(mean / draws.length));
      expect(Math.abs(sampleVariance / mean - 1), `variance at ${mean}`).toBeLessThan(
        4 * Math.sqrt(2 / draws.length) + 4 / Math.sqrt(mean * draws.length),
      );
    }
  });

  for (const scenario of [STEADY, BOUNDARY]) {
    it(`keeps the family-wise false-positive rate at most alpha: ${scenario.name}, every issue at ${scenario.ratio}x`, () => {
      const rows = timed(scenario.name, () => falsePositiveFigures(scenario));
      figures.falsePositiveRate.push(...rows);
      for (const row of rows) expect(row.rate, `alpha ${row.alpha}`).toBeLessThanOrEqual(row.allowed);
    });
  }

  it("detects a 3x jump more often the busier the issue, nearly always at 10 a minute", () => {
    const rates = jumpFiguresByRate();
    const detection = rates.map((rate) => rate.detected);
    for (const [index, detected] of detection.entries()) {
      if (index > 0) expect(detected).toBeGreaterThan(detection[index - 1] as number);
    }
    expect(rates.find((rate) => rate.perMinute === 10)?.detected).toBeGreaterThanOrEqual(0.9);
  });

  it("calls the sample insufficient at 0.1 a minute in 10 minutes, never at 10 a minute", () => {
    const byRate = new Map(jumpFiguresByRate().map((rate) => [rate.perMinute, rate]));
    // At 0.1 a minute a lucky draw (10+ events where 3 are expected) is a spike; every other is insufficient.
    const slow = byRate.get(0.1);
    expect((slow?.insufficient ?? 0) + (slow?.detected ?? 0)).toBeCloseTo(1, 12);
    expect(slow?.insufficient).toBeGreaterThan(0.99);
    expect(byRate.get(10)?.insufficient).toBe(0);
  });
});
