// Built-in worlds, written relative to a given "now", for `demo`, the `simulator` command and the
// end-to-end tests. Each says which verdict and findings a correct verification reaches.
import { SIMULATOR_TOKEN } from "./auth.js";
import { WorldBuilder } from "./builder.js";
import { seededRandom } from "./random.js";
import type { FrameInput, World } from "./world.js";

export interface Scenario {
  name: string;
  description: string;
  world: World;
  org: string;
  projects: string[];
  release: string;
  environment: string;
  deployedAt: Date;
  token: string;
  /** The description of the deployed change's pull request: where `fixes: auto` finds claimed fixes. */
  pullRequestBody: string;
  /** What a correct verification of `release` in `environment` at `now` reports, with `fixes: auto`. */
  expected: {
    verdict: "pass" | "fail" | "inconclusive";
    new: string[];
    regressed: string[];
    spike: string[];
    /** Transactions whose p95 latency a correct latency check finds increased; absent: none. */
    latency?: string[];
    /** Claimed fix → its status. */
    fixes: Record<string, "confirmed" | "unfixed" | "unverified">;
  };
}

/** Commit SHAs: the deployed release, the one before it, and an old one. */
export const RELEASES = {
  current: "3f2c9a1e7b6d5c4a3b2e1f0d9c8b7a6f5e4d3c21",
  previous: "9b1de0c3f6a2e4b58d7c1a0f2e3d4c5b6a798812",
  old: "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d",
} as const;

const ORG = "acme";
const ENVIRONMENT = "production";

// A title from a hostile or careless source: mentions, HTML, table pipes, backticks, a fake link.
export const HOSTILE_TITLE =
  "TypeError: cart.items is undefined @octocat <img src=x onerror=alert(1)> | `total` | [reset password](https://evil.example/phish)";

const frames = (file: string, fn: string, line: number): FrameInput[] => [
  {
    filename: "node_modules/express/lib/router/layer.js",
    function: "Layer.handle",
    lineNo: 95,
    inApp: false,
  },
  { filename: "src/server/routes.ts", function: "router.post", lineNo: 41 },
  { filename: file, function: fn, lineNo: line, colNo: 13 },
  { filename: "node_modules/lodash/lodash.js", function: "baseGet", lineNo: 3077, inApp: false },
];

/**
 * The two releases' records: each deployed to staging, then rolled out to production (the current one
 * over five minutes). Sentry takes 20 seconds to process an event, as a busy Sentry may.
 */
function baseWorld(now: Date): WorldBuilder {
  const deploy = new Date(now.getTime() - 12 * 60_000);
  return new WorldBuilder({ org: ORG, anchors: { now, deploy }, processingDelay: "20s" })
    .project("web", { platform: "javascript" })
    .project("api", { platform: "node" })
    .release(RELEASES.old, {
      created: "deploy - 30d",
      deploys: [{ environment: ENVIRONMENT, finished: "deploy - 30d" }],
    })
    .release(RELEASES.previous, {
      created: "deploy - 5d 2h",
      deploys: [
        { environment: "staging", finished: "deploy - 5d 1h" },
        { environment: ENVIRONMENT, started: "deploy - 5d 2m", finished: "deploy - 5d" },
      ],
    })
    .release(RELEASES.current, {
      created: "deploy - 50m",
      deploys: [
        { environment: "staging", finished: "deploy - 40m" },
        { environment: ENVIRONMENT, started: "deploy - 5m", finished: "deploy", name: "production deploy" },
      ],
    });
}

/** The old noisy issue: steady traffic in every release, before and after the deploy. Never a finding. */
function addNoisyIssue(b: WorldBuilder, currentRelease: string | null) {
  const users = ["u101", "u102", "u103", "u104", "u105"];
  const base = { environment: ENVIRONMENT, users };
  b.issue({
    project: "web",
    title: "Error: Request aborted",
    level: "error",
    frames: frames("src/api/client.ts", "fetchJson", 58),
    events: [
      ...b.series({ ...base, from: "deploy - 20d", to: "deploy - 5d", every: "6h", release: RELEASES.old }),
      ...b.series({ ...base, from: "deploy - 5d", to: "deploy", every: "10m", release: RELEASES.previous }),
      ...b.series({ ...base, from: "deploy + 30s", to: "now", every: "10m", release: currentRelease }),
    ],
  });
}

const CHECKOUT = "POST /api/checkout";

