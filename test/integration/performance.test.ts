// The performance checks (latency, failure rate, crash rate) and the release's traffic through the REST
// source against the simulator, on seeded random worlds: what a user sees in the report, and what the
// checks cost in Sentry requests.
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/engine/report.js";
import { seededRandom, type WorldBuilder } from "../../src/simulator/index.js";
import { deployedRelease, type Harness, harness, V, verify } from "../support/verify-harness.js";

/** The release that ran before V (the harness deploys it eight days earlier). */
const OLD = "web@2.9.0";
const production = { environment: "production" };
const CHECKOUT = "POST /api/checkout";

interface Traffic {
  release: string;
  transaction: string;
  from: string;
  to: string;
  perMinute: number;
  medianMs: number;
  failureRate?: number;
  seed: number;
}

/** Sampled transactions of one release, log-normal durations (p95 = 1.64 × the median). */
function transactions(b: WorldBuilder, t: Traffic) {
  const { seed, ...rest } = t;
  b.transactions(b.transactionSeries({ ...production, ...rest, spread: 0.3, random: seededRandom(seed) }));
}

interface Sessions {
  release: string;
  from: string;
  to: string;
  perMinute: number;
  crashRate: number;
  seed: number;
}

function sessions(b: WorldBuilder, s: Sessions) {
  const { seed, ...rest } = s;
  b.sessions(b.sessionSeries({ ...production, ...rest, random: seededRandom(seed) }));
}

/** V deployed at DEPLOY, with no traffic of its own: each test says what it sent. */
function releasedAtDeploy(b: WorldBuilder) {
  b.release(V, { created: "deploy - 1h", deploys: [{ ...production, finished: "deploy" }] });
}

const kinds = (report: Report) => report.findings.map((f) => f.kind);
const PERFORMANCE_KINDS = ["latency", "failure-rate", "crash-rate"];
const performanceFindings = (report: Report) =>
  report.findings.filter((f) => PERFORMANCE_KINDS.includes(f.kind));
const spansRequests = (h: Harness) =>
  h.simulator.requests.filter((r) => r.route === "events" && r.query.get("dataset") === "spans");

describe("failure rate", () => {
  /**
   * Checkout fails 1% of the time in the old release over the six hours before the deploy (~36,000
   * requests), and 10% of the time in V since (~3,000 requests in the window). Product search does not
   * change.
   */
  const world = (b: WorldBuilder) => {
    deployedRelease(b);
    const base = { medianMs: 140 };
    transactions(b, {
      ...base,
      release: OLD,
      transaction: CHECKOUT,
      from: "deploy - 6h",
      to: "deploy",
      perMinute: 100,
      failureRate: 0.01,
      seed: 11,
    });
    transactions(b, {
      ...base,
      release: V,
      transaction: CHECKOUT,
      from: "deploy",
      to: "deploy + 11m",
      perMinute: 300,
      failureRate: 0.1,
      seed: 12,
    });
    const search = { transaction: "GET /api/search", medianMs: 80, failureRate: 0.01 };
    transactions(b, { ...search, release: OLD, from: "deploy - 6h", to: "deploy", perMinute: 50, seed: 13 });
    transactions(b, { ...search, release: V, from: "deploy", to: "deploy + 11m", perMinute: 50, seed: 14 });
  };

  it("reports a transaction whose failures went from 1% to 10%, with the counts and the test", async () => {
    const h = await harness(world);
    const { report } = await verify(h);
    const found = performanceFindings(report);
    expect(found.map((f) => [f.kind, f.id])).toEqual([["failure-rate", CHECKOUT]]);
    const rate = found[0]?.rate;
    expect(rate).not.toBeNull();
    if (!rate) return;
    // A few thousand requests in the window, ~10% of them failed; ~1% of ~36,000 before.
    expect(rate.afterTotal).toBeGreaterThan(2_700);
    expect(rate.afterTotal).toBeLessThan(3_300);
    expect(rate.after / rate.afterTotal).toBeCloseTo(0.1, 1);
    expect(rate.beforeTotal).toBeGreaterThan(34_000);
    expect(rate.before / rate.beforeTotal).toBeCloseTo(0.01, 2);
    expect(rate.ratio).toBeGreaterThan(7);
    expect(rate.ratio).toBeLessThan(13);
    expect(rate.pValue).toBeLessThan(1e-9);
    expect(rate.finding).toBe(true);
    expect(found[0]?.events).toBe(rate.after);
    // The title says what changed, in shares of requests (its wording is the report's, not tested here).
    expect(found[0]?.title).toMatch(/\d% of requests/);
    // The same check of the transaction in the summary; the unchanged one is tested and clean.
    const checks = report.performance?.transactions ?? [];
    expect(checks.map((c) => c.transaction)).toEqual([CHECKOUT, "GET /api/search"]);
    expect(checks[0]?.failureRate).toEqual(rate);
    expect(checks[1]?.failureRate?.finding).toBe(false);
    expect(checks[1]?.latency?.finding).toBe(false);
    // failure-rate is not in the default fail-on: reported, and the check passes.
    expect(report.verdict).toBe("pass");
    expect(report.reason).toBe(
      "1 transaction failing more often reported in release web@3.0.0 in production since its deploy, none of a kind that fails the check (fail-on: new,regressed,unfixed)",
    );
  });

  it("fails the check with fail-on: failure-rate, and says so", async () => {
    const h = await harness(world, { "fail-on": "new,regressed,unfixed,failure-rate" });
    const { report } = await verify(h);
    expect(report.verdict).toBe("fail");
    expect(report.reason).toBe(
      "1 transaction failing more often in release web@3.0.0 in production since its deploy",
    );
    expect(kinds(report)).toContain("failure-rate");
  });
});

