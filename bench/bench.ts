// The project's benchmark: each performance budget of the spec ("Performance budgets"), measured
// against the Sentry simulator on 127.0.0.1, printed next to its budget. Exits 1 when a budget is over
// or a measurement is invalid (the run did not reach the verdict it must).
//
//   npm run bench
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parseConfig } from "../src/config/schema.js";
import { systemClock } from "../src/engine/clock.js";
import { runDeadline } from "../src/engine/deadline.js";
import type { Report } from "../src/engine/report.js";
import { verifyRelease } from "../src/engine/verify.js";
import { createMcpSource } from "../src/sentry/mcp/source.js";
import { createRestSource } from "../src/sentry/rest/source.js";
import {
  cleanScenario,
  largeSteadyWorld,
  largeWorld,
  manualClock,
  regressionScenario,
  type Scenario,
  type Simulator,
  scenarioInputs,
  startSimulator,
  type World,
} from "../src/simulator/index.js";
import { MAX_RSS_PRELOAD, marker, nodeBinary, runBundledAction, runNode, STARTUP_PRELOAD } from "./action.js";
import { type Purpose, purposeOf, TRAFFIC_PROBES, VERDICT } from "./requests.js";
import {
  addTrafficTo,
  cleanWorld,
  ENVIRONMENT,
  failingWorld,
  manyTransactionsWorld,
  ORG,
  QUIET_FIRST_TRAFFIC,
  quietWorld,
  RELEASE,
  rolloutPeriods,
  SHOP_SESSIONS,
  SHOP_TRANSACTIONS,
  TOKEN,
} from "./worlds.js";

const ROOT = resolve(import.meta.dirname, "..");

// ---------------------------------------------------------------------------------------------------
// The table

type Status = "OK" | "OVER" | "info" | "INVALID";
interface Row {
  what: string;
  figure: string;
  budget: string;
  status: Status;
}
const rows: Array<Row | string> = [];
const section = (title: string) => rows.push(title);
const row = (what: string, figure: string | number, budget = "", status: Status = "info") =>
  rows.push({ what, figure: String(figure), budget, status });
const check = (ok: boolean): Status => (ok ? "OK" : "OVER");
const valid = (ok: boolean): Status => (ok ? "OK" : "INVALID");