/**
 * Steady traffic of the previous release over the day before the deploy and of the current one since:
 * three transactions sampled at 50% (34 samples a minute, ~49,000 in all) and the web app's sessions
 * (~12,000). Only checkout changed: 2.5 times slower in the current release (median and p95), with
 * ~24 samples a minute, so a latency check sees a few hundred in the window. Failure and crash rates
 * are the same in both releases.
 */
function addTraffic(b: WorldBuilder, checkoutSlowdown: number) {
  const transactions = [
    { project: "web", transaction: "GET /", perMinute: 4, medianMs: 250, failureRate: 0.002 },
    { project: "api", transaction: "GET /api/products", perMinute: 6, medianMs: 80, failureRate: 0.003 },
    { project: "api", transaction: CHECKOUT, perMinute: 24, medianMs: 140, failureRate: 0.01 },
  ];
  const users = Array.from({ length: 400 }, (_, i) => `u${1000 + i}`);
  const releases = [
    { release: RELEASES.previous, from: "deploy - 24h", to: "deploy", slowdown: 1 },
    { release: RELEASES.current, from: "deploy", to: "now", slowdown: checkoutSlowdown },
  ];
  let seed = 7;
  for (const { release, from, to, slowdown } of releases) {
    const common = { release, from, to, environment: ENVIRONMENT };
    for (const { medianMs, transaction, ...rest } of transactions) {
      b.transactions(
        b.transactionSeries({
          ...common,
          ...rest,
          transaction,
          medianMs: transaction === CHECKOUT ? medianMs * slowdown : medianMs,
          spread: 0.3,
          sampleRate: 0.5,
          random: seededRandom(seed++),
        }),
      );
    }
    b.sessions(
      b.sessionSeries({
        ...common,
        project: "web",
        perMinute: 8,
        crashRate: 0.002,
        erroredRate: 0.02,
        users,
        random: seededRandom(seed++),
      }),
    );
  }
}

const UNCLAIMED = "Refactors the cart; no issue fixed.";

function scenario(
  name: string,
  description: string,
  b: WorldBuilder,
  expected: Scenario["expected"],
  pullRequestBody = UNCLAIMED,
): Scenario {
  return {
    name,
    description,
    pullRequestBody,
    world: b.build(),
    org: ORG,
    projects: ["web", "api"],
    release: RELEASES.current,
    environment: ENVIRONMENT,
    deployedAt: b.world.anchors.deploy as Date,
    token: SIMULATOR_TOKEN,
    expected,
  };
}

/**
 * The demo: the release finished rolling out to production 12 minutes ago. It brought a new issue with
 * a hostile title, brought back an issue resolved last week, and, two minutes into its five-minute
 * rollout, hit production with an issue staging saw first.
 * Traps that are not findings: an issue that regressed 3 days ago in the previous release and still
 * fires (still is:regressed), an old noisy issue, an issue only in staging, an archived issue.
 * Its traffic (addTraffic) makes checkout 2.5 times slower; nothing else changed.
 */
