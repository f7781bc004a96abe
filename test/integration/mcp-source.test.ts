// The proof of source: mcp. The real Sentry MCP server (@sentry/mcp-server, run with the Node 24 the
// action runs on) reads the simulator; the REST source reads the same simulator and world; the same
// engine decides from each. Verdicts and findings must be the same, and under the MCP source every
// request Sentry sees must come from the MCP server. The MCP source's cost is printed per scenario.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type Config, parseConfig } from "../../src/config/schema.js";
import type { Clock } from "../../src/engine/clock.js";
import type { Report } from "../../src/engine/report.js";
import { scanErrors } from "../../src/engine/scan.js";
import { verifyRelease } from "../../src/engine/verify.js";
import { createMcpSource, MCP_LIMITATIONS } from "../../src/sentry/mcp/source.js";
import { createRestSource } from "../../src/sentry/rest/source.js";
import type { SentrySource } from "../../src/sentry/source.js";
import {
  cleanScenario,
  manualClock,
  regressionScenario,
  type Scenario,
  type Simulator,
  silentScenario,
  startSimulator,
} from "../../src/simulator/index.js";

const NODE_24 = fileURLToPath(new URL("../../node_modules/node/bin/node", import.meta.url));
const MCP_SERVER = fileURLToPath(
  new URL("../../node_modules/@sentry/mcp-server/dist/index.js", import.meta.url),
);
const MCP_USER_AGENT = /^sentry-mcp\/0\.39\.0 /;
// Not on a whole second, as real times are not: Discover's whole seconds then show.
const NOW = new Date("2026-11-25T12:00:00.537Z");

const running: Simulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((simulator) => simulator.close()));
});

async function simulate(scenario: Scenario) {
  const simulator = await startSimulator({
    world: scenario.world,
    token: scenario.token,
    now: NOW,
    rateLimit: false,
  });
  running.push(simulator);
  return simulator;
}