function printTable(): void {
  const body = rows.filter((r): r is Row => typeof r !== "string");
  const w1 = Math.max(...body.map((r) => r.what.length));
  const w2 = Math.max(6, ...body.map((r) => r.figure.length));
  const w3 = Math.max(6, ...body.map((r) => r.budget.length));
  console.log(`  ${"measure".padEnd(w1)}  ${"figure".padStart(w2)}  ${"budget".padEnd(w3)}  status`);
  for (const r of rows) {
    if (typeof r === "string") console.log(r);
    else console.log(`  ${r.what.padEnd(w1)}  ${r.figure.padStart(w2)}  ${r.budget.padEnd(w3)}  ${r.status}`);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const mb = (kib: number) => `${(kib / 1024).toFixed(1)} MB`;

/** Rejects when `promise` takes longer than `ms` of real time: no measurement may hang the bench. */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------
// 1. Sentry requests per poll and per window, in-process on a virtual clock.
//
// Why: the spec caps a poll at 3 requests for the verdict whatever the number of projects, detail
// lookups at one per listed finding made once, and a clean 10-minute window at < 40 requests; issue
// #13 adds, for the release's traffic (transactions, sessions), at most 2 requests a poll until the
// release is seen and, for the latency, failure-rate and crash-rate checks, a handful once at the end.
// The simulator and the engine share one manual clock and the engine's sleep moves it, so the 10
// minutes of polling every minute take milliseconds. Rate limiting is off here: the simulator's
// limiter runs on real time, and the virtual run would crowd its requests into one real second.
// Each request is told by its path and parameters (requests.ts) and by when it was sent: start-up,
// poll n, or once the watching ended.

const JOB_START_DELAY_MS = 5_000;

/**
 * The most spans requests the performance checks make whatever the number of transactions (check.ts,
 * 100 names a page, spans.ts, 50 slower-than terms a request while the names are short): the baseline's
 * busiest 1; the release's busiest 1 + 2 slower-than; then at once the new transactions' baselines 1,
 * the other releases' samples 2 (at most 200 names), the release's samples of the baseline's
 * transactions its page left out 1 + 2; then the new transactions' samples 1 + 2.
 */
const MAX_SPANS_REQUESTS = 13;

interface Sent {
  /** 0: start-up; n: poll n; polls + 1: once the watching ended. */
  phase: number;
  purpose: Purpose;
  url: string;
}

interface WindowRun {
  report: Report;
  polls: number;
  requests: Sent[];
}

async function runWindow(world: World, deploy: Date, inputs: Record<string, string>): Promise<WindowRun> {
  // The job starts a few seconds after the deploy record, as a `needs: deploy` job does. (Starting at
  // the very millisecond of the deploy makes the first poll's range empty: see the report.)
  const now = new Date(deploy.getTime() + JOB_START_DELAY_MS);
  const clock = manualClock(now);
  const simulator = await startSimulator({ world, token: TOKEN, now: clock, rateLimit: false });
  try {
    const parsed = parseConfig(
      {
        "auth-token": TOKEN,
        org: ORG,
        url: simulator.url,
        environment: ENVIRONMENT,
        release: RELEASE,
        window: "10m",
        "poll-interval": "1m",
        ...inputs,
      },
      { now: now.getTime() },
    );
    if (!parsed.ok) throw new Error(`bad bench config: ${JSON.stringify(parsed.problems)}`);
    const config = parsed.config;

    let phase = 0;
    const requests: Sent[] = [];
    let sleeps = 0;
    const sleep = async (ms: number) => {
      if (++sleeps > 1_000) throw new Error("the engine slept more than 1,000 times in one window");
      clock.advance(Math.max(0, ms));
    };
    const source = createRestSource({
      url: config.url,
      org: config.org,
      token: config.authToken,
      deadlineAt: runDeadline(config, now.getTime()),
      now: () => clock().getTime(),
      sleep,
      onRequest: (request) => {
        const url = new URL(request.url);
        requests.push({ phase, purpose: purposeOf(url.pathname, url.searchParams), url: request.url });
      },
    });
    const report = await within(
      30_000,
      "a virtual-clock window",
      verifyRelease(config, {
        source,
        clock: { now: () => clock().getTime(), sleep },
        onDeployTime: () => {
          phase = 1;
        },
        onProgress: () => {
          phase += 1;
        },
      }),
    );
    const unknown = requests.filter((r) => r.purpose === "other");
    if (unknown.length > 0) throw new Error(`requests the bench cannot tell: ${unknown.map((r) => r.url)}`);
    return { report, polls: phase - 1, requests };
  } finally {
    await simulator.close();
  }
}

const isAny = (purposes: readonly Purpose[]) => (r: Sent) => purposes.includes(r.purpose);
/** Per poll, the requests of these purposes (all when none is given). */
function perPoll(run: WindowRun, purposes?: readonly Purpose[]): number[] {
  return Array.from(
    { length: run.polls },
    (_, i) =>
      run.requests.filter((r) => r.phase === i + 1 && (!purposes || purposes.includes(r.purpose))).length,
  );
}
/** Once the watching ended: the requests of these purposes. */
function atEnd(run: WindowRun, purposes: readonly Purpose[]): Sent[] {
  return run.requests.filter((r) => r.phase === run.polls + 1 && purposes.includes(r.purpose));
}
const count = (run: WindowRun, purposes: readonly Purpose[]) => run.requests.filter(isAny(purposes)).length;
const max = (values: number[]) => Math.max(...values);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** Polls n..m as "n-m" (1-based), from the indexes where `values` is not 0. */
function whichPolls(values: number[]): string {
  const polls = values.flatMap((value, i) => (value > 0 ? [i + 1] : []));
  if (polls.length === 0) return "none";
  const contiguous = polls.every((poll, i) => poll === (polls[0] as number) + i);
  return contiguous && polls.length > 1 ? `polls ${polls[0]}-${polls.at(-1)}` : `poll ${polls.join(", ")}`;
}

/**
 * The traffic probes are made only while the release is unseen: in a first run of polls, each after an
 * errors probe, never again after the first poll without one.
 */
function probesOnlyUntilSeen(run: WindowRun): boolean {
  const errors = perPoll(run, ["errors probe"]);
  const traffic = perPoll(run, TRAFFIC_PROBES);
  const seenAt = errors.indexOf(0);
  const after = seenAt === -1 ? [] : [...errors.slice(seenAt), ...traffic.slice(seenAt)];
  return after.every((n) => n === 0) && traffic.every((n, i) => n === 0 || errors[i] === 1);
}

/**
 * Once at the end: the release's traffic (1 errors count, 1 transactions count, 1 sessions) and the
 * crash-rate check's 2 sessions (the baseline's releases; the release's own since the rollout). The
 * traffic's sessions request and the crash rate's of the release are the same request: the count of
 * sessions of the release is split by that, not by their parameters.
 */
function endOfWindow(run: WindowRun) {
  // The checks read sessions twice (the baseline's per release, the release's since), which counts the
  // release's sessions too; a third is the traffic's own, made only when the checks could not count them.
  const sessions = atEnd(run, ["sessions"]);
  const traffic = {
    errors: atEnd(run, ["traffic: errors"]).length,
    transactions: atEnd(run, ["traffic: transactions"]).length,
    sessions: Math.max(0, sessions.length - 2),
  };
  const stats = atEnd(run, ["spans: stats"]).length;
  const slower = atEnd(run, ["spans: slower"]).length;
  // The same URL twice: a request whose answer was already there.
  const urls = new Set<string>();
  const repeated: Sent[] = [];
  for (const r of run.requests.filter((r) => r.phase === run.polls + 1)) {
    if (urls.has(r.url)) repeated.push(r);
    urls.add(r.url);
  }
  return {
    traffic,
    trafficTotal: traffic.errors + traffic.transactions + traffic.sessions,
    spans: { stats, slower, total: stats + slower },
    performanceSessions: sessions.length - traffic.sessions,
    repeated: [...new Set(repeated.map((r) => r.purpose))],
    repeatedCount: repeated.length,
    spikeLists: atEnd(run, ["issues"]).length,
    chart: atEnd(run, ["chart"]).length,
  };
}

/** Where a window's requests went: "start-up 4 + polls 25 + end 15 (issues 4, …)". */
function breakdown(run: WindowRun): string {
  const end = run.requests.filter((r) => r.phase === run.polls + 1);
  const purposes = new Map<Purpose, number>();
  for (const r of end) purposes.set(r.purpose, (purposes.get(r.purpose) ?? 0) + 1);
  const polls = run.requests.filter((r) => r.phase >= 1 && r.phase <= run.polls).length;
  return `start-up ${count(run, ["start-up"])} + polls ${polls} + end ${end.length} (${[...purposes]
    .map(([purpose, n]) => `${purpose} ${n}`)
    .join(", ")})`;
}

function trafficSeen(report: Report): string {
  const { errors, transactions, sessions } = report.traffic;
  return `${errors ?? "-"} / ${transactions ?? "-"} / ${sessions ?? "-"}`;
}

/** The rows every window shows about the end: the release's traffic and the performance checks. */
function endRows(run: WindowRun, prefix = "once at the end: "): void {
  const end = endOfWindow(run);
  const performance = run.report.performance;
  row(
    `${prefix}the release's traffic (errors + transactions + sessions the checks did not count)`,
    `${end.traffic.errors} + ${end.traffic.transactions} + ${end.traffic.sessions}`,
    "1 + at most 2",
    check(end.traffic.errors === 1 && end.trafficTotal <= 3),
  );
  row(
    `${prefix}performance checks: spans (stats + slower-than)`,
    `${end.spans.stats} + ${end.spans.slower}`,
    `<= ${MAX_SPANS_REQUESTS} (100 names a page)`,
    check(end.spans.total <= MAX_SPANS_REQUESTS),
  );
  row(
    `${prefix}performance checks: sessions (baseline, release)`,
    end.performanceSessions,
    "2",
    check(end.performanceSessions === 2),
  );
  row(
    `${prefix}  the checks' tests / transactions looked at / crash rate tested`,
    performance
      ? `${performance.tested} / ${performance.transactions.length + performance.transactionsOmitted} / ${performance.crashRate ? "yes" : "no"}`
      : "(none)",
  );
  if (end.repeatedCount > 0) {
    row(
      `${prefix}  requests identical to one already sent then`,
      `${end.repeatedCount} (${end.repeated.join(", ")})`,
    );
  }
}

async function measureRequests(): Promise<void> {
  const now = new Date();
  const maxListed = 10;

  section(
    `1. Sentry requests, 10m window polled every 1m; job starts ${JOB_START_DELAY_MS / 1000} s after the deploy (virtual clock, rate limit off)`,
  );
  section(
    "   clean release: errors from +30s; 7 transactions (~42 samples/min), sessions; 2-minute rollout; projects web,api",
  );
  const clean = await runWindow(cleanWorld(now), now, { project: "web,api" });
  const verdictPerPoll = perPoll(clean, VERDICT);
  const probes = perPoll(clean, TRAFFIC_PROBES);
  const all = perPoll(clean);
  const end = endOfWindow(clean);
  const performance = clean.report.performance;
  row(
    "verdict; the checks did real work (transactions and sessions seen, tests run)",
    clean.report.verdict,
    "pass",
    valid(
      clean.report.verdict === "pass" &&
        (clean.report.traffic.transactions ?? 0) > 0 &&
        (clean.report.traffic.sessions ?? 0) > 0 &&
        (performance?.tested ?? 0) > 0,
    ),
  );
  row("the release's traffic in the report: errors / transactions / sessions", trafficSeen(clean.report));
  row("start-up (projects, release, deploys), 2 projects", count(clean, ["start-up"]));
  row(
    `per poll: verdict (issue searches + errors probe), max (${clean.polls} polls)`,
    max(verdictPerPoll),
    "<= 3",
    check(max(verdictPerPoll) <= 3),
  );
  row(
    `per poll: traffic probes (spans count + sessions), max; made in ${whichPolls(probes)}`,
    max(probes),
    "<= 2, until seen",
    check(max(probes) <= 2 && probesOnlyUntilSeen(clean)),
  );
  row("per poll: all requests, each poll", all.join(" "), "");
  row("per poll: all requests, mean", (sum(all) / all.length).toFixed(2));
  row(
    `once at the end: spike test's issue lists (${clean.report.spikeTest?.candidates ?? 0} candidate(s); 1 page each)`,
    end.spikeLists,
    "3, 4 with candidates",
    check(end.spikeLists === ((clean.report.spikeTest?.candidates ?? 0) > 0 ? 4 : 3)),
  );
  endRows(clean);
  row("once at the end: the chart (error events around the deploy)", end.chart);
  const details = count(clean, ["issue activity", "latest event"]);
  row("detail lookups", details, "0 (no finding)", check(details === 0));
  // The spec's "< 40" was set for errors alone; tracing and release health add the traffic probes of
  // the polls before the release is seen and, once, the traffic count and the performance checks.
  const beyondErrors = count(clean, ["traffic: transactions", "spans: stats", "spans: slower", "sessions"]);
  row(
    "total for the window, start-up included, without tracing and release health",
    clean.requests.length - beyondErrors,
    "< 40",
    check(clean.requests.length - beyondErrors < 40),
  );
  row(
    "total for the window, start-up included, with them",
    clean.requests.length,
    "< 45 (proposed)",
    check(clean.requests.length < 45),
  );
  section(`      = ${breakdown(clean)}`);

  section("   same, 1 project vs 3 projects");
  for (const project of ["web", "web,api,worker"]) {
    const run = await runWindow(cleanWorld(now), now, { project });
    const n = project.split(",").length;
    row(
      `${n} project${n > 1 ? "s" : ""}: start-up / per poll max (verdict, traffic probes) / total`,
      `${count(run, ["start-up"])} / ${max(perPoll(run, VERDICT))}, ${max(perPoll(run, TRAFFIC_PROBES))} / ${run.requests.length}`,
      "per poll <= 3, 2",
      check(
        max(perPoll(run, VERDICT)) <= 3 &&
          max(perPoll(run, TRAFFIC_PROBES)) <= 2 &&
          probesOnlyUntilSeen(run) &&
          run.report.verdict === "pass",
      ),
    );
  }

  section(
    `   quiet release: no error at all; its first transactions and sessions at ${QUIET_FIRST_TRAFFIC.replace("deploy + ", "+").replace(" ", "")}; projects web,api`,
  );
  const quiet = await runWindow(quietWorld(now), now, { project: "web,api" });
  const quietAll = perPoll(quiet);
  const quietProbes = perPoll(quiet, TRAFFIC_PROBES);
  const unseen = perPoll(quiet, ["errors probe"]).filter((n) => n > 0).length;
  row(
    "verdict; seen through its traffic only (no error event)",
    `${quiet.report.verdict} (${trafficSeen(quiet.report)})`,
    "pass (0 / >0 / >0)",
    valid(
      quiet.report.verdict === "pass" &&
        quiet.report.traffic.errors === 0 &&
        (quiet.report.traffic.transactions ?? 0) > 0 &&
        (quiet.report.traffic.sessions ?? 0) > 0,
    ),
  );
  row(
    `polls that probed (the release unseen before them), of ${quiet.polls}`,
    `${unseen} (${whichPolls(quietProbes)})`,
    "at least 2",
    valid(unseen >= 2 && unseen < quiet.polls),
  );
  const untilSeen = Array.from({ length: unseen }, (_, i) => i);
  const split = (i: number) =>
    [
      quiet.requests.filter((r) => r.phase === i + 1 && r.purpose === "issues").length,
      quiet.requests.filter((r) => r.phase === i + 1 && r.purpose === "errors probe").length,
      quietProbes[i] as number,
    ] as const;
  const shapes = [...new Set(untilSeen.map((i) => split(i).join(" + ")))];
  row(
    "per poll until seen: issue searches + errors probe + traffic probes",
    shapes.join(", "),
    "traffic <= 2",
    check(untilSeen.every((i) => split(i)[2] <= 2) && probesOnlyUntilSeen(quiet)),
  );
  const afterSeen = quietAll.slice(unseen);
  row(
    `per poll after seen: all requests, min / max (${afterSeen.length} polls)`,
    `${Math.min(...afterSeen)} / ${max(afterSeen)}`,
    "2",
    check(afterSeen.every((n) => n === 2)),
  );
  endRows(quiet);
  row("total for the window, start-up included", quiet.requests.length);

  section(
    "   many transactions: the clean release with N transaction names (Zipf-like, a long tail), web,api",
  );
  for (const names of [500, 2_000]) {
    const run = await runWindow(manyTransactionsWorld(now, names), now, { project: "web,api" });
    const many = endOfWindow(run);
    const checked = run.report.performance;
    const n = names.toLocaleString("en");
    row(
      `${n} names: verdict / transactions looked at / tests`,
      `${run.report.verdict} / ${checked ? checked.transactions.length + checked.transactionsOmitted : "-"} / ${checked?.tested ?? "-"}`,
      "pass / >100 / >0",
      valid(
        run.report.verdict === "pass" &&
          (checked?.tested ?? 0) > 0 &&
          (checked ? checked.transactions.length + checked.transactionsOmitted : 0) > 100,
      ),
    );
    row(
      `${n} names: once at the end, spans (stats + slower-than) / sessions`,
      `${many.spans.stats} + ${many.spans.slower} / ${many.performanceSessions}`,
      `<= ${MAX_SPANS_REQUESTS} / 2`,
      check(many.spans.total <= MAX_SPANS_REQUESTS && many.performanceSessions === 2),
    );
    row(`${n} names: total for the window, start-up included`, run.requests.length);
  }

  section(
    "   failing release (2 new at +2m/+6m, 1 regressed at +4m), fail-fast false: whole window; 2 claimed fixes",
  );
  const failing = await runWindow(failingWorld(now), now, {
    project: "web,api,worker",
    "fail-fast": "false",
    // One claim Sentry knows (confirmed: no event of the release in production), one it does not.
    fixes: "API-1, WEB-99",
  });
  const findings = failing.report.findings.length;
  row(
    "verdict / findings (must be fail / 3)",
    `${failing.report.verdict} / ${findings}`,
    "fail / 3",
    valid(failing.report.verdict === "fail" && findings === 3),
  );
  row(
    `per poll: verdict, max (${failing.polls} polls), detail excluded`,
    max(perPoll(failing, VERDICT)),
    "<= 3",
    check(max(perPoll(failing, VERDICT)) <= 3),
  );
  row(
    `per poll: traffic probes, max; made in ${whichPolls(perPoll(failing, TRAFFIC_PROBES))}`,
    max(perPoll(failing, TRAFFIC_PROBES)),
    "<= 2, until seen",
    check(max(perPoll(failing, TRAFFIC_PROBES)) <= 2 && probesOnlyUntilSeen(failing)),
  );
  const listed = Math.min(findings, maxListed);
  const activity = failing.requests.filter((r) => r.purpose === "issue activity").map((r) => r.url);
  const locations = failing.requests.filter((r) => r.purpose === "latest event").map((r) => r.url);
  const once = (urls: string[]) => new Set(urls.map((url) => new URL(url).pathname)).size === urls.length;
  row(
    "detail: regression dates (issue activity)",
    activity.length,
    "1 per candidate, once",
    check(once(activity) && activity.length <= 1),
  );
  row(
    "detail: code locations (latest event)",
    locations.length,
    `${listed} (1 per listed)`,
    check(once(locations) && locations.length === listed),
  );
  const fixCheck = count(failing, ["short ID", "issue counts", "issue events"]);
  row(
    "once at the end: fix check and spike baselines (short IDs, Discover counts)",
    fixCheck,
    "1 per claim + 2, + 1 per 50 candidates",
    check(fixCheck === 2 + 2 + Math.ceil((failing.report.spikeTest?.candidates ?? 0) / 50)),
  );
  endRows(failing);
  row("total for the window, start-up included", failing.requests.length);
}

// ---------------------------------------------------------------------------------------------------
// 2. Time from process start to the first Sentry request, for the bundled action.
//
// Why: the spec wants the first request within 300 ms of start. Measured from spawn() to the moment the
// simulator receives the request, so it includes Node's own start, loading the bundle, reading inputs
// and the first fetch(). The world's window has passed, so each run decides at once and exits.
// A second series with a preload module splits the time: Node ready, first fetch() call, request seen.

async function measureStartup(): Promise<void> {
  const scenario = cleanScenario();
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token, rateLimit: false });
  try {
    const inputs = inputsFor(scenario, simulator);
    const firstRequest = async (nodeArgs: string[] = []) => {
      const before = simulator.requests.length;
      const run = await runBundledAction({ inputs, nodeArgs, timeoutMs: 20_000 });
      const first = simulator.requests[before];
      if (run.timedOut || run.outputs.verdict !== "pass" || !first)
        throw new Error(`start-up run did not pass: exit ${run.exitCode}\n${run.stdout}\n${run.stderr}`);
      return { run, ms: first.at.getTime() - run.spawnedAt, at: first.at.getTime() };
    };

    const times: number[] = [];
    for (let i = 0; i < 7; i++) times.push((await firstRequest()).ms);
    const node = nodeBinary.includes("node_modules")
      ? `Node ${nodeVersion()} (node_modules/node)`
      : `Node ${process.version} (this process's)`;
    section(`2. Start to first Sentry request: node dist/action/index.js on ${node}, 7 runs`);
    row("median", `${median(times)} ms`, "<= 300 ms", check(median(times) <= 300));
    row("min / max", `${Math.min(...times)} / ${Math.max(...times)} ms`);

    // Where the time goes: 3 more runs with a preload module (which itself adds a little), medians.
    const ready: number[] = [];
    const fetchCall: number[] = [];
    const request: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { run, at } = await firstRequest([STARTUP_PRELOAD]);
      const r = marker(run.stderr, "ready");
      const f = marker(run.stderr, "fetch");
      if (r === null || f === null) throw new Error(`the start-up preload printed nothing:\n${run.stderr}`);
      ready.push(r - run.spawnedAt);
      fetchCall.push(f - r);
      request.push(at - f);
    }
    row("  split, preloaded runs: spawn -> Node ready to run the script", `${median(ready)} ms`);
    row("  split, preloaded runs: load bundle, inputs, config -> fetch()", `${median(fetchCall)} ms`);
    row("  split, preloaded runs: first fetch() -> request at Sentry", `${median(request)} ms`);

    // The floor: a bare Node process whose only work is one fetch().
    const bare: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = simulator.requests.length;
      const run = await runNode(
        ["-e", `fetch(${JSON.stringify(`${simulator.url}/api/0/`)}).catch(() => {})`],
        {},
        10_000,
      );
      const first = simulator.requests[before];
      if (!first) throw new Error(`the bare fetch run sent nothing: ${run.stderr}`);
      bare.push(first.at.getTime() - run.spawnedAt);
    }
    row('  floor: `node -e "fetch(url)"` to its request', `${median(bare)} ms`);
  } finally {
    await simulator.close();
  }
}

