// Issue search semantics of the simulator, through real HTTP: per-environment first seen and first
// release, the regressed_in_release vs is:regressed trap, windowed counts, query syntax, sorting,
// parameters and pagination.
import { afterEach, describe, expect, it } from "vitest";
import {
  manualClock,
  RELEASES,
  regressionScenario,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

type Params = Record<string, string | string[]>;

interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

async function get(sim: Simulator, path: string, params: Params = {}): Promise<Answer> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  const response = await fetch(`${sim.url}/api/0${path}?${query}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

interface ListedIssue {
  shortId: string;
  count: string;
  userCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  substatus: string | null;
  lifetime?: { count: string; userCount: number; firstSeen: string | null; lastSeen: string | null };
  filtered?: { count: string } | null;
}

async function issues(sim: Simulator, params: Params): Promise<ListedIssue[]> {
  const answer = await get(sim, "/organizations/acme/issues/", params);
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body as ListedIssue[];
}

const shortIds = (list: ListedIssue[]) => list.map((i) => i.shortId).sort();

const now = new Date("2026-03-02T12:00:00Z");
const deploy = new Date(now.getTime() - 30 * 60_000);
const T = deploy.toISOString();

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function serve(world: World, clock: Date | (() => Date) = now) {
  sim = await startSimulator({ world, now: clock, rateLimit: false });
  return sim;
}

/** WEB-1: staging first (v1), production after the deploy (v2); WEB-2: old in production; WEB-3: new. */
function environmentsWorld(): World {
  const b = new WorldBuilder({ anchors: { now, deploy } }).project("web");
  return b
    .issue({
      title: "TypeError: staging saw it first",
      events: [
        { at: "deploy - 1d", environment: "staging", release: "v1", user: "qa" },
        { at: "deploy + 5m", environment: "production", release: "v2", user: "u1" },
      ],
    })
    .issue({
      title: "Error: old in production",
      events: [
        { at: "deploy - 2d", environment: "production", release: "v1", user: "u1" },
        { at: "deploy + 5m", environment: "production", release: "v2", user: "u2" },
      ],
    })
    .issue({
      title: "Error: brand new",
      events: [
        { at: "deploy + 10m", environment: "production", release: "v2", user: "u1" },
        { at: "deploy + 11m", environment: "production", release: "v2", user: "u2" },
        { at: "deploy + 12m", environment: "production", release: "v2", user: "u2" },
      ],
    })
    .build();
}

describe("first seen and first release are per environment", () => {
  it("firstSeen uses the first event in the requested environment", async () => {
    const s = await serve(environmentsWorld());
    const query = `firstSeen:>=${T}`;
    expect(shortIds(await issues(s, { query, environment: "production" }))).toEqual(["WEB-1", "WEB-3"]);
    // Across all environments WEB-1 was first seen a day before the deploy.
    expect(shortIds(await issues(s, { query }))).toEqual(["WEB-3"]);
  });

  it("firstRelease uses the environment's first event; without one, the issue's very first release", async () => {
    const s = await serve(environmentsWorld());
    expect(shortIds(await issues(s, { query: "firstRelease:v2", environment: "production" }))).toEqual([
      "WEB-1",
      "WEB-3",
    ]);
    expect(shortIds(await issues(s, { query: "firstRelease:v2", environment: "staging" }))).toEqual([]);
    expect(shortIds(await issues(s, { query: "first-release:v1", environment: "staging" }))).toEqual([
      "WEB-1",
    ]);
    // Group.first_release only: WEB-1 was first seen in v1 (in staging), so it is not new in v2.
    expect(shortIds(await issues(s, { query: "firstRelease:v2" }))).toEqual(["WEB-3"]);
    expect(shortIds(await issues(s, { query: "firstRelease:v1" }))).toEqual(["WEB-1", "WEB-2"]);
  });

  it("the new-issue query finds what the deploy brought to production", async () => {
    const s = await serve(environmentsWorld());
    const found = await issues(s, {
      query: `firstSeen:>=${T} firstRelease:v2 issue.category:error`,
      environment: "production",
      start: T,
      end: now.toISOString(),
      sort: "new",
    });
    expect(found.map((i) => i.shortId)).toEqual(["WEB-3", "WEB-1"]);
  });
});

describe("counts", () => {
  it("count, userCount, firstSeen and lastSeen are the window's; lifetime is all time in the environment", async () => {
    const s = await serve(environmentsWorld());
    const [old] = await issues(s, {
      query: "old",
      environment: "production",
      start: T,
      end: now.toISOString(),
    });
    expect(old).toMatchObject({
      count: "1",
      userCount: 1,
      firstSeen: new Date(deploy.getTime() + 5 * 60_000).toISOString(),
      lifetime: {
        count: "2",
        userCount: 2,
        firstSeen: new Date(deploy.getTime() - 2 * 86_400_000).toISOString(),
      },
      // Free text is an event condition, so filtered is an object.
      filtered: { count: "1" },
    });
    const [fresh] = await issues(s, {
      query: "is:unresolved",
      environment: "production",
      start: T,
      end: now.toISOString(),
      sort: "freq",
    });
    expect(fresh).toMatchObject({ shortId: "WEB-3", count: "3", userCount: 2, filtered: null });
  });

  it("collapse=base keeps only the id and the counts; collapse=stats also drops lifetime and filtered", async () => {
    const s = await serve(environmentsWorld());
    const params = { query: "new", environment: "production", start: T, end: now.toISOString() };
    const [base] = (await get(s, "/organizations/acme/issues/", { ...params, collapse: ["base", "stats"] }))
      .body as object[];
    expect(Object.keys(base ?? {}).sort()).toEqual([
      "count",
      "firstSeen",
      "id",
      "isUnhandled",
      "lastSeen",
      "userCount",
    ]);
    const [lean] = (
      await get(s, "/organizations/acme/issues/", { ...params, collapse: ["stats", "unhandled"] })
    ).body as object[];
    expect(lean).toHaveProperty("shortId");
    for (const field of ["stats", "lifetime", "filtered", "isUnhandled"])
      expect(lean).not.toHaveProperty(field);
  });

  it("filtered counts only the events meeting event-level conditions such as release:", async () => {
    const s = await serve(environmentsWorld());
    const [old] = await issues(s, { query: "release:v1", environment: "production", statsPeriod: "3d" });
    expect(old).toMatchObject({ shortId: "WEB-2", count: "2", filtered: { count: "1" } });
  });

  it("an issue without events in the window is not returned, and the range is start-inclusive, end-exclusive", async () => {
    const s = await serve(environmentsWorld());
    const fifth = new Date(deploy.getTime() + 5 * 60_000).toISOString();
    const tenth = new Date(deploy.getTime() + 10 * 60_000).toISOString();
    expect(shortIds(await issues(s, { query: "", start: fifth, end: tenth }))).toEqual(["WEB-1", "WEB-2"]);
    expect(shortIds(await issues(s, { query: "", start: tenth, end: now.toISOString() }))).toEqual(["WEB-3"]);
  });
});

describe("regressions: regressed_in_release versus is:regressed", () => {
  const scenario = regressionScenario(now);
  const deployAt = scenario.deployedAt.toISOString();
  const window = { environment: "production", start: deployAt, end: now.toISOString() };

  it("regressed_in_release names only the issue this release brought back", async () => {
    const s = await serve(scenario.world);
    expect(
      shortIds(await issues(s, { ...window, query: `regressed_in_release:${RELEASES.current}` })),
    ).toEqual(["WEB-2"]);
    expect(
      shortIds(await issues(s, { ...window, query: `regressed_in_release:${RELEASES.previous}` })),
    ).toEqual(["API-1"]);
  });

  it("is:regressed also returns the trap: regressed 3 days ago, still firing, still regressed", async () => {
    const s = await serve(scenario.world);
    const regressed = await issues(s, { ...window, query: "is:regressed" });
    expect(shortIds(regressed)).toEqual(["API-1", "WEB-2"]);
    const detail = (await get(s, "/organizations/acme/issues/API-1/")).body as {
      activity: { type: string; dateCreated: string; data: { version?: string } }[];
    };
    const regression = detail.activity.find((a) => a.type === "set_regression");
    expect(regression?.data.version).toBe(RELEASES.previous);
    // When Sentry processed the event, 20 s after its timestamp in this scenario.
    expect(new Date(regression?.dateCreated as string).getTime()).toBe(
      scenario.deployedAt.getTime() - 3 * 86_400_000 + 20_000,
    );
  });

  it("the issue this release regressed has its set_regression after the deploy, naming the release", async () => {
    const s = await serve(scenario.world);
    const detail = (await get(s, "/organizations/acme/issues/WEB-2/")).body as {
      status: string;
      substatus: string;
      activity: { type: string; dateCreated: string; data: { version?: string } }[];
    };
    expect(detail).toMatchObject({ status: "unresolved", substatus: "regressed" });
    expect(detail.activity.map((a) => a.type)).toEqual([
      "set_regression",
      "set_resolved",
      "auto_set_ongoing",
      "first_seen",
    ]);
    expect(detail.activity[0]).toMatchObject({
      dateCreated: new Date(scenario.deployedAt.getTime() + 4 * 60_000 + 20_000).toISOString(),
      data: { version: RELEASES.current },
    });
  });

  it("an archived issue never regresses; a resolved issue without later events stays resolved", async () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.issue({
      title: "archived",
      ignored: true,
      resolvedAt: ["now - 2d"],
      events: [{ at: "now - 3d" }, { at: "now - 1h" }],
    });
    b.issue({ title: "fixed", resolvedAt: ["now - 2d"], events: [{ at: "now - 3d" }] });
    const s = await serve(b.build());
    expect(shortIds(await issues(s, { query: "is:regressed", statsPeriod: "14d" }))).toEqual([]);
    expect(shortIds(await issues(s, { query: "is:ignored", statsPeriod: "14d" }))).toEqual(["WEB-1"]);
    expect(shortIds(await issues(s, { query: "is:resolved", statsPeriod: "14d" }))).toEqual(["WEB-2"]);
    expect(shortIds(await issues(s, { query: "is:archived", statsPeriod: "14d" }))).toEqual(["WEB-1"]);
  });

  it("regressed and new become ongoing after 7 days", async () => {
    const clock = manualClock(now);
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.issue({
      title: "comes back",
      resolvedAt: ["now - 1d"],
      events: [{ at: "now - 2d" }, { at: "now - 1h" }],
    });
    b.issue({ title: "young", events: [{ at: "now - 1h" }] });
    const s = await serve(b.build(), clock);
    const substatus = async () =>
      Object.fromEntries(
        (await issues(s, { query: "", statsPeriod: "30d" })).map((i) => [i.shortId, i.substatus]),
      );
    expect(await substatus()).toEqual({ "WEB-1": "regressed", "WEB-2": "new" });
    clock.advance(7 * 86_400_000);
    expect(await substatus()).toEqual({ "WEB-1": "ongoing", "WEB-2": "ongoing" });
    const activity = (await get(s, "/organizations/acme/issues/WEB-1/activities/")).body as {
      activity: { type: string }[];
    };
    expect(activity.activity.map((a) => a.type)).toEqual([
      "auto_set_ongoing",
      "set_regression",
      "set_resolved",
      "first_seen",
    ]);
  });
});

describe("query syntax", () => {
  function tagsWorld(): World {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    return b
      .issue({
        title: "TypeError: Safari only",
        level: "warning",
        events: [{ at: "now - 2h", tags: { browser: "Mobile Safari" }, user: "a" }],
      })
      .issue({
        title: "Error: crash",
        level: "fatal",
        events: [
          { at: "now - 3h", handled: false, user: "a" },
          { at: "now - 2h", handled: false, user: "b" },
          { at: "now - 30m", handled: false, user: "c" },
        ],
      })
      .issue({ title: "Error: old and quiet", events: [{ at: "now - 5d", tags: { browser: "Firefox" } }] })
      .build();
  }
  const cases: [string, string, string[]][] = [
    ["a quoted tag value", 'browser:"Mobile Safari"', ["WEB-1"]],
    ["a negated tag", '!browser:"Mobile Safari"', ["WEB-2", "WEB-3"]],
    ["a list", "level:[warning,fatal]", ["WEB-1", "WEB-2"]],
    ["a negated level", "!level:warning", ["WEB-2", "WEB-3"]],
    ["free text, any case", "safari", ["WEB-1"]],
    ["a quoted phrase", '"old and quiet"', ["WEB-3"]],
    ["has:", "has:browser", ["WEB-1", "WEB-3"]],
    ["timesSeen", "timesSeen:>2", ["WEB-2"]],
    ["relative firstSeen", "firstSeen:-1d", ["WEB-1", "WEB-2"]],
    ["age, older than", "age:+1d", ["WEB-3"]],
    ["lastSeen", "lastSeen:-1h", ["WEB-2"]],
    ["unhandled", "error.unhandled:true", ["WEB-2"]],
    ["handled", "error.handled:1", ["WEB-1", "WEB-3"]],
    ["an unknown key is a tag no event has", "team:payments", []],
    ["a wildcard", "browser:Mobile*", ["WEB-1"]],
    ["an absolute date", `firstSeen:<${new Date(now.getTime() - 86_400_000).toISOString()}`, ["WEB-3"]],
    ["several terms are ANDed", "is:unresolved level:fatal crash", ["WEB-2"]],
    ["a colon in free text", "TypeError: Safari", ["WEB-1"]],
  ];
  it.each(cases)("%s: %s", async (_name, query, expected) => {
    const s = await serve(tagsWorld());
    expect(shortIds(await issues(s, { query, statsPeriod: "14d" }))).toEqual(expected);
  });

  it.each([
    ["an unterminated quote", 'browser:"Mobile'],
    ["an unknown is: value", "is:bogus"],
    ["boolean operators", "level:error OR level:fatal"],
    ["an invalid date", "firstSeen:>=yesterday"],
    ["an invalid number", "timesSeen:>many"],
    ["an unterminated list", "level:[error,fatal"],
  ])("refuses %s with Sentry's 400", async (_name, query) => {
    const s = await serve(tagsWorld());
    const answer = await get(s, "/organizations/acme/issues/", { query });
    expect(answer.status).toBe(400);
    expect((answer.body as { detail: string }).detail).toMatch(/^Error parsing search query: /);
  });
});

describe("sorting and parameters", () => {
  function sortWorld(): World {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    return b
      .issue({
        title: "A: oldest, most events",
        events: b.series({ from: "now - 10d", to: "now - 5h", every: "1d", users: ["x"] }),
      })
      .issue({
        title: "B: most users",
        events: [
          { at: "now - 2d", user: "1" },
          { at: "now - 2d", user: "2" },
          { at: "now - 30h", user: "3" },
        ],
      })
      .issue({ title: "C: newest", events: [{ at: "now - 10m" }] })
      .build();
  }

  it.each([
    ["date", ["WEB-3", "WEB-1", "WEB-2"]],
    ["new", ["WEB-3", "WEB-2", "WEB-1"]],
    ["freq", ["WEB-1", "WEB-2", "WEB-3"]],
    ["user", ["WEB-2", "WEB-1", "WEB-3"]],
  ])("sort=%s", async (sort, order) => {
    const s = await serve(sortWorld());
    expect((await issues(s, { query: "", statsPeriod: "14d", sort })).map((i) => i.shortId)).toEqual(order);
  });

  it.each([
    [{ sort: "bogus" }, 400, { detail: "Sort key 'bogus' not supported." }],
    [{ limit: "abc" }, 400, { detail: "invalid limit" }],
    [
      { groupStatsPeriod: "1h" },
      400,
      { detail: "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'" },
    ],
    [{ start: T }, 400, { detail: "start and end are both required" }],
    [{ start: now.toISOString(), end: T }, 400, { detail: "start must be before end" }],
    [{ statsPeriod: "1y" }, 400, { detail: "Invalid statsPeriod: '1y'" }],
    [{ cursor: "garbage" }, 400, { detail: "Invalid cursor parameter." }],
    [{ environment: "prod" }, 404, { detail: "The requested resource does not exist" }],
    [{ project: "999" }, 403, { detail: "You do not have permission to perform this action." }],
  ])("%j is answered %i", async (params, status, body) => {
    const s = await serve(sortWorld());
    const answer = await get(s, "/organizations/acme/issues/", params as Params);
    expect({ status: answer.status, body: answer.body }).toEqual({ status, body });
  });

  it("takes projects by numeric ID or slug", async () => {
    const world = sortWorld();
    const s = await serve(world);
    const id = world.projects[0]?.id as string;
    expect(await issues(s, { query: "", statsPeriod: "14d", project: id })).toHaveLength(3);
    expect(await issues(s, { query: "", statsPeriod: "14d", project: "web" })).toHaveLength(3);
  });

  it("searches is:unresolved when no query parameter is given", async () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.issue({ title: "open", events: [{ at: "now - 1h" }] }).issue({
      title: "fixed",
      resolvedAt: ["now - 30m"],
      events: [{ at: "now - 1h" }],
    });
    const s = await serve(b.build());
    expect(shortIds(await issues(s, {}))).toEqual(["WEB-1"]);
    expect(shortIds(await issues(s, { query: "" }))).toEqual(["WEB-1", "WEB-2"]);
  });

  it("stats: 24 hourly buckets by default, about 30 over start–end with auto, none with ''", async () => {
    const s = await serve(sortWorld());
    const [byDefault] = (await get(s, "/organizations/acme/issues/", { query: "C:", statsPeriod: "1d" }))
      .body as { stats: Record<string, [number, number][]> }[];
    expect(Object.keys(byDefault?.stats ?? {})).toEqual(["24h"]);
    expect(byDefault?.stats["24h"]).toHaveLength(24);
    // Hourly buckets aligned to the hour, the last one holding now; the event 10 minutes ago is in the one before.
    const hour = Math.floor(now.getTime() / 3_600_000) * 3600;
    expect(byDefault?.stats["24h"]?.slice(-2)).toEqual([
      [hour - 3600, 1],
      [hour, 0],
    ]);
    const auto = (
      await get(s, "/organizations/acme/issues/", {
        query: "C:",
        start: T,
        end: now.toISOString(),
        groupStatsPeriod: "auto",
      })
    ).body as { stats: { auto: [number, number][] } }[];
    const buckets = auto[0]?.stats.auto ?? [];
    expect(buckets.length).toBeGreaterThanOrEqual(29);
    expect(buckets.reduce((sum, [, n]) => sum + n, 0)).toBe(1);
    const off = (
      await get(s, "/organizations/acme/issues/", { query: "", statsPeriod: "1d", groupStatsPeriod: "" })
    ).body as object[];
    expect(off[0]).not.toHaveProperty("stats");
  });
});

describe("pagination", () => {
  const b = new WorldBuilder({ anchors: { now } }).project("web");
  for (let i = 0; i < 250; i++)
    b.issue({ title: `Error: number ${i}`, events: [{ at: new Date(now.getTime() - (i + 1) * 1000) }] });
  const world = b.build();

  it('walks 250 issues in pages of 100 by following Link, with X-Hits and results="false" at the end', async () => {
    const s = await serve(world);
    let url: string | null = `${s.url}/api/0/organizations/acme/issues/?query=&statsPeriod=1d`;
    const pages: number[] = [];
    const seen = new Set<string>();
    const links: string[] = [];
    while (url) {
      const response: Response = await fetch(url, {
        headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
      });
      expect(response.headers.get("X-Hits")).toBe("250");
      const page = (await response.json()) as { id: string }[];
      pages.push(page.length);
      for (const issue of page) seen.add(issue.id);
      const link = response.headers.get("Link") as string;
      links.push(link);
      const next = /<([^>]+)>; rel="next"; results="(true|false)"; cursor="([^"]+)"/.exec(link);
      url = next?.[2] === "true" ? (next[1] as string) : null;
    }
    expect(pages).toEqual([100, 100, 50]);
    expect(seen.size).toBe(250);
    const base = `${s.url}/api/0/organizations/acme/issues/?query=&statsPeriod=1d`;
    expect(links[0]).toBe(
      `<${base}&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", <${base}&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"`,
    );
    expect(links[2]).toBe(
      `<${base}&cursor=0:100:1>; rel="previous"; results="true"; cursor="0:100:1", <${base}&cursor=0:300:0>; rel="next"; results="false"; cursor="0:300:0"`,
    );
  });

  it("serves at most 100 per page even when asked for more", async () => {
    const s = await serve(world);
    expect(await issues(s, { query: "", statsPeriod: "1d", limit: "500" })).toHaveLength(100);
    expect(await issues(s, { query: "", statsPeriod: "1d", limit: "7" })).toHaveLength(7);
  });

  it("writes ?& when the request had no other parameters, as Sentry does", async () => {
    const s = await serve(world);
    const answer = await get(s, "/organizations/acme/issues/");
    expect(answer.headers.get("Link")).toContain(
      `<${s.url}/api/0/organizations/acme/issues/?&cursor=0:100:0>; rel="next"`,
    );
  });
});
