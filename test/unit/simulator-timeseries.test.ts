// The simulator's events-timeseries: error events per bucket from the world at the simulator's now,
// filtered by project, environment and query, in Sentry's buckets and Sentry's units.
import { afterEach, describe, expect, it } from "vitest";
import {
  addEvent,
  manualClock,
  SIMULATOR_TOKEN,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-03-02T12:00:00Z");
const at = (minutes: number, seconds = 0) => new Date(now.getTime() + minutes * 60_000 + seconds * 1000);

/** web: 4 production events, 1 in staging; api: 2 in production; one production event still to come. */
function world() {
  const b = new WorldBuilder({ org: "acme", anchors: { now } })
    .project("web", { id: 11 })
    .project("api", { id: 22 });
  b.issue({
    project: "web",
    title: "TypeError: a",
    events: [
      { at: at(-60), release: "v1", user: "u1" },
      { at: at(-45, 30), release: "v2", user: "u1" },
      { at: at(-44), release: "v2", user: "u2" },
      { at: at(-44), environment: "staging" },
      { at: at(-1), release: "v2" },
      { at: now },
    ],
  });
  b.issue({
    project: "api",
    title: "KeyError: b",
    events: [{ at: at(-31) }, { at: at(-29, 59) }, { at: at(5) }],
  });
  return b.build();
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function serve(options: Partial<SimulatorOptions> = {}) {
  sim = await startSimulator({ world: world(), now, rateLimit: false, ...options });
  return sim;
}

interface Body {
  meta: { dataset: string; start: number; end: number };
  timeSeries: {
    yAxis: string;
    values: { timestamp: number; value: number; incomplete: boolean; incompleteReason?: string }[];
    meta: { interval: number; valueType: string; valueUnit: null };
  }[];
}

async function timeseries(s: Simulator, params: Record<string, string | string[]>) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) query.append(name, one);
  }
  const response = await fetch(`${s.url}/api/0/organizations/acme/events-timeseries/?${query}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, body: (await response.json()) as Body & { detail?: string } };
}

const hour = { start: at(-60).toISOString(), end: now.toISOString() };
const values = (body: Body, series = 0) =>
  body.timeSeries[series]?.values.map((v) => [new Date(v.timestamp).toISOString().slice(11, 19), v.value]);

describe("events-timeseries in the simulator", () => {
  it("counts error events per bucket, start inclusive and end exclusive, zero buckets included", async () => {
    const s = await serve();
    const { status, body } = await timeseries(s, {
      dataset: "errors",
      yAxis: "count()",
      interval: "600",
      environment: "production",
      ...hour,
    });
    expect(status).toBe(200);
    // Sentry's zerofill also gives the bucket holding the end; nothing in it, since end is exclusive.
    expect(values(body)).toEqual([
      ["11:00:00", 1],
      ["11:10:00", 2],
      ["11:20:00", 1],
      ["11:30:00", 1],
      ["11:40:00", 0],
      ["11:50:00", 1],
      ["12:00:00", 0],
    ]);
    expect(body.timeSeries[0]).toMatchObject({
      yAxis: "count()",
      meta: { interval: 600_000, valueType: "integer", valueUnit: null },
    });
    expect(body.meta).toEqual({ dataset: "errors", start: at(-60).getTime(), end: now.getTime() });
  });

  it("filters by environment, and answers 404 for an environment Sentry never saw", async () => {
    const s = await serve();
    const staging = await timeseries(s, {
      dataset: "errors",
      interval: "1800",
      environment: "staging",
      ...hour,
    });
    expect(values(staging.body)).toEqual([
      ["11:00:00", 1],
      ["11:30:00", 0],
      ["12:00:00", 0],
    ]);
    const all = await timeseries(s, { dataset: "errors", interval: "1800", ...hour });
    expect(values(all.body)).toEqual([
      ["11:00:00", 5],
      ["11:30:00", 2],
      ["12:00:00", 0],
    ]);
    expect((await timeseries(s, { dataset: "errors", environment: "qa", ...hour })).status).toBe(404);
  });

  it("filters by project ID or slug, and answers 403 for a project it cannot see", async () => {
    const s = await serve();
    const api = await timeseries(s, { dataset: "errors", interval: "1800", project: "22", ...hour });
    expect(values(api.body)).toEqual([
      ["11:00:00", 1],
      ["11:30:00", 1],
      ["12:00:00", 0],
    ]);
    const both = await timeseries(s, {
      dataset: "errors",
      interval: "1800",
      project: ["web", "22"],
      ...hour,
    });
    expect(values(both.body)?.map(([, n]) => n)).toEqual([5, 2, 0]);
    expect((await timeseries(s, { dataset: "errors", project: "99", ...hour })).status).toBe(403);
  });

  it("never counts events after the simulator's now, until the clock reaches them", async () => {
    const clock = manualClock(now);
    const s = await serve({ now: clock });
    const window = {
      dataset: "errors",
      interval: "600",
      start: at(-10).toISOString(),
      end: at(10).toISOString(),
    };
    expect(values((await timeseries(s, window)).body)).toEqual([
      ["11:50:00", 1],
      ["12:00:00", 1],
      ["12:10:00", 0],
    ]);
    addEvent(s.world, "WEB-1", { at: at(2) });
    clock.advance(6 * 60_000);
    expect(values((await timeseries(s, window)).body)).toEqual([
      ["11:50:00", 1],
      ["12:00:00", 3],
      ["12:10:00", 0],
    ]);
  });

  it("puts buckets on multiples of the interval since the epoch, not at an unaligned start", async () => {
    const s = await serve();
    const { body } = await timeseries(s, {
      dataset: "errors",
      interval: "600",
      start: at(-44, -15).toISOString(),
      end: at(-25).toISOString(),
    });
    // 11:15:45 → 11:35: buckets 11:10, 11:20 and 11:30; the 11:15:30 event is in the first bucket's
    // time but before the start, so it is not counted.
    expect(values(body)).toEqual([
      ["11:10:00", 2],
      ["11:20:00", 1],
      ["11:30:00", 1],
    ]);
  });

  it("reads the interval in seconds or with a unit, and swaps one Sentry will not serve for its default", async () => {
    const s = await serve();
    const interval = async (value: string | null, range: Record<string, string> = hour) => {
      const { status, body } = await timeseries(s, {
        dataset: "errors",
        ...(value === null ? {} : { interval: value }),
        ...range,
      });
      expect(status).toBe(200);
      return body.timeSeries[0]?.meta.interval;
    };
    expect(await interval("300")).toBe(300_000);
    expect(await interval("5m")).toBe(300_000);
    expect(await interval("1h")).toBe(3_600_000);
    // No 400 for these (get_rollup falls back): 0 and too many buckets take the range's default, 15
    // minutes for an hour; text it cannot parse is an hour.
    expect(await interval(null)).toBe(900_000);
    expect(await interval("0")).toBe(900_000);
    expect(await interval("abc")).toBe(3_600_000);
    expect(await interval("1", { statsPeriod: "7d" })).toBe(3_600_000);
    expect(await interval("1", { statsPeriod: "2h" })).toBe(1_000);
  });

  it("marks the buckets that end within 90 s of now incomplete", async () => {
    const s = await serve();
    const { body } = await timeseries(s, {
      dataset: "errors",
      interval: "60",
      start: at(-4).toISOString(),
      end: now.toISOString(),
    });
    expect(
      body.timeSeries[0]?.values.map((v) => [
        new Date(v.timestamp).toISOString().slice(11, 16),
        v.incomplete,
        v.incompleteReason,
      ]),
    ).toEqual([
      ["11:56", false, undefined],
      ["11:57", false, undefined],
      ["11:58", true, "INCOMPLETE_BUCKET"],
      ["11:59", true, "INCOMPLETE_BUCKET"],
      ["12:00", true, "INCOMPLETE_BUCKET"],
    ]);
  });

  it("serves count_unique(user) beside count(), with Discover's query conditions", async () => {
    const s = await serve();
    const { body } = await timeseries(s, {
      dataset: "errors",
      yAxis: ["count()", "count_unique(user)"],
      interval: "3600",
      query: "release:v2",
      ...hour,
    });
    expect(body.timeSeries.map((series) => [series.yAxis, series.values[0]?.value])).toEqual([
      ["count()", 3],
      ["count_unique(user)", 2],
    ]);
  });

  it("holds nothing in datasets other than errors, and refuses the spans timeseries as not simulated", async () => {
    const s = await serve();
    const { body } = await timeseries(s, { dataset: "logs", interval: "1800", ...hour });
    expect(values(body)?.map(([, n]) => n)).toEqual([0, 0, 0]);
    const spans = await timeseries(s, { dataset: "spans", interval: "1800", ...hour });
    expect(spans.status).toBe(400);
  });

  it.each([
    ["an unknown dataset", { dataset: "bogus" }, "bogus is not a valid dataset"],
    ["topEvents that is not a number", { topEvents: "ten" }, "topEvents must be an integer"],
    ["too many topEvents", { topEvents: "11" }, "Can only get up to 10 top events"],
    ["no topEvents", { topEvents: "0" }, "topEvents needs to be at least 1"],
    ["topEvents without groupBy", { topEvents: "5" }, "groupBy is a required parameter when doing topEvents"],
    ["comparisonDelta that is not a number", { comparisonDelta: "1h" }, "comparisonDelta must be an integer"],
    [
      "an unknown function",
      { yAxis: "p95(transaction.duration)" },
      "p95(transaction.duration) is not a valid function",
    ],
    [
      "a bad start",
      { start: "yesterday", end: now.toISOString() },
      "yesterday is not a valid ISO8601 date query",
    ],
    ["start after end", { start: now.toISOString(), end: at(-60).toISOString() }, "start must be before end"],
  ])("answers 400 for %s", async (_name, params, detail) => {
    const s = await serve();
    const { status, body } = await timeseries(s, { dataset: "errors", ...params });
    expect(status).toBe(400);
    expect(body.detail).toBe(detail);
  });

  it("limits events-timeseries to 30 requests per second, as Sentry's endpoint does", async () => {
    const s = await serve({ rateLimit: undefined });
    const response = await fetch(`${s.url}/api/0/organizations/acme/events-timeseries/?dataset=errors`, {
      headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
    });
    expect(response.headers.get("x-sentry-rate-limit-limit")).toBe("30");
  });
});