function nodeVersion(): string {
  return JSON.parse(readFileSync(resolve(ROOT, "node_modules/node/package.json"), "utf8")).version as string;
}

function inputsFor(scenario: Scenario, simulator: Simulator, extra: Record<string, string> = {}) {
  return { ...scenarioInputs(scenario, simulator.url), ...extra };
}

// ---------------------------------------------------------------------------------------------------
// 3. Bundle sizes. Why: "the bundle stays small" (the runner loads it on every job); no number in the
// spec, so the action is flagged above 1 MB.

function measureBundles(): void {
  section("3. Bundle size");
  for (const [name, limit] of [
    ["dist/action/index.js", 1_000_000],
    ["dist/cli/index.js", null],
  ] as const) {
    // What Node loads at start: the entry and the chunks it imports statically, not those it imports on demand.
    const files = staticGraph(resolve(ROOT, name));
    const bytes = Buffer.concat(files.map((file) => readFileSync(file)));
    const gz = gzipSync(bytes).length;
    row(
      `${name} + ${files.length - 1} chunk(s) loaded at start (bytes / gzip)`,
      `${bytes.length} / ${gz}`,
      limit ? "<= 1 MB" : "",
      limit ? check(bytes.length <= limit) : "info",
    );
  }
}

/** A bundled file and every file it imports with a static `from "./…"`, transitively. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>([entry]);
  for (const file of seen) {
    for (const [, path] of readFileSync(file, "utf8").matchAll(/\bfrom\s*"(\.{1,2}\/[^"]+)"/g))
      seen.add(resolve(dirname(file), path as string));
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------------------
// 4. A run over thousands of new issues. Why: "cost grows with pages, not with polls × issues: 10,000
// matching issues are counted and reported in bounded memory". The bundled action runs as a child,
// with sentry.io's rate limits on; a preload prints its peak RSS. The world's deploy was 12 minutes
// ago, so the default 10-minute window is already over: one evaluation. The worlds carry a shop's
// traffic (worlds.ts: transactions and sessions over the baseline and the window), so the evaluation's
// performance checks do their work as they would in an organization that size.

/** The scenario's world with the shop's traffic of its projects, rolled out as its deploy record says. */
function withTraffic(scenario: Scenario): Scenario {
  const { world } = scenario;
  const projects = new Set(world.projects.map((project) => project.slug));
  const deploy = world.releases
    .find((release) => release.version === scenario.release)
    ?.deploys.find((record) => record.environment === scenario.environment);
  addTrafficTo(world, {
    transactions: SHOP_TRANSACTIONS.filter((shape) => projects.has(shape.project)),
    sessions: SHOP_SESSIONS.filter((shape) => projects.has(shape.project)),
    periods: rolloutPeriods(deploy?.dateStarted ?? scenario.deployedAt, "now"),
    seed: 23,
  });
  return scenario;
}

