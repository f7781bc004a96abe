// The verify driver over the REST source and the simulator on one virtual clock: a ten-minute window
// in milliseconds, so the poll loop's promises are checked poll by poll.
import { type Config, parseConfig } from "../../src/config/schema.js";
import type { Clock } from "../../src/engine/clock.js";
import { runDeadline } from "../../src/engine/deadline.js";
import { type PollProgress, type VerifyDeps, verifyRelease } from "../../src/engine/verify.js";
import { createRestSource } from "../../src/sentry/rest/source.js";
import {
  type ManualClock,
  manualClock,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  WorldBuilder,
} from "../../src/simulator/index.js";

export const V = "web@3.0.0";
export const DEPLOY = new Date("2026-11-25T12:00:00Z");

export interface Harness {
  simulator: Simulator;
  clock: ManualClock;
  engineClock: Clock;
  config: Config;
}

export async function harness(
  build: (b: WorldBuilder) => void,
  inputs: Record<string, string> = {},
  /** When the job starts: by default 5 s after the deploy. */
  start: Date = new Date(DEPLOY.getTime() + 5_000),
): Promise<Harness> {
  const clock = manualClock(start);
  const b = new WorldBuilder({ org: "acme", anchors: { now: clock(), deploy: DEPLOY } })
    .project("web")
    .release("web@2.9.0", {
      created: "deploy - 9d",
      deploys: [{ environment: "production", finished: "deploy - 8d" }],
    });
  build(b);
  const simulator = await startSimulator({ world: b.build(), now: clock, rateLimit: false });
  const parsed = parseConfig({
    "auth-token": SIMULATOR_TOKEN,
    org: "acme",
    project: "web",
    url: simulator.url,
    environment: "production",
    release: V,
    "fail-fast": "false",
    ...inputs,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const engineClock: Clock = {
    now: () => clock().getTime(),
    sleep: async (ms) => clock.advance(Math.max(0, ms)),
  };
  return { simulator, clock, engineClock, config: parsed.config };
}

/** The REST source on the harness's simulator and virtual clock. */
export function restSource(h: Harness) {
  return createRestSource({
    url: h.config.url,
    org: "acme",
    token: SIMULATOR_TOKEN,
    // As the front ends compute it: the source starts nothing past it.
    deadlineAt: runDeadline(h.config, h.engineClock.now()),
    now: h.engineClock.now,
    sleep: h.engineClock.sleep,
    retryBudgetMs: 15_000,
  });
}

/** Runs the check; `between` runs after each poll, before the next, to change the world or queue faults. */
export async function verify(
  h: Harness,
  between: (done: PollProgress) => void = () => {},
  deps: Pick<VerifyDeps, "fixClaimTexts" | "stopWaitingAt"> = {},
) {
  const progress: PollProgress[] = [];
  try {
    const report = await verifyRelease(h.config, {
      source: restSource(h),
      clock: h.engineClock,
      ...deps,
      onProgress: (p) => {
        progress.push(p);
        between(p);
      },
    });
    return { report, progress };
  } finally {
    await h.simulator.close();
  }
}

/** A release deployed to production at DEPLOY, with steady traffic so that Sentry sees it. */
export function deployedRelease(b: WorldBuilder, extra: { staging?: string } = {}) {
  b.release(V, {
    created: "deploy - 1h",
    deploys: [
      ...(extra.staging ? [{ environment: "staging", finished: extra.staging }] : []),
      { environment: "production", finished: "deploy" },
    ],
  });
  b.issue({
    title: "Error: Request aborted",
    events: b.series({
      from: "deploy - 2d",
      to: "deploy + 1h",
      every: "30s",
      release: V,
      environment: "production",
    }),
  });
}

/** Resolved five days ago; an event of this release in production, after the deploy, regresses it. */
export function broughtBackByTheDeploy(b: WorldBuilder) {
  b.issue({
    title: "Error: the deploy brought it back",
    resolvedAt: ["deploy - 5d"],
    events: [
      { at: "deploy - 6d", release: "web@2.9.0", environment: "production" },
      { at: "deploy + 3m", release: V, environment: "production", user: "u2" },
    ],
  });
}

/**
 * The release ran in staging first: it regressed one issue there 30 minutes before the production
 * deploy (that issue fires in production after it), and regressed another in production.
 */
export function stagedRegressions(b: WorldBuilder) {
  deployedRelease(b, { staging: "deploy - 40m" });
  b.issue({
    title: "Error: staging brought it back",
    resolvedAt: ["deploy - 5d"],
    events: [
      { at: "deploy - 6d", release: "web@2.9.0", environment: "production" },
      { at: "deploy - 30m", release: V, environment: "staging" },
      { at: "deploy + 2m", release: V, environment: "production", user: "u1" },
    ],
  });
  broughtBackByTheDeploy(b);
}
