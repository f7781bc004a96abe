// The REST source's error timeline: what it asks events-timeseries, how it fits Sentry's epoch-aligned
// buckets into buckets that start at the timeline's start, and what it refuses, against local servers
// and against the Sentry simulator.
import { afterEach, describe, expect, it } from "vitest";
import { createRestSource, type RestSourceOptions } from "../../src/sentry/rest/source.js";
import type { TimelineBucket, TimelineQuery } from "../../src/sentry/source.js";
import { SIMULATOR_TOKEN, type Simulator, startSimulator, WorldBuilder } from "../../src/simulator/index.js";
import { sendJson, serve } from "../support/http-server.js";
import { sentryFailure } from "../support/sentry-error.js";

const TOKEN = "sntryu_0123456789abcdef";

function sourceFor(url: string, options: Partial<RestSourceOptions> = {}) {
  return createRestSource({
    url,
    org: "acme",
    token: TOKEN,
    deadlineAt: Date.now() + 60_000,
    retryBudgetMs: 500,
    ...options,
  });
}

const QUERY: TimelineQuery = {
  projects: [
    { id: "42", slug: "web" },
    { id: "43", slug: "api" },
  ],
  environment: "production",
  start: new Date("2026-03-01T12:00:00Z"),
  end: new Date("2026-03-01T12:15:00Z"),
  intervalSeconds: 300,
};

const ms = (iso: string) => new Date(iso).getTime();

/** An answer as Sentry gives it: one count() series of buckets of `seconds`. */
function answer(seconds: number, values: Array<[string, number]>) {
  return {
    timeSeries: [
      {
        values: values.map(([time, value]) => ({ timestamp: ms(time), value, incomplete: false })),
        yAxis: "count()",
        meta: { valueType: "integer", valueUnit: null, interval: seconds * 1000 },
      },
    ],
    meta: { dataset: "errors", start: QUERY.start.getTime(), end: QUERY.end.getTime() },
  };
}

const bucket = (iso: string, events: number): TimelineBucket => ({ start: new Date(iso), events });