interface LargeRun {
  wallMs: number;
  pages: number;
  requests: number;
  rateLimited: number;
  /** Requests by purpose (requests.ts), the busiest first: "issues 106, sessions 3, …". */
  purposes: string;
  /** The traffic count and the performance checks' requests (spans, sessions). */
  trafficAndPerformance: number;
  transactions: number;
  maxRssKiB: number;
  verdict: string;
  newCount: string;
}

async function largeRun(count: number, world: (count: number) => Scenario = largeWorld): Promise<LargeRun> {
  const scenario = withTraffic(world(count));
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token });
  try {
    const run = await runBundledAction({
      inputs: inputsFor(scenario, simulator),
      nodeArgs: [MAX_RSS_PRELOAD],
      timeoutMs: 60_000,
    });
    if (run.timedOut) throw new Error(`the ${count}-issue run took more than 60 s`);
    const issues = simulator.requests.filter((r) => r.route === "issues");
    const purposes = new Map<Purpose, number>();
    for (const r of simulator.requests) {
      const purpose = purposeOf(r.path, r.query);
      purposes.set(purpose, (purposes.get(purpose) ?? 0) + 1);
    }
    const ofPurposes = (list: readonly Purpose[]) => sum(list.map((p) => purposes.get(p) ?? 0));
    return {
      purposes: [...purposes]
        .sort((a, b) => b[1] - a[1])
        .map(([purpose, n]) => `${purpose} ${n}`)
        .join(", "),
      trafficAndPerformance: ofPurposes([
        "traffic: errors",
        "traffic: transactions",
        "sessions",
        "spans: stats",
        "spans: slower",
      ]),
      transactions: scenario.world.transactions.length,
      wallMs: run.wallMs,
      pages: issues.length,
      requests: simulator.requests.length,
      rateLimited: simulator.requests.filter((r) => r.status === 429).length,
      maxRssKiB: marker(run.stderr, "maxrss") ?? Number.NaN,
      verdict: run.outputs.verdict ?? "(none)",
      newCount: run.outputs["new-count"] ?? "(none)",
    };
  } finally {
    await simulator.close();
  }
}

