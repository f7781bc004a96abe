// The crash-rate check of the release: its crashed sessions since the rollout against those of the
// release that ran before it, by the failure-rate check's test with sessions as the exposure.
import type { ReleaseSessions } from "../../sentry/source.js";
import type { CrashRateCheck } from "../report.js";
import { rateTest } from "./failure-rate.js";
import type { Assessed, PerformanceSettings } from "./family.js";

/** The release before this one: the other release with the most sessions in the baseline; null when none had any. */
export function previousRelease(
  baseline: readonly ReleaseSessions[],
  release: string,
): ReleaseSessions | null {
  let previous: ReleaseSessions | null = null;
  for (const entry of baseline) {
    if (entry.release === release || entry.sessions === 0) continue;
    // Ties by version, so that the order Sentry lists them in does not matter.
    if (
      previous === null ||
      entry.sessions > previous.sessions ||
      (entry.sessions === previous.sessions && entry.release < previous.release)
    )
      previous = entry;
  }
  return previous;
}

function crashFree(sessions: ReleaseSessions | null): number | null {
  return sessions && sessions.sessions > 0 ? 1 - sessions.crashed / sessions.sessions : null;
}

/** Not tested (and insufficient) without a previous release, or without sessions of this one since. */
export function crashRateTest(
  previous: ReleaseSessions | null,
  current: ReleaseSessions | null,
  settings: Pick<PerformanceSettings, "alpha" | "minRatio" | "minEvents">,
): Assessed<Omit<CrashRateCheck, "permalink">> {
  const { check, test } = rateTest(
    {
      before: previous?.crashed ?? 0,
      beforeTotal: previous?.sessions ?? 0,
      after: current?.crashed ?? 0,
      afterTotal: current?.sessions ?? 0,
    },
    settings,
  );
  return {
    check: {
      ...check,
      previousRelease: previous?.release ?? null,
      crashFreeBefore: crashFree(previous),
      crashFreeAfter: crashFree(current),
    },
    test,
  };
}
