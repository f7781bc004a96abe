// The simulator as a server: authentication, rate limits, injected faults, request recording,
// its clock, and the release, event and Discover endpoints.
import { afterEach, describe, expect, it } from "vitest";
import {
  addDeploy,
  addEvent,
  manualClock,
  RELEASES,
  regressionScenario,
  SIMULATOR_TOKEN,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
  WorldBuilder,
} from "../../src/simulator/index.js";

const now = new Date("2026-03-02T12:00:00Z");

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function serve(options: Partial<SimulatorOptions> = {}) {
  sim = await startSimulator({ world: regressionScenario(now).world, now, ...options });
  return sim;
}

async function call(
  s: Simulator,
  path: string,
  token: string | null = SIMULATOR_TOKEN,
  init: RequestInit = {},
) {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const response = await fetch(`${s.url}/api/0${path}`, { ...init, headers });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text ? (JSON.parse(text) as unknown) : null,
  };
}

describe("authentication and permissions", () => {
  it("answers 401 without a token or with an unknown one, as Django REST framework words it", async () => {
    const s = await serve();
    expect(await call(s, "/organizations/acme/", null)).toMatchObject({
      status: 401,
      body: { detail: "Authentication credentials were not provided." },
    });
    expect(await call(s, "/organizations/acme/", "sntryu_nope")).toMatchObject({
      status: 401,
      body: { detail: "Invalid token" },
    });
  });

  it("answers 403 when the token lacks the endpoint's scope", async () => {
    const s = await serve({ tokens: { sntryu_orgonly: ["org:read", "project:read"] } });
    expect((await call(s, "/organizations/acme/", "sntryu_orgonly")).status).toBe(200);
    expect(await call(s, "/organizations/acme/issues/?query=", "sntryu_orgonly")).toMatchObject({
      status: 403,
      body: { detail: "You do not have permission to perform this action." },
    });
    expect(
      (await call(s, `/organizations/acme/releases/${RELEASES.current}/`, "sntryu_orgonly")).status,
    ).toBe(200);
  });

  it("answers 404 for unknown organizations, issues, releases and paths, and 405 for other methods", async () => {
    const s = await serve();
    const notFound = { status: 404, body: { detail: "The requested resource does not exist" } };
    expect(await call(s, "/organizations/other/")).toMatchObject(notFound);
    expect(await call(s, "/organizations/acme/issues/WEB-999/")).toMatchObject(notFound);
    expect(await call(s, "/organizations/acme/releases/nope/")).toMatchObject(notFound);
    expect(await call(s, "/organizations/acme/releases/nope/deploys/")).toMatchObject(notFound);
    expect(await call(s, "/projects/acme/nope/")).toMatchObject(notFound);
    expect(await call(s, "/organizations/acme/unknown/")).toMatchObject(notFound);
    expect(await call(s, "/organizations/acme/issues/", SIMULATOR_TOKEN, { method: "DELETE" })).toMatchObject(
      {
        status: 405,
        body: { detail: 'Method "DELETE" not allowed.' },
      },
    );
  });
});

describe("rate limits", () => {
  it("reports the limit on every answer and refuses with a detail object and no Retry-After", async () => {
    const s = await serve({ rateLimit: { limit: 3, windowSeconds: 60, concurrentLimit: 25 } });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await call(s, "/organizations/acme/");
      expect(answer.status).toBe(200);
      remaining.push(answer.headers.get("X-Sentry-Rate-Limit-Remaining") as string);
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const refused = await call(s, "/organizations/acme/");
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({
      detail: "You are attempting to use this endpoint too frequently. Limit is 3 requests in 60 seconds",
    });
    expect(refused.headers.get("Retry-After")).toBeNull();
    expect(refused.headers.get("X-Sentry-Rate-Limit-Limit")).toBe("3");
    expect(refused.headers.get("X-Sentry-Rate-Limit-Remaining")).toBe("0");
    expect(refused.headers.get("X-Sentry-Rate-Limit-ConcurrentLimit")).toBe("25");
    const reset = Number(refused.headers.get("X-Sentry-Rate-Limit-Reset"));
    expect(reset).toBeGreaterThan(Date.now() / 1000);
    expect(reset).toBeLessThanOrEqual(Date.now() / 1000 + 60);
    // The window is per endpoint: another endpoint still answers.
    expect((await call(s, "/projects/acme/web/")).status).toBe(200);
  });

  it("limits issue details to 5 per second by default, as sentry.io does", async () => {
    const s = await serve();
    // 12 at once: even if they straddle two 1-second windows, at most 10 get through.
    const statuses = await Promise.all(
      Array.from({ length: 12 }, () => call(s, "/organizations/acme/issues/WEB-1/")),
    );
    const counts = statuses.map((a) => a.status);
    expect(counts.filter((c) => c === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses[0]?.headers.get("X-Sentry-Rate-Limit-Limit")).toBe("5");
  });

  it("refuses a request above the concurrency limit while slow answers hold their slots", async () => {
    const s = await serve({ rateLimit: { limit: 100, windowSeconds: 1, concurrentLimit: 2 } });
    s.faults.push({ type: "delay", ms: 300, match: "organization", times: 3 });
    const answers = await Promise.all([1, 2, 3].map(() => call(s, "/organizations/acme/")));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429]);
    const refused = answers.find((a) => a.status === 429);
    expect(refused?.body).toEqual({
      detail:
        "You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is 2",
    });
    expect(refused?.headers.get("X-Sentry-Rate-Limit-ConcurrentRemaining")).toBe("0");
  });

  it("sends no rate-limit headers when limits are off, as a self-hosted Sentry", async () => {
    const s = await serve({ rateLimit: false });
    const answer = await call(s, "/organizations/acme/");
    expect(answer.headers.get("X-Sentry-Rate-Limit-Limit")).toBeNull();
  });
});

