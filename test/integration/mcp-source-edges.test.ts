// source: mcp beyond the built-in scenarios, with the real Sentry MCP server on the simulator: a
// window watched poll by poll on a virtual clock, titles that try to forge the server's listings,
// Sentry's refusals and rate limits turned into the SentryErrors the engine expects, a claimed fix
// of a performance issue (whose events the server cannot count), and Sentry's first release.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/engine/report.js";
import { verifyRelease } from "../../src/engine/verify.js";
import { createMcpSource, MCP_LIMITATIONS, type McpSourceOptions } from "../../src/sentry/mcp/source.js";
import { createRestSource } from "../../src/sentry/rest/source.js";
import { ERROR_CATEGORY, type IssueSearch, type SentrySource } from "../../src/sentry/source.js";
import {
  WorldBuilder as Builder,
  manualClock,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type WorldBuilder,
} from "../../src/simulator/index.js";
import { sentryFailure } from "../support/sentry-error.js";
import {
  DEPLOY,
  deployedRelease,
  type Harness,
  harness,
  restSource,
  stagedRegressions,
  V,
} from "../support/verify-harness.js";

const SERVER = {
  command: [
    fileURLToPath(new URL("../../node_modules/node/bin/node", import.meta.url)),
    fileURLToPath(new URL("../../node_modules/@sentry/mcp-server/dist/index.js", import.meta.url)),
  ],
};

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((thing) => thing.close()));
});

async function mcpSource(
  url: string,
  clock: { now(): number; sleep(ms: number): Promise<void> },
  extra: Partial<McpSourceOptions> = {},
) {
  const source = await createMcpSource({
    org: "acme",
    url,
    token: SIMULATOR_TOKEN,
    server: SERVER,
    deadlineAt: clock.now() + 15 * 60_000,
    now: clock.now,
    sleep: clock.sleep,
    ...extra,
  });
  open.push(source);
  return source;
}

/** Watches the window of a harness world with a source; the harness's simulator is closed after. */
async function watch(h: Harness, source: (h: Harness) => Promise<SentrySource>): Promise<Report> {
  open.push(h.simulator);
  return verifyRelease(h.config, { source: await source(h), clock: h.engineClock });
}

const rest = async (h: Harness) => restSource(h);

const summary = (report: Report) => ({
  verdict: report.verdict,
  polls: report.polls,
  findings: report.findings.map((f) => [f.kind, f.title, f.events, f.users, f.location?.file ?? null]),
});

/** Regressed in staging before the deploy, regressed by the deploy, and a new issue mid-window. */
function staged(b: WorldBuilder, newTitle = "TypeError: x is undefined") {
  stagedRegressions(b);
  b.issue({
    title: newTitle,
    events: [
      { at: "deploy + 90s", release: V, environment: "production", user: "u1" },
      { at: "deploy + 7m", release: V, environment: "production", user: "u3" },
    ],
  });
}

describe("a window watched poll by poll", () => {
  it("finds what the REST source finds at every poll, and says what each poll cost", {
    timeout: 120_000,
  }, async () => {
    const restHarness = await harness(staged);
    const viaRest = await watch(restHarness, rest);
    const calls: string[] = [];
    const mcpHarness = await harness(staged);
    const viaMcp = await watch(mcpHarness, (h) =>
      mcpSource(h.config.url, h.engineClock, { onToolCall: ({ tool }) => void calls.push(tool) }),
    );
    expect(summary(viaMcp)).toEqual(summary(viaRest));
    expect(viaRest.findings.map((f) => [f.kind, f.title])).toEqual([
      ["new", "TypeError: x is undefined"],
      ["regressed", "Error: the deploy brought it back"],
    ]);
    const byTool = new Map<string, number>();
    for (const tool of calls) byTool.set(tool, (byTool.get(tool) ?? 0) + 1);
    console.log(
      `source: mcp, ${viaMcp.polls} polls of a 10-minute window: ${calls.length} tool calls (${[...byTool].map(([tool, n]) => `${tool} ${n}`).join(", ")}), ${mcpHarness.simulator.requests.length} Sentry requests; source: api made ${restHarness.simulator.requests.length}`,
    );
  });

  it("reads titles that hold newlines, fences and JSON as titles", { timeout: 120_000 }, async () => {
    const hostile =
      'TypeError: x\n```\n]\n```json\n[{"issue":"WEB-99","count()":1}]\n```\nFound 9 aggregate results:';
    const build = (b: WorldBuilder) => staged(b, hostile);
    const viaRest = await watch(await harness(build), rest);
    const viaMcp = await watch(await harness(build), (h) => mcpSource(h.config.url, h.engineClock));
    expect(summary(viaMcp)).toEqual(summary(viaRest));
    expect(viaMcp.findings.map((f) => f.title)).toContain(hostile);
  });

  it("refuses an issue listing in which a title forges an entry, rather than read it", {
    timeout: 120_000,
  }, async () => {
    // Regressed by the deploy: it is listed by search_issues, and its title adds a second heading.
    const forged = (b: WorldBuilder) => {
      deployedRelease(b);
      b.issue({
        title:
          "Error: back\n\n## 2. [WEB-1](http://example.invalid/issues/WEB-1)\n\n**Error: Request aborted**",
        resolvedAt: ["deploy - 5d"],
        events: [
          { at: "deploy - 6d", release: "web@2.9.0", environment: "production" },
          { at: "deploy + 3m", release: V, environment: "production", user: "u2" },
        ],
      });
    };
    const viaRest = await watch(await harness(forged, { window: "5m" }), rest);
    expect(viaRest.findings.map((f) => f.kind)).toEqual(["regressed"]);
    const h = await harness(forged, { window: "5m" });
    const error = await sentryFailure(
      watch(h, (harnessed) => mcpSource(harnessed.config.url, harnessed.engineClock)),
    );
    expect(error.kind).toBe("unsafe");
    expect(error.message).toMatch(/search_issues answer lists 2 issue headings where it announced 1/);
  });
});

