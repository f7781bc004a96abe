// What a real Sentry does that a kind simulator would not, each as a world where a broken release would
// pass if the check got it wrong: a rollout, Sentry's processing time at the window's end, performance
// issues, and first release without an environment. Through the bundled action, and the verdict through
// the command line and the MCP server.

import { resolve } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { SIMULATOR_TOKEN } from "../../src/simulator/auth.js";
import { type Scenario, type Simulator, WorldBuilder } from "../../src/simulator/index.js";
import { serverTransport } from "../support/mcp-server.js";
import { nodeBinary, runAction } from "../support/run-action.js";
import { runCli, scenarioFlags } from "../support/run-cli.js";
import { inputsFor, simulate } from "../support/simulated.js";

const CURRENT = "c0ffee0000000000000000000000000000000001";
const PREVIOUS = "c0ffee0000000000000000000000000000000000";
const STAGING_BUILD = "staging-build-7";

interface Finding {
  kind: string;
  shortId: string;
  category: string;
  secondsAfterDeploy: number | null;
}

/** A world where the release finished reaching production `ago` ago, after its previous one. */
function world(now: Date, ago: number, options: { processingDelay: string; rollout?: string }) {
  const deploy = new Date(now.getTime() - ago);
  return new WorldBuilder({ org: "acme", anchors: { now, deploy }, processingDelay: options.processingDelay })
    .project("web")
    .release(PREVIOUS, {
      created: "deploy - 3d",
      deploys: [{ environment: "production", finished: "deploy - 3d" }],
    })
    .release(CURRENT, {
      created: "deploy - 1h",
      deploys: [
        { environment: "staging", finished: "deploy - 40m" },
        {
          environment: "production",
          finished: "deploy",
          ...(options.rollout ? { started: `deploy - ${options.rollout}` } : {}),
        },
      ],
    });
}

/** An old issue firing in every release: the new release's traffic, never a finding. */
function steadyIssue(b: WorldBuilder, to = "now") {
  b.issue({
    title: "Error: Request aborted",
    events: [
      ...b.series({
        from: "deploy - 1d",
        to: "deploy - 5m",
        every: "1h",
        release: PREVIOUS,
        environment: "production",
      }),
      ...b.series({ from: "deploy + 1s", to, every: "2m", release: CURRENT, environment: "production" }),
    ],
  });
}

function scenarioOf(name: string, b: WorldBuilder, environment = "production"): Scenario {
  return {
    name,
    description: name,
    world: b.build(),
    org: "acme",
    projects: ["web"],
    release: CURRENT,
    environment,
    deployedAt: b.world.anchors.deploy as Date,
    token: SIMULATOR_TOKEN,
    pullRequestBody: "",
    expected: { verdict: "pass", new: [], regressed: [], spike: [], fixes: {} },
  };
}

const shortIdOf = (scenario: Scenario, title: string) =>
  scenario.world.issues.find((issue) => issue.title === title)?.shortId as string;

/** Five-minute rollout: one issue first seen two minutes in, one regression the rollout caused. */
function rolloutScenario(now = new Date()): Scenario {
  const b = world(now, 11 * 60_000, { processingDelay: "20s", rollout: "5m" });
  const current = { release: CURRENT, environment: "production" };
  b.issue({
    title: "TypeError: cart.total is not a function",
    events: [
      { ...current, at: "deploy - 3m", user: "u1" },
      { ...current, at: "deploy - 2m", user: "u2" },
      { ...current, at: "deploy + 1m", user: "u1" },
    ],
  });
  b.issue({
    title: "ReferenceError: session is not defined",
    resolvedAt: ["deploy - 2d"],
    events: [
      ...b.series({
        from: "deploy - 5d",
        to: "deploy - 3d",
        every: "12h",
        release: PREVIOUS,
        environment: "production",
      }),
      { ...current, at: "deploy - 4m", user: "u3" },
    ],
  });
  steadyIssue(b);
  return scenarioOf("rollout", b);
}

/**
 * The window ends 5 s from now; an error a second before its end is processed `lateBySeconds` after the
 * window's end (3 s by default: within a settle of 5 s).
 */
