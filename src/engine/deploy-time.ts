// Which moment counts as "the deploy": an explicit time, else Sentry's newest deploy record of the
// release in the environment, else the start of this run.
import type { DeployRecord } from "../sentry/source.js";
import type { DeployTimeSource } from "./report.js";

export interface DeployTime {
  at: Date;
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
  if (requested !== "auto") return { at: requested, source: "input" };
  let newest: Date | null = null;
  for (const deploy of deploys) {
    if (environment !== null && deploy.environment !== environment) continue;
    const at = deploy.dateFinished ?? deploy.dateStarted;
    if (!at || at.getTime() > runStart.getTime() + MAX_CLOCK_SKEW_MS) continue;
    if (newest === null || at > newest) newest = at;
  }
  return newest ? { at: newest, source: "deploy-record" } : { at: runStart, source: "run-start" };
}
