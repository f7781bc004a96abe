// The spans dataset of GET /organizations/{org}/events/ through real HTTP, as the REST source asks it
// (docs/performance-wire.md): extrapolated and raw counts, failures, percentiles, the query with OR and
// parentheses, the 400s, the processing delay; and the builder's seeded transaction series.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  RELEASES,
  regressionScenario,
  SIMULATOR_TOKEN,
  type Simulator,
  seededRandom,
  startSimulator,
  type TransactionInput,
  type World,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-11-25T12:00:00.000Z");
const V = 'web@2.0.0 "rc"';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

type Row = Record<string, unknown>;
interface Table {
  data: Row[];
  meta: { fields: Record<string, string>; units: Record<string, string | null>; dataset: string };
  confidence?: Row[];
}

async function serve(world: World): Promise<Simulator> {
  sim = await startSimulator({ world, now, rateLimit: false });
  return sim;
}

async function spans(s: Simulator, params: Record<string, string | string[]>) {
  const query = new URLSearchParams({ dataset: "spans", statsPeriod: "1d" });
  for (const [name, value] of Object.entries(params)) {
    query.delete(name);
    for (const one of [value].flat()) query.append(name, one);
  }
  const response = await fetch(`${s.url}/api/0/organizations/acme/events/?${query}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  return {
    status: response.status,
    link: response.headers.get("link"),
    body: (await response.json()) as Table & { detail?: string },
  };
}

const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
const byName = (rows: Row[]) =>
  [...rows].sort((a, b) => String(a.transaction).localeCompare(String(b.transaction)));

/** 20 checkout samples of V at 1..20 ms kept at 25%; 10 search samples of V, 4 failing; 5 of another release. */
function world(extra: TransactionInput[] = []): World {
  const b = new WorldBuilder({ anchors: { now } }).project("web", { id: "11" }).project("api", { id: "22" });
  const minute = (m: number) => new Date(now.getTime() - m * 60_000);
  const checkout = Array.from({ length: 20 }, (_, i) => ({
    transaction: "POST /checkout",
    at: minute(30 + i),
    durationMs: i + 1,
    release: V,
    sampleRate: 0.25,
  }));
  const statuses = [
    "ok",
    "cancelled",
    "unknown",
    "internal_error",
    "deadline_exceeded",
    "unavailable",
  ] as const;
  const search = Array.from({ length: 10 }, (_, i) => ({
    transaction: "GET /search",
    at: minute(60 + i),
    durationMs: 100 * (i + 1),
    release: V,
    status: statuses[i] ?? ("ok" as const),
  }));
  const older = Array.from({ length: 5 }, (_, i) => ({
    transaction: "GET /search",
    at: minute(120 + i),
    durationMs: 1000,
    release: "web@1.9.0",
    project: "api",
  }));
  return b.transactions([...checkout, ...search, ...older, ...extra]).build();
}

describe("counts", () => {
  it("extrapolates count() and failure_count() by the sample rate, unless disableAggregateExtrapolation=1; count_sample() is raw", async () => {
    const s = await serve(world());
    const fields = ["transaction", "count()", "count_sample()", "failure_count()"];
    const query = `is_transaction:true release:${quoted(V)}`;
    const extrapolated = await spans(s, { field: fields, query });
    expect(extrapolated.status).toBe(200);
    expect(byName(extrapolated.body.data)).toEqual([
      { transaction: "GET /search", "count()": 10, "count_sample()": 10, "failure_count()": 3 },
      { transaction: "POST /checkout", "count()": 80, "count_sample()": 20, "failure_count()": 0 },
    ]);
    const raw = await spans(s, { field: fields, query, disableAggregateExtrapolation: "1" });
    expect(byName(raw.body.data).map((row) => row["count()"])).toEqual([10, 20]);
  });

  it("counts a failure as a status other than ok, cancelled and unknown, and failure_rate() as their share", async () => {
    const s = await serve(world());
    const { body } = await spans(s, {
      field: ["failure_count()", "failure_rate()", "count()"],
      query: 'transaction:"GET /search"',
      disableAggregateExtrapolation: "1",
    });
    // internal_error, deadline_exceeded and unavailable of 15 (10 of V, 5 of the older release).
    expect(body.data).toEqual([{ "failure_count()": 3, "failure_rate()": 0.2, "count()": 15 }]);
  });

  it("weighs each sample by round(1 / sample rate)", async () => {
    const s = await serve(
      world([
        { transaction: "GET /rare", at: new Date(now.getTime() - 60_000), durationMs: 5, sampleRate: 0.3 },
      ]),
    );
    const { body } = await spans(s, {
      field: ["count()", "count_sample()"],
      query: 'transaction:"GET /rare"',
    });
    expect(body.data).toEqual([{ "count()": 3, "count_sample()": 1 }]);
  });
});

describe("percentiles", () => {
  it("interpolates between the nearest ranks, in milliseconds, typed duration", async () => {
    const s = await serve(world());
    const { body } = await spans(s, {
      field: ["p50(span.duration)", "p95(span.duration)", "p99(span.duration)", "avg(span.duration)"],
      query: 'transaction:"POST /checkout"',
      disableAggregateExtrapolation: "1",
    });
    // 1..20 ms: rank 0.95 × 19 = 18.05 lies between 19 and 20.
    expect(body.data[0]?.["p50(span.duration)"]).toBeCloseTo(10.5, 9);
    expect(body.data[0]?.["p95(span.duration)"]).toBeCloseTo(19.05, 9);
    expect(body.data[0]?.["p99(span.duration)"]).toBeCloseTo(19.81, 9);
    expect(body.data[0]?.["avg(span.duration)"]).toBeCloseTo(10.5, 9);
    expect(body.meta.fields["p95(span.duration)"]).toBe("duration");
    expect(body.meta.units["p95(span.duration)"]).toBe("millisecond");
  });

  it("weighs the samples when extrapolating", async () => {
    // 10 ms kept at 100%, 20 ms kept at 25% (weight 4): the weighted samples are 10, 20, 20, 20, 20.
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.transactions([
      { transaction: "t", at: "now - 2m", durationMs: 10 },
      { transaction: "t", at: "now - 3m", durationMs: 20, sampleRate: 0.25 },
    ]);
    const s = await serve(b.build());
    const extrapolated = await spans(s, { field: ["p50(span.duration)", "avg(span.duration)"] });
    expect(extrapolated.body.data).toEqual([{ "p50(span.duration)": 20, "avg(span.duration)": 18 }]);
    const raw = await spans(s, { field: ["p50(span.duration)"], disableAggregateExtrapolation: "1" });
    expect(raw.body.data).toEqual([{ "p50(span.duration)": 15 }]);
  });

  it("is null without samples; only aggregates still answer one row, grouped ones none", async () => {
    const s = await serve(world());
    const alone = await spans(s, { field: ["count()", "p95(span.duration)"], query: "release:nothing" });
    expect(alone.body.data).toEqual([{ "count()": 0, "p95(span.duration)": null }]);
    const grouped = await spans(s, { field: ["transaction", "count()"], query: "release:nothing" });
    expect(grouped.body.data).toEqual([]);
    expect(grouped.body).not.toHaveProperty("confidence");
  });
});

describe("the query", () => {
  const names = async (s: Simulator, query: string) => {
    const { status, body } = await spans(s, {
      field: ["transaction", "count_sample()"],
      query,
      sort: "transaction",
    });
    expect(status, body.detail).toBe(200);
    return body.data.map((row) => [row.transaction, row["count_sample()"]]);
  };

  it("filters by release, its negation (spans without a release included), transaction lists and is_transaction", async () => {
    const s = await serve(
      world([{ transaction: "GET /health", at: new Date(now.getTime() - 60_000), durationMs: 1 }]),
    );
    expect(await names(s, `is_transaction:true release:${quoted(V)}`)).toEqual([
      ["GET /search", 10],
      ["POST /checkout", 20],
    ]);
    expect(await names(s, `!release:${quoted(V)}`)).toEqual([
      ["GET /health", 1],
      ["GET /search", 5],
    ]);
    expect(await names(s, 'transaction:["GET /health","POST /checkout"]')).toEqual([
      ["GET /health", 1],
      ["POST /checkout", 20],
    ]);
    expect(await names(s, "is_transaction:false")).toEqual([]);
  });

  it.each([
    ["span.duration:>5ms", 15],
    ["span.duration:>=5ms", 16],
    ["span.duration:<5", 4],
    ["span.duration:<=0.005s", 5],
    ["span.duration:>19.5ms", 1],
  ])("compares durations with units: %s", async (condition, count) => {
    const s = await serve(world());
    expect(await names(s, `transaction:"POST /checkout" ${condition}`)).toEqual([["POST /checkout", count]]);
  });

  it("takes OR (in any case) and parentheses, AND binding tighter", async () => {
    const s = await serve(world());
    const slower = `is_transaction:true release:${quoted(V)} (transaction:"POST /checkout" span.duration:>15ms OR transaction:"GET /search" span.duration:>800ms)`;
    expect(await names(s, slower)).toEqual([
      ["GET /search", 2],
      ["POST /checkout", 5],
    ]);
    // a b OR c is (a AND b) OR c: the older release's searches all match through the right side.
    expect(await names(s, 'transaction:"POST /checkout" span.duration:>18ms OR release:web@1.9.0')).toEqual([
      ["GET /search", 5],
      ["POST /checkout", 2],
    ]);
    expect(
      await names(s, 'transaction:"POST /checkout" AND (span.duration:<2ms OR span.duration:>19ms)'),
    ).toEqual([["POST /checkout", 2]]);
    expect(await names(s, 'transaction:"POST /checkout" span.duration:<2ms or release:web@1.9.0')).toEqual([
      ["GET /search", 5],
      ["POST /checkout", 1],
    ]);
  });

  it("reads quotes, backslashes and stars in values as Sentry's search does", async () => {
    const at = new Date(now.getTime() - 60_000);
    const named = (transaction: string) => ({ transaction, at, durationMs: 1 });
    const s = await serve(
      world([
        named('POST /pay "v2"'),
        named("GET C:\\reports"),
        named("GET /files/*"),
        named("GET /files/index"),
      ]),
    );
    expect(await names(s, 'transaction:"POST /pay \\"v2\\""')).toEqual([['POST /pay "v2"', 1]]);
    // A backslash before anything but a star stays.
    expect(await names(s, 'transaction:"GET C:\\reports"')).toEqual([["GET C:\\reports", 1]]);
    expect(await names(s, 'transaction:["GET /files/\\*"]')).toEqual([["GET /files/*", 1]]);
    expect(await names(s, 'transaction:"GET /files/*"')).toEqual([
      ["GET /files/*", 1],
      ["GET /files/index", 1],
    ]);
    // In a pattern, only \* and \\ are escapes.
    const refused = await spans(s, { field: "count()", query: 'transaction:"GET C:\\r*"' });
    expect(refused).toMatchObject({ status: 400, body: { detail: "Unexpected escape character: r" } });
  });

  it.each([
    ["unbalanced parentheses", '(transaction:"a" OR transaction:"b"'],
    ["a dangling OR", 'transaction:"a" OR'],
    ["a duration without a number", "span.duration:>fast"],
    ["free text", "checkout"],
  ])("answers 400 for %s", async (_name, query) => {
    const s = await serve(world());
    const { status, body } = await spans(s, { field: "count()", query });
    expect(status).toBe(400);
    expect(typeof body.detail).toBe("string");
  });
});

describe("the table", () => {
  it("types meta as the events endpoint does and answers one row per span without aggregates", async () => {
    const s = await serve(world());
    const { body } = await spans(s, {
      field: ["transaction", "project", "project.id", "release", "span.duration", "custom.tag"],
      query: "release:web@1.9.0",
    });
    expect(body.data).toHaveLength(5);
    expect(body.data[0]).toEqual({
      transaction: "GET /search",
      project: "api",
      "project.id": 22,
      release: "web@1.9.0",
      "span.duration": 1000,
      "custom.tag": null,
    });
    expect(body.meta.fields).toEqual({
      transaction: "string",
      project: "string",
      "project.id": "integer",
      release: "string",
      "span.duration": "duration",
      "custom.tag": "string",
    });
    expect(body.meta.dataset).toBe("spans");
  });

  it("sorts by an aggregate and pages with per_page and cursor", async () => {
    const s = await serve(world());
    const first = await spans(s, { field: ["transaction", "count()"], sort: "-count()", per_page: "1" });
    expect(first.body.data).toEqual([{ transaction: "POST /checkout", "count()": 80 }]);
    expect(first.link).toContain('rel="next"; results="true"; cursor="0:1:0"');
    const second = await spans(s, {
      field: ["transaction", "count()"],
      sort: "-count()",
      per_page: "1",
      cursor: "0:1:0",
    });
    expect(second.body.data).toEqual([{ transaction: "GET /search", "count()": 15 }]);
  });

  it("filters by project, environment and [start, end)", async () => {
    const s = await serve(
      world([
        {
          transaction: "GET /staging",
          at: new Date(now.getTime() - 60_000),
          durationMs: 1,
          environment: "staging",
        },
      ]),
    );
    const api = await spans(s, { field: "count_sample()", project: "22" });
    expect(api.body.data).toEqual([{ "count_sample()": 5 }]);
    const staging = await spans(s, { field: "count_sample()", environment: "staging" });
    expect(staging.body.data).toEqual([{ "count_sample()": 1 }]);
    // The checkout samples are at now - 30m … now - 49m: start inclusive, end exclusive.
    const range = await spans(s, {
      field: "count_sample()",
      query: 'transaction:"POST /checkout"',
      statsPeriod: [],
      start: new Date(now.getTime() - 49 * 60_000).toISOString(),
      end: new Date(now.getTime() - 30 * 60_000).toISOString(),
    });
    expect(range.body.data).toEqual([{ "count_sample()": 19 }]);
    expect((await spans(s, { field: "count()", environment: "nowhere" })).status).toBe(404);
  });

  it("shows a transaction only once Sentry processed it", async () => {
    const b = new WorldBuilder({ anchors: { now }, processingDelay: "30s" }).project("web");
    b.transactions([
      { transaction: "late", at: "now - 20s", durationMs: 1 },
      { transaction: "processed", at: "now - 40s", durationMs: 1 },
      { transaction: "stuck", at: "now - 5m", processedAt: "now + 1m", durationMs: 1 },
    ]);
    const s = await serve(b.build());
    const { body } = await spans(s, { field: ["transaction", "count()"] });
    expect(body.data).toEqual([{ transaction: "processed", "count()": 1 }]);
  });

  it.each([
    ["per_page above 100", { field: "count()", per_page: "101" }],
    ["more than 20 fields", { field: Array.from({ length: 21 }, (_, i) => `p50(span.duration) ${i}`) }],
    ["an unknown function", { field: "apdex()" }],
    ["a function of another attribute", { field: "p95(span.self_time)" }],
    ["a sort on a field not selected", { field: "count()", sort: "-p95(span.duration)" }],
  ])("answers 400 for %s", async (_name, params) => {
    const s = await serve(world());
    expect((await spans(s, params)).status).toBe(400);
  });

  it("leaves the errors dataset refusing span functions", async () => {
    const s = await serve(world());
    expect((await spans(s, { field: "p95(span.duration)" })).status).toBe(200);
    expect((await spans(s, { dataset: "errors", field: "p95(span.duration)" })).status).toBe(400);
  });
});

describe("transactionSeries", () => {
  const builder = () => new WorldBuilder({ anchors: { now } }).project("web");

  it("is repeatable from its seed, log-normal around its median, failing at its rate", () => {
    const spy = vi.spyOn(Math, "random");
    try {
      const make = (seed: number) =>
        builder().transactionSeries({
          from: "now - 10h",
          to: "now",
          perMinute: 10,
          random: seededRandom(seed),
          transaction: "GET /",
          medianMs: 200,
          spread: 0.5,
          failureRate: 0.1,
          failureStatus: "unavailable",
          release: "web@1",
        });
      const series = make(3);
      expect(make(3)).toEqual(series);
      expect(make(4)).not.toEqual(series);
      expect(spy).not.toHaveBeenCalled();
      expect(series.length).toBeGreaterThan(5_700);
      expect(series.length).toBeLessThan(6_300);
      const durations = series.map((t) => t.durationMs).sort((a, b) => a - b);
      const at = (q: number) => durations[Math.floor(q * durations.length)] as number;
      expect(at(0.5)).toBeGreaterThan(190);
      expect(at(0.5)).toBeLessThan(210);
      // p95 = median · e^(1.645 · 0.5) ≈ 455.
      expect(at(0.95)).toBeGreaterThan(425);
      expect(at(0.95)).toBeLessThan(485);
      const failed = series.filter((t) => t.status === "unavailable").length / series.length;
      expect(failed).toBeGreaterThan(0.085);
      expect(failed).toBeLessThan(0.115);
      expect(series.every((t) => t.status === "unavailable" || t.status === "ok")).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses a sample rate outside (0, 1] and an unknown project", () => {
    expect(() =>
      builder().transactions([{ transaction: "t", at: "now", durationMs: 1, sampleRate: 0 }]),
    ).toThrow(/sampleRate/);
    expect(() =>
      builder().transactions([{ transaction: "t", at: "now", durationMs: 1, project: "nope" }]),
    ).toThrow(/Unknown project/);
  });
});

describe("the demo world's traffic", () => {
  it("makes checkout 2.5 times slower in the new release, with a few hundred samples since the deploy, and nothing else", async () => {
    const scenario = regressionScenario(now);
    expect(scenario.world.transactions.length).toBeLessThan(60_000);
    const s = await serve(scenario.world);
    const deploy = scenario.deployedAt.toISOString();
    const stats = async (release: string, start: string, end: string) => {
      const { body } = await spans(s, {
        field: ["transaction", "count()", "failure_count()", "p95(span.duration)"],
        query: `is_transaction:true release:"${release}"`,
        sort: "-count()",
        statsPeriod: [],
        start,
        end,
        environment: "production",
        disableAggregateExtrapolation: "1",
      });
      return new Map(body.data.map((row) => [row.transaction as string, row]));
    };
    const before = await stats(RELEASES.previous, new Date(now.getTime() - 86_400_000).toISOString(), deploy);
    const after = await stats(RELEASES.current, deploy, now.toISOString());
    expect([...after.keys()].sort()).toEqual(["GET /", "GET /api/products", "POST /api/checkout"]);
    const p95 = (rows: Map<string, Row>, name: string) => rows.get(name)?.["p95(span.duration)"] as number;
    const checkout = after.get("POST /api/checkout");
    expect(checkout?.["count()"]).toBeGreaterThan(200);
    expect(p95(after, "POST /api/checkout") / p95(before, "POST /api/checkout")).toBeGreaterThan(2);
    for (const name of ["GET /", "GET /api/products"]) {
      expect(p95(after, name) / p95(before, name)).toBeLessThan(1.3);
    }
    // Sampled at 50%: the extrapolated count doubles the raw one.
    const extrapolated = await spans(s, { field: "count()", query: `release:"${RELEASES.current}"` });
    const raw = await spans(s, { field: "count_sample()", query: `release:"${RELEASES.current}"` });
    expect(extrapolated.body.data[0]?.["count()"]).toBe(2 * (raw.body.data[0]?.["count_sample()"] as number));
  });
});
