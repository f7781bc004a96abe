// Ingestion delay: an event exists for every endpoint only once Sentry has processed it, while ranges
// and counts still go by its timestamp; and GroupEnvironment.first_seen is a processing time
// (src/sentry/models/groupenvironment.py: first_seen defaults to the row's creation), while
// Group.first_seen is the earliest event timestamp (event_manager._process_existing_aggregate).
import { afterEach, describe, expect, it } from "vitest";
import {
  createWorld,
  manualClock,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-05-10T12:00:00.000Z");
const MINUTE = 60_000;

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function get(s: Simulator, path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${s.url}/api/0/organizations/acme${path}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, body: await response.json() };
}

async function body<T>(s: Simulator, path: string): Promise<T> {
  const answer = await get(s, path);
  if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

const ids = (items: { shortId: string }[]) => items.map((i) => i.shortId).sort();

/** Sentry takes 2 minutes. WEB-1: an old event and one a minute ago; WEB-2: one event 30 s ago, in v9. */
function delayedWorld(): World {
  const b = new WorldBuilder({ anchors: { now }, processingDelay: "2m" }).project("web");
  b.issue({
    title: "Error: steady",
    events: [
      { at: "now - 1h", release: "v1", user: "a" },
      { at: "now - 1m", release: "v1", user: "b" },
    ],
  });
  b.issue({ title: "Error: brand new", events: [{ at: "now - 30s", release: "v9" }] });
  return b.build();
}

describe("the processing delay", () => {
  it("is a duration or milliseconds, 0 by default, and sets each event's processing time", () => {
    expect(createWorld().processingDelayMs).toBe(0);
    expect(createWorld({ processingDelay: 90_000 }).processingDelayMs).toBe(90_000);
    const world = delayedWorld();
    expect(world.processingDelayMs).toBe(2 * MINUTE);
    const event = world.issues[0]?.events[0];
    expect((event?.processedAt.getTime() ?? 0) - (event?.at.getTime() ?? 0)).toBe(2 * MINUTE);
    expect(() => createWorld({ processingDelay: -1 })).toThrow(/processingDelay/);
  });

  it("an event's own processedAt wins, and is never before its timestamp", () => {
    const b = new WorldBuilder({ anchors: { now }, processingDelay: "20s" }).project("web");
    b.issue({
      title: "x",
      events: [
        { at: "now - 1h", processedAt: "now - 10m" },
        { at: "now - 5m", processedAt: "now - 6m" },
      ],
    });
    const [late, early] = b.world.issues[0]?.events ?? [];
    expect(late?.processedAt.toISOString()).toBe(new Date(now.getTime() - 10 * MINUTE).toISOString());
    expect(early?.processedAt).toEqual(early?.at);
  });

  it("hides events and the issues they would create until processed, on every endpoint", async () => {
    const clock = manualClock(now);
    const world = delayedWorld();
    sim = await startSimulator({ world, now: clock, rateLimit: false });
    const s = sim;
    const [steady, fresh] = world.issues;

    const listed = await body<{ shortId: string; count: string }[]>(s, "/issues/?query=&statsPeriod=1d");
    expect(listed).toMatchObject([{ shortId: "WEB-1", count: "1" }]);
    for (const path of [
      `/issues/${fresh?.id}/`,
      `/shortids/${fresh?.shortId}/`,
      `/issues/${fresh?.id}/events/latest/`,
      `/issues/${fresh?.id}/events/`,
      `/issues/${fresh?.id}/activities/`,
      "/releases/v9/",
    ]) {
      expect((await get(s, path)).status, path).toBe(404);
    }
    const oneHourAgo = new Date(now.getTime() - 60 * MINUTE).toISOString();
    expect(await body(s, `/issues/${steady?.id}/`)).toMatchObject({ count: "1", lastSeen: oneHourAgo });
    expect(await body(s, `/issues/${steady?.id}/events/latest/`)).toMatchObject({ dateCreated: oneHourAgo });
    expect(await body<unknown[]>(s, `/issues/${steady?.id}/events/`)).toHaveLength(1);
    expect(await body(s, "/releases/v1/")).toMatchObject({ firstEvent: oneHourAgo, lastEvent: oneHourAgo });
    const discover = await body<{ data: unknown[] }>(
      s,
      "/events/?dataset=errors&field=issue&field=count()&statsPeriod=1d",
    );
    expect(discover.data).toEqual([{ issue: "WEB-1", "issue.id": Number(steady?.id), "count()": 1 }]);
    const series = await body<{ timeSeries: { values: { value: number }[] }[] }>(
      s,
      "/events-timeseries/?dataset=errors&statsPeriod=1d&interval=1h",
    );
    expect(series.timeSeries[0]?.values.reduce((sum, v) => sum + v.value, 0)).toBe(1);

    clock.advance(2 * MINUTE);
    expect(ids(await body(s, "/issues/?query=&statsPeriod=1d"))).toEqual(["WEB-1", "WEB-2"]);
    expect(await body(s, `/shortids/${fresh?.shortId}/`)).toMatchObject({ groupId: fresh?.id });
    expect(await body(s, "/releases/v1/")).toMatchObject({
      lastEvent: new Date(now.getTime() - MINUTE).toISOString(),
    });
  });

  it("ranges still go by the event's timestamp: a late event lands in the window it happened in", async () => {
    const clock = manualClock(now);
    sim = await startSimulator({ world: delayedWorld(), now: clock, rateLimit: false });
    clock.advance(5 * MINUTE);
    // The window ends at the original now: WEB-2's event (30 s before it) is inside, though processed after.
    const start = new Date(now.getTime() - 10 * MINUTE).toISOString();
    const items = await body<{ shortId: string; count: string; firstSeen: string }[]>(
      sim,
      `/issues/?query=&start=${start}&end=${now.toISOString()}`,
    );
    expect(Object.fromEntries(items.map((i) => [i.shortId, [i.count, i.firstSeen]]))).toEqual({
      "WEB-1": ["1", new Date(now.getTime() - MINUTE).toISOString()],
      "WEB-2": ["1", new Date(now.getTime() - 30_000).toISOString()],
    });
  });
});

describe("firstSeen: processing time with an environment, event time without", () => {
  const T = new Date(now.getTime() - 30 * MINUTE);
  /** WEB-1's first production event happened 10 s before T and was processed 50 s after it. */
  function world(): World {
    const b = new WorldBuilder({ anchors: { now, T }, processingDelay: "1m" }).project("web");
    b.issue({ title: "Error: late", events: [{ at: "T - 10s", environment: "production" }] });
    return b.build();
  }

  it.each([
    [`firstSeen:>=${T.toISOString()}`, "production", ["WEB-1"]],
    [`firstSeen:<${T.toISOString()}`, "production", []],
    [`firstSeen:>=${T.toISOString()}`, null, []],
    [`firstSeen:<${T.toISOString()}`, null, ["WEB-1"]],
  ])("%s in %s", async (query, environment, expected) => {
    sim ??= await startSimulator({ world: world(), now, rateLimit: false });
    const params = new URLSearchParams({ query, statsPeriod: "1d" });
    if (environment) params.set("environment", environment);
    const items = await body<{ shortId: string; firstSeen: string }[]>(sim, `/issues/?${params}`);
    expect(ids(items)).toEqual(expected);
    // The list item's firstSeen is the events' own time either way.
    for (const item of items) expect(item.firstSeen).toBe(new Date(T.getTime() - 10_000).toISOString());
  });
});