export function regressionScenario(now: Date = new Date()): Scenario {
  const b = baseWorld(now);
  const current = { release: RELEASES.current, environment: ENVIRONMENT };
  b.issue({
    project: "web",
    title: HOSTILE_TITLE,
    frames: frames("src/checkout/cart.ts", "getTotal", 87),
    events: [
      { ...current, at: "deploy + 2m", user: "u1", handled: false },
      { ...current, at: "deploy + 3m", user: "u2", handled: false },
      { ...current, at: "deploy + 5m", user: "u1", handled: false },
      { ...current, at: "deploy + 8m", user: "u3", handled: false },
      { ...current, at: "deploy + 11m", user: "u4", handled: false },
    ],
  });
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    frames: frames("src/auth/session.ts", "restoreSession", 23),
    resolvedAt: ["deploy - 6d"],
    events: [
      ...b.series({
        from: "deploy - 20d",
        to: "deploy - 8d",
        every: "12h",
        release: RELEASES.old,
        environment: ENVIRONMENT,
        users: ["u7", "u8"],
      }),
      { ...current, at: "deploy + 4m", user: "u9" },
      { ...current, at: "deploy + 6m", user: "u10" },
      { ...current, at: "deploy + 10m", user: "u9" },
    ],
  });
  addNoisyIssue(b, RELEASES.current);
  addTraffic(b, 2.5);
  b.issue({
    project: "web",
    title: "RangeError: Maximum call stack size exceeded",
    frames: frames("src/components/Tree.tsx", "renderNode", 112),
    events: b.series({
      from: "deploy - 35m",
      to: "now",
      every: "7m",
      release: RELEASES.current,
      environment: "staging",
      users: ["qa1"],
    }),
  });
  b.issue({
    project: "web",
    title: "TypeError: price.toFixed is not a function",
    frames: frames("src/checkout/price.ts", "formatPrice", 14),
    events: [
      { release: RELEASES.current, environment: "staging", at: "deploy - 30m", user: "qa1" },
      { release: RELEASES.current, environment: "staging", at: "deploy - 20m", user: "qa2" },
      { ...current, at: "deploy - 3m", user: "u11" },
      { ...current, at: "deploy + 9m", user: "u12" },
    ],
  });
  b.issue({
    project: "web",
    title: "ChunkLoadError: Loading chunk 42 failed",
    ignored: true,
    events: [
      ...b.series({
        from: "deploy - 10d",
        to: "deploy",
        every: "1d",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["u20"],
      }),
      { ...current, at: "deploy + 7m", user: "u21" },
    ],
  });
  b.issue({
    project: "api",
    title: "Error: Redis connection timeout",
    frames: frames("src/db/redis.ts", "connect", 66),
    resolvedAt: ["deploy - 4d"],
    events: [
      ...b.series({
        from: "deploy - 15d",
        to: "deploy - 4d 1h",
        every: "1d",
        release: RELEASES.old,
        environment: ENVIRONMENT,
        users: ["svc"],
      }),
      ...b.series({
        from: "deploy - 3d",
        to: "deploy",
        every: "2h",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["svc"],
      }),
      { ...current, at: "deploy + 1m", user: "svc" },
      { ...current, at: "deploy + 5m", user: "svc" },
      { ...current, at: "deploy + 8m", user: "svc" },
    ],
  });
  const previous = { release: RELEASES.previous, environment: ENVIRONMENT };
  // An old issue that fired every ten minutes, and four times a minute since the deploy: a spike.
  b.issue({
    project: "api",
    title: "TimeoutError: payment gateway took too long",
    frames: frames("src/payments/gateway.ts", "charge", 131),
    events: [
      ...b.series({ ...previous, from: "deploy - 3d", to: "deploy", every: "10m", users: ["u30", "u31"] }),
      ...b.series({
        ...current,
        from: "deploy + 20s",
        to: "now",
        every: "15s",
        users: ["u32", "u33", "u34"],
      }),
    ],
  });
  // Two issues the pull request claims to fix: one stopped with the deploy, one goes on in the release.
  b.issue({
    project: "web",
    title: "TypeError: discount is null",
    frames: frames("src/checkout/discount.ts", "applyDiscount", 19),
    events: b.series({ ...previous, from: "deploy - 2d", to: "deploy", every: "30m", users: ["u40", "u41"] }),
  });
  b.issue({
    project: "web",
    title: "Error: coupon code rejected",
    frames: frames("src/checkout/coupon.ts", "redeem", 52),
    events: [
      ...b.series({ ...previous, from: "deploy - 2d", to: "deploy", every: "1h", users: ["u42"] }),
      { ...current, at: "deploy + 4m", user: "u43" },
      { ...current, at: "deploy + 9m", user: "u44" },
    ],
  });
  const shortId = (title: string) => b.world.issues.find((i) => i.title === title)?.shortId as string;
  const discount = shortId("TypeError: discount is null");
  const coupon = shortId("Error: coupon code rejected");
  return scenario(
    "regression",
    "A release that broke production: two new issues (one during its rollout), one regression, a spike, and a claimed fix that did not hold.",
    b,
    {
      verdict: "fail",
      new: [shortId(HOSTILE_TITLE), shortId("TypeError: price.toFixed is not a function")],
      regressed: [shortId("ReferenceError: session is not defined")],
      spike: [shortId("TimeoutError: payment gateway took too long")],
      latency: [CHECKOUT],
      fixes: { [discount]: "confirmed", [coupon]: "unfixed" },
    },
    `Checkout fixes.\n\nFixes ${discount} and resolves ${coupon.toLowerCase()}.\n\n<!-- Template: write "Fixes WEB-123" to link a Sentry issue. -->\n`,
  );
}