async function measureLarge(): Promise<void> {
  const small = await largeRun(1_000);
  const large = await largeRun(10_000);
  section(
    `4. All-new issues, bundled action, one evaluation, sentry.io rate limits on (40/s); ${small.transactions.toLocaleString("en")} transactions, sessions`,
  );
  for (const [count, run] of [
    [1_000, small],
    [10_000, large],
  ] as const) {
    const n = count.toLocaleString("en");
    row(
      `${n}: verdict / new-count`,
      `${run.verdict} / ${run.newCount}`,
      `fail / ${count}`,
      valid(run.verdict === "fail" && run.newCount === String(count)),
    );
    row(`${n}: wall time`, `${run.wallMs} ms`);
    row(
      `${n}: Sentry requests (issue-list pages) / 429s`,
      `${run.requests} (${run.pages}) / ${run.rateLimited}`,
    );
    row(`${n}:   of which the release's traffic and the performance checks`, run.trafficAndPerformance);
    row(
      `${n}: peak RSS`,
      mb(run.maxRssKiB),
      count === 10_000 ? "<= 256 MB" : "",
      count === 10_000 ? check(run.maxRssKiB <= 256 * 1024) : "info",
    );
  }
  row("peak RSS growth per 1,000 issues", mb((large.maxRssKiB - small.maxRssKiB) / 9));

  // Cost grows with what can fail: none of them has the events since the deploy to be a spike, so the
  // spike test reads none of them (spec: "an organization with 10,000 steadily firing issues costs a
  // handful of requests"; the issue that asked for it set 20 for the whole evaluation).
  const steady = await largeRun(10_000, largeSteadyWorld);
  section(
    `5. 10,000 old issues firing as before, bundled action, one evaluation (spike test included); ${steady.transactions.toLocaleString("en")} transactions, sessions`,
  );
  row("verdict (must be pass)", steady.verdict, "pass", valid(steady.verdict === "pass"));
  row("wall time", `${steady.wallMs} ms`);
  row(
    "Sentry requests (issue-list pages) / 429s",
    `${steady.requests} (${steady.pages}) / ${steady.rateLimited}`,
    "<= 20 requests",
    check(steady.requests <= 20),
  );
  row("  of which the release's traffic and the performance checks", steady.trafficAndPerformance);
  section(`      by purpose: ${steady.purposes}`);
  row("peak RSS", mb(steady.maxRssKiB), "<= 256 MB", check(steady.maxRssKiB <= 256 * 1024));
}