describe("errorTimeline over events-timeseries", () => {
  it("asks for error counts in the projects and environment, the interval in whole seconds", async () => {
    const server = await serve((_request, response) =>
      sendJson(
        response,
        200,
        answer(300, [
          ["2026-03-01T12:00:00Z", 2],
          ["2026-03-01T12:05:00Z", 0],
          ["2026-03-01T12:10:00Z", 7],
          // Sentry's zerofill adds the bucket that holds the end.
          ["2026-03-01T12:15:00Z", 0],
        ]),
      ),
    );
    await expect(sourceFor(server.url).errorTimeline(QUERY)).resolves.toEqual([
      bucket("2026-03-01T12:00:00Z", 2),
      bucket("2026-03-01T12:05:00Z", 0),
      bucket("2026-03-01T12:10:00Z", 7),
    ]);
    expect(server.requests).toHaveLength(1);
    const url = server.requests[0]?.url;
    expect(url?.pathname).toBe("/api/0/organizations/acme/events-timeseries/");
    expect([...(url?.searchParams ?? [])]).toEqual([
      ["dataset", "errors"],
      ["yAxis", "count()"],
      ["interval", "300"],
      ["start", "2026-03-01T12:00:00.000Z"],
      ["end", "2026-03-01T12:15:00.000Z"],
      ["project", "42"],
      ["project", "43"],
      ["environment", "production"],
    ]);
  });

  it("has every bucket, zeros included, when Sentry leaves some out or has no series", async () => {
    const server = await serve((request, response) =>
      sendJson(
        response,
        200,
        request.url.searchParams.has("environment")
          ? answer(300, [["2026-03-01T12:05:00Z", 4]])
          : { timeSeries: [] },
      ),
    );
    const source = sourceFor(server.url);
    await expect(source.errorTimeline(QUERY)).resolves.toEqual([
      bucket("2026-03-01T12:00:00Z", 0),
      bucket("2026-03-01T12:05:00Z", 4),
      bucket("2026-03-01T12:10:00Z", 0),
    ]);
    await expect(source.errorTimeline({ ...QUERY, environment: null })).resolves.toEqual([
      bucket("2026-03-01T12:00:00Z", 0),
      bucket("2026-03-01T12:05:00Z", 0),
      bucket("2026-03-01T12:10:00Z", 0),
    ]);
  });

  it("starts the buckets at an unaligned start by asking for finer buckets and adding them up", async () => {
    // A deploy at 12:02:00 with 5-minute buckets: Sentry's 5-minute grid is 2 minutes off, so it asks
    // for gcd(300, 120) = 60 s buckets. The last bucket is cut at the end.
    const server = await serve((_request, response) =>
      sendJson(
        response,
        200,
        answer(60, [
          ["2026-03-01T12:02:00Z", 1],
          ["2026-03-01T12:06:00Z", 2],
          ["2026-03-01T12:07:00Z", 3],
          ["2026-03-01T12:12:00Z", 4],
          ["2026-03-01T12:13:00Z", 0],
        ]),
      ),
    );
    const query = {
      ...QUERY,
      start: new Date("2026-03-01T12:02:00Z"),
      end: new Date("2026-03-01T12:13:30Z"),
    };
    await expect(sourceFor(server.url).errorTimeline(query)).resolves.toEqual([
      bucket("2026-03-01T12:02:00Z", 3),
      bucket("2026-03-01T12:07:00Z", 3),
      bucket("2026-03-01T12:12:00Z", 4),
    ]);
    expect(server.requests[0]?.url.searchParams.get("interval")).toBe("60");
  });

  it("refuses an answer in buckets it did not ask for, as when Sentry swaps in its default interval", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, answer(900, [["2026-03-01T12:00:00Z", 9]])),
    );
    const error = await sentryFailure(sourceFor(server.url).errorTimeline(QUERY));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain(
      "buckets of 900 s at timeSeries[0].meta.interval, not the 300 s asked for",
    );
  });

  it.each([
    [
      "a value that is not a number",
      {
        timeSeries: [
          {
            yAxis: "count()",
            values: [{ timestamp: 1, value: "3", incomplete: false }],
            meta: { interval: 300_000 },
          },
        ],
      },
      "timeSeries[0].values[0].value",
    ],
    ["a series without meta", { timeSeries: [{ yAxis: "count()", values: [] }] }, "timeSeries[0].meta"],
    ["no timeSeries", { data: [] }, "timeSeries"],
  ])("%s is malformed, naming the field", async (_name, body, path) => {
    const server = await serve((_request, response) => sendJson(response, 200, body));
    const error = await sentryFailure(sourceFor(server.url).errorTimeline(QUERY));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain(`at ${path}:`);
  });

  it("names the org:read scope on a 403, and the environment on a 404", async () => {
    const server = await serve((request, response) =>
      request.url.searchParams.has("environment")
        ? sendJson(response, 404, { detail: "The requested resource does not exist" })
        : sendJson(response, 403, { detail: "You do not have permission to perform this action." }),
    );
    const source = sourceFor(server.url);
    const forbidden = await sentryFailure(source.errorTimeline({ ...QUERY, environment: null }));
    expect(forbidden.kind).toBe("forbidden");
    expect(forbidden.message).toContain("The token may not count events");
    expect(forbidden.message).toContain("org:read");
    const missing = await sentryFailure(source.errorTimeline(QUERY));
    expect(missing.kind).toBe("not-found");
    expect(missing.message).toContain('environment "production"');
  });

  it.each([
    ["a zero interval", { intervalSeconds: 0 }, "whole, positive number of seconds"],
    ["a fractional interval", { intervalSeconds: 1.5 }, "whole, positive number of seconds"],
    ["an end before the start", { end: new Date("2026-03-01T11:00:00Z") }, "a start before its end"],
    [
      "more buckets than Sentry serves",
      { intervalSeconds: 1, end: new Date("2026-03-02T12:00:00Z") },
      "needs 86400 of Sentry's buckets",
    ],
    [
      "an unaligned start that needs too fine buckets",
      { start: new Date("2026-03-01T12:00:01Z"), end: new Date("2026-03-02T12:00:00Z") },
      "1 s off Sentry's 300 s grid",
    ],
  ])("refuses %s without asking Sentry", async (_name, change, message) => {
    const server = await serve((_request, response) => sendJson(response, 200, answer(300, [])));
    const error = await sentryFailure(sourceFor(server.url).errorTimeline({ ...QUERY, ...change }));
    expect(error.kind).toBe("bad-request");
    expect(error.message).toContain(message);
    expect(server.requests).toHaveLength(0);
  });
});

