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
}

// Machines disagree by seconds; a record further ahead than this is wrong, and waiting for it would hang the job.
const MAX_CLOCK_SKEW_MS = 60_000;

export function chooseDeployTime(
  requested: "auto" | Date,
  deploys: readonly DeployRecord[],
  environment: string | null,
  runStart: Date,
): DeployTime {
  if (requested !== "auto") return { at: requested, rolloutStart: requested, source: "input" };
  let newest: { at: Date; started: Date | null } | null = null;
  for (const deploy of deploys) {
    if (environment !== null && deploy.environment !== environment) continue;
    const at = deploy.dateFinished ?? deploy.dateStarted;
    if (!at || at.getTime() > runStart.getTime() + MAX_CLOCK_SKEW_MS) continue;
    if (newest === null || at > newest.at) newest = { at, started: deploy.dateStarted };
  }
  if (newest === null) return { at: runStart, rolloutStart: runStart, source: "run-start" };
  // A start after the finish is a record written wrongly: no rollout rather than a negative one.
  const rolloutStart = newest.started && newest.started < newest.at ? newest.started : newest.at;
  return { at: newest.at, rolloutStart, source: "deploy-record" };
}