describe("crash rate", () => {
  it("reports a release whose sessions crash at 5% against 0.5% for the release before it", async () => {
    const h = await harness(
      (b) => {
        deployedRelease(b);
        // ~28,800 sessions of the old release over the day before (~144 crashed), ~1,000 of V since (~50).
        sessions(b, {
          release: OLD,
          from: "deploy - 24h",
          to: "deploy",
          perMinute: 20,
          crashRate: 0.005,
          seed: 21,
        });
        sessions(b, {
          release: V,
          from: "deploy",
          to: "deploy + 11m",
          perMinute: 100,
          crashRate: 0.05,
          seed: 22,
        });
      },
      { "fail-on": "new,regressed,crash-rate" },
    );
    const { report } = await verify(h);
    const found = performanceFindings(report);
    expect(found.map((f) => [f.kind, f.id])).toEqual([["crash-rate", V]]);
    // The title names the release it is compared with.
    expect(found[0]?.title).toMatch(/\d% of sessions/);
    expect(found[0]?.title).toContain(OLD);

    const crashRate = report.performance?.crashRate;
    expect(crashRate?.previousRelease).toBe(OLD);
    expect(crashRate?.finding).toBe(true);
    expect(crashRate?.crashFreeBefore).toBeCloseTo(0.995, 3);
    expect(crashRate?.crashFreeAfter).toBeGreaterThan(0.93);
    expect(crashRate?.crashFreeAfter).toBeLessThan(0.97);
    expect(crashRate?.beforeTotal).toBeGreaterThan(28_000);
    expect(crashRate?.afterTotal).toBeGreaterThan(900);
    expect(crashRate?.afterTotal).toBeLessThan(1_100);
    expect(crashRate?.pValue).toBeLessThan(1e-6);
    expect(found[0]?.rate).toMatchObject({ before: crashRate?.before, after: crashRate?.after });
    // The sessions are the release's traffic too; it sent no transaction, and no project has tracing.
    expect(report.traffic.sessions).toBe(crashRate?.afterTotal);
    expect(report.traffic.transactions).toBeNull();

    expect(report.verdict).toBe("fail");
    expect(report.reason).toBe("1 crash-rate regression in release web@3.0.0 in production since its deploy");
  });
});