function lastSecondScenario(lateBySeconds = 3, now = new Date()): Scenario {
  const b = world(now, 15_000, { processingDelay: "4s" });
  b.issue({
    title: "Error: checkout timed out",
    events: [
      {
        release: CURRENT,
        environment: "production",
        at: "deploy + 19s",
        processedAt: `deploy + ${20 + lateBySeconds}s`,
        user: "u9",
      },
    ],
  });
  steadyIssue(b, "deploy + 3s");
  return scenarioOf("last second", b);
}

const N_PLUS_ONE = "N+1 Query: SELECT * FROM order_items WHERE order_id = %s";

/** A performance issue the change claims to fix, still firing in the release. */
function unfixedPerformanceScenario(now = new Date()): Scenario {
  const b = world(now, 11 * 60_000, { processingDelay: "20s" });
  b.issue({
    title: N_PLUS_ONE,
    category: "performance",
    culprit: "/api/orders",
    frames: null,
    events: [
      ...b.series({
        from: "deploy - 1d",
        to: "deploy",
        every: "30m",
        release: PREVIOUS,
        environment: "production",
      }),
      { release: CURRENT, environment: "production", at: "deploy + 2m", user: "u4" },
      { release: CURRENT, environment: "production", at: "deploy + 5m", user: "u5" },
    ],
  });
  steadyIssue(b);
  return scenarioOf("unfixed performance issue", b);
}

/** A performance issue the release brought. */
function newPerformanceScenario(now = new Date()): Scenario {
  const b = world(now, 11 * 60_000, { processingDelay: "20s" });
  b.issue({
    title: N_PLUS_ONE,
    category: "performance",
    culprit: "/api/orders",
    frames: null,
    events: [
      { release: CURRENT, environment: "production", at: "deploy + 1m", user: "u6" },
      { release: CURRENT, environment: "production", at: "deploy + 3m", user: "u7" },
    ],
  });
  steadyIssue(b);
  return scenarioOf("new performance issue", b);
}

/**
 * An issue another build brought first (in staging, after the deploy), then the release hit production
 * with it: new in production, but not new in the release when no environment is set, where Sentry
 * reads the issue's very first release.
 */
function firstReleaseElsewhereScenario(now = new Date()): Scenario {
  const b = world(now, 11 * 60_000, { processingDelay: "20s" });
  b.release(STAGING_BUILD, { created: "deploy - 30m" });
  b.issue({
    title: "TypeError: price.toFixed is not a function",
    events: [
      { release: STAGING_BUILD, environment: "staging", at: "deploy + 1m", user: "qa1" },
      { release: CURRENT, environment: "production", at: "deploy + 2m", user: "u8" },
      { release: CURRENT, environment: "production", at: "deploy + 3m", user: "u9" },
    ],
  });
  steadyIssue(b);
  return scenarioOf("first release elsewhere", b);
}

const findingsOf = (outputs: Record<string, string>) => JSON.parse(outputs.findings ?? "[]") as Finding[];

function cliFlags(scenario: Scenario, simulator: Simulator, extra: string[] = []) {
  return ["verify", ...scenarioFlags(scenario, simulator), "--format", "json", ...extra];
}

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

/** verify_release of our MCP server, as an agent calls it. */
function verifyThroughMcp(scenario: Scenario, simulator: Simulator, args: Record<string, unknown> = {}) {
  return callThroughMcp(scenario, simulator, "verify_release", args);
}

/** One of our MCP server's tools on the scenario's release, as an agent calls it. */
async function callThroughMcp(
  scenario: Scenario,
  simulator: Simulator,
  tool: string,
  args: Record<string, unknown> = {},
) {
  const client = new Client({ name: "trap-test", version: "1.0.0" });
  await client.connect(serverTransport(scenario, simulator));
  clients.push(client);
  const result = await client.callTool({
    name: tool,
    arguments: {
      release: scenario.release,
      ...(scenario.environment ? { environment: scenario.environment } : {}),
      ...args,
    },
  });
  expect(result.isError).toBeFalsy();
  return result.structuredContent as {
    verdict: string;
    final: boolean;
    findings: Finding[];
    fixes: { shortId: string; status: string }[];
  };
}

