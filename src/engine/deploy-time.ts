// Which moment counts as "the deploy": an explicit time, else Sentry's newest deploy record of the
// release in the environment, else the start of this run. A record also tells when the rollout began:
// the release sent events while it rolled out, and what it did then counts as much as what it did after.
import type { DeployRecord } from "../sentry/source.js";
import type { DeployTimeSource } from "./report.js";

export interface DeployTime {
  at: Date;
  /** When the release began to reach the environment (the record's dateStarted); `at` when not known. */
  rolloutStart: Date;
  source: DeployTimeSource;
  /** Deploy records that contradict the release and were not used, said in the report. */
  notes?: string[];
}

// Machines disagree by seconds; a record further ahead than this is wrong, and waiting for it would hang the job.
const MAX_CLOCK_SKEW_MS = 60_000;
/**
 * Sentry takes a deploy record's dates as given, and a release is often created after its deploy
 * began (by its first event, or by a CI step after the deploy; sentry-cli's `--time` dates the start
 * back): a record may be dated a little before its release was created. More than a day before, it
 * contradicts the release (nothing of it existed then), and would put the window where it has no event.
 */
const MAX_BEFORE_RELEASE_MS = 24 * 3_600_000;

export function chooseDeployTime(
  requested: "auto" | Date,
  deploys: readonly DeployRecord[],
  environment: string | null,
  runStart: Date,
  /** When Sentry created the release, if it knows it: records dated long before are not used. */
  releaseCreated: Date | null = null,
): DeployTime {
  if (requested !== "auto") return { at: requested, rolloutStart: requested, source: "input" };
  const notes: string[] = [];
  const earliest = releaseCreated === null ? null : releaseCreated.getTime() - MAX_BEFORE_RELEASE_MS;
  const tooEarly = (date: Date) => earliest !== null && date.getTime() < earliest;
  const contradiction = (deploy: DeployRecord, what: string, date: Date) =>
    `Sentry's deploy record ${deploy.id} (${deploy.environment}) ${what} ${date.toISOString()}, more than a day before the release was created (${releaseCreated?.toISOString()})`;
  let newest: { at: Date; started: Date | null; record: DeployRecord } | null = null;
  for (const deploy of deploys) {
    if (environment !== null && deploy.environment !== environment) continue;
    const at = deploy.dateFinished ?? deploy.dateStarted;
    if (!at) continue;
    if (at.getTime() > runStart.getTime() + MAX_CLOCK_SKEW_MS) {
      notes.push(
        `Sentry's deploy record ${deploy.id} (${deploy.environment}) is dated ${at.toISOString()}, after this run began (${runStart.toISOString()}): not used.`,
      );
      continue;
    }
    if (tooEarly(at)) {
      notes.push(`${contradiction(deploy, "is dated", at)}: not used.`);
      continue;
    }
    if (newest === null || at > newest.at) newest = { at, started: deploy.dateStarted, record: deploy };
  }
  const withNotes = (time: DeployTime): DeployTime => (notes.length > 0 ? { ...time, notes } : time);
  if (newest === null) return withNotes({ at: runStart, rolloutStart: runStart, source: "run-start" });
  let started = newest.started;
  if (started && tooEarly(started)) {
    notes.push(
      `${contradiction(newest.record, "says its rollout began", started)}: the rollout is counted from its end.`,
    );
    started = null;
  }
  // A start after the finish is a record written wrongly: no rollout rather than a negative one.
  if (started && started > newest.at) {
    notes.push(
      `Sentry's deploy record ${newest.record.id} (${newest.record.environment}) says its rollout began ${started.toISOString()}, after it finished (${newest.at.toISOString()}): no rollout is counted.`,
    );
  }
  const rolloutStart = started && started < newest.at ? started : newest.at;
  return withNotes({ at: newest.at, rolloutStart, source: "deploy-record" });
}
