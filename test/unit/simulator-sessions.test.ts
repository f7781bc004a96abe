// GET /organizations/{org}/sessions/ through real HTTP, as the REST source asks it
// (docs/performance-wire.md): sessions per release and status, the interval grid and its limits, the
// query, the processing delay; and the builder's seeded session series.
import { afterEach, describe, expect, it } from "vitest";
import {
  RELEASES,
  regressionScenario,
  type SessionInput,
  SIMULATOR_TOKEN,
  type Simulator,
  seededRandom,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-11-25T12:00:00.000Z");
const V2 = "web@2.0.0";
const V1 = "web@1.9.0";

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

interface Group {
  by: Record<string, string | number>;
  totals: Record<string, number | null>;
  series: Record<string, (number | null)[]>;
}
interface Answer {
  start: string;
  end: string;
  intervals: string[];
  groups: Group[];
  query: string;
  detail?: string;
}

async function serve(world: World): Promise<Simulator> {
  sim = await startSimulator({ world, now, rateLimit: false });
  return sim;
}

async function sessions(s: Simulator, params: Record<string, string | string[]>) {
  const query = new URLSearchParams({ field: "sum(session)", statsPeriod: "1h", interval: "10m" });
  for (const [name, value] of Object.entries(params)) {
    query.delete(name);
    for (const one of [value].flat()) query.append(name, one);
  }
  const response = await fetch(`${s.url}/api/0/organizations/acme/sessions/?${query}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

/**
 * V2: 6 sessions in the last hour (u1 healthy twice, u2 errored, u3 crashed, u4 abnormal, one without
 * a user, healthy); V1: 3 healthy sessions of u1 and u5. Project api: one V2 session in staging.
 */
function world(extra: SessionInput[] = []): World {
  const b = new WorldBuilder({ anchors: { now } })
    .project("web", { id: "11" })
    .project("api", { id: "22" })
    // Sessions alone name no environment: deploys do.
    .release(V2, {
      created: "now - 2d",
      deploys: [
        { environment: "staging", finished: "now - 2d" },
        { environment: "production", finished: "now - 1d" },
      ],
    });
  return b
    .sessions([
      { release: V2, at: minutesAgo(55), user: "u1" },
      { release: V2, at: minutesAgo(45), user: "u1" },
      { release: V2, at: minutesAgo(35), user: "u2", status: "errored" },
      { release: V2, at: minutesAgo(25), user: "u3", status: "crashed" },
      { release: V2, at: minutesAgo(15), user: "u4", status: "abnormal" },
      { release: V2, at: minutesAgo(5) },
      { release: V1, at: minutesAgo(50), user: "u1" },
      { release: V1, at: minutesAgo(40), user: "u5" },
      { release: V1, at: minutesAgo(30), user: "u5" },
      { release: V2, at: minutesAgo(20), user: "u9", project: "api", environment: "staging" },
      ...extra,
    ])
    .build();
}

const totals = (body: Answer, field = "sum(session)") =>
  body.groups.map((g) => [g.by.release, g.by["session.status"], g.totals[field]]);

describe("sessions per release and status", () => {
  it("splits every release into the five statuses, zeros included, the busiest release first", async () => {
    const s = await serve(world());
    const { status, body } = await sessions(s, {
      groupBy: ["release", "session.status"],
      environment: "production",
    });
    expect(status, body.detail).toBe(200);
    expect(totals(body)).toEqual([
      [V2, "abnormal", 1],
      [V2, "crashed", 1],
      [V2, "errored", 1],
      [V2, "healthy", 3],
      [V2, "unhandled", 0],
      [V1, "abnormal", 0],
      [V1, "crashed", 0],
      [V1, "errored", 0],
      [V1, "healthy", 3],
      [V1, "unhandled", 0],
    ]);
    expect(body.query).toBe("");
  });

  it("counts users per status: crashed and abnormal users, the other unhealthy ones, the rest healthy", async () => {
    const s = await serve(world());
    const { body } = await sessions(s, {
      field: ["sum(session)", "count_unique(user)"],
      groupBy: ["release", "session.status"],
      query: `release:"${V2}"`,
      environment: "production",
    });
    expect(totals(body, "count_unique(user)")).toEqual([
      [V2, "abnormal", 1],
      [V2, "crashed", 1],
      [V2, "errored", 1],
      [V2, "healthy", 1],
      [V2, "unhandled", 0],
    ]);
  });

  it("sends series whatever includeSeries says, as Sentry's metrics backend does", async () => {
    const s = await serve(world());
    const { body } = await sessions(s, { groupBy: "release", includeSeries: "0", includeTotals: "0" });
    expect(body.groups.map((g) => [g.by, g.totals, g.series])).toEqual([
      [{ release: V2 }, { "sum(session)": 7 }, { "sum(session)": [1, 1, 1, 1, 2, 1] }],
      [{ release: V1 }, { "sum(session)": 3 }, { "sum(session)": [0, 1, 1, 1, 0, 0] }],
    ]);
  });

  it("filters by release, a list of releases, project and environment", async () => {
    const s = await serve(world());
    const one = await sessions(s, { groupBy: "release", query: `release:"${V1}"` });
    expect(totals(one.body)).toEqual([[V1, undefined, 3]]);
    const both = await sessions(s, { groupBy: "release", query: `release:["${V1}","${V2}"]` });
    expect(totals(both.body)).toEqual([
      [V2, undefined, 7],
      [V1, undefined, 3],
    ]);
    const api = await sessions(s, { groupBy: ["project", "environment"], project: "22" });
    expect(api.body.groups.map((g) => [g.by, g.totals])).toEqual([
      [{ project: 22, environment: "staging" }, { "sum(session)": 1 }],
    ]);
  });

  it("answers rates of crashes, which cannot be grouped by status", async () => {
    const s = await serve(world());
    const { body } = await sessions(s, {
      field: ["crash_free_rate(session)", "crash_rate(user)"],
      groupBy: "release",
      environment: "production",
    });
    // Ordered by the first field, descending.
    expect(body.groups.map((g) => [g.by.release, g.totals])).toEqual([
      [V1, { "crash_free_rate(session)": 1, "crash_rate(user)": 0 }],
      [V2, { "crash_free_rate(session)": 5 / 6, "crash_rate(user)": 0.25 }],
    ]);
    const refused = await sessions(s, { field: "crash_free_rate(session)", groupBy: "session.status" });
    expect(refused).toEqual({
      status: 400,
      body: { detail: "Cannot group field crash_free_rate(session) by session.status" },
    });
  });

  it("has no group without sessions, except one without groupBy and the statuses with groupBy=session.status", async () => {
    const s = await serve(world());
    const query = "release:none";
    expect((await sessions(s, { groupBy: ["release", "session.status"], query })).body.groups).toEqual([]);
    const ungrouped = await sessions(s, { query });
    expect(ungrouped.body.groups).toEqual([
      { by: {}, totals: { "sum(session)": 0 }, series: { "sum(session)": [0, 0, 0, 0, 0, 0] } },
    ]);
    const statuses = await sessions(s, { groupBy: "session.status", query });
    expect(statuses.body.groups.map((g) => g.by["session.status"])).toEqual([
      "abnormal",
      "crashed",
      "errored",
      "healthy",
      "unhandled",
    ]);
  });

  it("keeps at most 10,000 / intervals groups, the busiest", async () => {
    const extra = Array.from({ length: 12 }, (_, i) =>
      Array.from({ length: 2 * (i + 1) }, () => ({ release: `r${i}`, at: minutesAgo(30) })),
    ).flat();
    const s = await serve(world(extra));
    // 1,000 one-minute intervals: at most 10 groups.
    const { body } = await sessions(s, { groupBy: "release", statsPeriod: "1000m", interval: "1m" });
    expect(body.intervals).toHaveLength(1000);
    // r0 … r11 have 2 … 24 sessions, web@2.0.0 7 and web@1.9.0 3.
    expect(body.groups.map((g) => g.by.release)).toEqual([
      "r11",
      "r10",
      "r9",
      "r8",
      "r7",
      "r6",
      "r5",
      "r4",
      "r3",
      V2,
    ]);
  });

  it("counts a session only once Sentry has it", async () => {
    const b = new WorldBuilder({ anchors: { now }, processingDelay: "1m" }).project("web");
    b.sessions([
      { release: V2, at: minutesAgo(2) },
      { release: V2, at: minutesAgo(0.5) },
      { release: V2, at: minutesAgo(20), processedAt: "now + 1h", status: "crashed" },
    ]);
    const s = await serve(b.build());
    const { body } = await sessions(s, { groupBy: ["release", "session.status"] });
    expect(totals(body).filter(([, , n]) => n !== 0)).toEqual([[V2, "healthy", 1]]);
  });
});

describe("the interval grid", () => {
  it("rounds start down and end up to the interval, and lists the intervals", async () => {
    const s = await serve(world());
    const { body } = await sessions(s, {
      statsPeriod: [],
      start: "2026-11-25T10:07:30.250Z",
      end: "2026-11-25T11:52:10Z",
      interval: "15m",
    });
    expect(body.start).toBe("2026-11-25T10:00:00Z");
    expect(body.end).toBe("2026-11-25T12:00:00Z");
    expect(body.intervals).toEqual([
      "2026-11-25T10:00:00Z",
      "2026-11-25T10:15:00Z",
      "2026-11-25T10:30:00Z",
      "2026-11-25T10:45:00Z",
      "2026-11-25T11:00:00Z",
      "2026-11-25T11:15:00Z",
      "2026-11-25T11:30:00Z",
      "2026-11-25T11:45:00Z",
    ]);
    // The rounded range counts: the session at 11:05 and those up to 12:00.
    expect(body.groups[0]?.totals["sum(session)"]).toBe(10);
  });

  it("takes an interval it cannot read as one hour", async () => {
    const s = await serve(world());
    const { body } = await sessions(s, { statsPeriod: "3h", interval: "soon" });
    expect(body.intervals).toEqual(["2026-11-25T09:00:00Z", "2026-11-25T10:00:00Z", "2026-11-25T11:00:00Z"]);
  });

  it.each([
    ["25s", "1h", "The interval has to be a multiple of the minimum interval of ten seconds."],
    ["2d", "7d", "The interval has to be less than one day."],
    ["7m", "1h", "The interval should divide one day without a remainder."],
    [
      "1m",
      "17h",
      "Your interval and date range would create too many results. Use a larger interval, or a smaller date range.",
    ],
  ])("refuses interval=%s over %s", async (interval, statsPeriod, detail) => {
    const s = await serve(world());
    expect(await sessions(s, { interval, statsPeriod })).toEqual({ status: 400, body: { detail } });
  });

  it("accepts ten-second intervals and 1,000 of them, as the metrics backend does", async () => {
    const s = await serve(world());
    expect((await sessions(s, { interval: "10s", statsPeriod: "1h" })).status).toBe(200);
    expect((await sessions(s, { interval: "1m", statsPeriod: "1000m" })).status).toBe(200);
    expect((await sessions(s, { interval: "1m", statsPeriod: "1001m" })).status).toBe(400);
  });
});

describe("refusals", () => {
  it.each([
    ["no field", { field: [] }, 'Request is missing a "field"'],
    ["an unknown field", { field: "count()" }, 'Invalid field: "count()"'],
    ["an unknown groupBy", { groupBy: "transaction" }, 'Invalid groupBy: "transaction"'],
    ["a wildcard", { query: "release:web@*" }, "Invalid condition: wildcard search is not supported"],
    ["orderBy with session.status", { groupBy: "session.status", orderBy: "-sum(session)" }, null],
    ["another query key", { query: "transaction:foo" }, null],
  ])("answers 400 for %s", async (_name, params, detail) => {
    const s = await serve(world());
    const { status, body } = await sessions(s, params);
    expect(status).toBe(400);
    if (detail) expect(body.detail).toBe(detail);
  });
});

describe("sessionSeries", () => {
  it("is repeatable from its seed and crashes at its rate", () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    const make = (seed: number) =>
      b.sessionSeries({
        from: "now - 10h",
        to: "now",
        perMinute: 20,
        random: seededRandom(seed),
        release: V2,
        crashRate: 0.05,
        erroredRate: 0.1,
        users: ["a", "b", "c"],
      });
    const series = make(9);
    expect(make(9)).toEqual(series);
    expect(make(10)).not.toEqual(series);
    const share = (status: string) => series.filter((x) => x.status === status).length / series.length;
    expect(share("crashed")).toBeGreaterThan(0.04);
    expect(share("crashed")).toBeLessThan(0.06);
    expect(share("errored")).toBeGreaterThan(0.085);
    expect(share("errored")).toBeLessThan(0.115);
    expect(new Set(series.map((x) => x.user))).toEqual(new Set(["a", "b", "c"]));
  });
});

describe("the demo world's sessions", () => {
  it("has sessions of both releases in production, crashing as rarely in each", async () => {
    const scenario = regressionScenario(now);
    const s = await serve(scenario.world);
    const { status, body } = await sessions(s, {
      groupBy: ["release", "session.status"],
      statsPeriod: [],
      start: new Date(scenario.deployedAt.getTime() - 86_400_000).toISOString(),
      end: now.toISOString(),
      interval: "2m",
      includeSeries: "0",
      environment: "production",
    });
    expect(status, body.detail).toBe(200);
    const crashShare = (release: string) => {
      const groups = body.groups.filter((g) => g.by.release === release);
      const all = groups.reduce((sum, g) => sum + (g.totals["sum(session)"] as number), 0);
      const crashed = groups.find((g) => g.by["session.status"] === "crashed")?.totals[
        "sum(session)"
      ] as number;
      return { all, share: crashed / all };
    };
    const previous = crashShare(RELEASES.previous);
    const current = crashShare(RELEASES.current);
    expect(previous.all).toBeGreaterThan(10_000);
    expect(current.all).toBeGreaterThan(50);
    expect(previous.share).toBeLessThan(0.01);
    expect(current.share).toBeLessThan(0.05);
  });
});
