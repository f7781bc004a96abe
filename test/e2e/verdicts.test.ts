// The bundled action against the Sentry simulator: each verdict, what it outputs, and what it shows.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  cleanScenario,
  HOSTILE_TITLE,
  largeWorld,
  quietScenario,
  RELEASES,
  regressionScenario,
  silentScenario,
} from "../../src/simulator/index.js";
import { nodeBinary, runAction } from "../support/run-action.js";
import { inputsFor, sentryRequests, simulate } from "../support/simulated.js";

interface OutputFinding {
  kind: string;
  subject: "issue" | "transaction" | "release";
  id: string;
  shortId: string;
  title: string;
  project: string;
  events: number;
  users: number;
  firstSeen: string;
  permalink: string;
  culprit: string | null;
}

describe("a release that broke production", () => {
  it("fails the job with the new and regressed issues, and none of the traps", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });

    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["new-count"]).toBe("2");
    expect(run.outputs["regressed-count"]).toBe("1");
    // A spike is reported, but spike is not in the default fail-on.
    expect(run.outputs["spike-count"]).toBe("1");
    expect(run.outputs["unfixed-count"]).toBe("0");
    expect(run.outputs.release).toBe(RELEASES.current);
    expect(run.outputs["deployed-at"]).toBe(scenario.deployedAt.toISOString());
    expect(JSON.parse(run.outputs.fixes ?? "")).toEqual([]);

    const findings = JSON.parse(run.outputs.findings ?? "") as OutputFinding[];
    expect(
      findings
        .filter((f) => f.kind === "new")
        .map((f) => f.shortId)
        .sort(),
    ).toEqual([...scenario.expected.new].sort());
    expect(findings.filter((f) => f.kind === "regressed").map((f) => f.shortId)).toEqual(
      scenario.expected.regressed,
    );
    expect(findings.filter((f) => f.kind === "spike").map((f) => f.shortId)).toEqual(scenario.expected.spike);
    const hostile = findings.find((f) => f.title === HOSTILE_TITLE);
    expect(hostile).toMatchObject({
      kind: "new",
      project: "web",
      // Events at +2m, +3m, +5m and +8m are inside the 10-minute window; the one at +11m is not.
      events: 4,
      users: 3,
      firstSeen: new Date(scenario.deployedAt.getTime() + 2 * 60_000).toISOString(),
      permalink: `${simulator.url}/organizations/acme/issues/${hostile?.id}/`,
    });

    // The job's failure is one line that says why.
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error::"));
    expect(errors).toEqual([
      `::error::FAIL: 2 new issues and 1 regressed issue in release ${RELEASES.current} in production since its deploy`,
    ]);
  });

  it("writes a job summary with the verdict first, then the deploy, then each finding", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    const lines = run.summary.split("\n");

    // A heading of one line, the release by its short SHA; the reason in full under it.
    expect(lines[0]).toBe(`### ❌ FAIL: release ${scenario.release.slice(0, 7)} in production`);
    expect(lines[2]).toMatch(/^2 new issues and 1 regressed issue in release/);
    expect(lines[6]).toContain("production");
    // The deploy record's start: the release rolled out over five minutes before it finished.
    expect(lines[6]).toMatch(/\(Sentry deploy record, rollout from \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    expect(lines[6]).toMatch(/; settled at /);
    expect(lines[6]).toContain("10m, until");
    const rows = lines.filter((line) => /^\| (new|regressed) \|/.test(line));
    expect(rows).toHaveLength(3);
    // Escaped title, linked short ID, counts, time after deploy, and the innermost in-app frame.
    const hostileRow = rows.find((row) => row.includes("src/checkout/cart.ts:87"));
    expect(hostileRow).toMatch(
      /^\| new \| \[WEB-\u2060\d+\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/acme\/issues\/\d+\/\) \| /,
    );
    expect(hostileRow).toContain("@\u200boctocat &lt;img src=x onerror=alert(1)&gt; \\| \\`total\\` \\|");
    expect(hostileRow).toContain("| 4 | 3 | +2m | src/checkout/cart.ts:87 |");
    expect(run.summary).not.toContain("<img");
    // A chart of the environment's error events, ten minutes before the deploy and after it.
    const chart = run.summary.slice(run.summary.indexOf("```mermaid"));
    expect(chart).toMatch(
      /^```mermaid\n%%\{init: .*\}%%\nxychart-beta\n {4}title "Error events in production per 1m: grey before the deploy, red from it"/,
    );
    // A few round times labelled (the others have zero-width names), the deploy among them.
    expect(chart).toMatch(/x-axis \["-10m", .*"-5m", .*"deploy", .*"\+5m", .*"\+10m"\]/);
    expect(chart).toMatch(/y-axis "events" 0 --> \d+/);
    const series = [...chart.matchAll(/bar \[([\d, ]+)\]/g)].map((m) => m[1]?.split(", ").map(Number) ?? []);
    expect(series).toHaveLength(2);
    expect(series.flat().reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });

  it("writes the same report as JSON under RUNNER_TEMP", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });

    expect(run.outputs["report-path"]).toMatch(/sdv-run-.*\/sentry-deploy-verify-verify\.json$/);
    expect(run.report).toMatchObject({
      verdict: "fail",
      mode: "verify",
      release: RELEASES.current,
      environment: "production",
      projects: ["web", "api"],
      deployedAt: scenario.deployedAt.toISOString(),
      window: "10m",
      counts: { new: 2, regressed: 1, spike: 1, unfixed: 0, latency: 1, "failure-rate": 0, "crash-rate": 0 },
      listed: 5,
      omitted: 0,
      fixes: [],
      traffic: { errors: expect.any(Number), transactions: expect.any(Number), sessions: expect.any(Number) },
    });
    expect(run.report?.findings).toHaveLength(5);
    expect(typeof run.report?.reason).toBe("string");
    expect(Date.parse(String(run.report?.evaluatedAt))).not.toBeNaN();
  });

  it("lists max-listed findings in full and counts the rest", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { "max-listed": "1" }) });

    expect(run.summary.split("\n").filter((line) => /^\| (new|regressed) \|/.test(line))).toHaveLength(1);
    expect(run.summary).toContain("… and 4 more (the JSON report lists all 5)");
    expect(JSON.parse(run.outputs.findings ?? "")).toHaveLength(5);
    expect(run.report).toMatchObject({ listed: 1, omitted: 4 });
    // Where a finding happened is looked up for the listed one only: the new issue with the most events.
    expect(sentryRequests(simulator).filter((r) => r.route === "issue-event")).toHaveLength(1);
    expect(run.summary).toMatch(/^\| new \| .* \| 4 \| 3 \| \+2m \| src\/checkout\/cart\.ts:87 \|$/m);
  });

  it("fails on the slower checkout when latency is in fail-on, with the evidence in the report", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { "fail-on": "latency" }) });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::FAIL: 1 slower transaction in release ${RELEASES.current} in production since its deploy`,
    );
    const latency = (
      (run.report?.findings ?? []) as { kind: string; latency: Record<string, number> }[]
    ).find((f) => f.kind === "latency");
    // Checkout is 2.5 times slower: its p95 well above 1.2 times the baseline's, most samples past it.
    expect(latency?.latency.p95Ms).toBeGreaterThan(2 * (latency?.latency.baselineP95Ms ?? Infinity));
    expect(latency?.latency.slower).toBeGreaterThan((latency?.latency.samples ?? 0) / 2);
    expect(latency?.latency.pValue).toBeLessThan(1e-6);
    expect(run.summary).toMatch(/^\| latency<br><sub>p95 \d+ ms → \d+ ms/m);
  });

  it("reports without failing when fail-on is none, or leaves the found kinds out", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const none = await runAction({ inputs: inputsFor(scenario, simulator, { "fail-on": "none" }) });
    expect(none.exitCode).toBe(0);
    expect(none.outputs.verdict).toBe("pass");
    expect(none.outputs["new-count"]).toBe("2");

    const onlyRegressed = await runAction({
      inputs: inputsFor(scenario, simulator, { "fail-on": "regressed" }),
    });
    expect(onlyRegressed.exitCode).toBe(1);
    expect(onlyRegressed.stdout).toContain("::error::FAIL: 1 regressed issue in release");
  });

  it("counts only issues above min-events and min-users, and not ignored ones", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    // In the window (its end is exclusive, as Sentry's): the hostile issue has 4 events from 3 users,
    // the price issue 2 from 2, the regression 2 from 2; the spike 39 from 3. min-events is about
    // issues: the slower checkout's 246 samples meet the latency test's own floors.
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { "min-events": "3" }) });
    expect(JSON.parse(run.outputs.findings ?? "").map((f: OutputFinding) => [f.subject, f.events])).toEqual([
      ["issue", 4],
      ["issue", 39],
      ["transaction", 246],
    ]);
    expect(run.summary).toContain("2 issues had fewer than min-events (3) or min-users (0)");

    const users = await runAction({ inputs: inputsFor(scenario, simulator, { "min-users": "3" }) });
    expect(users.outputs["new-count"]).toBe("1");
    expect(users.outputs["regressed-count"]).toBe("0");

    const [hostileId, priceId] = scenario.expected.new;
    const ignored = await runAction({
      inputs: inputsFor(scenario, simulator, { ignore: `${hostileId?.toLowerCase()}\n/^typeerror: price/i` }),
    });
    expect(JSON.parse(ignored.outputs.findings ?? "").map((f: OutputFinding) => f.shortId)).toEqual([
      ...scenario.expected.regressed,
      ...scenario.expected.spike,
      ...(scenario.expected.latency ?? []),
    ]);
    expect(ignored.summary).toContain("2 issues matched the ignore input and were not counted");
    expect(priceId).toBeDefined();
  });

  it("ANDs the query input into every issue search", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { query: "error.unhandled:true" }),
    });
    // Only the hostile issue's events are unhandled; the query is about issues, not transactions.
    const findings: OutputFinding[] = JSON.parse(run.outputs.findings ?? "");
    expect(findings.filter((f) => f.subject === "issue").map((f) => f.title)).toEqual([HOSTILE_TITLE]);
    const searches = sentryRequests(simulator).filter((r) => r.route === "issues");
    expect(searches.length).toBeGreaterThan(0);
    for (const search of searches) expect(search.query.get("query")).toMatch(/error\.unhandled:true/);
  });

  it("watches several projects in one query per kind, and one project alone", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const both = await runAction({ inputs: inputsFor(scenario, simulator) });
    const searches = sentryRequests(simulator).filter((r) => r.route === "issues");
    expect(searches.every((r) => r.query.getAll("project").length === 2)).toBe(true);
    expect(both.outputs.verdict).toBe("fail");

    const apiOnly = await runAction({ inputs: inputsFor(scenario, simulator, { project: "api" }) });
    // The api project's old issue regressed three days ago in the previous release: not this deploy's.
    // Its other issue spiked, and its checkout got slower: the default fail-on fails neither.
    expect(apiOnly.outputs.verdict).toBe("pass");
    expect(JSON.parse(apiOnly.outputs.findings ?? "").map((f: OutputFinding) => [f.kind, f.shortId])).toEqual(
      [
        ["spike", "API-2"],
        ["latency", "POST /api/checkout"],
      ],
    );
  });
});

