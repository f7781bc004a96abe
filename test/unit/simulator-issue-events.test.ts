// GET /organizations/{org}/issues/{issue_id}/events/ as GroupEventsEndpoint answers it: newest first,
// outlines unless full, a 90-day range by default, event-search conditions, environments (an unknown
// one is an empty list), offset pagination with Link, and a direct hit for an event ID.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-05-10T12:00:00.000Z");
const MINUTE = 60_000;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

/** WEB-1: 5 production events in v1 then v2, one in staging, one 100 days ago. */
function world(): World {
  const b = new WorldBuilder({ anchors: { now } }).project("web");
  b.issue({
    title: "TypeError: x is undefined",
    events: [
      { at: "now - 100d", release: "v0" },
      { at: "now - 50m", release: "v1", user: "a" },
      { at: "now - 40m", release: "v1", user: "b", environment: "staging" },
      { at: "now - 30m", release: "v1", user: 'c"q' },
      { at: "now - 20m", release: "v2", user: "a" },
      { at: "now - 10m", release: "v2" },
      { at: "now - 5m", release: "v2", tags: { browser: "Firefox" } },
    ],
  });
  return b.build();
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ world: world(), now, rateLimit: false });
});
afterAll(() => sim.close());

async function get(params = "", issue = "WEB-1") {
  const response = await fetch(`${sim.url}/api/0/organizations/acme/issues/${issue}/events/?${params}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

type Outline = {
  eventID: string;
  dateCreated: string;
  tags: { key: string; value: string; query?: string }[];
};

async function list(params = ""): Promise<Outline[]> {
  const answer = await get(params);
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Outline[];
}

const times = (events: Outline[]) => events.map((e) => e.dateCreated);

describe("an issue's event list", () => {
  it("is the last 90 days' events, newest first, as outlines", async () => {
    const events = await list();
    expect(times(events)).toEqual([5, 10, 20, 30, 40, 50].map((m) => ago(m * MINUTE)));
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(
      [
        "crashFile",
        "culprit",
        "dateCreated",
        "event.type",
        "eventID",
        "groupID",
        "id",
        "location",
        "message",
        "metadata",
        "platform",
        "projectID",
        "tags",
        "title",
        "user",
      ].sort(),
    );
    // The user tag carries the search for that user.
    expect(events[3]?.tags).toContainEqual({ key: "user", value: 'id:c"q', query: 'user.id:"c\\"q"' });
  });

  it("takes a range, environments and event conditions", async () => {
    expect(times(await list("statsPeriod=200d"))).toHaveLength(7);
    expect(times(await list(`start=${ago(35 * MINUTE)}&end=${ago(10 * MINUTE)}`))).toEqual([
      ago(20 * MINUTE),
      ago(30 * MINUTE),
    ]);
    expect(times(await list("environment=staging"))).toEqual([ago(40 * MINUTE)]);
    expect(times(await list(`query=${encodeURIComponent('release:"v1"')}&environment=production`))).toEqual([
      ago(30 * MINUTE),
      ago(50 * MINUTE),
    ]);
    expect(times(await list("query=browser:Firefox"))).toEqual([ago(5 * MINUTE)]);
    // Issue-level terms are not event conditions: they leave the list as it is.
    expect(await list("query=is:unresolved")).toHaveLength(6);
  });

  it("gives whole events with full=true", async () => {
    const [event] = (await get("full=true&per_page=1")).body as Record<string, unknown>[];
    expect(event).toMatchObject({ type: "error", entries: [{ type: "exception" }] });
    expect(event).not.toHaveProperty("nextEventID");
    expect(event).not.toHaveProperty("event.type");
  });

  it("pages by offset with Link, at most 100 a page", async () => {
    const first = await get("per_page=4");
    expect(first.body).toHaveLength(4);
    const link = first.headers.get("Link") as string;
    expect(link).toContain('rel="next"; results="true"; cursor="0:4:0"');
    const next = /<([^>]+)>; rel="next"/.exec(link)?.[1] as string;
    const second = await fetch(next, { headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` } });
    expect(times((await second.json()) as Outline[])).toEqual([ago(40 * MINUTE), ago(50 * MINUTE)]);
    expect(second.headers.get("Link")).toContain('rel="next"; results="false"');
    expect(await get("per_page=101")).toMatchObject({
      status: 400,
      body: { detail: "Invalid per_page value. Cannot exceed 100." },
    });
  });

  it("answers a direct hit for an event ID with that event in full", async () => {
    const [, , , staging] = await list();
    const hit = await get(`query=${staging?.eventID}&environment=production`);
    expect(hit.headers.get("X-Sentry-Direct-Hit")).toBe("1");
    expect(hit.body).toMatchObject([{ eventID: staging?.eventID, entries: [{ type: "exception" }] }]);
  });

  it("is empty for an unknown environment, 400 for a bad query, 404 for an unknown issue", async () => {
    expect(await get("environment=nowhere")).toMatchObject({ status: 200, body: [] });
    expect((await get('query=browser:"Fire')).status).toBe(400);
    expect(await get("", "WEB-99")).toMatchObject({
      status: 404,
      body: { detail: "The requested resource does not exist" },
    });
  });
});