describe("latency during a rollout", () => {
  const SEARCH = "GET /api/search";
  /**
   * V rolls out over the five minutes before DEPLOY; the old release keeps serving beside it through
   * the window. From the rollout's start V's search takes twice as long (median 100 → 200 ms); the old
   * release's does too when `environmentSlower` (a slow database, a noisy neighbour), else it stays.
   */
  const world = (environmentSlower: boolean) => (b: WorldBuilder) => {
    b.release(V, {
      created: "deploy - 1h",
      deploys: [{ ...production, started: "deploy - 5m", finished: "deploy" }],
    });
    const search = { transaction: SEARCH, failureRate: 0.005 };
    transactions(b, {
      ...search,
      release: OLD,
      medianMs: 100,
      from: "deploy - 6h",
      to: "deploy - 5m",
      perMinute: 60,
      seed: 31,
    });
    transactions(b, {
      ...search,
      release: OLD,
      medianMs: environmentSlower ? 200 : 100,
      from: "deploy - 5m",
      to: "deploy + 11m",
      perMinute: 30,
      seed: 32,
    });
    transactions(b, {
      ...search,
      release: V,
      medianMs: 200,
      from: "deploy - 5m",
      to: "deploy + 11m",
      perMinute: 60,
      seed: 33,
    });
  };
  const failOnLatency = { "fail-on": "new,regressed,latency" };

  it("does not blame the release when the whole environment got slower over the same time", async () => {
    const h = await harness(world(true), failOnLatency);
    const { report } = await verify(h);
    expect(performanceFindings(report)).toEqual([]);
    const latency = report.performance?.transactions.find((c) => c.transaction === SEARCH)?.latency;
    // Significant against the baseline, withdrawn by the floor: V is no slower than the old release
    // over the same time (its p95 is not above 1.2 × theirs).
    expect(latency?.pValue).toBeLessThan(1e-6);
    expect(latency?.concurrentSamples).toBeGreaterThan(400);
    expect(latency?.p95Ms).toBeGreaterThan(latency?.thresholdMs ?? Number.POSITIVE_INFINITY);
    expect(latency?.p95Ms).toBeLessThan(1.2 * (latency?.concurrentP95Ms ?? 0));
    expect(latency?.finding).toBe(false);
    expect(latency?.insufficient).toBe(false);
    expect(report.verdict).toBe("pass");
  });

  it("finds the same slowdown when only the new release has it", async () => {
    const h = await harness(world(false), failOnLatency);
    const { report } = await verify(h);
    const found = performanceFindings(report);
    expect(found.map((f) => [f.kind, f.id])).toEqual([["latency", SEARCH]]);
    const latency = found[0]?.latency;
    expect(latency?.concurrentSamples).toBeGreaterThan(400);
    expect(latency?.p95Ms).toBeGreaterThan(1.2 * (latency?.concurrentP95Ms ?? Number.POSITIVE_INFINITY));
    // ~15 minutes of V since the rollout began, at 60 a minute.
    expect(latency?.samples).toBeGreaterThan(800);
    expect(latency?.slower).toBeGreaterThan(latency?.samples ? latency.samples / 3 : 0);
    expect(report.verdict).toBe("fail");
    expect(report.reason).toBe("1 slower transaction in release web@3.0.0 in production since its deploy");
  });
});

describe("projects without tracing or release health", () => {
  it("says so, counts no transaction or session as zero, and decides from the errors", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      b.issue({
        title: "TypeError: cart is undefined",
        events: [{ ...production, at: "deploy + 2m", release: V, user: "u1" }],
      });
    });
    const { report } = await verify(h);
    expect(report.traffic.errors).toBeGreaterThan(0);
    expect(report.traffic.transactions).toBeNull();
    expect(report.traffic.sessions).toBeNull();
    const unavailable = report.performance?.unavailable ?? [];
    expect(unavailable).toHaveLength(2);
    expect(unavailable[0]).toMatch(
      /^no tracing data \(spans\) in the projects in the 24h before the rollout: latency and failure rates not checked$/,
    );
    expect(unavailable[1]).toMatch(
      /^no release health \(sessions\) in the projects in the 24h before the rollout: crash rate not checked$/,
    );
    expect(performanceFindings(report)).toEqual([]);
    expect(report.performance?.tested).toBe(0);
    expect(report.performance?.transactions).toEqual([]);
    expect(report.performance?.crashRate).toBeNull();
    expect(report.verdict).toBe("fail");
    expect(report.reason).toBe("1 new issue in release web@3.0.0 in production since its deploy");
  });
});

