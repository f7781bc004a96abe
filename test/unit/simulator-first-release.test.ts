// First release as Sentry keeps it: Group.first_release is the release of the event that created the
// issue, GroupEnvironment.first_release that of the first event processed in each environment (null
// when it had none, never updated). firstRelease:V without an environment reads the former only; the
// issue detail's firstRelease falls back to the earliest GroupRelease when the group has none; a
// release's newGroups counts Group.first_release.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-05-10T12:00:00.000Z");

/**
 * STAGED: first in v1 in staging, then v2 in production. BARE: first without a release in production,
 * then v2 there and v1 in staging. LATE: its v1 event happened first but was processed after its v2 one.
 * NEW: v2 only.
 */
function world(): World {
  const b = new WorldBuilder({ anchors: { now } }).project("web");
  b.issue({
    title: "Error: staged",
    shortId: "STAGED-1",
    events: [
      { at: "now - 3h", environment: "staging", release: "v1" },
      { at: "now - 1h", environment: "production", release: "v2" },
    ],
  });
  b.issue({
    title: "Error: bare",
    shortId: "BARE-1",
    events: [
      { at: "now - 3h", environment: "production", release: null },
      { at: "now - 2h", environment: "production", release: "v2" },
      { at: "now - 90m", environment: "staging", release: "v1" },
    ],
  });
  b.issue({
    title: "Error: late",
    shortId: "LATE-1",
    events: [
      { at: "now - 2h", environment: "production", release: "v1", processedAt: "now - 30m" },
      { at: "now - 1h", environment: "production", release: "v2" },
    ],
  });
  b.issue({ title: "Error: new", shortId: "NEW-1", events: [{ at: "now - 20m", release: "v2" }] });
  // v3: its earlier event was processed after the later one, which therefore created the release.
  b.issue({
    title: "Error: v3 late",
    shortId: "V3-1",
    events: [{ at: "now - 2h", environment: "canary", release: "v3", processedAt: "now - 10m" }],
  });
  b.issue({
    title: "Error: v3",
    shortId: "V3-2",
    events: [{ at: "now - 1h", environment: "canary", release: "v3" }],
  });
  return b.build();
}

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ world: world(), now, rateLimit: false });
});
afterAll(() => sim.close());

async function body<T>(path: string): Promise<T> {
  const response = await fetch(`${sim.url}/api/0/organizations/acme${path}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function search(query: string, environment?: string): Promise<string[]> {
  const params = new URLSearchParams({ query, statsPeriod: "1d" });
  if (environment) params.set("environment", environment);
  const items = await body<{ shortId: string }[]>(`/issues/?${params}`);
  return items.map((i) => i.shortId).sort();
}

describe("firstRelease:V", () => {
  it("without an environment is Group.first_release: the release of the event that created the issue", async () => {
    // STAGED began in v1 (staging), LATE's v2 event was processed first, BARE began without a release.
    expect(await search("firstRelease:v2")).toEqual(["LATE-1", "NEW-1"]);
    expect(await search("firstRelease:v1")).toEqual(["STAGED-1"]);
  });

  it("with an environment is that environment's first processed event's release, null included", async () => {
    expect(await search("firstRelease:v2", "production")).toEqual(["LATE-1", "NEW-1", "STAGED-1"]);
    // BARE's first production event had no release: no first release there, ever.
    expect(await search("firstRelease:v1", "production")).toEqual([]);
    expect(await search("firstRelease:v1", "staging")).toEqual(["BARE-1", "STAGED-1"]);
    expect(await search("firstRelease:v2", "staging")).toEqual([]);
  });
});

describe("the issue detail's first and last release", () => {
  it.each([
    ["STAGED-1", "v1", "v2"],
    ["LATE-1", "v2", "v2"],
    // No Group.first_release: the earliest GroupRelease (v2 in production, 2 h ago).
    ["BARE-1", "v2", "v1"],
  ])("%s: first %s, last %s, whatever the environment", async (shortId, first, last) => {
    for (const params of ["", "?environment=production"]) {
      const detail = await body<{ firstRelease: { version: string }; lastRelease: { version: string } }>(
        `/issues/${shortId}/${params}`,
      );
      expect([detail.firstRelease.version, detail.lastRelease.version]).toEqual([first, last]);
    }
  });
});

describe("a release's newGroups", () => {
  it("counts the issues whose first release it is", async () => {
    expect(await body("/releases/v2/")).toMatchObject({ newGroups: 2 });
    expect(await body("/releases/v1/")).toMatchObject({ newGroups: 1 });
  });
});

describe("a release created on ingestion", () => {
  it("dates from the timestamp of the first processed event naming it", async () => {
    expect(await body("/releases/v3/")).toMatchObject({
      dateCreated: new Date(now.getTime() - 3_600_000).toISOString(),
      firstEvent: new Date(now.getTime() - 2 * 3_600_000).toISOString(),
    });
  });
});
