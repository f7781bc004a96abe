// source: mcp beyond the built-in scenarios, with the real Sentry MCP server on the simulator: a
// window watched poll by poll on a virtual clock, titles that try to forge the server's listings,
// and Sentry's refusals and rate limits turned into the SentryErrors the engine expects.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/engine/report.js";
import { verifyRelease } from "../../src/engine/verify.js";
import { createMcpSource, type McpSourceOptions } from "../../src/sentry/mcp/source.js";
import type { SentrySource } from "../../src/sentry/source.js";
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
