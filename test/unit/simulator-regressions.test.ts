// When a resolved issue regresses (event_manager._handle_regression with GroupResolution.has_resolution,
// src/sentry/models/groupresolution.py): a plain resolution gives way to the next processed event,
// whatever its release; "resolved in release V" gives way only to an event of V itself or of a release
// after V in date order (date released, else date created), never to an event without a release.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueState, visibleEvents } from "../../src/simulator/derived.js";
import {
  type IssueInput,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";
import { releaseOrder } from "../../src/simulator/releases.js";

const now = new Date("2026-05-10T12:00:00.000Z");
const DAY = 86_400_000;
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

/** Each issue began in r1 six days ago and was resolved four days ago, in r2 unless said otherwise. */
function world(): World {
  const b = new WorldBuilder({ anchors: { now }, processingDelay: "1m" })
    .project("web")
    .release("r1", { created: "now - 10d" })
    .release("r2", { created: "now - 5d" })
    .release("r3", { created: "now - 2d" })
    // Created long ago but released yesterday, and the other way round: Sentry orders by date released.
    .release("r4", { created: "now - 20d", released: "now - 1d" })
    .release("r5", { created: "now - 1d", released: "now - 30d" });
  const inR2 = [{ at: "now - 4d", inRelease: "r2" }];
  const issue = (
    shortId: string,
    later: { at: string; release: string | null }[],
    resolvedAt: IssueInput["resolvedAt"] = inR2,
  ) =>
    b.issue({
      title: `Error: ${shortId}`,
      shortId,
      resolvedAt,
      events: [{ at: "now - 6d", release: "r1" }, ...later],
    });
  issue("NOREL-1", [{ at: "now - 3d", release: null }]);
  issue("OLDER-1", [{ at: "now - 3d", release: "r1" }]);
  issue("SAME-1", [{ at: "now - 3d", release: "r2" }]);
  issue("NEWER-1", [{ at: "now - 1d", release: "r3" }]);
  issue("LATER-1", [
    { at: "now - 3d", release: "r1" },
    { at: "now - 2d", release: null },
    { at: "now - 1d", release: "r3" },
  ]);
  // r9 exists only because an event named it, yesterday: after r2.
  issue("INGESTED-1", [{ at: "now - 1d", release: "r9" }]);
  issue("RELEASED-1", [{ at: "now - 1d", release: "r4" }]);
  issue("CREATED-1", [{ at: "now - 1d", release: "r5" }]);
  issue("PLAIN-1", [{ at: "now - 3d", release: null }], ["now - 4d"]);
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

async function search(query: string): Promise<string[]> {
  const items = await body<{ shortId: string }[]>(
    `/issues/?query=${encodeURIComponent(query)}&statsPeriod=14d`,
  );
  return items.map((i) => i.shortId).sort();
}

interface Detail {
  status: string;
  substatus: string | null;
  statusDetails: Record<string, unknown>;
  activity: { type: string; dateCreated: string; data: Record<string, unknown> }[];
}

describe("resolved in release r2", () => {
  it("holds against events without a release and events of older releases", async () => {
    expect(await search("is:resolved")).toEqual(["CREATED-1", "NOREL-1", "OLDER-1"]);
  });

  it("gives way to r2 itself, to later releases, and to a release created on ingestion after it", async () => {
    expect(await search("is:regressed")).toEqual([
      "INGESTED-1",
      "LATER-1",
      "NEWER-1",
      "PLAIN-1",
      "RELEASED-1",
      "SAME-1",
    ]);
    expect(await search("regressed_in_release:r3")).toEqual(["LATER-1", "NEWER-1"]);
    expect(await search("regressed_in_release:r2")).toEqual(["SAME-1"]);
  });

  it("says so in statusDetails while it holds, and records the resolution in its activity", async () => {
    const resolved = await body<Detail>("/issues/OLDER-1/");
    expect(resolved).toMatchObject({
      status: "resolved",
      substatus: null,
      statusDetails: { inRelease: "r2" },
    });
    expect(resolved.activity.map((a) => [a.type, a.data])).toEqual([
      ["set_resolved_in_release", { version: "r2" }],
      ["first_seen", {}],
    ]);
    expect((await body<Detail>("/issues/NEWER-1/")).statusDetails).toEqual({});
  });

  it("the regression is the first later-release event, dated when Sentry processed it", async () => {
    const detail = await body<Detail>("/issues/LATER-1/");
    const events = await body<{ eventID: string; dateCreated: string }[]>("/issues/LATER-1/events/");
    const regressing = events.find((e) => e.dateCreated === ago(DAY));
    expect(detail).toMatchObject({ status: "unresolved", substatus: "regressed", statusDetails: {} });
    expect(detail.activity[0]).toEqual({
      id: expect.any(String),
      user: null,
      sentry_app: null,
      type: "set_regression",
      // Processed a minute after the event.
      dateCreated: ago(DAY - 60_000),
      data: {
        event_id: regressing?.eventID,
        version: "r3",
        follows_semver: false,
        resolved_in_version: "r2",
      },
    });
  });
});

describe("a plain resolution", () => {
  it("gives way to the next processed event, even one without a release", async () => {
    const detail = await body<Detail>("/issues/PLAIN-1/");
    expect(detail.statusDetails).toEqual({});
    expect(detail.activity.map((a) => a.type)).toEqual(["set_regression", "set_resolved", "first_seen"]);
    expect(detail.activity[0]?.data).toMatchObject({ version: "" });
    expect(detail.activity[0]?.data).not.toHaveProperty("resolved_in_version");
  });

  it("gives way to an event from before it that Sentry processed after it", () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.issue({
      title: "x",
      resolvedAt: ["now - 1h"],
      events: [{ at: "now - 2d" }, { at: "now - 61m", processedAt: "now - 59m" }],
    });
    const issue = b.world.issues[0] as World["issues"][0];
    const state = issueState(issue, visibleEvents(issue, now), now, releaseOrder(b.world, now));
    expect(state).toMatchObject({ status: "unresolved", substatus: "regressed" });
    expect(state.regressions.map((r) => r.at.toISOString())).toEqual([ago(59 * 60_000)]);
  });
});

it("a resolution in a release Sentry does not know is a mistake in the world", () => {
  const b = new WorldBuilder({ anchors: { now } }).project("web");
  b.issue({
    title: "x",
    resolvedAt: [{ at: "now - 1h", inRelease: "nope" }],
    events: [{ at: "now - 2h" }, { at: "now - 10m", release: "v1" }],
  });
  const issue = b.world.issues[0] as World["issues"][0];
  expect(() => issueState(issue, visibleEvents(issue, now), now, releaseOrder(b.world, now))).toThrow(
    /nope, which Sentry does not know/,
  );
});
