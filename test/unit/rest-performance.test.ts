// The REST source's tracing and release-health reads (releaseTraffic, transactionStats,
// releaseSessions) against the Sentry simulator, as docs/performance-wire.md lays them out: the
// requests made, what it makes of the answers, and what it does when Sentry refuses.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { SentryError } from "../../src/sentry/errors.js";
import { quoteExactValue } from "../../src/sentry/rest/search-query.js";
import { createRestSource } from "../../src/sentry/rest/source.js";
import type { ReleaseEventsQuery, TransactionStatsQuery } from "../../src/sentry/source.js";
import {
  type Fault,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";
import { sentryFailure } from "../support/sentry-error.js";

const NOW = new Date("2026-03-02T12:00:00Z");
// Milliseconds in it: the range is sent as given, never rounded.
const DEPLOY = new Date("2026-03-02T11:31:17.250Z");
const NEW = "web@2.0.0";
const OLD = "web@1.9.0";

const USERS = "GET /api/users";
const QUOTED = 'POST /checkout "express"';
const ODD = "GET C:\\reports\\q1 [draft] (v2)";
const STAR = "GET /files/*";
// What `transaction:"GET /files/*"` would match too if the * were a wildcard.
const LOOKALIKE = "GET /files/index";

interface Batch {
  name: string;
  count: number;
  durationMs: number;
  status?: "ok" | "cancelled" | "internal_error" | "unavailable";
  release?: string;
  environment?: string;
  project?: string;
  at?: string;
}

const TRANSACTIONS: Batch[] = [
  { name: USERS, count: 30, durationMs: 100 },
  { name: USERS, count: 2, durationMs: 100, status: "cancelled" },
  { name: USERS, count: 6, durationMs: 400 },
  { name: USERS, count: 4, durationMs: 400, status: "internal_error" },
  { name: USERS, count: 50, durationMs: 100, release: OLD },
  { name: USERS, count: 25, durationMs: 1_000, environment: "staging" },
  { name: USERS, count: 3, durationMs: 100, project: "api" },
  { name: USERS, count: 5, durationMs: 100, at: "deploy - 10m" },
  { name: QUOTED, count: 8, durationMs: 200 },
  { name: QUOTED, count: 2, durationMs: 200, status: "unavailable" },
  { name: ODD, count: 5, durationMs: 50 },
  { name: STAR, count: 7, durationMs: 80 },
  { name: LOOKALIKE, count: 20, durationMs: 900 },
];

interface SessionBatch {
  release: string;
  count: number;
  status?: "healthy" | "errored" | "crashed" | "abnormal";
  environment?: string;
  at?: string;
}

const SESSIONS: SessionBatch[] = [
  { release: NEW, count: 90 },
  { release: NEW, count: 6, status: "errored" },
  { release: NEW, count: 4, status: "crashed" },
  { release: OLD, count: 197 },
  { release: OLD, count: 3, status: "abnormal" },
  { release: OLD, count: 1, status: "crashed" },
  { release: "web@1.8.0", count: 3 },
  { release: NEW, count: 50, environment: "staging" },
  { release: NEW, count: 10, status: "crashed", at: "deploy - 10m" },
];

function world(): World {
  const b = new WorldBuilder({ org: "acme", anchors: { now: NOW, deploy: DEPLOY } })
    .project("web")
    .project("api");
  // Spread over the minutes after the deploy, one per second.
  const after = (index: number) => `deploy + ${index + 1}s`;
  let n = 0;
  for (const batch of TRANSACTIONS) {
    b.transactions(
      Array.from({ length: batch.count }, () => ({
        transaction: batch.name,
        at: batch.at ?? after(n++),
        durationMs: batch.durationMs,
        status: batch.status ?? "ok",
        release: batch.release ?? NEW,
        environment: batch.environment ?? "production",
        project: batch.project ?? "web",
      })),
    );
  }
  for (const batch of SESSIONS) {
    b.sessions(
      Array.from({ length: batch.count }, () => ({
        release: batch.release,
        at: batch.at ?? after(n++),
        status: batch.status ?? "healthy",
        environment: batch.environment ?? "production",
        project: "web",
      })),
    );
  }
  b.issue({
    project: "web",
    title: "TypeError: cart is undefined",
    events: [
      ...Array.from({ length: 6 }, (_, i) => ({
        at: `deploy + ${i + 1}m`,
        release: NEW,
        environment: "production",
      })),
      ...Array.from({ length: 2 }, (_, i) => ({
        at: `deploy + ${i + 1}m`,
        release: OLD,
        environment: "production",
      })),
      { at: "deploy + 2m", release: NEW, environment: "staging" },
    ],
  });
  return b.build();
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function simulate() {
  const w = world();
  sim = await startSimulator({ world: w, now: NOW, rateLimit: false });
  const web = w.projects.find((project) => project.slug === "web");
  if (!web) throw new Error("no project web");
  return { sim, web: { id: web.id, slug: web.slug } };
}

/** The source on a clock that starts at NOW and runs as real time does (retries wait for real). */
function sourceFor(simulator: Simulator) {
  const offset = Date.now() - NOW.getTime();
  const now = () => Date.now() - offset;
  return createRestSource({
    url: simulator.url,
    org: "acme",
    token: SIMULATOR_TOKEN,
    deadlineAt: now() + 60_000,
    retryBudgetMs: 500,
    now,
  });
}

const answered = (simulator: Simulator) => simulator.requests.filter((request) => request.route !== null);
const spansRequests = (simulator: Simulator) =>
  answered(simulator).filter((request) => request.query.get("dataset") === "spans");
const sessionsRequests = (simulator: Simulator) =>
  answered(simulator).filter((request) => request.path.endsWith("/sessions/"));

const commonSpans = (projectId: string, perPage: string) => [
  ["project", projectId],
  ["environment", "production"],
  ["start", "2026-03-02T11:31:17.250Z"],
  ["end", "2026-03-02T12:00:00.000Z"],
  ["disableAggregateExtrapolation", "1"],
  ["per_page", perPage],
  ["referrer", "sentry-deploy-verify"],
];

function releaseQuery(web: { id: string; slug: string }): ReleaseEventsQuery {
  return { projects: [web], environment: "production", release: NEW, start: DEPLOY, end: NOW };
}

function statsQuery(web: { id: string; slug: string }, extra: Partial<TransactionStatsQuery> = {}) {
  return { projects: [web], environment: "production", start: DEPLOY, end: NOW, maxResults: 10, ...extra };
}

describe("releaseTraffic", () => {
  it("asks once per kind, all at once: errors, sampled transactions (raw counts) and sessions", async () => {
    const { sim, web } = await simulate();
    const traffic = await sourceFor(sim).releaseTraffic(releaseQuery(web), [
      "errors",
      "transactions",
      "sessions",
    ]);

    expect(traffic).toEqual({ errors: 6, transactions: 84, sessions: 100 });
    const requests = answered(sim);
    expect(requests).toHaveLength(3);
    const errors = requests.find((request) => request.query.get("dataset") === "errors");
    expect([...(errors?.query ?? [])]).toEqual([
      ["dataset", "errors"],
      ["field", "count()"],
      ["query", `release:"${NEW}"`],
      ["project", web.id],
      ["environment", "production"],
      ["start", "2026-03-02T11:31:17.250Z"],
      ["end", "2026-03-02T12:00:00.000Z"],
    ]);
    const [spans] = spansRequests(sim);
    expect([...(spans?.query ?? [])]).toEqual([
      ["dataset", "spans"],
      ["field", "count()"],
      ["query", `is_transaction:true release:"${NEW}"`],
      ...commonSpans(web.id, "1"),
    ]);
    const [sessions] = sessionsRequests(sim);
    expect([...(sessions?.query ?? [])]).toEqual([
      ["field", "sum(session)"],
      ["groupBy", "release"],
      ["groupBy", "session.status"],
      ["project", web.id],
      ["environment", "production"],
      ["start", "2026-03-02T11:31:17.250Z"],
      ["end", "2026-03-02T12:00:00.000Z"],
      ["interval", "1m"],
      ["includeSeries", "0"],
      ["query", `release:"${NEW}"`],
    ]);
  });

  it("asks for the kinds at once, not one after another", async () => {
    const { sim, web } = await simulate();
    sim.faults.push({ match: "events", type: "delay", ms: 400, times: 2 });
    sim.faults.push({ match: "sessions", type: "delay", ms: 400 });
    await sourceFor(sim).releaseTraffic(releaseQuery(web), ["errors", "transactions", "sessions"]);
    const arrivals = answered(sim).map((request) => request.at.getTime());
    expect(arrivals).toHaveLength(3);
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(400);
  });

  it("asks nothing for a kind not asked for, and says null for it", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    await expect(source.releaseTraffic(releaseQuery(web), ["transactions"])).resolves.toEqual({
      errors: null,
      transactions: 84,
      sessions: null,
    });
    expect(answered(sim)).toHaveLength(1);
    await expect(source.releaseTraffic(releaseQuery(web), [])).resolves.toEqual({
      errors: null,
      transactions: null,
      sessions: null,
    });
    expect(answered(sim)).toHaveLength(1);
  });

  it("counts zero for a release Sentry has nothing of", async () => {
    const { sim, web } = await simulate();
    const traffic = await sourceFor(sim).releaseTraffic({ ...releaseQuery(web), release: "web@9.9.9" }, [
      "errors",
      "transactions",
      "sessions",
    ]);
    expect(traffic).toEqual({ errors: 0, transactions: 0, sessions: 0 });
  });

  it("says null for transactions and sessions where Sentry has no spans dataset or session grouping, and still counts errors", async () => {
    const { sim, web } = await simulate();
    sim.faults.push({
      match: /\/events\/$/,
      type: "status",
      status: 400,
      body: { detail: "dataset must be one of: discover, errors, transactions" },
    });
    sim.faults.push({
      match: /\/sessions\/$/,
      type: "status",
      status: 400,
      body: { detail: 'Invalid groupBy: "session.status"' },
      times: 2,
    });
    const traffic = await sourceFor(sim).releaseTraffic(releaseQuery(web), ["transactions", "sessions"]);
    expect(traffic).toEqual({ errors: null, transactions: null, sessions: null });
    const more = await sourceFor(sim).releaseTraffic(releaseQuery(web), ["errors"]);
    expect(more.errors).toBe(6);
  });
});

describe("transactionStats", () => {
  it("asks for every transaction of the release in one request, the busiest first", async () => {
    const { sim, web } = await simulate();
    const stats = await sourceFor(sim).transactionStats(statsQuery(web, { release: NEW }));

    expect(stats).toEqual([
      { transaction: USERS, samples: 42, failures: 4, p95Ms: 400, slower: null },
      { transaction: LOOKALIKE, samples: 20, failures: 0, p95Ms: 900, slower: null },
      { transaction: QUOTED, samples: 10, failures: 2, p95Ms: 200, slower: null },
      { transaction: STAR, samples: 7, failures: 0, p95Ms: 80, slower: null },
      { transaction: ODD, samples: 5, failures: 0, p95Ms: 50, slower: null },
    ]);
    const requests = answered(sim);
    expect(requests).toHaveLength(1);
    expect([...(requests[0]?.query ?? [])]).toEqual([
      ["dataset", "spans"],
      ["field", "transaction"],
      ["field", "count()"],
      ["field", "failure_count()"],
      ["field", "p95(span.duration)"],
      ["query", `is_transaction:true release:"${NEW}"`],
      ["sort", "-count()"],
      ...commonSpans(web.id, "10"),
    ]);
  });

  it("reads every release but one, and only the transactions named, quoted for Sentry's search", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    const others = await source.transactionStats(statsQuery(web, { exceptRelease: NEW }));
    expect(others).toEqual([{ transaction: USERS, samples: 50, failures: 0, p95Ms: 100, slower: null }]);

    const named = await source.transactionStats(
      statsQuery(web, { release: NEW, transactions: [QUOTED, ODD, STAR] }),
    );
    expect(named?.map((row) => [row.transaction, row.samples])).toEqual([
      [QUOTED, 10],
      [STAR, 7],
      [ODD, 5],
    ]);
    expect(answered(sim).map((request) => request.query.get("query"))).toEqual([
      `is_transaction:true !release:"${NEW}"`,
      `is_transaction:true release:"${NEW}" transaction:["POST /checkout \\"express\\"","GET C:\\reports\\q1 [draft] (v2)","GET /files/\\*"]`,
    ]);
  });

  it("asks for at most a page of 100, and nothing for an empty list of names", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    const stats = await source.transactionStats(statsQuery(web, { release: NEW, maxResults: 2 }));
    expect(stats?.map((row) => row.transaction)).toEqual([USERS, LOOKALIKE]);
    await source.transactionStats(statsQuery(web, { maxResults: 500 }));
    expect(answered(sim).map((request) => request.query.get("per_page"))).toEqual(["2", "100"]);

    await expect(source.transactionStats(statsQuery(web, { transactions: [] }))).resolves.toEqual([]);
    expect(answered(sim)).toHaveLength(2);
  });

  it("counts the samples slower than each transaction's threshold in one more request", async () => {
    const { sim, web } = await simulate();
    const slowerThan = new Map([
      [USERS, 250],
      [QUOTED, 150],
      [STAR, 79.5],
      [ODD, 50],
    ]);
    const stats = await sourceFor(sim).transactionStats(statsQuery(web, { release: NEW, slowerThan }));

    expect(stats?.map((row) => [row.transaction, row.samples, row.slower])).toEqual([
      [USERS, 42, 10],
      // Not asked: null, not zero.
      [LOOKALIKE, 20, null],
      [QUOTED, 10, 10],
      [STAR, 7, 7],
      // None slower: absent from Sentry's answer, zero here.
      [ODD, 5, 0],
    ]);
    const requests = spansRequests(sim);
    expect(requests).toHaveLength(2);
    const slower = requests.find((request) => request.query.getAll("field").length === 2);
    expect([...(slower?.query ?? [])]).toEqual([
      ["dataset", "spans"],
      ["field", "transaction"],
      ["field", "count()"],
      [
        "query",
        `is_transaction:true release:"${NEW}" (transaction:"GET /api/users" span.duration:>250ms OR ` +
          'transaction:"POST /checkout \\"express\\"" span.duration:>150ms OR ' +
          'transaction:"GET /files/\\*" span.duration:>79.5ms OR ' +
          'transaction:"GET C:\\reports\\q1 [draft] (v2)" span.duration:>50ms)',
      ],
      ["sort", "-count()"],
      ...commonSpans(web.id, "4"),
    ]);
  });

  it("splits the slower counts into requests of 50 names at most", async () => {
    const b = new WorldBuilder({ org: "acme", anchors: { now: NOW, deploy: DEPLOY } }).project("web");
    const names = Array.from({ length: 120 }, (_, i) => `GET /route/${i}`);
    b.transactions(
      names.flatMap((transaction, i) => [
        { transaction, at: `deploy + ${i + 1}s`, durationMs: 10 + i, release: NEW },
        { transaction, at: `deploy + ${i + 200}s`, durationMs: 1_000, release: NEW },
      ]),
    );
    sim = await startSimulator({ world: b.build(), now: NOW, rateLimit: false });
    const [project] = b.world.projects;
    const web = { id: project?.id ?? "", slug: "web" };
    const stats = await sourceFor(sim).transactionStats(
      statsQuery(web, {
        release: NEW,
        maxResults: 100,
        slowerThan: new Map(names.map((name) => [name, 60])),
      }),
    );

    // Of each name, the 1,000 ms sample, and the other when it took more than 60 ms (i > 50).
    expect(stats).toHaveLength(100);
    for (const row of stats ?? []) {
      const i = Number(row.transaction.split("/").at(-1));
      expect(row.slower).toBe(10 + i > 60 ? 2 : 1);
    }
    const slower = spansRequests(sim).filter((request) => request.query.getAll("field").length === 2);
    expect(slower.map((request) => request.query.get("per_page"))).toEqual(["50", "50", "20"]);
  });

  it("keeps a request's query short when the names are long", async () => {
    const { sim, web } = await simulate();
    const names = Array.from({ length: 40 }, (_, i) => `GET /${"very-long-segment/".repeat(10)}${i}`);
    const stats = await sourceFor(sim).transactionStats(
      statsQuery(web, { slowerThan: new Map(names.map((name) => [name, 1])) }),
    );
    expect(stats).not.toBeNull();
    const slower = spansRequests(sim).filter((request) => request.query.getAll("field").length === 2);
    expect(slower.length).toBeGreaterThan(1);
    for (const request of slower)
      expect(encodeURIComponent(request.query.get("query") ?? "").length).toBeLessThanOrEqual(6_000);
    expect(
      slower.flatMap((request) => request.query.get("query")?.match(/transaction:"/g) ?? []),
    ).toHaveLength(40);
  });

  it("refuses a name Sentry's search cannot match exactly and a threshold that is not a duration", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    for (const query of [
      statsQuery(web, { transactions: ["GET /ends-with\\"] }),
      statsQuery(web, { slowerThan: new Map([["GET /a\\*b", 10]]) }),
      statsQuery(web, { slowerThan: new Map([[USERS, -1]]) }),
      statsQuery(web, { slowerThan: new Map([[USERS, Number.NaN]]) }),
      statsQuery(web, { maxResults: 0 }),
    ]) {
      const error = await sentryFailure(source.transactionStats(query));
      expect(error.kind).toBe("bad-request");
    }
    expect(answered(sim)).toHaveLength(0);
  });

  it("says null when Sentry has no spans dataset or function (an older self-hosted Sentry)", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    for (const detail of [
      "dataset must be one of: discover, errors, transactions",
      "Unknown function failure_count",
    ]) {
      sim.faults.push({ match: "events", type: "status", status: 400, body: { detail } });
      await expect(source.transactionStats(statsQuery(web, { release: NEW }))).resolves.toBeNull();
    }
    // One of the two requests refused, the other answered: still null, never half an answer.
    sim.faults.push({
      match: "events",
      type: "status",
      status: 400,
      body: { detail: "spans is not a valid dataset" },
    });
    await expect(
      source.transactionStats(statsQuery(web, { release: NEW, slowerThan: new Map([[USERS, 1]]) })),
    ).resolves.toBeNull();
  });

  it("fails on any other refusal or failure, naming it", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    const cases: Array<[Fault, SentryError["kind"], RegExp]> = [
      [
        { type: "status", status: 400, body: { detail: "You cannot view events from multiple projects." } },
        "bad-request",
        /read transactions.*multiple projects/,
      ],
      [{ type: "status", status: 403, body: { detail: "no access" } }, "forbidden", /org:read/],
      [{ type: "status", status: 503, times: 50 }, "unavailable", /unavailable/],
      [
        {
          type: "malformed",
          mutate: (body) => {
            const row = (body as { data: Record<string, unknown>[] }).data[0] as Record<string, unknown>;
            row["failure_count()"] = 1_000;
            return body;
          },
        },
        "malformed",
        /failure_count\(\) is above count\(\)/,
      ],
      [
        {
          type: "malformed",
          mutate: (body) => {
            const row = (body as { data: Record<string, unknown>[] }).data[0] as Record<string, unknown>;
            row["count()"] = 41.7;
            return body;
          },
        },
        "malformed",
        /expected a count/,
      ],
    ];
    for (const [fault, kind, message] of cases) {
      sim.faults.clear();
      sim.faults.push({ match: "events", ...fault });
      const error = await sentryFailure(source.transactionStats(statsQuery(web, { release: NEW })));
      expect(error.kind).toBe(kind);
      expect(error.message).toMatch(message);
    }
  });
});

