// The Discover query of the fix check, through real HTTP: per issue, the events of one release in
// [start, end) in one environment, as GET /organizations/{org}/events/?dataset=errors with the fields
// issue.id, count(), count_unique(user) and last_seen() and the query `issue.id:[…] release:"V"`.
import { afterEach, describe, expect, it } from "vitest";
import {
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-11-25T12:00:00.000Z");
const T0 = new Date("2026-11-25T11:00:00.000Z");
const T1 = new Date("2026-11-25T11:30:00.000Z");
/** A version with double quotes and a space: the query must quote it and escape the quotes. */
const V = 'web@2.0.0 "hotfix"';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const at = (iso: string) => new Date(iso);

/**
 * WEB-1: events of V in the window (production and staging), before it, at its end, and of another
 * release. API-1: V in the window in production. WEB-2: listed, but only another release in the
 * window. WEB-3: V in the window but not listed.
 */
function world(): World {
  const b = new WorldBuilder({ anchors: { now } })
    .project("web", { id: "11" })
    .project("api", { id: "22" })
    .project("jobs", { id: "33" });
  b.issue({
    title: "TypeError: x is undefined",
    events: [
      { at: at("2026-11-25T10:59:59.999Z"), release: V, user: "early" },
      { at: T0, release: V, user: "u1" },
      { at: at("2026-11-25T11:10:00.000Z"), release: V, user: "u1" },
      { at: at("2026-11-25T11:12:00.000Z"), release: V, user: null },
      { at: at("2026-11-25T11:15:00.000Z"), release: V, user: "u2", environment: "staging" },
      { at: at("2026-11-25T11:20:00.000Z"), release: "web@1.9.0", user: "u3" },
      { at: at("2026-11-25T11:29:59.750Z"), release: V, user: "u2" },
      { at: T1, release: V, user: "late" },
    ],
  });
  b.issue({
    title: "Error: api down",
    project: "api",
    events: [{ at: at("2026-11-25T11:05:00.000Z"), release: V, user: "a1" }],
  });
  b.issue({
    title: "Error: old release only",
    events: [{ at: at("2026-11-25T11:05:00.000Z"), release: "web@1.9.0" }],
  });
  b.issue({ title: "Error: not asked", events: [{ at: at("2026-11-25T11:05:00.000Z"), release: V }] });
  return b.build();
}

/** The engine's request: one row per listed issue with events of the release in the window. */
function fixCheckParams(ids: string[], release: string, extra: [string, string][] = []): URLSearchParams {
  const quoted = `"${release.replaceAll('"', '\\"')}"`;
  return new URLSearchParams([
    ["dataset", "errors"],
    ["field", "issue.id"],
    ["field", "count()"],
    ["field", "count_unique(user)"],
    ["field", "last_seen()"],
    ["query", `issue.id:[${ids.join(",")}] release:${quoted}`],
    ["project", "11"],
    ["project", "22"],
    ["environment", "production"],
    ["start", T0.toISOString()],
    ["end", T1.toISOString()],
    ["per_page", "100"],
    ["referrer", "api.sentry-deploy-verify.fix-check"],
    ...extra,
  ]);
}

interface Table {
  data: Record<string, unknown>[];
  meta: { fields: Record<string, string>; units: Record<string, string | null> };
}

async function discover(s: Simulator, params: URLSearchParams) {
  const response = await fetch(`${s.url}/api/0/organizations/acme/events/?${params}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const byId = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => Number(a["issue.id"]) - Number(b["issue.id"]));

describe("the fix check's Discover query", () => {
  it("answers a row per listed issue with events of the release in [start, end) in the environment", async () => {
    const w = world();
    const [web1, api1, web2] = w.issues;
    const s = await startSimulator({ world: w, now, rateLimit: false });
    sim = s;
    const { status, body } = await discover(
      s,
      fixCheckParams(
        [web1, api1, web2].map((i) => i?.id ?? ""),
        V,
      ),
    );
    expect(status).toBe(200);
    const table = body as Table;
    expect(byId(table.data)).toEqual([
      {
        // An integer, not a string.
        "issue.id": Number(web1?.id),
        // T0 counts, T1 does not; staging, the other release and the event before T0 do not.
        "count()": 4,
        // u1 twice and u2; the event without a user adds none.
        "count_unique(user)": 2,
        // max(timestamp) as Snuba gives a DateTime: whole seconds, +00:00.
        "last_seen()": "2026-11-25T11:29:59+00:00",
      },
      {
        "issue.id": Number(api1?.id),
        "count()": 1,
        "count_unique(user)": 1,
        "last_seen()": "2026-11-25T11:05:00+00:00",
      },
    ]);
    expect(table.meta.fields).toEqual({
      "issue.id": "integer",
      "count()": "integer",
      "count_unique(user)": "integer",
      "last_seen()": "date",
    });
    expect(table.meta.units).toEqual({
      "issue.id": null,
      "count()": null,
      "count_unique(user)": null,
      "last_seen()": null,
    });
  });

  it("answers no rows when no listed issue has an event of the release, and no row for unlisted issues", async () => {
    const w = world();
    sim = await startSimulator({ world: w, now, rateLimit: false });
    const [, , web2] = w.issues;
    expect(((await discover(sim, fixCheckParams([web2?.id ?? ""], V))).body as Table).data).toEqual([]);
    // The unescaped version (without the quotes) is another release.
    const plain = fixCheckParams(
      w.issues.map((i) => i.id),
      "web@2.0.0 hotfix",
    );
    expect(((await discover(sim, plain)).body as Table).data).toEqual([]);
  });

  it("reads issue.id lists as Sentry's grammar does: spaces after commas, negation, numbers with suffixes", async () => {
    const w = world();
    sim = await startSimulator({ world: w, now, rateLimit: false });
    const [web1, api1, , web4] = w.issues;
    const query = (text: string) =>
      new URLSearchParams([
        ["dataset", "errors"],
        ["field", "issue.id"],
        ["field", "count()"],
        ["query", text],
        ["start", T0.toISOString()],
        ["end", T1.toISOString()],
      ]);
    const ids = async (text: string) =>
      byId(((await discover(sim as Simulator, query(text))).body as Table).data).map(
        (row) => row["issue.id"],
      );
    expect(await ids(`issue.id:[${web1?.id}, ${api1?.id}]`)).toEqual([Number(web1?.id), Number(api1?.id)]);
    expect(await ids(`!issue.id:[${web1?.id},${api1?.id}] release:"${V.replaceAll('"', '\\"')}"`)).toEqual([
      Number(web4?.id),
    ]);
    expect(await ids(`issue.id:${web1?.id}`)).toEqual([Number(web1?.id)]);
    // 6000000001 written with a suffix: 6.000000001b.
    expect(await ids("issue.id:6.000000001b")).toEqual([6_000_000_001]);
  });

  it("refuses an issue.id that is not a number with Sentry's message, without a prefix", async () => {
    sim = await startSimulator({ world: world(), now, rateLimit: false });
    const params = new URLSearchParams([
      ["dataset", "errors"],
      ["field", "issue.id"],
      ["query", "issue.id:[WEB-1,2]"],
    ]);
    expect(await discover(sim, params)).toEqual({
      status: 400,
      body: {
        detail:
          "issue.id: Invalid number: ['WEB-1', '2']. Expected number then optional k, m, or b suffix (e.g. 500k).",
      },
    });
  });

  it("gives timestamps in Snuba's format too", async () => {
    sim = await startSimulator({ world: world(), now, rateLimit: false });
    const params = new URLSearchParams([
      ["dataset", "errors"],
      ["field", "timestamp"],
      ["query", "user:id:u2"],
      ["environment", "production"],
      ["start", T0.toISOString()],
      ["end", T1.toISOString()],
    ]);
    expect(((await discover(sim, params)).body as Table).data).toEqual([
      { timestamp: "2026-11-25T11:29:59+00:00" },
    ]);
  });
});
