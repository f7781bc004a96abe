// The routes the Sentry MCP server asks beyond the REST source's, through real HTTP: the
// organization's project list (find_projects), the events validation (before every search_events),
// and the Discover fields the MCP source selects (min(timestamp), the stack.* frame arrays).
import { afterEach, describe, expect, it } from "vitest";
import { SIMULATOR_TOKEN, type Simulator, startSimulator, WorldBuilder } from "../../src/simulator/index.js";

const now = new Date("2026-11-25T12:00:00.000Z");

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function world() {
  const b = new WorldBuilder({ org: "acme", anchors: { now } })
    .project("web", { id: "11", name: "Web Shop" })
    .project("api", { id: "22" })
    .project("web-admin", { id: "33" });
  b.issue({
    title: "TypeError: x is undefined",
    frames: [
      { filename: "node_modules/lib.js", function: "call", lineNo: 5, inApp: false },
      { filename: "src/app.ts", function: "main", lineNo: 12 },
    ],
    events: [
      { at: "now - 2h 30s", environment: "staging", user: "u1" },
      { at: "now - 1h", environment: "production", user: "u2" },
      { at: "now - 10m", environment: "production", user: "u2" },
    ],
  });
  b.issue({ title: "Error: api", project: "api", events: [{ at: "now - 5m", environment: "production" }] });
  return b.build();
}

async function get(path: string) {
  sim ??= await startSimulator({ world: world(), now, rateLimit: false });
  const response = await fetch(`${sim.url}/api/0${path}`, {
    headers: { Authorization: `Bearer ${SIMULATOR_TOKEN}`, "User-Agent": "test-client/1" },
  });
  return {
    status: response.status,
    link: response.headers.get("link"),
    body: (await response.json()) as never,
  };
}

const slugs = (body: { slug: string }[]) => body.map((project) => project.slug);

describe("the organization's projects", () => {
  it("lists every project by slug, with the environments their events named", async () => {
    const { status, body } = await get("/organizations/acme/projects/");
    expect(status).toBe(200);
    expect(slugs(body)).toEqual(["api", "web", "web-admin"]);
    expect((body as { environments: string[] }[])[1]?.environments).toEqual(["production", "staging"]);
  });

  it("reads query as tokenize_query does: slug: exact, free text in name or slug, an unknown key matches none", async () => {
    const list = async (query: string) =>
      slugs((await get(`/organizations/acme/projects/?query=${encodeURIComponent(query)}`)).body);
    expect(await list("slug:web slug:api slug:nope")).toEqual(["api", "web"]);
    expect(await list("web")).toEqual(["web", "web-admin"]);
    expect(await list("shop")).toEqual(["web"]);
    expect(await list("id:22")).toEqual(["api"]);
    expect(await list("team:acme is_member:1")).toEqual(["api", "web", "web-admin"]);
    expect(await list("!team:acme")).toEqual([]);
    expect(await list("color:blue")).toEqual([]);
  });

  it("refuses an id that is not a number with the endpoint's own envelope, and pages by offset", async () => {
    const bad = await get(`/organizations/acme/projects/?query=${encodeURIComponent("id:web")}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: { params: { stats_period: { message: "All 'id' values must be integers." } } },
    });
    const first = await get("/organizations/acme/projects/?per_page=2");
    expect(slugs(first.body)).toEqual(["api", "web"]);
    expect(first.link).toContain('rel="next"; results="true"');
    expect((await get("/organizations/nope/projects/")).status).toBe(404);
  });
});

describe("the events validation", () => {
  it("answers a Discover dataset as valid with Sentry's note, since only RPC datasets are checked", async () => {
    const { status, body } = await get(
      "/organizations/acme/events/validate/?dataset=errors&field=count()&statsPeriod=1h",
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      valid: true,
      dataset: [
        {
          name: "errors",
          valid: true,
          error: "This dataset is not compatible with the validate endpoint, your request may still be valid",
        },
      ],
      environment: [],
      field: [],
      orderby: [],
      projects: [],
      query: { valid: true, error: null, fields: [] },
    });
  });

  it("answers 400 with the failing part: an unknown dataset, one the simulator cannot check, no projects", async () => {
    const unknown = await get("/organizations/acme/events/validate/?dataset=nope&statsPeriod=1h");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ valid: false, dataset: [{ name: "nope", valid: false }] });
    const spans = await get("/organizations/acme/events/validate/?dataset=spans&statsPeriod=1h");
    expect(spans.status).toBe(400);
    await sim?.close();
    sim = await startSimulator({ world: new WorldBuilder({ org: "empty" }).build(), now, rateLimit: false });
    const empty = await get("/organizations/empty/events/validate/?dataset=errors&statsPeriod=1h");
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      valid: false,
      projects: [{ valid: false, error: "At least one valid project is required to query" }],
    });
    expect((await get("/organizations/empty/events/validate/?statsPeriod=1x")).status).toBe(400);
  });
});

describe("Discover fields of the MCP source", () => {
  const events = (fields: string[], query: string, extra = "") =>
    get(
      `/organizations/acme/events/?dataset=errors&statsPeriod=1d&${fields.map((f) => `field=${encodeURIComponent(f)}`).join("&")}&query=${encodeURIComponent(query)}${extra}`,
    );

  it("gives each issue's first event per environment as min(timestamp), typed date, in Snuba's format", async () => {
    const { body } = await events(["issue.id", "environment", "min(timestamp)"], "", "&sort=issue.id");
    expect((body as { data: unknown[] }).data).toEqual([
      {
        "issue.id": expect.any(Number),
        environment: "staging",
        "min(timestamp)": "2026-11-25T09:59:30+00:00",
      },
      {
        "issue.id": expect.any(Number),
        environment: "production",
        "min(timestamp)": "2026-11-25T11:00:00+00:00",
      },
      {
        "issue.id": expect.any(Number),
        environment: "production",
        "min(timestamp)": "2026-11-25T11:55:00+00:00",
      },
    ]);
    expect((body as { meta: { fields: object } }).meta.fields).toMatchObject({ "min(timestamp)": "date" });
  });

  it("pages by issue ID with issue.id:> after a sort on it", async () => {
    const all = (await events(["issue.id", "count()"], "", "&sort=issue.id")).body as {
      data: { "issue.id": number }[];
    };
    const [first, second] = all.data.map((row) => row["issue.id"]);
    const rest = (await events(["issue.id", "count()"], `issue.id:>${first}`, "&sort=issue.id")).body as {
      data: { "issue.id": number }[];
    };
    expect(rest.data.map((row) => row["issue.id"])).toEqual([second]);
  });

  it("gives the latest event's frames as arrays, caller first, in_app as 0 or 1", async () => {
    const fields = [
      "id",
      "stack.filename",
      "stack.function",
      "stack.lineno",
      "stack.in_app",
      "stack.stack_level",
      "last_seen()",
    ];
    const { body } = await events(
      fields,
      "environment:production project:web",
      "&sort=-last_seen()&per_page=1",
    );
    expect((body as { data: unknown[] }).data).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f]{32}$/),
        "stack.filename": ["node_modules/lib.js", "src/app.ts"],
        "stack.function": ["call", "main"],
        "stack.lineno": [5, 12],
        "stack.in_app": [0, 1],
        "stack.stack_level": [0, 0],
        "last_seen()": "2026-11-25T11:50:00+00:00",
      },
    ]);
  });

  it("records who asked", async () => {
    await get("/organizations/acme/projects/");
    expect(sim?.requests.map((request) => request.userAgent)).toEqual(["test-client/1"]);
  });
});
