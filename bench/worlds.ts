// Worlds for the request-count benchmark: the release reaches production exactly at `now`, so a run
// that starts then watches the whole 10-minute window, and issues, transactions and sessions appear as
// the virtual clock moves. Traffic is seeded: the same world, and so the same figures, every run.
import {
  addSessions,
  addTransactions,
  RELEASES,
  type SessionInput,
  SIMULATOR_TOKEN,
  seededRandom,
  type TimeInput,
  type TransactionInput,
  type World,
  WorldBuilder,
} from "../src/simulator/index.js";

export const ORG = "acme";
export const ENVIRONMENT = "production";
export const RELEASE = RELEASES.current;
export const TOKEN = SIMULATOR_TOKEN;

// ---------------------------------------------------------------------------------------------------
// Traffic: sampled transactions (segment spans) and release-health sessions

/** One transaction name's traffic, all releases together: stored samples a minute. */
export interface TransactionShape {
  project: string;
  transaction: string;
  perMinute: number;
  medianMs: number;
  failureRate: number;
}

/** A release's share of the traffic over [from, to). */
export interface TrafficPeriod {
  release: string;
  from: TimeInput;
  to: TimeInput;
  share: number;
}

export interface TrafficPlan {
  transactions: readonly TransactionShape[];
  /** Sessions a minute per project (browser sessions: the web app's). */
  sessions: ReadonlyArray<{ project: string; perMinute: number }>;
  periods: readonly TrafficPeriod[];
  seed: number;
}

/**
 * A web shop's traffic: seven transactions over three projects (~42 samples a minute, ~61,000 over the
 * 24-hour baseline) and the web app's sessions (8 a minute). Same latency and failure rates in every
 * release: a healthy release.
 */
export const SHOP_TRANSACTIONS: readonly TransactionShape[] = [
  { project: "web", transaction: "GET /", perMinute: 6, medianMs: 300, failureRate: 0.002 },
  { project: "web", transaction: "GET /products/:id", perMinute: 8, medianMs: 350, failureRate: 0.003 },
  { project: "web", transaction: "GET /cart", perMinute: 3, medianMs: 280, failureRate: 0.002 },
  { project: "api", transaction: "GET /api/products", perMinute: 10, medianMs: 80, failureRate: 0.003 },
  { project: "api", transaction: "POST /api/checkout", perMinute: 4, medianMs: 140, failureRate: 0.01 },
  { project: "api", transaction: "GET /api/search", perMinute: 6, medianMs: 120, failureRate: 0.004 },
  { project: "worker", transaction: "orders.process", perMinute: 5, medianMs: 900, failureRate: 0.005 },
];
export const SHOP_SESSIONS = [{ project: "web", perMinute: 8 }];

/**
 * The previous release alone over the baseline (24 hours before the rollout, and a little more); the
 * two releases half and half during the rollout (`rolloutStart` to `deploy`); the current one alone
 * from the deploy to `to`.
 */
export function rolloutPeriods(rolloutStart: TimeInput, to: TimeInput): TrafficPeriod[] {
  return [
    { release: RELEASES.previous, from: "deploy - 24h 15m", to: rolloutStart, share: 1 },
    { release: RELEASES.previous, from: rolloutStart, to: "deploy", share: 0.5 },
    { release: RELEASE, from: rolloutStart, to: "deploy", share: 0.5 },
    { release: RELEASE, from: "deploy", to, share: 1 },
  ];
}