describe("releaseSessions", () => {
  const sessionsQuery = (web: { id: string; slug: string }) => ({
    projects: [web],
    environment: "production",
    start: DEPLOY,
    end: NOW,
  });

  it("sums each release's sessions over their statuses, its crashed ones apart, the busiest first", async () => {
    const { sim, web } = await simulate();
    const sessions = await sourceFor(sim).releaseSessions(sessionsQuery(web));
    expect(sessions).toEqual([
      { release: OLD, sessions: 201, crashed: 1 },
      { release: NEW, sessions: 100, crashed: 4 },
      { release: "web@1.8.0", sessions: 3, crashed: 0 },
    ]);
    const requests = sessionsRequests(sim);
    expect(requests).toHaveLength(1);
    expect(requests[0]?.query.has("query")).toBe(false);
  });

  it("reads one release when asked, and nothing where there is none", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    await expect(source.releaseSessions({ ...sessionsQuery(web), release: NEW })).resolves.toEqual([
      { release: NEW, sessions: 100, crashed: 4 },
    ]);
    await expect(source.releaseSessions({ ...sessionsQuery(web), release: "web@9.9.9" })).resolves.toEqual(
      [],
    );
  });

  // Sentry rounds the range out to whole intervals and refuses more than 1,000 of them; under an hour
  // only within the last 30 days.
  it.each([
    ["10 minutes", 10 * 60_000, "1m"],
    ["a day", 24 * 3_600_000, "2m"],
    ["a week", 7 * 24 * 3_600_000, "12m"],
    ["29 days", 29 * 24 * 3_600_000, "45m"],
    ["30 days", 30 * 24 * 3_600_000, "1h"],
  ])("asks for the smallest interval that divides a day and fits %s", async (_name, rangeMs, interval) => {
    const { sim, web } = await simulate();
    const sessions = await sourceFor(sim).releaseSessions({
      ...sessionsQuery(web),
      start: new Date(NOW.getTime() - rangeMs),
    });
    expect(sessions).not.toBeNull();
    expect(sessionsRequests(sim).map((request) => request.query.get("interval"))).toEqual([interval]);
  });

  it("asks again in hours where Sentry allows no interval under an hour", async () => {
    const { sim, web } = await simulate();
    sim.faults.push({
      match: /\/sessions\/$/,
      type: "status",
      status: 400,
      body: { detail: "The interval has to be a multiple of the minimum interval of one hour." },
    });
    const sessions = await sourceFor(sim).releaseSessions({ ...sessionsQuery(web), release: NEW });
    // The range now starts at 11:00, so the 10 sessions that crashed 10 minutes before the deploy count.
    expect(sessions).toEqual([{ release: NEW, sessions: 110, crashed: 14 }]);
    expect(sessionsRequests(sim).map((request) => [request.status, request.query.get("interval")])).toEqual([
      [400, "1m"],
      [200, "1h"],
    ]);
  });

  it("says null where Sentry cannot group sessions by status, and fails on any other refusal", async () => {
    const { sim, web } = await simulate();
    const source = sourceFor(sim);
    sim.faults.push({
      match: /\/sessions\/$/,
      type: "status",
      status: 400,
      body: { detail: 'Invalid groupBy: "session.status"' },
      times: 2,
    });
    await expect(source.releaseSessions(sessionsQuery(web))).resolves.toBeNull();

    sim.faults.push({
      match: /\/sessions\/$/,
      type: "status",
      status: 400,
      body: {
        detail:
          "Your interval and date range would create too many results. Use a larger interval, or a smaller date range.",
      },
    });
    const error = await sentryFailure(source.releaseSessions(sessionsQuery(web)));
    expect(error.kind).toBe("bad-request");
    expect(error.message).toMatch(/release health.*too many results/);
  });

  it("refuses a range longer than 1,000 days without asking", async () => {
    const { sim, web } = await simulate();
    const error = await sentryFailure(
      sourceFor(sim).releaseSessions({
        ...sessionsQuery(web),
        start: new Date(NOW.getTime() - 1_001 * 86_400_000),
      }),
    );
    expect(error.kind).toBe("bad-request");
    expect(answered(sim)).toHaveLength(0);
  });
});

