// Where "regressed" is decided. Sentry marks an issue is:regressed for about a week after it came
// back, in whatever release; a deploy only owns the regressions its own events caused after it.
import type { IssueActivity } from "../sentry/source.js";

/**
 * When the issue came back at or after `since`: by an event of `release` when one is given (a deploy
 * owns only its own release's regressions), by any release otherwise (a scan of the last day).
 */
export function regressionSince(
  activity: readonly IssueActivity[],
  since: Date,
  release?: string,
): Date | null {
  let earliest: Date | null = null;
  for (const entry of activity) {
    if (entry.type !== "set_regression" || entry.dateCreated < since) continue;
    if (release !== undefined && entry.version !== release) continue;
    if (earliest === null || entry.dateCreated < earliest) earliest = entry.dateCreated;
  }
  return earliest;
}

/**
 * Sentry's regressed_in_release names the release but not the time. When the release sent no
 * event before the deploy (a first rollout), every regression it caused is after the deploy and
 * the activity log need not be read; otherwise (it ran in staging or a canary first) it must be.
 */
export function regressionsNeedDates(releaseFirstEvent: Date | null, deployedAt: Date): boolean {
  return releaseFirstEvent !== null && releaseFirstEvent < deployedAt;
}
