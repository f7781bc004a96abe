// The failure-rate check of one transaction: its share of failed requests since the rollout against
// its share in the baseline, by the spike test's conditional binomial test with requests instead of
// seconds as the exposure. The crash-rate check shares it.
import type { TransactionStats } from "../../sentry/source.js";
import { nullShareAfter, type RateCounts, rateRatioPValue } from "../../stats/rate-ratio-test.js";
import type { RateCheck } from "../report.js";
import { sampleInsufficient } from "../spike-test.js";
import type { Assessed, PerformanceSettings } from "./family.js";
import { LATENCY_MIN_SAMPLES } from "./latency.js";

export const RATE_METHOD =
  "one-sided exact conditional binomial test (Przyborowski–Wilenski) with requests or sessions as the exposure, Holm's procedure over Tarone's family";

/** Failures (or crashes) out of requests (or sessions), before and since. */
export interface RateTotals {
  before: number;
  beforeTotal: number;
  after: number;
  afterTotal: number;
}

/**
 * Whether the share after is significantly more than minRatio times the share before. Not tested
 * without requests in either period (counted insufficient: nothing could have shown). Floor: at least
 * minEvents failures since; the sample is insufficient as the spike test says, for a 3× jump.
 */
export function rateTest(
  totals: RateTotals,
  settings: Pick<PerformanceSettings, "alpha" | "minRatio" | "minEvents">,
  /** A further floor on the share after, from what ran beside the release (only ever withdraws). */
  alsoAbove = true,
): Assessed<RateCheck> {
  const counts: RateCounts = {
    before: totals.before,
    beforeSeconds: totals.beforeTotal,
    after: totals.after,
    afterSeconds: totals.afterTotal,
  };
  const tested = totals.beforeTotal > 0 && totals.afterTotal > 0;
  const pValue = tested ? rateRatioPValue(counts, settings.minRatio) : null;
  const total = totals.before + totals.after;
  return {
    check: {
      ...totals,
      ratio:
        tested && totals.before > 0
          ? totals.after / totals.afterTotal / (totals.before / totals.beforeTotal)
          : null,
      pValue,
      finding: false,
      insufficient: false,
    },
    test: {
      pValue,
      // All N after, as in the spike test's family; below the floor no outcome can be a finding.
      smallestPValue:
        tested && total >= settings.minEvents
          ? Math.exp(total * Math.log(nullShareAfter(counts, settings.minRatio)))
          : Number.POSITIVE_INFINITY,
      floorsHold: totals.after >= settings.minEvents && alsoAbove,
      insufficient: (familySize) => !tested || sampleInsufficient(counts, settings, familySize),
    },
  };
}

/**
 * The transaction's failures in the baseline (every release) against the release's since the rollout.
 * As for latency, when the other releases sent at least LATENCY_MIN_SAMPLES requests over the same
 * time (a rollout), the release's share must also be above minRatio times theirs: a downstream outage
 * that fails the old release's requests as much is not the release's doing.
 */
export function failureRateTest(
  baseline: TransactionStats,
  after: TransactionStats | null,
  concurrent: TransactionStats | null,
  settings: Pick<PerformanceSettings, "alpha" | "minRatio" | "minEvents">,
): Assessed<RateCheck> {
  const afterFailures = after?.failures ?? 0;
  const afterTotal = after?.samples ?? 0;
  const aboveConcurrent =
    concurrent === null ||
    concurrent.samples < LATENCY_MIN_SAMPLES ||
    (afterTotal > 0 &&
      afterFailures / afterTotal > settings.minRatio * (concurrent.failures / concurrent.samples));
  return rateTest(
    { before: baseline.failures, beforeTotal: baseline.samples, after: afterFailures, afterTotal },
    settings,
    aboveConcurrent,
  );
}
