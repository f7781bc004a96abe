// One family-wise decision over every latency, failure-rate and crash-rate test of a run: Holm's
// procedure at spike-alpha over Tarone's family, so that the chance of any false finding among them
// all is at most alpha.
//
// Tarone's rule keeps out the tests that could never reach significance (a transaction with three
// failures in both periods together, a release with a handful of sessions), which would only dilute
// the others' thresholds. Each test's smallest attainable p-value differs (its own counts and
// exposures), and the family is chosen from the counts each test is conditional on, never from how
// they split before and after; Holm's procedure over a family chosen so keeps the family-wise error
// at most alpha, and a floor that withdraws a rejection can only lower it.
import type { ReleaseSessions, TransactionStats } from "../../sentry/source.js";
import { holm } from "../../stats/holm.js";
import type { CrashRateCheck, TransactionCheck } from "../report.js";
import { crashRateTest } from "./crash-rate.js";
import { failureRateTest } from "./failure-rate.js";
import { latencyTest } from "./latency.js";

export interface PerformanceSettings {
  /** Family-wise error rate (spike-alpha). */
  alpha: number;
  /** latency-max-increase: 0.2 for 20%. */
  maxIncrease: number;
  /** The ratio of failure or crash shares a finding must significantly exceed (spike-min-ratio). */
  minRatio: number;
  /** A failure-rate or crash-rate finding needs this many failures or crashes since (spike-min-events). */
  minEvents: number;
}

/** One test as the family sees it. */
export interface FamilyTest {
  /** null: not tested (too few samples, nothing to compare with), never in the family. */
  pValue: number | null;
  /** The smallest p-value of an outcome the floors let through, given the test's conditioning counts. */
  smallestPValue: number;
  /** The floors, which only ever withdraw a rejection. */
  floorsHold: boolean;
  /** Whether a real regression would more likely than not have gone unseen, in a family of this size. */
  insufficient(familySize: number): boolean;
}

/** A check of one kind before the family decides it: finding and insufficient are false until then. */
export interface Assessed<Check> {
  check: Check;
  test: FamilyTest;
}

/**
 * Tarone's (1990) rule with a smallest attainable p-value per test: for the smallest K ≥ 1 with at most
 * K of them at or below alpha/K, the family is those. Untested ones (null) are never in it.
 */
export function taroneFamily(smallestPValues: readonly (number | null)[], alpha: number): boolean[] {
  const sorted = smallestPValues.filter((value) => value !== null).sort((a, b) => a - b);
  // More than K values at or below alpha/K exactly when the (K + 1)-th smallest is.
  let k = 1;
  while ((sorted[k] ?? Number.POSITIVE_INFINITY) <= alpha / k) k++;
  return smallestPValues.map((value) => value !== null && value <= alpha / k);
}

export interface FamilyOutcome {
  finding: boolean;
  insufficient: boolean;
}

/** Decides every test given, in input order: Holm at alpha over Tarone's family, then the floors. */
export function decideFamily(
  tests: readonly FamilyTest[],
  alpha: number,
): { size: number; outcomes: FamilyOutcome[] } {
  const inFamily = taroneFamily(
    tests.map((test) => (test.pValue === null ? null : test.smallestPValue)),
    alpha,
  );
  const members = tests.flatMap((_, index) => (inFamily[index] ? [index] : []));
  const rejections = holm(
    members.map((index) => tests[index]?.pValue as number),
    alpha,
  );
  const rejected = tests.map(() => false);
  for (const [position, index] of members.entries()) rejected[index] = rejections[position] as boolean;
  return {
    size: members.length,
    outcomes: tests.map((test, index) => {
      const finding = (rejected[index] as boolean) && test.floorsHold;
      return { finding, insufficient: !finding && test.insufficient(members.length) };
    }),
  };
}

/** What was read of one transaction; null where there was nothing. */
export interface TransactionSeen {
  transaction: string;
  /** Every release's, in the baseline before the rollout. */
  baseline: TransactionStats | null;
  /** The release's since the rollout began, `slower` counted against its latency threshold. */
  after: TransactionStats | null;
  /** The other releases' over the same time (the old release during a rollout). */
  concurrent: TransactionStats | null;
}

/** The release's sessions since the rollout began, and those of the release before it in the baseline. */
export interface SessionsSeen {
  previous: ReleaseSessions | null;
  current: ReleaseSessions | null;
}

export interface PerformanceAssessment {
  /** In the order given; a transaction without a baseline has no checks. */
  transactions: Omit<TransactionCheck, "permalink">[];
  crashRate: Omit<CrashRateCheck, "permalink"> | null;
  /** The family's size. */
  tested: number;
  insufficientSample: number;
}

/** Every check of the three kinds, decided together. `sessions` null: release health was not read. */
export function assessPerformance(
  transactions: readonly TransactionSeen[],
  sessions: SessionsSeen | null,
  settings: PerformanceSettings,
): PerformanceAssessment {
  const latency = transactions.map((seen) => latencyTest(seen, settings));
  const failureRate = transactions.map((seen) =>
    seen.baseline && seen.baseline.samples > 0
      ? failureRateTest(seen.baseline, seen.after, seen.concurrent, settings)
      : null,
  );
  const crashRate = sessions && crashRateTest(sessions.previous, sessions.current, settings);
  const all = [...latency, ...failureRate, crashRate].filter((assessed) => assessed !== null);
  const { size, outcomes } = decideFamily(
    all.map((assessed) => assessed.test),
    settings.alpha,
  );
  const outcomeOf = new Map<Assessed<unknown>, FamilyOutcome>(
    all.map((assessed, index) => [assessed, outcomes[index] as FamilyOutcome]),
  );
  const decided = <Check>(assessed: Assessed<Check> | null): Check | null =>
    assessed && { ...assessed.check, ...outcomeOf.get(assessed) };
  return {
    transactions: transactions.map((seen, index) => ({
      transaction: seen.transaction,
      latency: decided(latency[index] ?? null),
      failureRate: decided(failureRate[index] ?? null),
    })),
    crashRate: decided(crashRate),
    tested: size,
    insufficientSample: outcomes.filter((outcome) => outcome.insufficient).length,
  };
}
