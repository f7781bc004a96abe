// The spike test's family from totals alone: Tarone's rule asked of counts ("how many issues have at
// least n events?"), and Holm's procedure when the members below the event floor are never read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { familyOf, runSpikeTest, type SpikeCandidate, spikeFamily } from "../../src/engine/spike-test.js";
import { holm } from "../../src/stats/holm.js";

const SETTINGS = { alpha: 0.01, minRatio: 2, minEvents: 10, minUsers: 0 };

const withTotal = (id: string, before: number, after: number): SpikeCandidate => ({
  id,
  before,
  beforeSeconds: 86_400,
  after,
  afterSeconds: 600,
  users: after,
});

/** Tarone's rule by brute force: the smallest k with at most k totals at or above its threshold. */
function bruteForce(totals: number[], nullShare: number) {
  const threshold = (k: number) =>
    Math.max(SETTINGS.minEvents, Math.ceil(Math.log(SETTINGS.alpha / k) / Math.log(nullShare)));
  for (let k = 1; ; k++) {
    const size = totals.filter((total) => total >= threshold(k)).length;
    if (size <= k) return { size, minTotal: threshold(k) };
  }
}

describe("the spike family", () => {
  it("is Tarone's family by totals, asking each count once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 300 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (totals, nullShare) => {
          const asked: number[] = [];
          const search = spikeFamily(SETTINGS, nullShare);
          let step = search.next();
          while (!step.done) {
            asked.push(step.value);
            const n = step.value;
            step = search.next(totals.filter((total) => total >= n).length);
          }
          expect(step.value).toEqual(bruteForce(totals, nullShare));
          expect(new Set(asked).size).toBe(asked.length);
          expect(asked.length).toBeLessThanOrEqual(Math.ceil(Math.log2(totals.length + 1)) + 2);
        },
      ),
    );
  });

  it("drops a deploy's single-event issues, though each alone could reach 0.05", () => {
    // Ten minutes against a day at ratio 2: p0 = 1200/87600, so p0^N is 0.0137 for N = 1, 1.9e-4 for
    // N = 2. Six issues have N ≥ 2, all below 0.05/6, and the five with N = 1 are above it: K = 6.
    const totals = [1, 1, 1, 1, 1, 2, 2, 3, 50, 400, 9000];
    const candidates = totals.map((total, i) => withTotal(String(i), total, 0));
    const settings = { ...SETTINGS, alpha: 0.05, minEvents: 1 };
    expect(familyOf(candidates, settings, 1200 / 87_600)).toEqual({ size: 6, minTotal: 2 });
  });

  it("asks one count when the threshold never passes the event floor, as with a short window", () => {
    const search = spikeFamily(SETTINGS, 0.0137);
    expect(search.next().value).toBe(10);
    const done = search.next(10_000);
    expect(done).toEqual({ done: true, value: { size: 10_000, minTotal: 10 } });
  });

  it("decides the read candidates as Holm over the whole family would rank them", () => {
    // Five issues have 10+ events in both periods; only the one with 10+ since the rollout is read.
    const spiking = withTotal("spiking", 40, 30);
    const quiet = [1, 2, 3, 4].map((i) => withTotal(`quiet-${i}`, 40, 1));
    const family = familyOf([spiking, ...quiet], SETTINGS, 0.0137);
    expect(family).toEqual({ size: 5, minTotal: 10 });
    const [outcome] = runSpikeTest([spiking], SETTINGS, family);
    expect(outcome?.spike).toBe(true);
    expect(runSpikeTest([spiking, ...quiet], SETTINGS, family)[0]?.spike).toBe(true);
  });
});

describe("Holm's procedure over a larger family", () => {
  it("tests the p-values given at the thresholds of a family of the size given", () => {
    expect(holm([0.001, 0.004], 0.01)).toEqual([true, true]);
    // A family of 5: 0.001 ≤ 0.01/5, then 0.004 > 0.01/4.
    expect(holm([0.001, 0.004], 0.01, 5)).toEqual([true, false]);
    expect(holm([0.003], 0.01, 5)).toEqual([false]);
    // Never smaller than the p-values given.
    expect(holm([0.001, 0.004], 0.01, 1)).toEqual([true, true]);
  });
});
