// Real HTTP answers of the simulator, validated against the 200 response schemas of Sentry's
// OpenAPI description (extracted into test/fixtures by scripts/extract-sentry-schemas.mjs).
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  regressionScenario,
  SIMULATOR_TOKEN,
  type Simulator,
  startSimulator,
  WorldBuilder,
} from "../../src/simulator/index.js";
import { ROUTES } from "../../src/simulator/routes/index.js";

interface Fixture {
  source: { commit: string };
  operations: Record<string, { method: string; path: string; schema: object }>;
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/sentry-response-schemas.json", import.meta.url), "utf8"),
) as Fixture;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
// ajv-formats is CommonJS; its plugin is also its own `default`.
ajvFormats.default(ajv);
const validators = new Map<string, ValidateFunction>(
  Object.entries(fixture.operations).map(([id, op]) => [id, ajv.compile(op.schema)]),
);

async function getJson(sim: Simulator, path: string): Promise<unknown> {
  const response = await fetch(`${sim.url}/api/0${path}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}` },
  });
  const body: unknown = await response.json();
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Schema errors of one answer, as readable strings (empty when it conforms). */
async function violations(sim: Simulator, operationId: string, path: string): Promise<string[]> {
  const validate = validators.get(operationId);
  if (!validate) throw new Error(`No schema for ${operationId}`);
  const body = await getJson(sim, path);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${path} ${e.instancePath} ${e.message}`);
}

const now = new Date("2026-03-02T12:00:00Z");

describe("the schema fixture", () => {
  it("notes the OpenAPI commit it was extracted from", () => {
    expect(fixture.source.commit).toBe("a589a26c3b29bfc342a47baa963b7970961f958e");
    expect(Object.keys(fixture.operations).sort()).toEqual([
      "getOrganization",
      "getOrganizationIssue",
      "getOrganizationIssueEvent",
      "getOrganizationRelease",
      "getOrganizationSessions",
      "getProject",
      "listOrganizationEvents",
      "listOrganizationEventsTimeseries",
      "listOrganizationIssueEvents",
      "listOrganizationIssues",
      "listOrganizationProjects",
      "listOrganizationReleaseDeploys",
      "resolveOrganizationShortId",
    ]);
  });

  // Each route's OpenAPI operation, or why it has none. A new route must be added here, which is the
  // reminder to extract its schema (scripts/extract-sentry-schemas.mjs) and validate its answers below.
  const ROUTE_OPERATIONS: Record<string, string | { notInSchema: string }> = {
    organization: "getOrganization",
    "organization-projects": "listOrganizationProjects",
    project: "getProject",
    release: "getOrganizationRelease",
    "release-deploys": "listOrganizationReleaseDeploys",
    issues: "listOrganizationIssues",
    issue: "getOrganizationIssue",
    "issue-activities": { notInSchema: "group_activities.py is not in Sentry's public OpenAPI description" },
    "issue-event": "getOrganizationIssueEvent",
    "issue-events": "listOrganizationIssueEvents",
    shortid: "resolveOrganizationShortId",
    events: "listOrganizationEvents",
    "events-validate": {
      notInSchema:
        "organization_events_validate.py is EXPERIMENTAL, so not in Sentry's public OpenAPI description; the Sentry MCP server asks it before every search_events",
    },
    "events-timeseries": "listOrganizationEventsTimeseries",
    sessions: "getOrganizationSessions",
  };

  it("has the operation of every route the simulator serves, and the route serves the operation's path", () => {
    expect(ROUTES.map((route) => route.name).sort()).toEqual(Object.keys(ROUTE_OPERATIONS).sort());
    const operationIds = Object.values(ROUTE_OPERATIONS).filter((op): op is string => typeof op === "string");
    expect([...operationIds].sort()).toEqual(Object.keys(fixture.operations).sort());
    for (const route of ROUTES) {
      const operationId = ROUTE_OPERATIONS[route.name];
      if (typeof operationId !== "string") continue;
      const operation = fixture.operations[operationId];
      expect(operation?.method).toBe("GET");
      // The OpenAPI path with each {parameter} filled in must be what the route's pattern matches.
      const example = (operation?.path ?? "").replace(/^\/api\/0/, "").replace(/\{[^}]+\}/g, "1");
      expect(route.pattern.test(example), `${route.name} serves ${operation?.path}`).toBe(true);
    }
  });

  it("rejects an issue list item without shortId or with count as an object", () => {
    const validate = validators.get("listOrganizationIssues") as ValidateFunction;
    const item = { id: "1", count: { value: 1 } };
    expect(validate([item])).toBe(false);
    expect(validate.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining(["must have required property 'shortId'", "must be string"]),
    );
  });
});

describe("the events-timeseries schema", () => {
  it("rejects a series without valueUnit, and a timestamp that is an ISO string", () => {
    const validate = validators.get("listOrganizationEventsTimeseries") as ValidateFunction;
    const series = {
      yAxis: "count()",
      values: [{ timestamp: "2026-03-02T12:00:00Z", value: 1, incomplete: false }],
      meta: { valueType: "integer", interval: 60_000 },
    };
    expect(validate({ timeSeries: [series] })).toBe(false);
    expect(validate.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining(["must have required property 'valueUnit'", "must be number"]),
    );
  });
});

// collapse=base answers only an issue's id and counts, a shape the schema does not describe, so it is
// left out here (simulator-search tests what it keeps).
describe("the regression scenario conforms to Sentry's response schemas", () => {
  const scenario = regressionScenario(now);
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world: scenario.world, now, rateLimit: false });
  });
  afterAll(() => sim.close());
  const deploy = scenario.deployedAt.toISOString();
  const range = `start=${deploy}&end=${now.toISOString()}`;
  const env = "environment=production";
  const q = (text: string) => `query=${encodeURIComponent(text)}`;

  it("organization, projects, project, release and deploys", async () => {
    const problems = [
      ...(await violations(sim, "getOrganization", "/organizations/acme/")),
      ...(await violations(sim, "listOrganizationProjects", "/organizations/acme/projects/")),
      ...(await violations(
        sim,
        "listOrganizationProjects",
        `/organizations/acme/projects/?per_page=1&query=${encodeURIComponent("slug:web slug:api")}`,
      )),
      ...(await violations(sim, "getProject", "/projects/acme/web/")),
      ...(await violations(sim, "getProject", "/projects/acme/api/")),
      ...(await violations(
        sim,
        "getOrganizationRelease",
        `/organizations/acme/releases/${scenario.release}/`,
      )),
      ...(await violations(
        sim,
        "getOrganizationRelease",
        "/organizations/acme/releases/0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d/",
      )),
      ...(await violations(
        sim,
        "listOrganizationReleaseDeploys",
        `/organizations/acme/releases/${scenario.release}/deploys/`,
      )),
    ];
    expect(problems).toEqual([]);
  });

  it.each([
    ["default stats, lifetime and a null filtered", `${env}&${range}&${q("is:unresolved")}`],
    [
      "event conditions make filtered an object",
      `${env}&${range}&${q(`release:${scenario.release} has:user`)}`,
    ],
    ["collapse=stats drops stats, lifetime and filtered", `${env}&${range}&${q("")}&collapse=stats`],
    [
      "collapse lifetime, filtered and unhandled",
      `${range}&${q("")}&collapse=lifetime&collapse=filtered&collapse=unhandled`,
    ],
    ["groupStatsPeriod=auto", `${env}&${range}&${q(`firstSeen:>=${deploy}`)}&groupStatsPeriod=auto`],
    ["groupStatsPeriod 14d", `statsPeriod=30d&${q("")}&groupStatsPeriod=14d`],
    ["stats off: filtered without stats", `${env}&${range}&${q("level:error")}&groupStatsPeriod=`],
    [
      "the new and regressed queries",
      `${env}&${range}&${q(`regressed_in_release:${scenario.release}`)}&sort=new`,
    ],
  ])("issues list: %s", async (_name, params) => {
    expect(await violations(sim, "listOrganizationIssues", `/organizations/acme/issues/?${params}`)).toEqual(
      [],
    );
  });

  it("every issue's detail, in every status, with and without collapse", async () => {
    const problems: string[] = [];
    for (const issue of scenario.world.issues) {
      problems.push(
        ...(await violations(sim, "getOrganizationIssue", `/organizations/acme/issues/${issue.id}/`)),
      );
      problems.push(
        ...(await violations(
          sim,
          "getOrganizationIssue",
          `/organizations/acme/issues/${issue.shortId}/?environment=production&collapse=release&collapse=tags&collapse=stats`,
        )),
      );
    }
    expect(problems).toEqual([]);
  });

  it("every issue's short-ID lookup, by short ID in any case and by numeric ID", async () => {
    const problems: string[] = [];
    for (const issue of scenario.world.issues) {
      for (const ref of [issue.shortId, issue.shortId.toLowerCase(), issue.id]) {
        problems.push(
          ...(await violations(sim, "resolveOrganizationShortId", `/organizations/acme/shortids/${ref}/`)),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("every issue's latest, oldest and recommended event", async () => {
    const problems: string[] = [];
    for (const issue of scenario.world.issues) {
      for (const which of ["latest", "oldest", "recommended"]) {
        problems.push(
          ...(await violations(
            sim,
            "getOrganizationIssueEvent",
            `/organizations/acme/issues/${issue.id}/events/${which}/`,
          )),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("every issue's event list, outlines, with a query, and paged", async () => {
    const problems: string[] = [];
    for (const issue of scenario.world.issues) {
      for (const params of [
        "",
        `${env}&${range}&${q(`release:"${scenario.release}"`)}`,
        "statsPeriod=14d&per_page=2&cursor=0:2:0",
      ]) {
        problems.push(
          ...(await violations(
            sim,
            "listOrganizationIssueEvents",
            `/organizations/acme/issues/${issue.id}/events/?${params}`,
          )),
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it("the Discover table", async () => {
    const fields = ["issue", "title", "project", "count()", "count_unique(user)", "last_seen()"];
    const params = `${fields.map((f) => `field=${encodeURIComponent(f)}`).join("&")}&dataset=errors&${env}&${range}&sort=-count()`;
    expect(await violations(sim, "listOrganizationEvents", `/organizations/acme/events/?${params}`)).toEqual(
      [],
    );
    const raw = `field=id&field=timestamp&field=release&dataset=errors&${range}&per_page=5`;
    expect(await violations(sim, "listOrganizationEvents", `/organizations/acme/events/?${raw}`)).toEqual([]);
    // What the MCP source asks through the server: first events, and the frames of the latest one.
    const mcp = [
      ["issue.id", "environment", "min(timestamp)"],
      [
        "id",
        "stack.filename",
        "stack.abs_path",
        "stack.function",
        "stack.lineno",
        "stack.in_app",
        "last_seen()",
      ],
    ];
    for (const fields of mcp) {
      const params = `${fields.map((f) => `field=${encodeURIComponent(f)}`).join("&")}&dataset=errors&statsPeriod=90d&sort=-${encodeURIComponent(fields.at(-1) as string)}`;
      expect(
        await violations(sim, "listOrganizationEvents", `/organizations/acme/events/?${params}`),
      ).toEqual([]);
    }
  });

  it.each([
    [
      "a release's transactions",
      { field: "count()", query: `is_transaction:true release:"${scenario.release}"`, per_page: "1" },
    ],
    [
      "per transaction, as transactionStats asks",
      {
        field: ["transaction", "count()", "failure_count()", "p95(span.duration)"],
        query: `is_transaction:true !release:"${scenario.release}" transaction:["GET /","POST /api/checkout"]`,
        sort: "-count()",
        per_page: "100",
      },
    ],
    [
      "the slower samples, with OR and parentheses",
      {
        field: ["transaction", "count()"],
        query: `is_transaction:true release:"${scenario.release}" (transaction:"POST /api/checkout" span.duration:>372ms OR transaction:"GET /" span.duration:>90.5ms)`,
        sort: "-count()",
      },
    ],
    [
      "every other aggregate, and no row at all",
      {
        field: ["count_sample()", "failure_rate()", "avg(span.duration)", "p50(span.duration)"],
        query: "release:none",
      },
    ],
  ])("the spans table: %s", async (_name, params) => {
    const search = new URLSearchParams({
      dataset: "spans",
      disableAggregateExtrapolation: "1",
      start: new Date(now.getTime() - 86_400_000).toISOString(),
      end: now.toISOString(),
    });
    for (const [name, value] of Object.entries(params))
      for (const one of [value].flat()) search.append(name, one);
    search.append("project", scenario.world.projects[1]?.id as string);
    expect(await violations(sim, "listOrganizationEvents", `/organizations/acme/events/?${search}`)).toEqual(
      [],
    );
  });

  it.each([
    ["by release and status", "groupBy=release&groupBy=session.status&interval=2m&includeSeries=0", 0],
    [
      "one release, users too",
      `field=count_unique(user)&query=${encodeURIComponent(`release:"${scenario.release}"`)}&interval=1m`,
      0,
    ],
    [
      "by project, with crash rates",
      "field=crash_free_rate(session)&field=crash_rate(user)&groupBy=project&interval=1h",
      0,
    ],
    ["no session at all", "groupBy=release&interval=10m", 30],
  ])("the sessions endpoint: %s", async (_name, params, daysBack) => {
    const end = new Date(now.getTime() - daysBack * 86_400_000);
    const range = `start=${new Date(end.getTime() - 86_400_000 / 2).toISOString()}&end=${end.toISOString()}`;
    const path = `/organizations/acme/sessions/?field=sum(session)&${params}&${range}&environment=production`;
    expect(await violations(sim, "getOrganizationSessions", path.replaceAll("()", "%28%29"))).toEqual([]);
  });

  it.each([
    ["an error timeline around the deploy", `dataset=errors&yAxis=count()&interval=60&${env}&${range}`],
    [
      "by project IDs, ending at now (incomplete buckets)",
      `dataset=errors&yAxis=count()&interval=300&project=${scenario.world.projects.map((p) => p.id).join("&project=")}&start=${new Date(scenario.deployedAt.getTime() - 3_600_000).toISOString()}&end=${now.toISOString()}`,
    ],
    [
      "two axes, a query, and the default interval",
      `dataset=errors&yAxis=count()&yAxis=count_unique(user)&${q("level:error")}&statsPeriod=24h`,
    ],
    ["an interval Sentry replaces with its default", `dataset=errors&interval=1&statsPeriod=7d`],
    ["a dataset the world holds nothing of", `dataset=logs&yAxis=count()&interval=1h&statsPeriod=1d`],
  ])("events-timeseries: %s", async (_name, params) => {
    expect(
      await violations(
        sim,
        "listOrganizationEventsTimeseries",
        `/organizations/acme/events-timeseries/?${params.replaceAll("()", "%28%29")}`,
      ),
    ).toEqual([]);
  });
});

describe("nullable and optional shapes conform too", () => {
  // A message issue, events without frames, users, releases or tags, a resolved issue, a project
  // without platform, a deploy without start.
  const b = new WorldBuilder({ org: "bare", anchors: { now } })
    .project("svc", { platform: null })
    .release("svc@1.0.0", { created: "now - 2d", deploys: [{ environment: "prod", finished: "now - 1d" }] });
  b.issue({
    title: "Something odd happened",
    type: "default",
    frames: null,
    events: [{ at: "now - 1h", environment: "prod" }],
  })
    .issue({
      title: "KeyError: 'x'",
      frames: [{ filename: "app/main.py", lineNo: 3, function: "main" }],
      resolvedAt: ["now - 1d"],
      events: [
        { at: "now - 3d", environment: "prod", release: "svc@1.0.0", user: "7", tags: { region: "eu" } },
        { at: "now - 2d", environment: "prod", release: null, frames: null },
      ],
    })
    .issue({
      title: "N+1 Query",
      category: "performance",
      culprit: "GET /api/orders",
      resolvedAt: [{ at: "now - 1d", inRelease: "svc@1.0.0" }],
      events: [{ at: "now - 2d", environment: "prod", release: "svc@1.0.0" }],
    });
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ world: b.build(), now, rateLimit: false });
  });
  afterAll(() => sim.close());

  it("validates every route", async () => {
    const [message, resolved, performance] = b.world.issues.map((issue) => issue.id);
    const problems = [
      ...(await violations(sim, "getProject", "/projects/bare/svc/")),
      ...(await violations(sim, "listOrganizationProjects", "/organizations/bare/projects/")),
      ...(await violations(sim, "getOrganizationRelease", "/organizations/bare/releases/svc%401.0.0/")),
      ...(await violations(
        sim,
        "listOrganizationReleaseDeploys",
        "/organizations/bare/releases/svc%401.0.0/deploys/",
      )),
      ...(await violations(
        sim,
        "listOrganizationIssues",
        "/organizations/bare/issues/?query=&statsPeriod=14d",
      )),
      ...(await violations(
        sim,
        "listOrganizationIssues",
        "/organizations/bare/issues/?query=is:resolved&statsPeriod=14d",
      )),
      ...(await violations(sim, "getOrganizationIssue", `/organizations/bare/issues/${message}/`)),
      ...(await violations(sim, "getOrganizationIssue", `/organizations/bare/issues/${resolved}/`)),
      ...(await violations(sim, "resolveOrganizationShortId", `/organizations/bare/shortids/${message}/`)),
      ...(await violations(sim, "resolveOrganizationShortId", `/organizations/bare/shortids/${resolved}/`)),
      ...(await violations(
        sim,
        "getOrganizationIssueEvent",
        `/organizations/bare/issues/${message}/events/latest/`,
      )),
      ...(await violations(
        sim,
        "getOrganizationIssueEvent",
        `/organizations/bare/issues/${resolved}/events/latest/`,
      )),
      ...(await violations(
        sim,
        "getOrganizationIssueEvent",
        `/organizations/bare/issues/${resolved}/events/oldest/`,
      )),
      ...(await violations(
        sim,
        "listOrganizationEventsTimeseries",
        "/organizations/bare/events-timeseries/?dataset=errors&yAxis=count_unique%28user%29&statsPeriod=14d&interval=1d",
      )),
      ...(await violations(sim, "getOrganizationIssue", `/organizations/bare/issues/${performance}/`)),
      ...(await violations(
        sim,
        "getOrganizationSessions",
        "/organizations/bare/sessions/?field=sum%28session%29&statsPeriod=1d&interval=1h",
      )),
      ...(await violations(
        sim,
        "listOrganizationIssues",
        "/organizations/bare/issues/?query=issue.category:performance&statsPeriod=14d",
      )),
      ...(await violations(
        sim,
        "resolveOrganizationShortId",
        `/organizations/bare/shortids/${performance}/`,
      )),
      ...(await violations(
        sim,
        "getOrganizationIssueEvent",
        `/organizations/bare/issues/${performance}/events/latest/`,
      )),
    ];
    for (const id of [message, resolved, performance]) {
      problems.push(
        ...(await violations(sim, "listOrganizationIssueEvents", `/organizations/bare/issues/${id}/events/`)),
      );
    }
    expect(problems).toEqual([]);
  });

  it("an organization without projects has an empty timeline, as Sentry's EMPTY_STATS_RESPONSE", async () => {
    const empty = await startSimulator({
      world: new WorldBuilder({ org: "empty" }).build(),
      now,
      rateLimit: false,
    });
    try {
      const path = "/organizations/empty/events-timeseries/?dataset=errors&statsPeriod=1h";
      expect(await violations(empty, "listOrganizationEventsTimeseries", path)).toEqual([]);
      expect(await getJson(empty, path)).toEqual({ timeSeries: [] });
    } finally {
      await empty.close();
    }
  });

  it("serves an event without a stack trace as an exception with a null stacktrace", async () => {
    const resolved = b.world.issues[1]?.id;
    const event = (await getJson(sim, `/organizations/bare/issues/${resolved}/events/latest/`)) as {
      entries: { type: string; data: { values: { stacktrace: unknown }[] } }[];
      release: unknown;
      user: unknown;
    };
    expect(event.entries[0]?.type).toBe("exception");
    expect(event.entries[0]?.data.values[0]?.stacktrace).toBeNull();
    expect(event.release).toBeNull();
    expect(event.user).toBeNull();
  });
});
