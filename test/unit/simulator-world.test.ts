// Worlds: relative times, the builder, generated IDs, derived status, and the built-in scenarios.
import { describe, expect, it } from "vitest";
import { issueActivity, issueState, visibleEvents } from "../../src/simulator/derived.js";
import {
  addEvent,
  addIssue,
  cleanScenario,
  createWorld,
  HOSTILE_TITLE,
  largeWorld,
  RELEASES,
  regressionScenario,
  SCENARIOS,
  SIMULATOR_TOKEN,
  silentScenario,
  startSimulator,
  WorldBuilder,
} from "../../src/simulator/index.js";
import { parseDurationMs, resolveTime } from "../../src/simulator/relative-time.js";
import { releaseOrder } from "../../src/simulator/releases.js";

const now = new Date("2026-03-02T12:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("relative times", () => {
  const anchors = { now, deploy: new Date(now.getTime() - HOUR) };

  it.each([
    ["deploy", anchors.deploy.getTime()],
    ["deploy - 2d", anchors.deploy.getTime() - 2 * DAY],
    ["now + 3s", now.getTime() + 3_000],
    ["deploy + 1h30m", anchors.deploy.getTime() + 1.5 * HOUR],
    ["now - 1w 2d", now.getTime() - 9 * DAY],
    ["2026-01-01T00:00:00Z", Date.parse("2026-01-01T00:00:00Z")],
  ])("%s", (text, expected) => {
    expect(resolveTime(text, anchors).getTime()).toBe(expected);
  });

  it("names the anchor or the duration it cannot read", () => {
    expect(() => resolveTime("release + 1h", anchors)).toThrow(
      /Unknown time anchor "release".*known: now, deploy/,
    );
    expect(() => resolveTime("now + soon", anchors)).toThrow(/Not a duration: "soon"/);
    expect(() => parseDurationMs("5x")).toThrow();
  });
});

describe("the builder", () => {
  it("gives projects, short IDs in Sentry's base32 and events in time order", () => {
    const b = new WorldBuilder({ org: "acme", anchors: { now } }).project("web").project("api");
    for (let i = 0; i < 33; i++) b.issue({ title: `Error ${i}`, events: [{ at: "now - 1h" }] });
    b.issue({ project: "api", title: "api error", events: [{ at: "now - 1m" }, { at: "now - 1h" }] });
    const world = b.build();
    expect(world.issues.map((i) => i.shortId).slice(8, 11)).toEqual(["WEB-9", "WEB-A", "WEB-B"]);
    expect(world.issues[30]?.shortId).toBe("WEB-Z");
    expect(world.issues[31]?.shortId).toBe("WEB-10");
    expect(world.issues[33]?.shortId).toBe("API-1");
    const api = world.issues[33];
    expect(api?.events.map((e) => e.at.getTime())).toEqual([now.getTime() - HOUR, now.getTime() - 60_000]);
    expect(new Set(world.issues.flatMap((i) => i.events.map((e) => e.id))).size).toBe(35);
    expect(api?.events[0]?.id).toMatch(/^[0-9a-f]{32}$/);
  });

  it("defaults frames to a library frame calling an app frame, metadata and culprit from them", () => {
    const world = new WorldBuilder({ anchors: { now } })
      .project("web")
      .issue({ title: "TypeError: x is undefined", events: [{ at: "now" }] })
      .build();
    const issue = world.issues[0];
    expect(issue?.events[0]?.frames?.map((f) => f.inApp)).toEqual([false, true]);
    expect(issue?.metadata).toMatchObject({
      type: "TypeError",
      value: "x is undefined",
      filename: "src/web/handlers.ts",
    });
    expect(issue?.culprit).toBe("handle1(src/web/handlers.ts)");
  });

  it("makes evenly spaced series with users in turn", () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    const events = b.series({ from: "now - 1h", to: "now", every: "20m", users: ["a", "b"], release: "v1" });
    expect(events.map((e) => [(e.at as Date).getTime() - now.getTime(), e.user, e.release])).toEqual([
      [-HOUR, "a", "v1"],
      [-40 * 60_000, "b", "v1"],
      [-20 * 60_000, "a", "v1"],
    ]);
  });

  it("adds events live by short ID in any case, and re-sorts events pushed out of order", () => {
    const world = createWorld({ anchors: { now } });
    world.projects.push({ id: "1", slug: "web", name: "web", platform: null, dateCreated: now });
    const issue = addIssue(world, { title: "x", events: [{ at: "now - 1h" }] });
    addEvent(world, "web-1", { at: "now - 2h" });
    expect(issue.events.map((e) => e.at.getTime() - now.getTime())).toEqual([-2 * HOUR, -HOUR]);
    issue.events.push({
      ...(issue.events[0] as (typeof issue.events)[0]),
      id: "f".repeat(32),
      at: new Date(now.getTime() - 3 * HOUR),
    });
    expect(visibleEvents(issue, now).map((e) => e.id)[0]).toBe("f".repeat(32));
    expect(() => addEvent(world, "WEB-9", { at: "now" })).toThrow("Unknown issue WEB-9");
  });
});