function configFor(scenario: Scenario, simulator: Simulator, inputs: Record<string, string> = {}): Config {
  const parsed = parseConfig({
    "auth-token": scenario.token,
    org: scenario.org,
    project: scenario.projects.join(","),
    url: simulator.url,
    environment: scenario.environment,
    release: scenario.release,
    fixes: Object.keys(scenario.expected.fixes).join(",") || "none",
    ...inputs,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.config;
}

/** The engine's clock, which is also Sentry's: the simulator answers at NOW whatever the real time. */
function engineClock(): Clock {
  const clock = manualClock(NOW);
  return { now: () => clock().getTime(), sleep: async (ms) => clock.advance(Math.max(0, ms)) };
}

type Run = (source: SentrySource, clock: Clock) => Promise<Report>;

interface Cost {
  toolCalls: Record<string, number>;
  sentryRequests: number;
  restRequests: number;
}

/** The same engine function through REST, then through the MCP server, on one simulator. */
async function bothWays(scenario: Scenario, simulator: Simulator, run: Run) {
  const restClock = engineClock();
  const rest = await run(
    createRestSource({
      url: simulator.url,
      org: scenario.org,
      token: scenario.token,
      deadlineAt: restClock.now() + 15 * 60_000,
      now: restClock.now,
      sleep: restClock.sleep,
    }),
    restClock,
  );
  const restRequests = simulator.requests.length;

  const mcpClock = engineClock();
  const toolCalls: Record<string, number> = {};
  const source = await createMcpSource({
    org: scenario.org,
    url: simulator.url,
    token: scenario.token,
    server: { command: [NODE_24, MCP_SERVER] },
    deadlineAt: mcpClock.now() + 15 * 60_000,
    now: mcpClock.now,
    sleep: mcpClock.sleep,
    onToolCall: ({ tool, ok }) => {
      expect(ok, `${tool} failed`).toBe(true);
      toolCalls[tool] = (toolCalls[tool] ?? 0) + 1;
    },
  });
  let mcp: Report;
  try {
    mcp = await run(source, mcpClock);
  } finally {
    await source.close();
  }
  const mcpRequests = simulator.requests.slice(restRequests);
  // Nothing but the MCP server asked Sentry: no request of our REST client, none the simulator did not serve.
  expect(mcpRequests.filter((r) => !MCP_USER_AGENT.test(r.userAgent ?? ""))).toEqual([]);
  expect(mcpRequests.filter((r) => r.route === null).map((r) => r.path)).toEqual([]);
  expect(mcpRequests.filter((r) => r.status !== 200).map((r) => `${r.status} ${r.path}`)).toEqual([]);
  const cost: Cost = { toolCalls, sentryRequests: mcpRequests.length, restRequests };
  return { rest, mcp, cost };
}

// Issues only: the latency, failure-rate and crash-rate checks need raw span samples and sessions,
// which the Sentry MCP server does not give (every report through it says so).
const issues = (report: Report) => report.findings.filter((f) => f.subject === "issue");
const issueCounts = ({ counts }: Report) => ({
  new: counts.new,
  regressed: counts.regressed,
  spike: counts.spike,
  unfixed: counts.unfixed,
});
const essentials = (report: Report) =>
  issues(report)
    .map((f) => ({ kind: f.kind, shortId: f.shortId, events: f.events, users: f.users }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.shortId.localeCompare(b.shortId));
const details = (report: Report) =>
  issues(report).map((f) => ({
    shortId: f.shortId,
    title: f.title,
    culprit: f.culprit,
    level: f.level,
    category: f.category,
    project: f.project,
    permalink: f.permalink,
    location: f.location,
  }));
const fixes = (report: Report) =>
  report.fixes.map((f) => ({ shortId: f.shortId, status: f.status, events: f.events }));

function expectSameDecision(rest: Report, mcp: Report) {
  expect(mcp.verdict).toBe(rest.verdict);
  expect(issueCounts(mcp)).toEqual(issueCounts(rest));
  expect(essentials(mcp)).toEqual(essentials(rest));
  expect(details(mcp)).toEqual(details(rest));
  expect(fixes(mcp)).toEqual(fixes(rest));
  // Discover's times are whole seconds; the simulator's issue list keeps milliseconds.
  const mcpIssues = issues(mcp);
  issues(rest).forEach((finding, index) => {
    const other = mcpIssues[index];
    if (finding.firstSeen === null) expect(other?.firstSeen).toBeNull();
    else
      expect(Math.abs(Date.parse(other?.firstSeen ?? "") - Date.parse(finding.firstSeen))).toBeLessThan(
        1_000,
      );
    if (finding.secondsAfterDeploy === null) expect(other?.secondsAfterDeploy).toBeNull();
    else
      expect(
        Math.abs((other?.secondsAfterDeploy ?? Number.NaN) - finding.secondsAfterDeploy),
      ).toBeLessThanOrEqual(1);
    if (finding.spike) {
      const pValue = other?.spike?.pValue ?? Number.NaN;
      expect(Math.abs(pValue - finding.spike.pValue) / finding.spike.pValue).toBeLessThan(1e-6);
    }
  });
}

function report(name: string, cost: Cost) {
  const calls = Object.values(cost.toolCalls).reduce((a, b) => a + b, 0);
  console.log(
    `source: mcp, ${name}: ${calls} tool calls (${Object.entries(cost.toolCalls)
      .map(([tool, n]) => `${tool} ${n}`)
      .join(", ")}), ${cost.sentryRequests} Sentry requests; source: api made ${cost.restRequests}`,
  );
}

const verify =
  (config: Config): Run =>
  (source, clock) =>
    verifyRelease(config, { source, clock });

describe("source: mcp decides as source: api", () => {
  it.each([
    ["regression", regressionScenario],
    ["clean", cleanScenario],
    ["silent", silentScenario],
  ])("verifies the %s scenario the same way", { timeout: 120_000 }, async (name, build) => {
    const scenario = build(NOW);
    const simulator = await simulate(scenario);
    const { rest, mcp, cost } = await bothWays(scenario, simulator, verify(configFor(scenario, simulator)));
    report(`verify ${name}`, cost);

    expect(rest.verdict).toBe(scenario.expected.verdict);
    expect(rest.findings.filter((f) => f.kind === "latency").map((f) => f.shortId)).toEqual(
      scenario.expected.latency ?? [],
    );
    expect(mcp.performance?.unavailable).toContain(MCP_LIMITATIONS[2]);
    expect(mcp.traffic).toMatchObject({ transactions: null, sessions: null });
    expectSameDecision(rest, mcp);
    expect(Object.fromEntries(mcp.fixes.map((f) => [f.shortId, f.status]))).toEqual(scenario.expected.fixes);
    expect(mcp.deployedAt).toBe(rest.deployedAt);
    expect(mcp.spikeTest?.candidates).toBe(rest.spikeTest?.candidates);
    expect(mcp.spikeTest?.tested).toBe(rest.spikeTest?.tested);
    // The one thing the server cannot give: a time series. The chart is missing, and the report says why.
    expect(rest.timeline).not.toBeNull();
    expect(mcp.timeline).toBeNull();
    expect(mcp.notes.join(" ")).toMatch(
      /Could not chart the error events around the deploy: .*no time series/,
    );
    // What it cannot see at all is said in every report it serves, and only there.
    for (const limitation of MCP_LIMITATIONS) expect(mcp.notes).toContain(limitation);
    expect(rest.notes.filter((note) => MCP_LIMITATIONS.includes(note))).toEqual([]);
  });

  it("scans the regression scenario the same way", { timeout: 120_000 }, async () => {
    const scenario = regressionScenario(NOW);
    const simulator = await simulate(scenario);
    const config = configFor(scenario, simulator, { mode: "scan", lookback: "24h", fixes: "none" });
    const { rest, mcp, cost } = await bothWays(scenario, simulator, (source, clock) =>
      scanErrors(config, { source, clock }),
    );
    report("scan regression", cost);

    expect(rest.verdict).toBe("fail");
    expectSameDecision(rest, mcp);
    for (const limitation of MCP_LIMITATIONS) expect(mcp.notes).toContain(limitation);
  });
});