describe("faults", () => {
  it("answers a queued status the given number of times, for the matching route only", async () => {
    const s = await serve();
    s.faults.push({ type: "status", status: 503, body: { detail: "down" }, match: "issues", times: 2 });
    expect((await call(s, "/organizations/acme/")).status).toBe(200);
    expect(await call(s, "/organizations/acme/issues/?query=")).toMatchObject({
      status: 503,
      body: { detail: "down" },
    });
    expect((await call(s, "/organizations/acme/issues/?query=")).status).toBe(503);
    expect((await call(s, "/organizations/acme/issues/?query=")).status).toBe(200);
    expect(s.faults.pending).toBe(0);
  });

  it("serves a proxy's HTML error page", async () => {
    const s = await serve();
    s.faults.push({ type: "status", status: 502, raw: "<html><body>Bad gateway</body></html>" });
    const answer = await call(s, "/organizations/acme/").catch((error: unknown) => error);
    expect(answer).toBeInstanceOf(SyntaxError);
  });

  it("matches a path pattern and answers late", async () => {
    const s = await serve();
    s.faults.push({ type: "delay", ms: 300, match: /\/events\/latest\/$/ });
    const started = Date.now();
    const answer = await call(s, "/organizations/acme/issues/WEB-1/events/latest/");
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("drops the connection mid-body, or without answering", async () => {
    const s = await serve();
    s.faults.push({ type: "truncate" });
    await expect(call(s, "/organizations/acme/issues/?query=")).rejects.toThrow();
    s.faults.push({ type: "reset" });
    await expect(call(s, "/organizations/acme/")).rejects.toThrow();
    expect(s.requests.map((r) => r.fault)).toEqual(["truncate", "reset"]);
  });

  it("answers valid JSON in the wrong shape", async () => {
    const s = await serve();
    s.faults.push({ type: "malformed" });
    const answer = await call(s, "/organizations/acme/issues/?query=");
    const [first, second] = answer.body as Record<string, unknown>[];
    expect(first).not.toHaveProperty("shortId");
    expect(typeof first?.count).toBe("object");
    expect(second).toHaveProperty("shortId");
    s.faults.push({ type: "malformed", mutate: () => ({ unexpected: true }) });
    expect((await call(s, "/organizations/acme/")).body).toEqual({ unexpected: true });
  });

  it("echoes the client's token in an error body, to test that clients never repeat it", async () => {
    const s = await serve();
    s.faults.push({ type: "echo-token", status: 400 });
    const answer = await call(s, "/organizations/acme/issues/?query=");
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(SIMULATOR_TOKEN);
  });

  it("refuses with a 429 whose reset lies the given seconds ahead", async () => {
    const s = await serve();
    s.faults.push({ type: "rate-limit", resetInSeconds: 30 });
    const answer = await call(s, "/organizations/acme/issues/?query=");
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({
      detail: "You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds",
    });
    expect(answer.headers.get("Retry-After")).toBeNull();
    const reset = Number(answer.headers.get("X-Sentry-Rate-Limit-Reset"));
    expect(reset - Date.now() / 1000).toBeGreaterThan(28);
    expect(reset - Date.now() / 1000).toBeLessThanOrEqual(31);
  });

  it("points Link's next page at another host", async () => {
    const s = await serve();
    s.faults.push({ type: "foreign-link", origin: "https://evil.example" });
    const answer = await call(s, "/organizations/acme/issues/?query=&limit=1");
    const link = answer.headers.get("Link") as string;
    expect(link).toContain(
      '<https://evil.example/api/0/organizations/acme/issues/?query=&limit=1&cursor=0:1:0>; rel="next"; results="true"',
    );
    expect(link).not.toContain(s.url);
  });

  it("forgets every queued fault on clear()", async () => {
    const s = await serve();
    s.faults.push({ type: "status", status: 500, times: 10 });
    s.faults.clear();
    expect((await call(s, "/organizations/acme/")).status).toBe(200);
  });
});

describe("recorded requests", () => {
  it("records method, path, query, route, status and the Authorization header", async () => {
    const s = await serve();
    await call(s, "/organizations/acme/issues/?query=is%3Aunresolved&environment=production");
    await call(s, "/organizations/acme/", null);
    expect(s.requests).toHaveLength(2);
    expect(s.requests[0]).toMatchObject({
      method: "GET",
      path: "/api/0/organizations/acme/issues/",
      route: "issues",
      status: 200,
      authorization: `Bearer ${SIMULATOR_TOKEN}`,
      fault: null,
    });
    expect(s.requests[0]?.query.get("query")).toBe("is:unresolved");
    expect(s.requests[1]).toMatchObject({ route: "organization", status: 401, authorization: null });
  });
});

describe("time", () => {
  it("an event scheduled after now appears once the clock passes it, and brings its issue into existence", async () => {
    const clock = manualClock(now);
    const b = new WorldBuilder({ anchors: { now, deploy: now } }).project("web");
    b.issue({ title: "Error: later", events: [{ at: "deploy + 3s", release: "v2" }] });
    const s = await serve({ world: b.build(), now: clock });
    expect((await call(s, "/organizations/acme/issues/?query=&statsPeriod=1h")).body).toEqual([]);
    expect((await call(s, "/organizations/acme/issues/WEB-1/")).status).toBe(404);
    clock.advance(5_000);
    expect((await call(s, "/organizations/acme/issues/?query=&statsPeriod=1h")).body).toMatchObject([
      { shortId: "WEB-1", count: "1" },
    ]);
  });

  it("with the real clock, an event added live 1 s ahead shows up on a later poll", async () => {
    const start = new Date();
    const b = new WorldBuilder({ anchors: { now: start } }).project("web");
    b.issue({ title: "Error: steady", events: [{ at: "now - 1m" }] });
    const s = await startSimulator({ world: b.build() });
    sim = s;
    addEvent(s.world, "WEB-1", { at: new Date(Date.now() + 1_000), user: "late" });
    const poll = async () =>
      ((await call(s, "/organizations/acme/issues/?query=&statsPeriod=1h")).body as { count: string }[])[0]
        ?.count;
    expect(await poll()).toBe("1");
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await poll()).toBe("2");
  });

  it("deploy records and releases exist from their time on", async () => {
    const clock = manualClock(now);
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.release("v3", { created: "now + 1m" });
    const s = await serve({ world: b.build(), now: clock });
    expect((await call(s, "/organizations/acme/releases/v3/")).status).toBe(404);
    clock.advance(60_000);
    addDeploy(s.world, "v3", { environment: "production", finished: "now + 2m" });
    expect((await call(s, "/organizations/acme/releases/v3/deploys/")).body).toEqual([]);
    clock.advance(60_000);
    expect((await call(s, "/organizations/acme/releases/v3/deploys/")).body).toMatchObject([
      { environment: "production" },
    ]);
  });
});

describe("releases, events and Discover", () => {
  const scenario = regressionScenario(now);

  it("a release knows its first and last event, new issues and deploys, newest first", async () => {
    const s = await serve({ world: scenario.world });
    const release = (await call(s, `/organizations/acme/releases/${RELEASES.current}/`)).body as Record<
      string,
      unknown
    >;
    expect(release).toMatchObject({
      version: RELEASES.current,
      shortVersion: RELEASES.current.slice(0, 7),
      deployCount: 2,
      newGroups: 3,
      lastDeploy: { environment: "production", dateFinished: scenario.deployedAt.toISOString() },
      firstEvent: new Date(scenario.deployedAt.getTime() - 35 * 60_000).toISOString(),
    });
    const deploys = (await call(s, `/organizations/acme/releases/${RELEASES.current}/deploys/`)).body as {
      environment: string;
    }[];
    expect(deploys.map((d) => d.environment)).toEqual(["production", "staging"]);
  });

  it("a release that only events named exists, as Sentry creates it on ingestion", async () => {
    const b = new WorldBuilder({ anchors: { now } }).project("web");
    b.issue({ title: "x", events: [{ at: "now - 1h", release: "web@1.0.0+build.5" }] });
    const s = await serve({ world: b.build() });
    const release = await call(s, `/organizations/acme/releases/${encodeURIComponent("web@1.0.0+build.5")}/`);
    expect(release).toMatchObject({
      status: 200,
      body: { version: "web@1.0.0+build.5", shortVersion: "1.0.0+build.5", deployCount: 0 },
    });
  });

  it("an issue's latest event in an environment has frames caller first, crashing frame last", async () => {
    const s = await serve({ world: scenario.world });
    const event = (await call(s, "/organizations/acme/issues/WEB-1/events/latest/?environment=production"))
      .body as {
      entries: {
        type: string;
        data: {
          values: { stacktrace: { frames: { filename: string; lineNo: number; inApp: boolean }[] } }[];
        };
      }[];
      tags: { key: string; value: string }[];
    };
    const frames = event.entries[0]?.data.values[0]?.stacktrace.frames ?? [];
    expect(frames.filter((f) => f.inApp).at(-1)).toMatchObject({
      filename: "src/checkout/cart.ts",
      lineNo: 87,
    });
    expect(frames.at(-1)?.inApp).toBe(false);
    expect(event.tags).toContainEqual({ key: "release", value: RELEASES.current });
  });

  it("answers Sentry's 404 when no event matches", async () => {
    const s = await serve({ world: scenario.world });
    const answer = await call(s, "/organizations/acme/issues/WEB-4/events/latest/?environment=production");
    expect(answer).toMatchObject({
      status: 404,
      body: { detail: "No matching event found, try changing the environments, date range, or query." },
    });
    const byRelease = await call(
      s,
      `/organizations/acme/issues/WEB-2/events/oldest/?query=release:${RELEASES.current}`,
    );
    expect(byRelease.body).toMatchObject({
      dateCreated: new Date(scenario.deployedAt.getTime() + 4 * 60_000).toISOString(),
    });
  });

  it("counts events per issue in Discover, adding issue.id, sorted by a selected field", async () => {
    const s = await serve({ world: scenario.world });
    const params = new URLSearchParams([
      ["dataset", "errors"],
      ["field", "issue"],
      ["field", "count()"],
      ["field", "count_unique(user)"],
      ["query", `timestamp:>=${scenario.deployedAt.toISOString()} release:${RELEASES.current}`],
      ["environment", "production"],
      ["statsPeriod", "1h"],
      ["sort", "-count()"],
    ]);
    const answer = (await call(s, `/organizations/acme/events/?${params}`)).body as {
      data: Record<string, unknown>[];
    };
    const spike = scenario.world.issues.find((issue) => issue.shortId === "API-2");
    // Every 15 s from 20 s after the deploy to now, 12 minutes after it, with three users in turn;
    // the last one is not processed yet (Sentry takes 20 s in this scenario).
    expect(answer.data[0]).toEqual({
      issue: "API-2",
      "issue.id": Number(spike?.id),
      "count()": 46,
      "count_unique(user)": 3,
    });
    expect(Object.fromEntries(answer.data.map((row) => [row.issue, row["count()"]]))).toEqual({
      "API-2": 46,
      "WEB-1": 5,
      "WEB-8": 2,
      "WEB-2": 3,
      "API-1": 3,
      "WEB-3": 2,
      "WEB-5": 1,
      "WEB-6": 1,
    });
    const counts = answer.data.map((row) => row["count()"] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Sorting by a function's alias, as the Sentry MCP server does (sort=-count).
    params.set("sort", "count");
    const ascending = (await call(s, `/organizations/acme/events/?${params}`)).body as {
      data: Record<string, unknown>[];
    };
    expect(ascending.data.map((row) => row["count()"])).toEqual([...counts].reverse());
  });

  it("refuses Discover requests Sentry refuses", async () => {
    const s = await serve({ world: scenario.world });
    expect((await call(s, "/organizations/acme/events/?dataset=errors")).body).toEqual({
      detail: "No columns selected",
    });
    expect((await call(s, "/organizations/acme/events/?field=issue&sort=-count()")).body).toEqual({
      detail: "Cannot order by a field that is not selected.",
    });
    expect((await call(s, "/organizations/acme/events/?field=issue&per_page=101")).body).toEqual({
      detail: "Invalid per_page value. Cannot exceed 100.",
    });
  });
});