/** The plan's transactions and sessions, drawn with the builder's series (its anchors give the times). */
function trafficInputs(
  b: WorldBuilder,
  plan: TrafficPlan,
): { transactions: TransactionInput[]; sessions: SessionInput[] } {
  const random = seededRandom(plan.seed);
  const transactions: TransactionInput[] = [];
  const sessions: SessionInput[] = [];
  const users = Array.from({ length: 400 }, (_, i) => `u${1000 + i}`);
  for (const { release, from, to, share } of plan.periods) {
    const common = { release, from, to, environment: ENVIRONMENT, random };
    for (const shape of plan.transactions) {
      for (const t of b.transactionSeries({
        ...common,
        project: shape.project,
        transaction: shape.transaction,
        perMinute: shape.perMinute * share,
        medianMs: shape.medianMs,
        spread: 0.3,
        failureRate: shape.failureRate,
        sampleRate: 0.25,
      }))
        transactions.push(t);
    }
    for (const { project, perMinute } of plan.sessions) {
      for (const s of b.sessionSeries({
        ...common,
        project,
        perMinute: perMinute * share,
        crashRate: 0.002,
        erroredRate: 0.02,
        users,
      }))
        sessions.push(s);
    }
  }
  return { transactions, sessions };
}

/** Adds the plan's traffic to a world built elsewhere (a simulator scenario), on that world's anchors. */
export function addTrafficTo(world: World, plan: TrafficPlan): void {
  const { transactions, sessions } = trafficInputs(new WorldBuilder({ anchors: world.anchors }), plan);
  addTransactions(world, transactions);
  addSessions(world, sessions);
}

function addTraffic(b: WorldBuilder, plan: TrafficPlan): WorldBuilder {
  const { transactions, sessions } = trafficInputs(b, plan);
  return b.transactions(transactions).sessions(sessions);
}

/** The shop's traffic, rolled out over the two minutes before the deploy, until well after the window. */
const shopTraffic = (seed: number): TrafficPlan => ({
  transactions: SHOP_TRANSACTIONS,
  sessions: SHOP_SESSIONS,
  periods: rolloutPeriods("deploy - 2m", "deploy + 15m"),
  seed,
});

// ---------------------------------------------------------------------------------------------------
// Worlds

function base(now: Date, options: { releaseErrors: boolean } = { releaseErrors: true }): WorldBuilder {
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
      ...(options.releaseErrors
        ? b.series({
            from: "deploy + 30s",
            to: "deploy + 10m",
            every: "1m",
            release: RELEASE,
            environment: ENVIRONMENT,
            users: ["u1", "u2"],
          })
        : []),
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

/**
 * A healthy release deployed at `now`: errors of an old issue (from +30 s), transactions and sessions
 * from the rollout's start, nothing new or regressed, no slower or failing transaction.
 */
export function cleanWorld(now: Date): World {
  return addTraffic(base(now), shopTraffic(11)).build();
}

/**
 * A quiet release: not one error. Its first transactions and sessions come 2m30s after the deploy (the
 * previous release served the rollout; then a lull), so the first polls see nothing of it, and from
 * then on the shop's traffic.
 */
export function quietWorld(now: Date): World {
  return addTraffic(base(now, { releaseErrors: false }), {
    ...shopTraffic(13),
    periods: [
      { release: RELEASES.previous, from: "deploy - 24h 15m", to: "deploy", share: 1 },
      { release: RELEASE, from: QUIET_FIRST_TRAFFIC, to: "deploy + 15m", share: 1 },
    ],
  }).build();
}
export const QUIET_FIRST_TRAFFIC = "deploy + 2m 30s";

/** The clean world with `count` transaction names (web and api), the busiest few and a long tail. */
export function manyTransactionsWorld(now: Date, count: number): World {
  const transactions = Array.from({ length: count }, (_, index): TransactionShape => {
    const rank = index + 1;
    return {
      project: rank % 2 === 0 ? "api" : "web",
      transaction: `GET /api/r${rank}/:id`,
      // Zipf-like: 5 a minute for the busiest, 0.05 (72 in the baseline) and a little more in the tail.
      perMinute: 0.05 + 5 / rank,
      medianMs: 50 + ((rank * 37) % 400),
      failureRate: 0.003,
    };
  });
  return addTraffic(base(now), {
    transactions,
    sessions: SHOP_SESSIONS,
    periods: rolloutPeriods("deploy - 2m", "deploy + 15m"),
    seed: 17,
  }).build();
}

/** A release deployed at `now` that brings two new issues (at +2m, +6m) and one regression (at +4m). */
export function failingWorld(now: Date): World {
  const b = addTraffic(base(now), shopTraffic(19));
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