/** A healthy release: its traffic reaches Sentry, nothing new or regressed. */
export function cleanScenario(now: Date = new Date()): Scenario {
  const b = baseWorld(now);
  addNoisyIssue(b, RELEASES.current);
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    resolvedAt: ["deploy - 6d"],
    events: b.series({
      from: "deploy - 20d",
      to: "deploy - 8d",
      every: "12h",
      release: RELEASES.old,
      environment: ENVIRONMENT,
    }),
  });
  return scenario("clean", "A healthy release: traffic from it, nothing new or regressed.", b, {
    verdict: "pass",
    new: [],
    regressed: [],
    spike: [],
    fixes: {},
  });
}

/**
 * A quiet, healthy service: the release sent transactions and sessions and not one error, so the check
 * sees it through its traffic and passes, saying how much it saw.
 */
export function quietScenario(now: Date = new Date()): Scenario {
  const b = baseWorld(now);
  addTraffic(b, 1);
  b.issue({
    project: "api",
    title: "Error: connection reset by peer",
    events: b.series({
      from: "deploy - 3d",
      to: "deploy - 1d",
      every: "6h",
      release: RELEASES.previous,
      environment: ENVIRONMENT,
    }),
  });
  return scenario("quiet", "A healthy release that sent no error at all: its traffic shows it ran.", b, {
    verdict: "pass",
    new: [],
    regressed: [],
    spike: [],
    latency: [],
    fixes: {},
  });
}

/** An SDK without `release` set: errors keep coming, none names the release, so the check cannot see it. */
export function silentScenario(now: Date = new Date()): Scenario {
  const b = baseWorld(now);
  addNoisyIssue(b, null);
  return scenario("silent", "No event from the release since the deploy: inconclusive.", b, {
    verdict: "inconclusive",
    new: [],
    regressed: [],
    spike: [],
    fixes: {},
  });
}

/** The inputs (or flags) that point the action or the CLI at a scenario served at `url`. */
export function scenarioInputs(scenario: Scenario, url: string) {
  return {
    "auth-token": scenario.token,
    org: scenario.org,
    project: scenario.projects.join(","),
    url,
    environment: scenario.environment,
    release: scenario.release,
  };
}

export const SCENARIOS: Record<string, (now?: Date) => Scenario> = {
  regression: regressionScenario,
  clean: cleanScenario,
  quiet: quietScenario,
  silent: silentScenario,
};

/** For the benchmark: `count` issues, all new in the release, two production events each since the deploy. */
export function largeWorld(count: number, now: Date = new Date()): Scenario {
  const b = baseWorld(now);
  const deploy = (b.world.anchors.deploy as Date).getTime();
  // Inside the default 10-minute window, so that a check of the whole window counts every issue.
  const span = Math.max(1, Math.min(now.getTime() - deploy, 10 * 60_000) - 2_000);
  for (let i = 0; i < count; i++) {
    const first = new Date(deploy + 1_000 + ((i * 7_919) % span));
    b.issue({
      project: "web",
      title: `Error: synthetic failure #${i + 1}`,
      events: [
        { at: first, release: RELEASES.current, environment: ENVIRONMENT, user: `u${i % 50}` },
        {
          at: new Date(first.getTime() + 1_000),
          release: RELEASES.current,
          environment: ENVIRONMENT,
          user: `u${(i + 1) % 50}`,
        },
      ],
    });
  }
  const shortIds = b.world.issues.map((i) => i.shortId);
  return scenario("large", `${count} issues, all new in the release.`, b, {
    verdict: "fail",
    new: shortIds,
    regressed: [],
    spike: [],
    fixes: {},
  });
}

/**
 * For the benchmark: `count` old issues that fire as they always did, twice in the day before the
 * deploy and once since, in production. Nothing to report; every issue goes through the spike test.
 */
export function largeSteadyWorld(count: number, now: Date = new Date()): Scenario {
  const b = baseWorld(now);
  const previous = { release: RELEASES.previous, environment: ENVIRONMENT };
  for (let i = 0; i < count; i++) {
    b.issue({
      project: "web",
      title: `Error: steady failure #${i + 1}`,
      events: [
        { ...previous, at: "deploy - 20h", user: `u${i % 50}` },
        { ...previous, at: "deploy - 2h", user: `u${(i + 1) % 50}` },
        { release: RELEASES.current, environment: ENVIRONMENT, at: "deploy + 1m", user: `u${i % 50}` },
      ],
    });
  }
  return scenario("large-steady", `${count} old issues firing as before.`, b, {
    verdict: "pass",
    new: [],
    regressed: [],
    spike: [],
    fixes: {},
  });
}