describe("a rolling deploy", () => {
  it("counts what the release did while it rolled out: an issue first seen mid-rollout is new, a regression it caused is regressed", async () => {
    const scenario = rolloutScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    const fresh = shortIdOf(scenario, "TypeError: cart.total is not a function");
    const back = shortIdOf(scenario, "ReferenceError: session is not defined");

    expect(run.outputs.verdict).toBe("fail");
    expect(run.exitCode).toBe(1);
    const findings = findingsOf(run.outputs);
    expect(findings.map((f) => [f.kind, f.shortId])).toEqual([
      ["new", fresh],
      ["regressed", back],
    ]);
    // First seen three minutes before the deploy record's finish: shown as during the rollout.
    expect(findings[0]?.secondsAfterDeploy).toBe(-180);
    expect(run.summary).toContain("−3m (rollout)");
    expect(run.summary).toMatch(/Sentry deploy record, rollout from \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(run.report).toMatchObject({
      deployedAt: scenario.deployedAt.toISOString(),
      rolloutStartedAt: new Date(scenario.deployedAt.getTime() - 5 * 60_000).toISOString(),
      final: true,
    });

    const cli = await runCli(cliFlags(scenario, simulator));
    expect(cli.exitCode).toBe(1);
    expect((JSON.parse(cli.stdout) as { findings: Finding[] }).findings.map((f) => f.shortId)).toEqual([
      fresh,
      back,
    ]);

    const mcp = await verifyThroughMcp(scenario, simulator);
    expect(mcp.verdict).toBe("fail");
    expect(mcp.findings.map((f) => f.shortId)).toEqual([fresh, back]);
  });
});

describe("an error in the window's last second", () => {
  it("is found by the settled last poll, though Sentry processes it after the window's end", async () => {
    const scenario = lastSecondScenario();
    const simulator = await simulate(scenario);
    const late = shortIdOf(scenario, "Error: checkout timed out");
    const timing = { window: "20s", "poll-interval": "2s", settle: "5s" };
    const run = await runAction({ inputs: inputsFor(scenario, simulator, timing) });

    expect(run.outputs.verdict).toBe("fail");
    expect(findingsOf(run.outputs).map((f) => [f.kind, f.shortId])).toEqual([["new", late]]);
    const windowEnd = scenario.deployedAt.getTime() + 20_000;
    const report = run.report as { windowEnd: string; settledAt: string; final: boolean };
    expect(report.windowEnd).toBe(new Date(windowEnd).toISOString());
    expect(report.final).toBe(true);
    expect(Date.parse(report.settledAt)).toBeGreaterThanOrEqual(windowEnd + 5_000);
    expect(run.summary).toMatch(/settled at \d{4}-\d\d-\d\d \d\d:\d\d UTC/);

    // The CLI, started a moment later, settles too.
    const cli = await runCli(
      cliFlags(scenario, simulator, ["--window", "20s", "--poll-interval", "2s", "--settle", "5s"]),
    );
    expect(cli.exitCode).toBe(1);
    expect((JSON.parse(cli.stdout) as { findings: Finding[] }).findings.map((f) => f.shortId)).toEqual([
      late,
    ]);
  });

  it("is found by the MCP server's verify_release when it waits, with the same settle", async () => {
    const scenario = lastSecondScenario();
    const simulator = await simulate(scenario);
    const report = await verifyThroughMcp(scenario, simulator, { window: "20s", settle: "5s", wait: true });
    expect(report.verdict).toBe("fail");
    expect(report.final).toBe(true);
    expect(report.findings.map((f) => f.shortId)).toEqual([shortIdOf(scenario, "Error: checkout timed out")]);
  });

  it("is missed without settling: the trap that settle closes", async () => {
    // Processed a minute after the window: however late this run starts, it is over by then.
    const scenario = lastSecondScenario(60);
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { window: "20s", "poll-interval": "2s", settle: "0s" }),
    });
    expect(run.outputs.verdict).toBe("pass");
    expect(run.outputs["new-count"]).toBe("0");
  });
});