describe("a release with thousands of new issues", () => {
  it("counts them all over every page, lists max-listed, and keeps the findings output within GitHub's limit", async () => {
    const scenario = largeWorld(3_000);
    const simulator = await simulate(scenario, { rateLimit: false });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });

    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["new-count"]).toBe("3000");
    expect(
      simulator.requests.filter((r) => r.route === "issues" && r.query.get("query")?.startsWith("firstSeen")),
    ).toHaveLength(30);
    expect(run.report?.findings).toHaveLength(3_000);
    expect(run.report).toMatchObject({ listed: 10, omitted: 2_990 });
    expect(run.summary).toContain("… and 2990 more (the JSON report lists all 3000)");
    const output = JSON.parse(run.outputs.findings ?? "[]") as unknown[];
    expect(output.length).toBeGreaterThan(100);
    expect(output.length).toBeLessThan(3_000);
    expect((run.outputs.findings ?? "").length).toBeLessThanOrEqual(250_000);
    expect(run.stdout).toContain(
      `::warning::The findings output holds the first ${output.length} of 3000 findings`,
    );
  });
});

describe("a release that sent no error, only traffic", () => {
  it("passes, saying how many transactions and sessions it saw and what zero new errors in them allows", async () => {
    const scenario = quietScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    const traffic = run.report?.traffic as { errors: number; transactions: number; sessions: number };
    expect(traffic.errors).toBe(0);
    expect(traffic.transactions).toBeGreaterThan(100);
    expect(traffic.sessions).toBeGreaterThan(10);
    const number = (n: number) => n.toLocaleString("en-US");
    expect(run.summary.split("\n")[2]).toContain(
      `in ${number(traffic.transactions)} transactions and ${number(traffic.sessions)} sessions of it (no new error in ${number(traffic.transactions)} transactions: fewer than `,
    );
    // Each poll asked for the release's traffic (its errors, then transactions and sessions) until it saw some.
    const spans = sentryRequests(simulator).filter(
      (r) => r.route === "events" && r.query.get("dataset") === "spans",
    );
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((r) => r.query.get("disableAggregateExtrapolation") === "1")).toBe(true);
    // The performance checks ran on that traffic, and found nothing: no change was seeded.
    const performance = run.report?.performance as { tested: number; unavailable: string[] };
    expect(performance.tested).toBeGreaterThan(0);
    expect(performance.unavailable).toEqual([]);
    expect(run.outputs.findings).toBe("[]");
  });
});

