// The run's overall deadline, fixed before any request: the later of the run's start and an explicit
// deploy time (with deployed-at: auto, the start), plus `window`, `settle` and two minutes for slow or
// rate-limited answers. The REST source starts no request and waits for nothing past it, so that a run
// ends by then with a verdict or an error (README, Troubleshooting: "The run's deadline").
import type { Config } from "../config/schema.js";

export const GRACE_AFTER_WINDOW_MS = 2 * 60_000;

/**
 * Known before any request: a deploy record can only move the deploy earlier than now, and an
 * explicit time later than now pushes the window out with it.
 */
export function runDeadline(
  config: Pick<Config, "mode" | "deployedAt" | "windowMs" | "settleMs">,
  now: number,
): number {
  // A scan never waits: only its answers may take a while.
  if (config.mode === "scan") return now + GRACE_AFTER_WINDOW_MS;
  const latestDeploy = config.deployedAt === "auto" ? now : Math.max(now, config.deployedAt.getTime());
  return latestDeploy + config.windowMs + config.settleMs + GRACE_AFTER_WINDOW_MS;
}