describe("a release that sent only sessions", () => {
  it("passes (it was seen), and says how many sessions it sent", async () => {
    const h = await harness((b) => {
      releasedAtDeploy(b);
      sessions(b, {
        release: OLD,
        from: "deploy - 6h",
        to: "deploy",
        perMinute: 20,
        crashRate: 0.002,
        seed: 41,
      });
      sessions(b, {
        release: V,
        from: "deploy",
        to: "deploy + 11m",
        perMinute: 30,
        crashRate: 0.002,
        seed: 42,
      });
    });
    const { report } = await verify(h);
    expect(report.verdict).toBe("pass");
    expect(report.traffic.errors).toBe(0);
    expect(report.traffic.transactions).toBeNull();
    expect(report.traffic.sessions).toBeGreaterThan(250);
    expect(report.traffic.sessions).toBeLessThan(350);
    expect(report.reason).toMatch(
      /^no new, regressed or spiking issues in release web@3\.0\.0 in production within 10m of its deploy, in \d+ sessions of it$/,
    );
    // Its crash rate was checked against the old release's, and is no regression.
    expect(report.performance?.crashRate).toMatchObject({ previousRelease: OLD, finding: false });
    expect(performanceFindings(report)).toEqual([]);
  });
});

describe("a Sentry without the spans dataset (an older self-hosted one)", () => {
  /**
   * Sentry's own refusal of a dataset it does not have (the events endpoint's 400), for every
   * dataset=spans request and no other (the errors dataset still answers).
   */
  const refuseSpans = (h: Harness) =>
    h.simulator.faults.push({
      type: "status",
      status: 400,
      body: { detail: "spans is not a valid dataset" },
      match: "events",
      params: { dataset: "spans" },
      times: 10_000,
    });

  /** V sent transactions only, which this Sentry cannot count. */
  const transactionsOnly = (b: WorldBuilder) => {
    releasedAtDeploy(b);
    const search = { transaction: "GET /api/search", medianMs: 80, perMinute: 50 };
    transactions(b, { ...search, release: OLD, from: "deploy - 6h", to: "deploy", seed: 55 });
    transactions(b, { ...search, release: V, from: "deploy", to: "deploy + 11m", seed: 56 });
  };

  it("reports latency and failure rates unavailable, still checks crashes, and decides from the errors", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      b.issue({
        title: "TypeError: cart is undefined",
        events: [{ ...production, at: "deploy + 2m", release: V, user: "u1" }],
      });
      const checkout = { transaction: CHECKOUT, medianMs: 140 };
      transactions(b, {
        ...checkout,
        release: OLD,
        from: "deploy - 6h",
        to: "deploy",
        perMinute: 50,
        failureRate: 0.01,
        seed: 51,
      });
      // Failing and slower in V: a Sentry that cannot tell must not call it clean either.
      transactions(b, {
        ...checkout,
        medianMs: 400,
        release: V,
        from: "deploy",
        to: "deploy + 11m",
        perMinute: 100,
        failureRate: 0.2,
        seed: 52,
      });
      sessions(b, {
        release: OLD,
        from: "deploy - 6h",
        to: "deploy",
        perMinute: 20,
        crashRate: 0.002,
        seed: 53,
      });
      sessions(b, {
        release: V,
        from: "deploy",
        to: "deploy + 11m",
        perMinute: 20,
        crashRate: 0.002,
        seed: 54,
      });
    });
    refuseSpans(h);
    const { report } = await verify(h);

    const refused = spansRequests(h);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.status === 400)).toBe(true);
    // The errors dataset still answered.
    expect(report.traffic.errors).toBeGreaterThan(0);
    expect(report.traffic.transactions).toBeNull();

    const unavailable = report.performance?.unavailable ?? [];
    expect(unavailable).toHaveLength(1);
    expect(unavailable[0]).toMatch(/tracing data \(spans\).*latency and failure rates not checked/);
    expect(report.performance?.transactions).toEqual([]);
    expect(performanceFindings(report)).toEqual([]);
    // Only the crash-rate test ran.
    expect(report.performance?.crashRate).toMatchObject({ previousRelease: OLD, finding: false });
    expect(report.performance?.tested).toBe(1);

    expect(report.verdict).toBe("fail");
    expect(report.reason).toBe("1 new issue in release web@3.0.0 in production since its deploy");
  });

  it("cannot tell whether a release that sent only transactions was seen: inconclusive, not a pass", async () => {
    const h = await harness(transactionsOnly);
    refuseSpans(h);
    const { report } = await verify(h);
    expect(report.verdict).toBe("inconclusive");
    expect(report.traffic).toEqual({ errors: 0, transactions: null, sessions: null });
    expect(report.performance?.unavailable[0]).toMatch(
      /tracing data \(spans\).*latency and failure rates not checked/,
    );
  });

  it("does not claim Sentry received no transaction when it could not count them", async () => {
    const h = await harness(transactionsOnly);
    refuseSpans(h);
    const { report } = await verify(h);
    expect(report.traffic.transactions).toBeNull();
    // Refused once by a poll, the spans are asked for once more, by the checks, and never counted again.
    const spans = h.simulator.requests.filter(
      (r) => r.route === "events" && r.query.get("dataset") === "spans",
    );
    expect(report.polls).toBeGreaterThan(5);
    expect(spans).toHaveLength(2);
    expect(report.reason).toMatch(
      /received no error event of release .* \(in an issue of any category; its transactions and sessions could not be counted\)/,
    );
  });
});

