// The latency check of one transaction: a threshold fixed from the p95 before the rollout, and the
// share of the release's samples since that were slower than it, against the 5% a p95 at the
// threshold allows (exceedance-test.ts says why that share is tested against the baseline's own
// samples rather than a flat 5%).
import { exceedancePValue } from "../../stats/exceedance-test.js";
import type { LatencyCheck } from "../report.js";
import type { Assessed, PerformanceSettings, TransactionSeen } from "./family.js";

export const LATENCY_METHOD =
  "one-sided exact exceedance test of the share of samples slower than (1 + latency-max-increase) × the baseline p95 (hypergeometric, against the baseline's samples above its p95), Holm's procedure over Tarone's family";

/** Fewer samples than this, since the rollout or in the baseline, and the transaction is not tested. */
export const LATENCY_MIN_SAMPLES = 50;
/** A finding needs at least this many samples slower than the threshold. */
const LATENCY_MIN_SLOWER = 5;
/**
 * The slowdown "insufficient sample" is about: a quarter of the samples slower than the threshold (the
 * p75 above it). Doubling every duration does that, at a 20% latency-max-increase, to a log-normal
 * whose p95 is 2.4 times its median.
 */
const SLOWDOWN_SHARE = 0.25;

/** (1 + latency-max-increase) × the baseline p95: the p95 a finding must significantly exceed. */
export function latencyThreshold(baselineP95Ms: number, maxIncrease: number): number {
  return (1 + maxIncrease) * baselineP95Ms;
}

/**
 * The check of a transaction with samples in the baseline; null without any (nothing to compare with).
 * Floors: at least LATENCY_MIN_SLOWER slower samples, an observed p95 above the threshold and, when the
 * other releases sent at least LATENCY_MIN_SAMPLES samples over the same time (a rollout), above
 * (1 + latency-max-increase) × theirs too, so that a slowdown of the whole environment is not the
 * release's.
 */
export function latencyTest(
  seen: Omit<TransactionSeen, "transaction">,
  settings: Pick<PerformanceSettings, "alpha" | "maxIncrease">,
): Assessed<LatencyCheck> | null {
  const { baseline, after, concurrent } = seen;
  if (baseline === null || baseline.samples === 0 || baseline.p95Ms === null) return null;
  const thresholdMs = latencyThreshold(baseline.p95Ms, settings.maxIncrease);
  const samples = after?.samples ?? 0;
  // Counted by the same query as the samples; kept within them should a source ever disagree.
  const slower = Math.min(after?.slower ?? 0, samples);
  const p95Ms = samples > 0 ? (after?.p95Ms ?? null) : null;
  const concurrentSamples = concurrent?.samples ?? 0;
  const concurrentP95Ms = concurrentSamples > 0 ? (concurrent?.p95Ms ?? null) : null;
  const tested =
    baseline.samples >= LATENCY_MIN_SAMPLES && samples >= LATENCY_MIN_SAMPLES && after?.slower != null;
  const pValue = tested ? exceedancePValue(slower, samples, baseline.samples) : null;
  const aboveConcurrent =
    concurrentSamples < LATENCY_MIN_SAMPLES ||
    concurrentP95Ms === null ||
    (p95Ms !== null && p95Ms > latencyThreshold(concurrentP95Ms, settings.maxIncrease));
  return {
    check: {
      baselineP95Ms: baseline.p95Ms,
      baselineSamples: baseline.samples,
      thresholdMs,
      samples,
      slower,
      p95Ms,
      concurrentP95Ms,
      concurrentSamples,
      pValue,
      finding: false,
      insufficient: false,
    },
    test: {
      pValue,
      // All samples slower; n and the baseline's size are what the test is conditional on.
      smallestPValue: tested
        ? exceedancePValue(samples, samples, baseline.samples)
        : Number.POSITIVE_INFINITY,
      floorsHold: slower >= LATENCY_MIN_SLOWER && p95Ms !== null && p95Ms > thresholdMs && aboveConcurrent,
      insufficient: (familySize) =>
        !tested ||
        exceedancePValue(Math.round(samples * SLOWDOWN_SHARE), samples, baseline.samples) >
          settings.alpha / Math.max(familySize, 1),
    },
  };
}