describe("a healthy release", () => {
  it("passes quietly", async () => {
    const scenario = cleanScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.outputs.findings).toBe("[]");
    expect(run.stdout).not.toContain("::error::");
    expect(run.stdout).not.toContain("::warning::");
    expect(run.summary.split("\n")[0]).toMatch(/^### ✅ PASS: release \w+ in production$/);
    expect(run.summary.split("\n")[2]).toMatch(
      /^no new, regressed or spiking issues in release \w+ in production within 10m/,
    );
  });
});

describe("a release Sentry never saw", () => {
  it("is inconclusive, and passes unless fail-on-inconclusive", async () => {
    const scenario = silentScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("inconclusive");
    expect(run.summary).toContain("is the SDK's release set to it?");

    const strict = await runAction({
      inputs: inputsFor(scenario, simulator, { "fail-on-inconclusive": "true" }),
    });
    expect(strict.exitCode).toBe(1);
    expect(strict.outputs.verdict).toBe("inconclusive");
    expect(strict.stdout).toMatch(
      /::error::INCONCLUSIVE: Sentry received no error event of release \w+ in production since its rollout began \(in an issue of any category; its transactions and sessions could not be counted\)/,
    );
  });

  it("is inconclusive for a release Sentry does not know, and says so", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    // No deploy record either, so the window starts now: keep it short.
    const inputs = inputsFor(scenario, simulator, {
      release: "web@9.9.9",
      window: "2s",
      "poll-interval": "1s",
      settle: "1s",
    });
    const run = await runAction({ inputs });
    expect(run.outputs.verdict).toBe("inconclusive");
    expect(run.stdout).toContain("Note: Sentry knows no release web@9.9.9 in acme.");
    // In markdown an @ gets a zero-width space: GitHub would make "web@9.9.9" a mail link.
    expect(run.summary).toContain("Sentry knows no release web@\u200b9.9.9 in acme.");
    // No deploy record: the deploy time is the start of the run.
    expect(run.summary).toContain("no deploy record: start of this run");
  });
});