// ---------------------------------------------------------------------------------------------------
// 6. source: mcp. Why: every request goes through Sentry's MCP server, whose tools cost more requests
// than our REST calls (search_events validates first); the spec asks for its own cost, measured.

const MCP_SERVER = resolve(ROOT, "node_modules/@sentry/mcp-server/dist/index.js");
const PERFORMANCE_KINDS: readonly string[] = ["latency", "failure-rate", "crash-rate"];

async function evaluateOnce(scenario: Scenario, simulator: Simulator, source: "api" | "mcp") {
  const parsed = parseConfig(
    inputsFor(scenario, simulator, { fixes: Object.keys(scenario.expected.fixes).join(",") || "none" }),
    { now: Date.now() },
  );
  if (!parsed.ok) throw new Error(`bad bench config: ${JSON.stringify(parsed.problems)}`);
  const config = parsed.config;
  const where = {
    url: config.url,
    org: config.org,
    token: config.authToken,
    deadlineAt: Date.now() + 120_000,
  };
  let toolCalls = 0;
  const before = simulator.requests.length;
  const started = Date.now();
  const chosen =
    source === "mcp"
      ? await createMcpSource({
          ...where,
          server: { command: [nodeBinary, MCP_SERVER] },
          onToolCall: () => toolCalls++,
        })
      : { ...createRestSource(where), close: async () => {} };
  try {
    const report = await verifyRelease(config, { source: chosen, clock: systemClock });
    return { report, toolCalls, requests: simulator.requests.length - before, ms: Date.now() - started };
  } finally {
    await chosen.close();
  }
}

