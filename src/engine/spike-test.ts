// Which existing issues spiked after a deploy: a C-test per issue, Holm over a Tarone family, and
// for the rest, whether a real jump could have been seen at all.
//
// An issue with fewer than minEvents events since the rollout can never be a spike, so only those with
// that many are read and tested; the others count only towards the family's size, which Tarone's rule
// sets from how many issues have a given total (before and after together), never from how the events
// split, so the error control holds over the whole family however few of it are read.
import { holm } from "../stats/holm.js";
import { type RateCounts, rateRatioPValue } from "../stats/rate-ratio-test.js";

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

/** The issues the error control is over: every one with at least `minTotal` events in both periods. */
export interface SpikeFamily {
  size: number;
  minTotal: number;
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
 * Tarone's (1990) rule by totals. An issue's smallest p-value is p0^N (all N events after), p0 the null
 * share of events after, so it reaches alpha/k exactly when N ≥ n(k); issues with fewer than minEvents
 * events cannot be spikes, so n(k) is at least that. The family is the issues with N ≥ n(K) for the
 * smallest K that leaves at most K of them. A generator, so that the counts it asks for (`yield n`:
 * how many issues have N ≥ n) come from a list in memory or from Sentry alike; each n is asked once.
 *
 * p0 is taken for the whole baseline: an issue born within it has a larger p0 and may be counted in the
 * family without being able to reach its threshold, which only makes the family larger, never smaller.
 */
export function* spikeFamily(
  settings: SpikeSettings,
  nullShare: number,
): Generator<number, SpikeFamily, number> {
  const minTotal = (k: number) =>
    Math.max(settings.minEvents, Math.ceil(Math.log(settings.alpha / k) / Math.log(nullShare)));
  const counts = new Map<number, number>();
  function* count(n: number): Generator<number, number, number> {
    let known = counts.get(n);
    if (known === undefined) {
      known = yield n;
      counts.set(n, known);
    }
    return known;
  }
  const most = yield* count(settings.minEvents);
  // m(k) = count(minTotal(k)) falls as k grows, and m(most) ≤ most: the smallest fitting k lies in [1, most].
  let low = 1;
  let high = Math.max(most, 1);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if ((yield* count(minTotal(middle))) <= middle) high = middle;
    else low = middle + 1;
  }
  return { size: yield* count(minTotal(low)), minTotal: minTotal(low) };
}

/** spikeFamily over candidates all in memory (every existing issue given, as in a test). */
export function familyOf(
  candidates: readonly SpikeCandidate[],
  settings: SpikeSettings,
  nullShare: number,
): SpikeFamily {
  const search = spikeFamily(settings, nullShare);
  for (let step = search.next(); ; ) {
    if (step.done) return step.value;
    const n = step.value;
    step = search.next(candidates.filter((candidate) => candidate.before + candidate.after >= n).length);
  }
}

/**
 * Whether the median outcome of a SPIKE_JUMP-fold jump would fail the event floor or Holm's strictest
 * threshold. An issue with no events before has no rate to multiply, so it is never insufficient. The
 * failure-rate and crash-rate tests ask it too, with requests or sessions as the exposures.
 */
export function sampleInsufficient(
  counts: RateCounts,
  settings: Pick<SpikeSettings, "alpha" | "minRatio" | "minEvents">,
  familySize: number,
): boolean {
  if (counts.before === 0) return false;
  const jumpedAfter = Math.round((SPIKE_JUMP * counts.before * counts.afterSeconds) / counts.beforeSeconds);
  if (jumpedAfter < settings.minEvents) return true;
  // Beyond what a count can be, a jump shows whatever the test says.
  if (!Number.isSafeInteger(counts.before + jumpedAfter)) return false;
  const jumpedPValue = rateRatioPValue({ ...counts, after: jumpedAfter }, settings.minRatio);
  return jumpedPValue > settings.alpha / Math.max(familySize, 1);
}

/**
 * Decides every candidate given, in input order, within `family`: those of the family not given are
 * taken as never rejected. The event and user floors only withdraw rejections, so the family-wise
 * error rate stays at most alpha.
 */
export function runSpikeTest(
  candidates: readonly SpikeCandidate[],
  settings: SpikeSettings,
  family: SpikeFamily,
): SpikeOutcome[] {
  const pValues = candidates.map((candidate) => rateRatioPValue(candidate, settings.minRatio));
  const inFamily = candidates.map((candidate) => candidate.before + candidate.after >= family.minTotal);
  const familyIndices = candidates.flatMap((_, index) => (inFamily[index] ? [index] : []));
  const familyRejections = holm(
    familyIndices.map((index) => pValues[index] as number),
    settings.alpha,
    family.size,
  );
  const rejected = candidates.map(() => false);
  for (const [position, index] of familyIndices.entries())
    rejected[index] = familyRejections[position] as boolean;

  return candidates.map((candidate, index): SpikeOutcome => {
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
      insufficient: !spike && sampleInsufficient(candidate, settings, family.size),
    };
  });
}