describe("steady traffic", () => {
  const ENDPOINTS = [
    { transaction: "GET /", perMinute: 40, medianMs: 250 },
    { transaction: "GET /api/products", perMinute: 60, medianMs: 80 },
    { transaction: "GET /api/search", perMinute: 30, medianMs: 120 },
    { transaction: CHECKOUT, perMinute: 20, medianMs: 140 },
    { transaction: "POST /api/login", perMinute: 10, medianMs: 300 },
  ];

  it("finds nothing, tests every transaction, and costs a handful of requests", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      let seed = 61;
      for (const [release, from, to] of [
        [OLD, "deploy - 6h", "deploy"],
        [V, "deploy", "deploy + 11m"],
      ] as const) {
        for (const endpoint of ENDPOINTS)
          transactions(b, { ...endpoint, release, from, to, failureRate: 0.01, seed: seed++ });
        sessions(b, { release, from, to, perMinute: 20, crashRate: 0.002, seed: seed++ });
      }
    });
    let afterLastPoll = 0;
    const { report } = await verify(h, (done) => {
      if (done.final) afterLastPoll = h.simulator.requests.length;
    });
    expect(report.polls).toBe(11);
    expect(performanceFindings(report)).toEqual([]);
    expect(report.verdict).toBe("pass");
    const performance = report.performance;
    expect(performance?.unavailable).toEqual([]);
    expect(performance?.transactions.map((c) => c.transaction).sort()).toEqual(
      ENDPOINTS.map((e) => e.transaction).sort(),
    );
    for (const check of performance?.transactions ?? []) {
      expect(check.latency?.finding).toBe(false);
      expect(check.failureRate?.finding).toBe(false);
    }
    expect(performance?.crashRate?.finding).toBe(false);
    expect(performance?.tested).toBeGreaterThan(0);
    expect(report.traffic.transactions).toBeGreaterThan(1_000);
    expect(report.traffic.sessions).toBeGreaterThan(150);

    // The polls asked nothing of spans or sessions: the release's errors showed it was seen.
    const during = h.simulator.requests.slice(0, afterLastPoll);
    expect(during.filter((r) => r.route === "sessions" || r.query.get("dataset") === "spans")).toEqual([]);
    // After the window, the checks read 4 spans requests (the baseline's busiest; the release's busiest
    // and its samples slower than the thresholds; the other releases' over the same time) and 2 of
    // sessions (the baseline's per release, the release's since), which count the release's traffic too:
    // the traffic adds nothing to them.
    const after = h.simulator.requests.slice(afterLastPoll);
    const spans = after.filter((r) => r.route === "events" && r.query.get("dataset") === "spans");
    const perTransaction = spans.filter((r) => r.query.getAll("field").includes("transaction"));
    expect(perTransaction).toHaveLength(4);
    expect(spans).toHaveLength(4);
    expect(after.filter((r) => r.route === "sessions")).toHaveLength(2);
    expect(spansRequests(h)).toHaveLength(4);
  });
});