async function measureMcpSource(): Promise<void> {
  section(
    "6. source: mcp: one evaluation after the window (fixes as claimed), Sentry's MCP server 0.39.0 on Node 24",
  );
  for (const make of [regressionScenario, cleanScenario]) {
    const scenario = make();
    const simulator = await startSimulator({
      world: scenario.world,
      token: scenario.token,
      rateLimit: false,
    });
    try {
      const rest = await evaluateOnce(scenario, simulator, "api");
      const mcp = await evaluateOnce(scenario, simulator, "mcp");
      // The MCP server reads no transactions and no sessions (its spans are extrapolated, it has no
      // sessions tool): the performance checks' findings are REST's alone, and the report says so.
      const readable = (report: Report) =>
        JSON.stringify(
          report.findings.filter((f) => !PERFORMANCE_KINDS.includes(f.kind)).map((f) => [f.kind, f.shortId]),
        );
      const restOnly = rest.report.findings.filter((f) => PERFORMANCE_KINDS.includes(f.kind));
      const same =
        mcp.report.verdict === scenario.expected.verdict &&
        readable(mcp.report) === readable(rest.report) &&
        (mcp.report.performance?.unavailable.length ?? 0) > 0;
      row(
        `${scenario.name}: verdict and error findings as through REST (REST's performance findings)`,
        `${mcp.report.verdict} (${restOnly.map((f) => `${f.kind} ${f.id}`).join(", ") || "none"})`,
        scenario.expected.verdict,
        valid(same),
      );
      row(
        `${scenario.name}: tool calls / Sentry requests (REST: requests)`,
        `${mcp.toolCalls} / ${mcp.requests} (${rest.requests})`,
      );
      row(`${scenario.name}: wall time, server start included (REST)`, `${mcp.ms} ms (${rest.ms} ms)`);
    } finally {
      await simulator.close();
    }
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  await measureRequests();
  await measureStartup();
  measureBundles();
  await measureLarge();
  await measureMcpSource();
  console.log(
    `sentry-deploy-verify benchmark (bench on Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  printTable();
  const bad = rows.filter(
    (r): r is Row => typeof r !== "string" && (r.status === "OVER" || r.status === "INVALID"),
  );
  if (bad.length > 0) {
    console.log(`\n${bad.length} line(s) OVER or INVALID.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
