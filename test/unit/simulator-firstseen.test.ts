// `is:unresolved firstSeen:<T` with start, end and environment, as Sentry's issue search answers it:
// - firstSeen is Group.first_seen without an environment, GroupEnvironment.first_seen of any requested
//   environment with one (src/sentry/search/snuba/backend.py, EventsDatasetSnubaSearchBackend.
//   _get_queryset_conditions: ScalarCondition("groupenvironment__first_seen",
//   {"groupenvironment__environment_id__in": environment_ids}));
// - only issues with an event in [start, end) in the environments are listed (the Snuba half of
//   PostgresSnubaQueryExecutor), and an issue never seen in the environment has no GroupEnvironment
//   row at all (_initialize_group_queryset);
// - count, userCount, firstSeen and lastSeen of each item are those of [start, end) in the
//   environments (organization_group_index.py passes start, end and environment_ids to
//   StreamGroupSerializerSnuba; GroupSerializerSnuba._parse_seen_stats_results takes first_seen and
//   times_seen from the windowed query when start or end is set); lifetime is all time in them.
import { afterEach, describe, expect, it } from "vitest";
import {
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const T = new Date("2026-11-25T12:00:00.000Z");
const now = new Date("2026-11-25T14:00:00.000Z");
const start = new Date("2026-11-25T11:00:00.000Z");
const end = new Date("2026-11-25T13:00:00.000Z");
const QUERY = `is:unresolved firstSeen:<${T.toISOString()}`;

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/**
 * STAGED: staging two days before T, production only after T. OLD: production three days before T,
 * firing in the window. ARCHIVED: old and firing, but archived. QUIET: production before T, nothing in
 * the window. STAGING: staging only. EXACT: first production event exactly at T.
 */
function world(): World {
  const b = new WorldBuilder({ anchors: { now, T } }).project("web");
  b.issue({
    title: "Error: staged",
    shortId: "STAGED-1",
    events: [
      { at: "T - 2d", environment: "staging", user: "qa" },
      { at: "T + 10m", environment: "production", user: "u1" },
    ],
  });
  b.issue({
    title: "Error: old",
    shortId: "OLD-1",
    events: [
      { at: "T - 3d", environment: "production", user: "u0" },
      { at: "T - 50m", environment: "staging", user: "qa" },
      { at: "T - 40m", environment: "production", user: "u1" },
      { at: "T + 20m", environment: "production", user: "u2" },
      { at: "T + 30m", environment: "production", user: "u2" },
      { at: "T + 90m", environment: "production", user: "u3" },
    ],
  });
  b.issue({
    title: "Error: archived",
    shortId: "ARCHIVED-1",
    ignored: true,
    events: [
      { at: "T - 3d", environment: "production" },
      { at: "T + 5m", environment: "production" },
    ],
  });
  b.issue({
    title: "Error: quiet",
    shortId: "QUIET-1",
    events: [{ at: "T - 2h", environment: "production" }],
  });
  b.issue({
    title: "Error: staging only",
    shortId: "STAGING-1",
    events: [
      { at: "T - 1d", environment: "staging" },
      { at: "T + 15m", environment: "staging" },
    ],
  });
  b.issue({
    title: "Error: exactly at T",
    shortId: "EXACT-1",
    events: [{ at: "T", environment: "production" }],
  });
  return b.build();
}

interface Item {
  shortId: string;
  count: string;
  userCount: number;
  firstSeen: string;
  lastSeen: string;
  lifetime: { count: string; userCount: number; firstSeen: string; lastSeen: string };
  filtered: unknown;
}

async function list(environments: string[]): Promise<Item[]> {
  sim ??= await startSimulator({ world: world(), now, rateLimit: false });
  const params = new URLSearchParams([
    ["query", QUERY],
    ["start", start.toISOString()],
    ["end", end.toISOString()],
    ...environments.map((e) => ["environment", e] as [string, string]),
  ]);
  const response = await fetch(`${sim.url}/api/0/organizations/acme/issues/?${params}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as Item[];
}

const ids = (items: Item[]) => items.map((i) => i.shortId).sort();

describe("is:unresolved firstSeen:<T with start, end and environment", () => {
  it("in production: first seen there before T, unresolved, with an event in the window", async () => {
    // STAGED was first seen in staging before T but in production only after; EXACT is not before T.
    expect(ids(await list(["production"]))).toEqual(["OLD-1"]);
  });

  it("in staging: STAGED was first seen there before T but has no staging event in the window", async () => {
    expect(ids(await list(["staging"]))).toEqual(["OLD-1", "STAGING-1"]);
  });

  it("with two environments, the first seen of either; without one, the issue's own first seen", async () => {
    // STAGED: staging first seen before T, and a production event in the window.
    expect(ids(await list(["production", "staging"]))).toEqual(["OLD-1", "STAGED-1", "STAGING-1"]);
    expect(ids(await list([]))).toEqual(["OLD-1", "STAGED-1", "STAGING-1"]);
  });

  it("counts, users, first and last seen are the window's in the environment; lifetime all time in it", async () => {
    const [old] = await list(["production"]);
    expect(old).toMatchObject({
      shortId: "OLD-1",
      // T-40m, T+20m, T+30m; not T-3d (before the window), T-50m (staging) or T+90m (after it).
      count: "3",
      userCount: 2,
      firstSeen: new Date(T.getTime() - 40 * 60_000).toISOString(),
      lastSeen: new Date(T.getTime() + 30 * 60_000).toISOString(),
      lifetime: {
        count: "5",
        userCount: 4,
        firstSeen: new Date(T.getTime() - 3 * 86_400_000).toISOString(),
        lastSeen: new Date(T.getTime() + 90 * 60_000).toISOString(),
      },
      // is: and firstSeen: are Postgres conditions (SKIP_SNUBA_FIELDS), not event conditions.
      filtered: null,
    });
  });
});
