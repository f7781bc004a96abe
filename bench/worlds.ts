// Worlds for the request-count benchmark: the release reaches production exactly at `now`, so a run
// that starts then watches the whole 10-minute window, and issues appear as the virtual clock moves.
import { RELEASES, SIMULATOR_TOKEN, type World, WorldBuilder } from "../src/simulator/index.js";

export const ORG = "acme";
export const ENVIRONMENT = "production";
export const RELEASE = RELEASES.current;
export const TOKEN = SIMULATOR_TOKEN;

function base(now: Date): WorldBuilder {
  const b = new WorldBuilder({ org: ORG, anchors: { now, deploy: now } })
    .project("web", { platform: "javascript" })
    .project("api", { platform: "node" })
    .project("worker", { platform: "node" })
    .release(RELEASES.old, {
      created: "deploy - 30d",
      deploys: [{ environment: ENVIRONMENT, finished: "deploy - 30d" }],
    })
    .release(RELEASES.previous, {
      created: "deploy - 5d 2h",
      deploys: [{ environment: ENVIRONMENT, finished: "deploy - 5d" }],
    })
    .release(RELEASE, {
      created: "deploy - 50m",
      deploys: [
        { environment: "staging", finished: "deploy - 40m" },
        { environment: ENVIRONMENT, started: "deploy - 2m", finished: "deploy" },
      ],
    });
  // An old issue that keeps firing at one rate in every release: traffic of the release, never a
  // finding (not even a spike).
  b.issue({
    project: "web",
    title: "Error: Request aborted",
    events: [
      ...b.series({
        from: "deploy - 2d",
        to: "deploy",
        every: "1m",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["u1", "u2"],
      }),
      ...b.series({
        from: "deploy + 30s",
        to: "deploy + 10m",
        every: "1m",
        release: RELEASE,
        environment: ENVIRONMENT,
        users: ["u1", "u2"],
      }),
    ],
  });
  // Staging saw the release before production: regressions then need their dates (a detail lookup).
  b.issue({
    project: "api",
    title: "TypeError: staging only",
    events: [{ at: "deploy - 30m", release: RELEASE, environment: "staging", user: "qa" }],
  });
  return b;
}

/** A healthy release deployed at `now`: traffic from it during the window, nothing new or regressed. */
export function cleanWorld(now: Date): World {
  return base(now).build();
}

/** A release deployed at `now` that brings two new issues (at +2m, +6m) and one regression (at +4m). */
export function failingWorld(now: Date): World {
  const b = base(now);
  const current = { release: RELEASE, environment: ENVIRONMENT };
  b.issue({
    project: "web",
    title: "TypeError: cart.items is undefined",
    events: [
      { ...current, at: "deploy + 2m", user: "u1" },
      { ...current, at: "deploy + 5m", user: "u2" },
    ],
  });
  b.issue({
    project: "api",
    title: "Error: Redis connection timeout",
    events: [
      { ...current, at: "deploy + 6m", user: "svc" },
      { ...current, at: "deploy + 8m", user: "svc" },
    ],
  });
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    resolvedAt: ["deploy - 6d"],
    events: [
      ...b.series({
        from: "deploy - 20d",
        to: "deploy - 8d",
        every: "12h",
        release: RELEASES.old,
        environment: ENVIRONMENT,
      }),
      { ...current, at: "deploy + 4m", user: "u3" },
      { ...current, at: "deploy + 7m", user: "u4" },
    ],
  });
  return b.build();
}