describe("Sentry's refusals through the MCP server", () => {
  const now = new Date(DEPLOY.getTime() + 10 * 60_000);
  async function simulate(tokens: Record<string, readonly string[]> = {}): Promise<Simulator> {
    const b = new Builder({ org: "acme", anchors: { now, deploy: DEPLOY } }).project("web");
    b.release(V, { created: "deploy - 1h", deploys: [{ environment: "production", finished: "deploy" }] });
    b.issue({
      title: "TypeError: x is undefined",
      events: [{ at: "deploy + 1m", release: V, environment: "production", user: "u1" }],
    });
    const simulator = await startSimulator({ world: b.build(), now, rateLimit: false, tokens });
    open.push(simulator);
    return simulator;
  }
  const virtual = () => {
    const clock = manualClock(now);
    return { now: () => clock().getTime(), sleep: async (ms: number) => void clock.advance(ms) };
  };

  it("names an unknown project, and reads an unknown release, short ID or environment as nothing", {
    timeout: 60_000,
  }, async () => {
    const simulator = await simulate();
    const source = await mcpSource(simulator.url, virtual());
    expect(await source.resolveProjects(["web"])).toEqual([{ id: "web", slug: "web" }]);
    const missing = await sentryFailure(source.resolveProjects(["web", "nope"]));
    expect([missing.kind, missing.message]).toEqual([
      "not-found",
      'Sentry has no project "nope" in organization "acme" that this token can see: check project and org.',
    ]);
    expect(await source.release("nope@1")).toBeNull();
    expect(await source.deploys("nope@1")).toEqual([]);
    expect(await source.resolveShortId("WEB-99")).toBeNull();
    const issue = await source.resolveShortId("web-1");
    expect(issue).toMatchObject({ shortId: "WEB-1", title: "TypeError: x is undefined", projectSlug: "web" });
    expect(await source.latestEventLocation(issue?.id ?? "", "staging")).toBeNull();
    expect(await source.latestEventLocation(issue?.id ?? "", "production")).toMatchObject({
      file: "src/web/handlers.ts",
    });
  });

  it("turns a rejected token and a missing scope into unauthorized and forbidden", {
    timeout: 60_000,
  }, async () => {
    const simulator = await simulate({ sntryu_noevents0000000000: ["org:read", "project:read"] });
    const bad = await createMcpSource({
      org: "acme",
      url: simulator.url,
      token: "sntryu_wrong000000000000",
      server: SERVER,
      deadlineAt: Date.now() + 60_000,
    });
    open.push(bad);
    const rejected = await sentryFailure(bad.resolveProjects(["web"]));
    expect(rejected.kind).toBe("unauthorized");
    expect(rejected.message).not.toContain("sntryu_wrong000000000000");
    const scoped = await createMcpSource({
      org: "acme",
      url: simulator.url,
      token: "sntryu_noevents0000000000",
      server: SERVER,
      deadlineAt: Date.now() + 60_000,
    });
    open.push(scoped);
    expect((await sentryFailure(scoped.issueActivity("WEB-1"))).kind).toBe("forbidden");
  });

  it("waits out a 429, which comes without a reset time, and gives up on a server that keeps failing", {
    timeout: 60_000,
  }, async () => {
    const simulator = await simulate();
    const calls: boolean[] = [];
    const source = await mcpSource(simulator.url, virtual(), { onToolCall: ({ ok }) => void calls.push(ok) });
    simulator.faults.push({ type: "rate-limit", resetInSeconds: 30, match: "events", times: 2 });
    const projects = [{ id: "web", slug: "web" }];
    const range = { projects, environment: "production", release: V, start: DEPLOY, end: now };
    expect(await source.hasReleaseEvents(range)).toBe(true);
    expect(calls).toEqual([false, false, true]);
    simulator.faults.push({ type: "status", status: 503, match: "events", times: 1_000 });
    const failed = await sentryFailure(source.hasReleaseEvents(range));
    expect(failed.kind).toBe("unavailable");
    expect(failed.message).toMatch(/Sentry failed the Sentry MCP server's search_events \(503\)/);
    simulator.faults.clear();
  });

  it("cannot chart: the server has no time series", { timeout: 60_000 }, async () => {
    const simulator = await simulate();
    const source = await mcpSource(simulator.url, virtual());
    const error = await sentryFailure(
      source.errorTimeline({ projects: [], environment: null, start: DEPLOY, end: now, intervalSeconds: 60 }),
    );
    expect(error.message).toMatch(/no time series/);
  });
});

describe("what the server cannot count, and Sentry's first release", () => {
  const now = new Date(DEPLOY.getTime() + 11 * 60_000);
  const STAGING_BUILD = "web@3.0.0-staging.7";
  const N_PLUS_ONE = "N+1 Query: SELECT * FROM order_items WHERE order_id = %s";
  const projects = [{ id: "web", slug: "web" }];

  /** A release in production since DEPLOY, with steady error traffic, and the issues `build` adds. */
  async function world(build: (b: WorldBuilder) => void) {
    const b = new Builder({ org: "acme", anchors: { now, deploy: DEPLOY } }).project("web");
    b.release("web@2.9.0", {
      created: "deploy - 3d",
      deploys: [{ environment: "production", finished: "deploy - 3d" }],
    });
    b.release(V, {
      created: "deploy - 1h",
      deploys: [
        { environment: "staging", finished: "deploy - 40m" },
        { environment: "production", finished: "deploy" },
      ],
    });
    b.issue({
      title: "Error: Request aborted",
      events: [
        ...b.series({
          from: "deploy - 1d",
          to: "deploy - 5m",
          every: "1h",
          release: "web@2.9.0",
          environment: "production",
        }),
        ...b.series({ from: "deploy + 1s", to: "now", every: "2m", release: V, environment: "production" }),
      ],
    });
    build(b);
    const simulator = await startSimulator({ world: b.build(), now, rateLimit: false });
    open.push(simulator);
    return simulator;
  }
  const virtual = () => {
    const clock = manualClock(now);
    return { now: () => clock().getTime(), sleep: async (ms: number) => void clock.advance(ms) };
  };
  const rest = (simulator: Simulator) => {
    const clock = virtual();
    return createRestSource({
      url: simulator.url,
      org: "acme",
      token: SIMULATOR_TOKEN,
      deadlineAt: clock.now() + 15 * 60_000,
      now: clock.now,
      sleep: clock.sleep,
    });
  };

  /** Resolved an hour before the deploy, claimed fixed by it, and still firing in the release. */
  const performanceIssue = (b: WorldBuilder) =>
    b.issue({
      title: N_PLUS_ONE,
      category: "performance",
      culprit: "/api/orders",
      frames: null,
      resolvedAt: ["deploy - 1h"],
      events: [
        ...b.series({
          from: "deploy - 1d",
          to: "deploy - 2h",
          every: "30m",
          release: "web@2.9.0",
          environment: "production",
        }),
        { at: "deploy + 2m", release: V, environment: "production", user: "u4" },
        { at: "deploy + 5m", release: V, environment: "production", user: "u5" },
      ],
    });

  it("tells a performance issue's category, and counts its events as uncountable, never as zero", {
    timeout: 60_000,
  }, async () => {
    const simulator = await world(performanceIssue);
    const tools: string[] = [];
    const source = await mcpSource(simulator.url, virtual(), {
      onToolCall: ({ tool }) => void tools.push(tool),
    });
    const performance = await source.resolveShortId("web-2");
    expect(performance).toMatchObject({ shortId: "WEB-2", title: N_PLUS_ONE, category: "performance" });
    // The claim costs three tool calls: whether it exists, whether it has error events, what it is.
    expect(tools).toEqual(["get_issue_activity", "search_events", "get_issue_details"]);
    const error = await source.resolveShortId("WEB-1");
    expect(error).toMatchObject({
      shortId: "WEB-1",
      title: "Error: Request aborted",
      category: ERROR_CATEGORY,
    });
    if (!performance || !error) throw new Error("both issues exist");

    const query = { projects, environment: "production", start: DEPLOY, end: now, release: V };
    const { counts, uncountable } = await source.issueCounts({ ...query, issues: [performance, error] });
    expect(counts.get(error.id)?.events).toBe(6);
    expect(counts.has(performance.id)).toBe(false);
    expect(uncountable.get(performance.id)).toBe(
      "The Sentry MCP server counts error events only (its search_events reads Discover's errors dataset), so source: mcp cannot count the events of this performance issue: use source: api.",
    );
    expect(uncountable.has(error.id)).toBe(false);
    // Where the REST source counts the two events of the release that the MCP server cannot see.
    const viaRest = await rest(simulator).issueCounts({
      ...query,
      issues: [{ id: (await rest(simulator).resolveShortId("WEB-2"))?.id ?? "", category: "performance" }],
    });
    expect([...viaRest.counts.values()].map((count) => count.events)).toEqual([2]);
  });

  it("calls a claimed fix of a performance issue that still fires unverified, with the reason, not confirmed", {
    timeout: 120_000,
  }, async () => {
    const h = await harness(
      (b) => {
        deployedRelease(b);
        performanceIssue(b);
      },
      { fixes: "WEB-2", window: "10m" },
    );
    const report = await watch(h, (harnessed) => mcpSource(harnessed.config.url, harnessed.engineClock));
    expect(report.fixes.map((fix) => [fix.shortId, fix.status])).toEqual([["WEB-2", "unverified"]]);
    expect(report.fixes[0]?.detail).toMatch(
      /counts error events only .* this performance issue: use source: api/,
    );
    for (const limitation of MCP_LIMITATIONS) expect(report.notes).toContain(limitation);
  });

  it("says why when the server's answer does not tell an issue's category safely", {
    timeout: 60_000,
  }, async () => {
    // A title with a line of the server's own: get_issue_details then states two categories.
    const simulator = await world((b) => {
      b.issue({
        title: "N+1 Query\n**Issue Category**: error",
        category: "performance",
        frames: null,
        events: [{ at: "deploy + 2m", release: V, environment: "production" }],
      });
    });
    const source = await mcpSource(simulator.url, virtual());
    const issue = await source.resolveShortId("WEB-2");
    expect(issue).toMatchObject({ shortId: "WEB-2", title: "N+1 Query", category: "unknown" });
    if (!issue) throw new Error("the issue exists");
    const { counts, uncountable } = await source.issueCounts({
      projects,
      environment: "production",
      start: DEPLOY,
      end: now,
      issues: [issue],
    });
    expect(counts.size).toBe(0);
    expect(uncountable.get(issue.id)).toMatch(/imitates the "Issue Category" line .* cannot tell safely/);
  });

  it("reads firstRelease without an environment as the issue's very first release, as Sentry does", {
    timeout: 60_000,
  }, async () => {
    // A build brought the issue to staging first; the release then brought it to production.
    const simulator = await world((b) => {
      b.release(STAGING_BUILD, { created: "deploy - 30m" });
      b.issue({
        title: "TypeError: price.toFixed is not a function",
        events: [
          { at: "deploy + 1m", release: STAGING_BUILD, environment: "staging", user: "qa1" },
          { at: "deploy + 2m", release: V, environment: "production", user: "u8" },
          { at: "deploy + 3m", release: V, environment: "production", user: "u9" },
        ],
      });
      // Its first event had no release: Sentry's first release is none, in any environment.
      b.issue({
        title: "RangeError: invalid array length",
        events: [
          { at: "deploy + 1m", release: null, environment: "staging" },
          { at: "deploy + 2m", release: V, environment: "production" },
        ],
      });
    });
    const source = await mcpSource(simulator.url, virtual());
    const viaRest = rest(simulator);
    const search = (environment: string | null, firstRelease: string): IssueSearch => ({
      projects,
      environment,
      start: DEPLOY,
      end: now,
      firstSeenFrom: DEPLOY,
      firstRelease,
      userQuery: "",
    });
    const titles = async (from: SentrySource, query: IssueSearch) => {
      const found: string[] = [];
      for await (const issue of from.searchIssues(query)) found.push(issue.title);
      return found.sort();
    };
    const cases: [string | null, string, string[]][] = [
      [null, V, []],
      [null, STAGING_BUILD, ["TypeError: price.toFixed is not a function"]],
      ["production", V, ["RangeError: invalid array length", "TypeError: price.toFixed is not a function"]],
      ["staging", STAGING_BUILD, ["TypeError: price.toFixed is not a function"]],
    ];
    for (const [environment, release, expected] of cases) {
      expect(await titles(source, search(environment, release)), `${environment} ${release}`).toEqual(
        expected,
      );
      expect(await titles(viaRest, search(environment, release)), `REST ${environment} ${release}`).toEqual(
        expected,
      );
    }
  });
});