describe("derived status", () => {
  const build = (resolvedAt: string[], eventTimes: string[], ignored = false) => {
    const world = new WorldBuilder({ anchors: { now } })
      .project("web")
      .issue({ title: "x", resolvedAt, ignored, events: eventTimes.map((at) => ({ at, release: at })) })
      .build();
    const issue = world.issues[0] as (typeof world.issues)[0];
    return { issue, events: visibleEvents(issue, now), order: releaseOrder(world, now) };
  };

  it("the first event after each resolution regresses the issue, with that event's release", () => {
    const { issue, events, order } = build(
      ["now - 5d", "now - 3d"],
      ["now - 6d", "now - 4d", "now - 4d 1h", "now - 1d"],
    );
    const state = issueState(issue, events, now, order);
    expect(state.regressions.map((r) => [r.at.getTime() - now.getTime(), r.release])).toEqual([
      [-4 * DAY - HOUR, "now - 4d 1h"],
      [-DAY, "now - 1d"],
    ]);
    expect(state).toMatchObject({ status: "unresolved", substatus: "regressed" });
  });

  it("ignores a second resolution of a resolved issue, one before the first event and one still to come", () => {
    const { issue, events, order } = build(["now - 9d", "now - 5d", "now - 4d", "now + 1d"], ["now - 6d"]);
    const state = issueState(issue, events, now, order);
    expect(state.resolutions.map((r) => r.at.getTime() - now.getTime())).toEqual([-5 * DAY]);
    expect(state).toMatchObject({ status: "resolved", substatus: null, regressions: [] });
  });

  it("an archived issue has no regression and no transition", () => {
    const { issue, events, order } = build(["now - 5d"], ["now - 20d", "now - 1d"], true);
    expect(issueState(issue, events, now, order)).toMatchObject({
      status: "ignored",
      substatus: "archived_forever",
      regressions: [],
    });
    expect(issueActivity(issue, events, now, order).map((a) => a.type)).toEqual(["first_seen"]);
  });
});

describe("scenarios", () => {
  it("each names its org, projects, release, environment, deploy time and token", () => {
    for (const make of Object.values(SCENARIOS)) {
      const scenario = make(now);
      expect(scenario).toMatchObject({
        org: "acme",
        projects: ["web", "api"],
        release: RELEASES.current,
        environment: "production",
        token: SIMULATOR_TOKEN,
      });
      expect(scenario.deployedAt.getTime()).toBe(now.getTime() - 12 * 60_000);
      const deploys = scenario.world.releases.find((r) => r.version === RELEASES.current)?.deploys ?? [];
      expect(deploys.find((d) => d.environment === "production")?.dateFinished).toEqual(scenario.deployedAt);
    }
  });

  it("regression: a hostile new issue with in-app and library frames, and the expected findings", () => {
    const scenario = regressionScenario(now);
    const hostile = scenario.world.issues.find((i) => i.title === HOSTILE_TITLE);
    expect(HOSTILE_TITLE).toMatch(/@octocat/);
    expect(HOSTILE_TITLE).toMatch(/<img src=x onerror=alert\(1\)>/);
    expect(HOSTILE_TITLE).toMatch(/\|.*`.*\]\(https:/);
    expect(hostile?.events[0]?.frames?.map((f) => f.inApp)).toEqual([false, true, true, false]);
    expect(scenario.expected).toEqual({
      verdict: "fail",
      new: ["WEB-1", "WEB-5"],
      regressed: ["WEB-2"],
      spike: ["API-2"],
      latency: ["POST /api/checkout"],
      fixes: { "WEB-7": "confirmed", "WEB-8": "unfixed" },
    });
    expect(scenario.pullRequestBody).toMatch(/^Fixes WEB-7 and resolves web-8\.$/m);
  });

  it("clean has traffic from the release; silent has none since the deploy", () => {
    const fromRelease = (world: ReturnType<typeof cleanScenario>["world"], deployedAt: Date) =>
      world.issues
        .flatMap((i) => i.events)
        .filter((e) => e.release === RELEASES.current && e.at >= deployedAt).length;
    const clean = cleanScenario(now);
    const silent = silentScenario(now);
    expect(fromRelease(clean.world, clean.deployedAt)).toBeGreaterThan(0);
    expect(fromRelease(silent.world, silent.deployedAt)).toBe(0);
    expect(silent.world.issues.flatMap((i) => i.events).some((e) => e.at >= silent.deployedAt)).toBe(true);
  });

  it("largeWorld(10000) builds and is searched and paged through HTTP", async () => {
    const scenario = largeWorld(10_000, now);
    expect(scenario.world.issues).toHaveLength(10_000);
    const sim = await startSimulator({ world: scenario.world, now, rateLimit: false });
    try {
      const deploy = scenario.deployedAt.toISOString();
      const query = new URLSearchParams({
        query: `firstSeen:>=${deploy} firstRelease:${scenario.release}`,
        environment: "production",
        start: deploy,
        end: now.toISOString(),
        collapse: "stats",
        cursor: "0:9900:0",
      });
      const response = await fetch(`${sim.url}/api/0/organizations/acme/issues/?${query}`, {
        headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
      });
      expect(response.headers.get("X-Hits")).toBe("10000");
      expect(((await response.json()) as unknown[]).length).toBe(100);
      expect(response.headers.get("Link")).toContain('rel="next"; results="false"');
    } finally {
      await sim.close();
    }
  });
});