describe("performance issues", () => {
  it("a claimed fix of a performance issue that still fires is unfixed, counted where Sentry keeps it", async () => {
    const scenario = unfixedPerformanceScenario();
    const simulator = await simulate(scenario);
    const issue = shortIdOf(scenario, N_PLUS_ONE);
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { fixes: issue }) });

    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["unfixed-count"]).toBe("1");
    expect(JSON.parse(run.outputs.fixes ?? "[]")).toMatchObject([
      { shortId: issue, status: "unfixed", events: 2 },
    ]);
    expect(findingsOf(run.outputs)).toMatchObject([
      { kind: "unfixed", shortId: issue, category: "performance" },
    ]);
    expect(run.summary).toContain("performance issue");
    // None of its events is an error event: they were counted from the issue's own events, not Discover's errors.
    const counted = simulator.requests.filter((request) => /\/issues\/\d+\/events\/$/.test(request.path));
    expect(counted.map((request) => request.query.get("query"))).toContain(`release:"${CURRENT}"`);

    const cli = await runCli(cliFlags(scenario, simulator, ["--fixes", issue]));
    expect(cli.exitCode).toBe(1);
    expect((JSON.parse(cli.stdout) as { fixes: { status: string }[] }).fixes).toMatchObject([
      { status: "unfixed" },
    ]);
  });

  it("the MCP server's check_fixes calls it unfixed too", async () => {
    const scenario = unfixedPerformanceScenario();
    const simulator = await simulate(scenario);
    const issue = shortIdOf(scenario, N_PLUS_ONE);
    const report = await callThroughMcp(scenario, simulator, "check_fixes", { issues: [issue] });
    expect(report.verdict).toBe("fail");
    expect(report.fixes).toMatchObject([{ shortId: issue, status: "unfixed" }]);
  });

  it("through source: mcp, which cannot count it, the fix is unverified and every report says what it cannot see", async () => {
    const scenario = unfixedPerformanceScenario();
    const simulator = await simulate(scenario);
    const issue = shortIdOf(scenario, N_PLUS_ONE);
    const server = resolve(import.meta.dirname, "../../node_modules/@sentry/mcp-server/dist/index.js");
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, {
        fixes: issue,
        source: "mcp",
        "mcp-command": `"${nodeBinary}" "${server}"`,
      }),
      timeoutMs: 120_000,
    });
    expect(run.outputs.verdict).toBe("pass");
    const [fix] = JSON.parse(run.outputs.fixes ?? "[]") as { status: string; detail: string }[];
    expect(fix).toMatchObject({ status: "unverified" });
    expect(fix?.detail).toMatch(/counts error events only .* use source: api/);
    expect(run.summary).toMatch(
      /source: mcp looks for new, regressed and spiking issues among error issues only/,
    );
  });

  it("a new performance issue is a finding like an error, shown with its category", async () => {
    const scenario = newPerformanceScenario();
    const simulator = await simulate(scenario);
    const issue = shortIdOf(scenario, N_PLUS_ONE);
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });

    expect(run.outputs.verdict).toBe("fail");
    expect(findingsOf(run.outputs)).toMatchObject([{ kind: "new", shortId: issue, category: "performance" }]);
    expect(run.summary).toContain("<sub>performance issue</sub>");

    const cli = await runCli(cliFlags(scenario, simulator, ["--format", "text"]));
    expect(cli.exitCode).toBe(1);
    expect(cli.stdout).toContain("(performance issue)");

    const mcp = await verifyThroughMcp(scenario, simulator);
    expect(mcp.verdict).toBe("fail");
    expect(mcp.findings).toMatchObject([{ kind: "new", shortId: issue, category: "performance" }]);
  });
});

describe("no environment set", () => {
  it("an issue whose first release is another one is not new in the release; in production it is", async () => {
    const scenario = firstReleaseElsewhereScenario();
    const simulator = await simulate(scenario);
    const issue = shortIdOf(scenario, "TypeError: price.toFixed is not a function");

    const everywhere = await runAction({ inputs: inputsFor(scenario, simulator, { environment: "" }) });
    expect(everywhere.outputs.verdict).toBe("pass");
    expect(everywhere.outputs["new-count"]).toBe("0");

    const production = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(production.outputs.verdict).toBe("fail");
    expect(findingsOf(production.outputs).map((f) => [f.kind, f.shortId])).toEqual([["new", issue]]);

    const cli = await runCli(cliFlags({ ...scenario, environment: "" }, simulator));
    expect(cli.exitCode).toBe(0);
    expect((JSON.parse(cli.stdout) as { verdict: string }).verdict).toBe("pass");

    const mcp = await verifyThroughMcp({ ...scenario, environment: "" }, simulator);
    expect(mcp.verdict).toBe("pass");
  });
});