describe("which release and which deploy time", () => {
  it("defaults the release to the deployed commit: GITHUB_SHA on push", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const inputs = { ...inputsFor(scenario, simulator), release: "" };
    const run = await runAction({ inputs, sha: RELEASES.current });
    expect(run.outputs.release).toBe(RELEASES.current);
    expect(run.outputs.verdict).toBe("fail");
  });

  it("takes the deployment's SHA on deployment_status, and SENTRY_RELEASE over both", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const inputs = { ...inputsFor(scenario, simulator), release: "" };
    const event = {
      deployment: { sha: RELEASES.current, environment: "production" },
      deployment_status: { state: "success" },
    };
    const run = await runAction({ inputs, eventName: "deployment_status", event, sha: RELEASES.old });
    expect(run.outputs.release).toBe(RELEASES.current);

    const fromEnv = await runAction({
      inputs,
      env: { SENTRY_RELEASE: RELEASES.previous },
      eventName: "deployment_status",
      event,
    });
    expect(fromEnv.outputs.release).toBe(RELEASES.previous);
  });

  it("reads every Sentry input from its environment variable when the input is empty", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: {},
      env: {
        SENTRY_AUTH_TOKEN: scenario.token,
        SENTRY_ORG: scenario.org,
        SENTRY_PROJECT: "web\napi",
        SENTRY_URL: simulator.url,
        SENTRY_ENVIRONMENT: scenario.environment,
        SENTRY_RELEASE: scenario.release,
      },
    });
    expect(run.outputs.verdict).toBe("fail");
  });

  it("uses an explicit deployed-at over the deploy record", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    // Five minutes after the real deploy: the regression's first event (+4m) is now before it. A window
    // of 6m has passed and settled by now, so the run decides at once.
    const later = new Date(scenario.deployedAt.getTime() + 5 * 60_000).toISOString();
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { "deployed-at": later, window: "6m" }),
    });
    expect(run.outputs["deployed-at"]).toBe(later);
    expect(run.summary).toContain("(from deployed-at)");
    expect(run.outputs["regressed-count"]).toBe("0");
  });
});

describe("source: mcp", () => {
  it("reaches the same verdict through Sentry's own MCP server, which makes every request", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const server = resolve(import.meta.dirname, "../../node_modules/@sentry/mcp-server/dist/index.js");
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { source: "mcp", "mcp-command": `"${nodeBinary}" "${server}"` }),
      timeoutMs: 120_000,
    });
    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["new-count"]).toBe("2");
    expect(run.outputs["regressed-count"]).toBe("1");
    expect(run.outputs["spike-count"]).toBe("1");
    const agents = new Set(simulator.requests.map((request) => request.userAgent?.split(" ")[0]));
    expect([...agents]).toEqual(["sentry-mcp/0.39.0"]);
    // The server has no time series: the report says why there is no chart.
    expect(run.summary).toMatch(/Could not chart the error events around the deploy/);
    // Masked first thing (::add-mask::), then never written again.
    const logged = run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(logged.join("\n") + run.summary).not.toContain(scenario.token);
  }, 150_000);
});
