// Issue categories: issue search returns every category (performance issues such as N+1 queries
// included) and filters them with issue.category and issue.type, while Discover's errors dataset and
// the errors timeseries hold error events only, so a performance issue has no rows there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-05-10T12:00:00.000Z");

/** WEB-1: an error; WEB-2: an N+1 query issue; WEB-3: a slow DB query issue. Two events each. */
function world(): World {
  const b = new WorldBuilder({ anchors: { now } }).project("web");
  const events = [
    { at: "now - 2h", release: "v1", user: "a" },
    { at: "now - 1h", release: "v2", user: "b" },
  ];
  b.issue({ title: "TypeError: x is undefined", events });
  b.issue({ title: "N+1 Query", category: "performance", culprit: "GET /api/orders", events });
  b.issue({
    title: "Slow DB Query",
    category: "performance",
    issueType: "performance_slow_db_query",
    events,
  });
  return b.build();
}

let sim: Simulator;
let w: World;
beforeAll(async () => {
  w = world();
  sim = await startSimulator({ world: w, now, rateLimit: false });
});
afterAll(() => sim.close());

async function body<T>(path: string): Promise<T> {
  const response = await fetch(`${sim.url}/api/0/organizations/acme${path}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function search(query: string): Promise<string[]> {
  const items = await body<{ shortId: string }[]>(
    `/issues/?query=${encodeURIComponent(query)}&statsPeriod=1d`,
  );
  return items.map((i) => i.shortId).sort();
}

describe("performance issues", () => {
  it("are in issue search, and issue.category and issue.type tell them apart", async () => {
    expect(await search("")).toEqual(["WEB-1", "WEB-2", "WEB-3"]);
    expect(await search("issue.category:performance")).toEqual(["WEB-2", "WEB-3"]);
    expect(await search("issue.category:error")).toEqual(["WEB-1"]);
    expect(await search("!issue.category:error release:v2")).toEqual(["WEB-2", "WEB-3"]);
    expect(await search("issue.type:performance_n_plus_one_db_queries")).toEqual(["WEB-2"]);
    expect(await search("issue.type:[error,performance_slow_db_query]")).toEqual(["WEB-1", "WEB-3"]);
    expect(await search("firstRelease:v1 is:new")).toEqual(["WEB-1", "WEB-2", "WEB-3"]);
  });

  it("are serialized with their category, type and the transaction event type", async () => {
    const [listed] = await body<Record<string, unknown>[]>(
      "/issues/?query=issue.type:performance_n_plus_one_db_queries&statsPeriod=1d",
    );
    expect(listed).toMatchObject({
      issueCategory: "performance",
      issueType: "performance_n_plus_one_db_queries",
      type: "transaction",
      level: "info",
      priority: "low",
      culprit: "GET /api/orders",
      count: "2",
    });
    expect(await body("/issues/WEB-1/")).toMatchObject({
      issueCategory: "error",
      issueType: "error",
      type: "error",
    });
    expect(await body("/issues/WEB-2/")).toMatchObject({
      issueCategory: "performance",
      firstRelease: { version: "v1" },
    });
    expect(await body("/shortids/WEB-3/")).toMatchObject({
      group: { issueType: "performance_slow_db_query" },
    });
    expect(await body("/issues/WEB-2/activities/")).toMatchObject({ activity: [{ type: "first_seen" }] });
  });

  it("have events in the issue's event list and event endpoint, as transactions", async () => {
    const events = await body<Record<string, unknown>[]>("/issues/WEB-2/events/");
    expect(events.map((e) => [e["event.type"], e.dateCreated])).toEqual([
      ["transaction", new Date(now.getTime() - 3_600_000).toISOString()],
      ["transaction", new Date(now.getTime() - 7_200_000).toISOString()],
    ]);
    expect(await body("/issues/WEB-2/events/latest/")).toMatchObject({ type: "transaction", entries: [] });
  });

  it("have no rows in Discover's errors dataset and no counts in the errors timeseries", async () => {
    const discover = await body<{ data: { issue: string }[] }>(
      "/events/?dataset=errors&field=issue&field=count()&statsPeriod=1d",
    );
    expect(discover.data).toEqual([{ issue: "WEB-1", "issue.id": Number(w.issues[0]?.id), "count()": 2 }]);
    const raw = await body<{ data: unknown[] }>("/events/?dataset=discover&field=id&statsPeriod=1d");
    expect(raw.data).toHaveLength(2);
    const series = await body<{ timeSeries: { values: { value: number }[] }[] }>(
      "/events-timeseries/?dataset=errors&statsPeriod=1d&interval=1h",
    );
    expect(series.timeSeries[0]?.values.reduce((sum, v) => sum + v.value, 0)).toBe(2);
  });

  it("are not a direct hit for one of their event IDs, but are for their short ID", async () => {
    const [event] = await body<{ eventID: string }[]>("/issues/WEB-2/events/");
    const byEvent = await fetch(`${sim.url}/api/0/organizations/acme/issues/?query=${event?.eventID}`, {
      headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
    });
    expect(byEvent.headers.get("X-Sentry-Direct-Hit")).toBeNull();
    expect(await byEvent.json()).toEqual([]);
    expect(await body("/issues/?query=WEB-2&shortIdLookup=1")).toMatchObject([{ shortId: "WEB-2" }]);
  });
});