describe("errorTimeline against the Sentry simulator", () => {
  const now = new Date("2026-03-02T12:00:00Z");
  const deploy = new Date("2026-03-02T11:31:17Z");
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  /** Events every 37 s in production and staging of two projects, some of them still in the future. */
  function world() {
    const b = new WorldBuilder({ org: "acme", anchors: { now, deploy } })
      .project("web")
      .project("api")
      .project("other");
    for (const [project, environment] of [
      ["web", "production"],
      ["api", "production"],
      ["web", "staging"],
      ["other", "production"],
    ] as const) {
      b.issue({
        project,
        title: `Error in ${project} ${environment}`,
        events: b.series({ environment, from: "deploy - 6h", to: "now + 10m", every: "37s" }),
      });
    }
    return b.build();
  }

  // 10:56:17 + 35 min, and 4 h before the deploy to 40 min after: 77 s off the 300 s grid, so
  // gcd(300, 77) = 1 s buckets, in one call of 4,200 and in two calls (10,000 + 7,200).
  it.each([
    ["one call", 35 * 60_000, ["1"]],
    ["two calls of Sentry's 10,000 buckets at most", 4 * 3_600_000, ["1", "1"]],
  ])(
    "counts exactly what Sentry holds per bucket from an unaligned deploy time, in %s",
    async (_name, before, intervals) => {
      const w = world();
      sim = await startSimulator({ world: w, now, rateLimit: false });
      const source = createRestSource({
        url: sim.url,
        org: "acme",
        token: SIMULATOR_TOKEN,
        deadlineAt: Date.now() + 60_000,
      });
      const projects = w.projects.filter((p) => p.slug !== "other").map(({ id, slug }) => ({ id, slug }));
      const query: TimelineQuery = {
        projects,
        environment: "production",
        start: new Date(deploy.getTime() - before),
        end: new Date(deploy.getTime() + 40 * 60_000),
        intervalSeconds: 300,
      };
      const timeline = await source.errorTimeline(query);

      const count = Math.ceil((query.end.getTime() - query.start.getTime()) / 300_000);
      const expected = Array.from({ length: count }, (_, k) => {
        const from = query.start.getTime() + k * 300_000;
        const to = Math.min(from + 300_000, query.end.getTime());
        const events = w.issues
          .filter((issue) => issue.project === "web" || issue.project === "api")
          .flatMap((issue) => issue.events)
          .filter((e) => e.environment === "production" && e.at <= now)
          .filter((e) => e.at.getTime() >= from && e.at.getTime() < to).length;
        return { start: new Date(from), events };
      });
      expect(timeline).toEqual(expected);
      // The window reaches past now: those buckets are empty, not missing.
      expect(timeline.slice(-2).map((b) => b.events)).toEqual([0, 0]);
      expect(timeline.reduce((sum, b) => sum + b.events, 0)).toBeGreaterThan(100);
      const requests = sim.requests.filter((r) => r.route === "events-timeseries");
      expect(requests.map((r) => r.query.get("interval"))).toEqual(intervals);
      // The calls cover the range without overlap: each starts where the one before ended.
      const ranges = requests.map((r) => [r.query.get("start"), r.query.get("end")]);
      expect(ranges[0]?.[0]).toBe(query.start.toISOString());
      expect(ranges.at(-1)?.[1]).toBe(query.end.toISOString());
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]?.[0]).toBe(ranges[i - 1]?.[1]);
    },
  );

  it("asks for the interval itself when the start is on Sentry's grid", async () => {
    sim = await startSimulator({ world: world(), now, rateLimit: false });
    const source = createRestSource({
      url: sim.url,
      org: "acme",
      token: SIMULATOR_TOKEN,
      deadlineAt: Date.now() + 60_000,
    });
    const timeline = await source.errorTimeline({
      projects: [],
      environment: "staging",
      start: new Date("2026-03-02T11:00:00Z"),
      end: new Date("2026-03-02T12:00:00Z"),
      intervalSeconds: 600,
    });
    expect(timeline.map((b) => b.start.toISOString().slice(11, 16))).toEqual([
      "11:00",
      "11:10",
      "11:20",
      "11:30",
      "11:40",
      "11:50",
    ]);
    expect(timeline.every((b) => b.events >= 16 && b.events <= 17)).toBe(true);
    expect(sim.requests.at(-1)?.query.get("interval")).toBe("600");
  });
});