// Sentry's reading of a quoted value in Discover's search (src/sentry/api/event_search.py): the grammar's
// quoted_value ('"' ('\\"' / ~r'[^"]')* '"', then \" becomes "); a * after an even number of backslashes
// makes it a wildcard (WILDCARD_CHARS); otherwise translate_escape_sequences turns \* into *.
function sentryReads(query: string): { value: string; wildcard: boolean; rest: string } | null {
  if (query[0] !== '"') return null;
  let raw = "";
  for (let index = 1; index < query.length; ) {
    if (query.startsWith('\\"', index)) {
      raw += '\\"';
      index += 2;
    } else if (query[index] === '"') {
      const content = raw.replaceAll('\\"', '"');
      return {
        value: content.replaceAll("\\*", "*"),
        wildcard: /(?<!\\)(\\\\)*\*/.test(content),
        rest: query.slice(index + 1),
      };
    } else {
      raw += query[index];
      index += 1;
    }
  }
  return null;
}

describe("quoteExactValue", () => {
  const units = fc.constantFrom('"', "\\", "*", " ", "a", "[", "]", "(", ")", ",", ":", "é", "\n");
  const writable = (value: string) => !value.endsWith("\\") && !value.includes("\\*");

  it("reads back as exactly the name, never a wildcard, and the next term stays a term of its own", () => {
    fc.assert(
      fc.property(fc.string({ unit: units }).filter(writable), (value) => {
        const read = sentryReads(`${quoteExactValue(value)} span.duration:>5ms`);
        expect(read).toEqual({ value, wildcard: false, rest: " span.duration:>5ms" });
      }),
      { numRuns: 1_000 },
    );
  });

  it("refuses a name with a backslash before a * or at its end", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: units }).filter((value) => !writable(value)),
        (value) => {
          expect(() => quoteExactValue(value)).toThrow(SentryError);
        },
      ),
    );
  });
});
