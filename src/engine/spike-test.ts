// Which existing issues spiked after a deploy: a C-test per issue, Holm over a Tarone family, and
// for the rest, whether a real jump could have been seen at all.
import { holm, taroneFamily } from "../stats/holm.js";
import { minimumPValue, type RateCounts, rateRatioPValue } from "../stats/rate-ratio-test.js";

export interface SpikeCandidate {
  id: string;
  before: number;
  beforeSeconds: number;
  after: number;
  afterSeconds: number;
  /** Users affected since the deploy. */
  users: number;
}

export interface SpikeSettings {
  /** Family-wise error rate. */
  alpha: number;
  /** The rate ratio a spike must significantly exceed. */
  minRatio: number;
  minEvents: number;
  minUsers: number;
}

export interface SpikeOutcome {
  id: string;
  /** The C-test p-value, computed for every issue, in the family or not. */
  pValue: number;
  /** Rate after over rate before; null when there were no events before. */
  ratio: number | null;
  inFamily: boolean;
  spike: boolean;
  /** Not a spike, but a SPIKE_JUMP-fold jump in its rate would most likely not have been one either. */
  insufficient: boolean;
}

/** The jump "insufficient sample" is about. */
export const SPIKE_JUMP = 3;

/**
 * Whether the median outcome of a SPIKE_JUMP-fold jump would fail the event floor or Holm's strictest
 * threshold. An issue with no events before has no rate to multiply, so it is never insufficient.
 */
function sampleInsufficient(counts: RateCounts, settings: SpikeSettings, familySize: number): boolean {
  if (counts.before === 0) return false;
  const jumpedAfter = Math.round((SPIKE_JUMP * counts.before * counts.afterSeconds) / counts.beforeSeconds);
  if (jumpedAfter < settings.minEvents) return true;
  const jumpedPValue = rateRatioPValue({ ...counts, after: jumpedAfter }, settings.minRatio);
  return jumpedPValue > settings.alpha / Math.max(familySize, 1);
}

/**
 * Decides every candidate, in input order. The event and user floors only withdraw rejections, so
 * the family-wise error rate stays at most alpha.
 */
export function runSpikeTest(
  candidates: readonly SpikeCandidate[],
  settings: SpikeSettings,
): { outcomes: SpikeOutcome[]; family: number } {
  const pValues = candidates.map((candidate) => rateRatioPValue(candidate, settings.minRatio));
  const inFamily = taroneFamily(
    candidates.map((candidate) => minimumPValue(candidate, settings.minRatio)),
    settings.alpha,
  );
  const familyIndices = candidates.flatMap((_, index) => (inFamily[index] ? [index] : []));
  const familyRejections = holm(
    familyIndices.map((index) => pValues[index] as number),
    settings.alpha,
  );
  const rejected = candidates.map(() => false);
  for (const [position, index] of familyIndices.entries())
    rejected[index] = familyRejections[position] as boolean;

  const outcomes = candidates.map((candidate, index): SpikeOutcome => {
    const spike =
      (rejected[index] as boolean) &&
      candidate.after >= settings.minEvents &&
      candidate.users >= settings.minUsers;
    return {
      id: candidate.id,
      pValue: pValues[index] as number,
      ratio:
        candidate.before === 0
          ? null
          : candidate.after / candidate.afterSeconds / (candidate.before / candidate.beforeSeconds),
      inFamily: inFamily[index] as boolean,
      spike,
      insufficient: !spike && sampleInsufficient(candidate, settings, familyIndices.length),
    };
  });
  return { outcomes, family: familyIndices.length };
}
