// The REST source's calls against real local servers: what it asks Sentry, how it pages, where the
// token may go, and what it makes of the answers.
import { describe, expect, it } from "vitest";
import { createRestSource, type RestSourceOptions } from "../../src/sentry/rest/source.js";
import type { IssueSearch, IssueSummary } from "../../src/sentry/source.js";
import { type Handler, sendJson, serve, type TestServer } from "../support/http-server.js";
import { sentryFailure } from "../support/sentry-error.js";

const TOKEN = "sntryu_0123456789abcdef";

function sourceFor(url: string, options: Partial<RestSourceOptions> = {}) {
  return createRestSource({
    url,
    org: "acme",
    token: TOKEN,
    deadlineAt: Date.now() + 60_000,
    retryBudgetMs: 500,
    ...options,
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const issue = (n: number, overrides: Record<string, unknown> = {}) => ({
  id: String(n),
  shortId: `WEB-${n}`,
  title: `TypeError ${n}`,
  culprit: `app/route${n}.ts in handler`,
  permalink: `https://acme.sentry.io/issues/${n}/`,
  level: "error",
  project: { id: "42", name: "Web", slug: "web", platform: "node" },
  count: String(n * 10),
  userCount: n,
  firstSeen: "2026-03-01T12:05:00.123456Z",
  lastSeen: "2026-03-01T12:09:00Z",
  status: "unresolved",
  metadata: { title: "x" },
  ...overrides,
});

const nextLink = (base: string, cursor: string, results: boolean) =>
  `<${base}?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", ` +
  `<${base}?cursor=${cursor}>; rel="next"; results="${results}"; cursor="${cursor}"`;

const SEARCH: IssueSearch = {
  projects: [
    { id: "42", slug: "web" },
    { id: "43", slug: "api" },
  ],
  environment: "production",
  start: new Date("2026-03-01T12:00:00Z"),
  end: new Date("2026-03-01T12:10:00Z"),
  firstSeenFrom: new Date("2026-03-01T12:00:00Z"),
  firstRelease: "app@1.2.3",
  userQuery: "level:error",
};

describe("searchIssues", () => {
  /** Three pages of two issues; the third says there is no next page. */
  function threePages(server: () => TestServer): Handler {
    return (request, response) => {
      const page = Number(request.url.searchParams.get("cursor") ?? "0");
      const base = `${server().url}/api/0/organizations/acme/issues/`;
      sendJson(response, 200, [issue(page * 2 + 1), issue(page * 2 + 2)], {
        link: nextLink(base, String(page + 1), page < 2),
      });
    };
  }

  it("asks for the search in Sentry's terms and follows next links until results=false", async () => {
    let server: TestServer | undefined;
    server = await serve(threePages(() => server as TestServer));
    const issues = await collect(sourceFor(server.url).searchIssues(SEARCH));

    expect(issues.map((found) => found.shortId)).toEqual([
      "WEB-1",
      "WEB-2",
      "WEB-3",
      "WEB-4",
      "WEB-5",
      "WEB-6",
    ]);
    expect(server.requests).toHaveLength(3);
    const first = server.requests[0]?.url;
    expect(first?.pathname).toBe("/api/0/organizations/acme/issues/");
    expect(first?.searchParams.getAll("project")).toEqual(["42", "43"]);
    expect(first?.searchParams.get("environment")).toBe("production");
    expect(first?.searchParams.get("start")).toBe("2026-03-01T12:00:00.000Z");
    expect(first?.searchParams.get("end")).toBe("2026-03-01T12:10:00.000Z");
    expect(first?.searchParams.get("query")).toBe(
      'firstSeen:>=2026-03-01T12:00:00.000Z firstRelease:"app@1.2.3" level:error',
    );
    expect(first?.searchParams.get("sort")).toBe("new");
    expect(first?.searchParams.get("limit")).toBe("100");
    expect(first?.searchParams.getAll("collapse")).toEqual(["stats", "lifetime", "filtered", "unhandled"]);
    expect(server.requests.map((request) => request.url.searchParams.get("cursor"))).toEqual([
      null,
      "1",
      "2",
    ]);
  });

  it("maps Sentry's issue to an IssueSummary", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, [issue(3, { culprit: null })]),
    );
    const [found] = await collect(sourceFor(server.url).searchIssues({ ...SEARCH, environment: null }));
    expect(found).toEqual<IssueSummary>({
      id: "3",
      shortId: "WEB-3",
      title: "TypeError 3",
      culprit: null,
      // Not on the configured host: rebuilt there, so a report never links elsewhere.
      permalink: `${server.url}/organizations/acme/issues/3/`,
      level: "error",
      category: "error",
      projectSlug: "web",
      events: 30,
      users: 3,
      firstSeen: new Date("2026-03-01T12:05:00.123Z"),
      lastSeen: new Date("2026-03-01T12:09:00Z"),
    });
    expect(server.requests[0]?.url.searchParams.has("environment")).toBe(false);
  });

  it("keeps a permalink on Sentry's own host, and replaces one that points elsewhere", async () => {
    let server: TestServer | undefined;
    server = await serve((_request, response) =>
      sendJson(response, 200, [
        issue(1, { permalink: `${(server as TestServer).url}/organizations/acme/issues/1/?project=42` }),
        issue(2, { permalink: "https://evil.example/phish" }),
        issue(3, { permalink: "javascript:alert(1)" }),
      ]),
    );
    const found = await collect(sourceFor(`${server.url}/sentry`).searchIssues(SEARCH));
    expect(found.map((item) => item.permalink)).toEqual([
      `${server.url}/organizations/acme/issues/1/?project=42`,
      `${server.url}/sentry/organizations/acme/issues/2/`,
      `${server.url}/sentry/organizations/acme/issues/3/`,
    ]);
  });

  it("yields a page's issues before it asks for the next page", async () => {
    let server: TestServer | undefined;
    server = await serve(threePages(() => server as TestServer));
    const iterator = sourceFor(server.url).searchIssues(SEARCH)[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(server.requests).toHaveLength(1);
    await iterator.return?.();
  });

  it("refuses a next link to another host, naming it, and sends that host nothing", async () => {
    const elsewhere = await serve((_request, response) => sendJson(response, 200, []));
    const server = await serve((_request, response) =>
      sendJson(response, 200, [issue(1)], {
        link: nextLink(`${elsewhere.url}/api/0/organizations/acme/issues/`, "1", true),
      }),
    );
    const seen: string[] = [];
    const error = await sentryFailure(
      (async () => {
        for await (const found of sourceFor(server.url).searchIssues(SEARCH)) seen.push(found.shortId);
      })(),
    );
    expect(error.kind).toBe("unsafe");
    expect(error.message).toContain(new URL(elsewhere.url).host);
    expect(error.message).not.toContain(TOKEN);
    expect(seen).toEqual(["WEB-1"]);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it.each([
    ["an issue without shortId", [issue(1), { ...issue(2), shortId: undefined }], "[1].shortId"],
    ["a count that is not a number", [issue(1, { count: "many" })], "[0].count"],
    ["a bad time", [issue(1, { firstSeen: "yesterday" })], "[0].firstSeen"],
    ["an object instead of a list", { detail: "x" }, "(body)"],
  ])("%s is malformed, naming the field", async (_name, body, path) => {
    const server = await serve((_request, response) => sendJson(response, 200, body));
    const error = await sentryFailure(collect(sourceFor(server.url).searchIssues(SEARCH)));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain(`at ${path}:`);
  });

  it("says that the environment may not exist on a 404", async () => {
    const server = await serve((_request, response) => sendJson(response, 404, { detail: "Not found" }));
    const error = await sentryFailure(collect(sourceFor(server.url).searchIssues(SEARCH)));
    expect(error.kind).toBe("not-found");
    expect(error.message).toContain('environment "production"');
  });
});

describe("region discovery", () => {
  /** Serves every host through one local server, recording the URL and Authorization as sent. */
  async function regionWorld(regionUrl: string | null) {
    const server = await serve((request, response) => {
      if (request.url.pathname === "/api/0/organizations/acme/") {
        return sendJson(response, 200, {
          id: "1",
          slug: "acme",
          links: { organizationUrl: "https://acme.sentry.test", regionUrl },
        });
      }
      return sendJson(response, 200, { id: "42", slug: "web" });
    });
    const sent: Array<{ url: string; authorization: string | null }> = [];
    const routed: typeof fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      sent.push({ url: url.href, authorization: new Headers(init?.headers).get("authorization") });
      return fetch(new URL(url.pathname + url.search, server.url), init);
    };
    return { server, sent, routed };
  }

  it("asks the control host once, then sends every call to the organization's region", async () => {
    const { sent, routed } = await regionWorld("https://us.sentry.test");
    const source = sourceFor("https://sentry.test", { fetch: routed, controlHosts: ["sentry.test"] });
    await Promise.all([source.resolveProjects(["web"]), source.resolveProjects(["web"])]);
    await source.resolveProjects(["web"]);
    expect(sent.map((request) => request.url)).toEqual([
      "https://sentry.test/api/0/organizations/acme/",
      "https://us.sentry.test/api/0/projects/acme/web/",
      "https://us.sentry.test/api/0/projects/acme/web/",
      "https://us.sentry.test/api/0/projects/acme/web/",
    ]);
    expect(sent.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it.each([["https://evil.test"], ["http://us.sentry.test"], [null]])(
    "keeps the configured URL when the region is %s",
    async (regionUrl) => {
      const { sent, routed } = await regionWorld(regionUrl);
      const source = sourceFor("https://sentry.test", { fetch: routed, controlHosts: ["sentry.test"] });
      await source.resolveProjects(["web"]);
      expect(sent.map((request) => new URL(request.url).origin)).toEqual([
        "https://sentry.test",
        "https://sentry.test",
      ]);
    },
  );

  it("does not discover on a self-hosted URL", async () => {
    const { sent, routed } = await regionWorld("https://us.sentry.test");
    await sourceFor("https://sentry.example.com/sentry", {
      fetch: routed,
      controlHosts: ["sentry.test"],
    }).resolveProjects(["web"]);
    expect(sent.map((request) => request.url)).toEqual([
      "https://sentry.example.com/sentry/api/0/projects/acme/web/",
    ]);
  });

  it("tries the discovery again after it failed", async () => {
    let calls = 0;
    const server = await serve((request, response) => {
      if (request.url.pathname === "/api/0/organizations/acme/" && calls++ === 0) {
        return sendJson(response, 403, { detail: "no" });
      }
      return sendJson(response, 200, { id: "42", slug: "web", links: { regionUrl: null } });
    });
    const source = sourceFor(server.url, { controlHosts: ["127.0.0.1"] });
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(error.message).toContain("org:read");
    await expect(source.resolveProjects(["web"])).resolves.toEqual([{ id: "42", slug: "web" }]);
  });
});

describe("releases and deploys", () => {
  it("reads a release, and null for an unknown one", async () => {
    const server = await serve((request, response) => {
      if (request.url.pathname.includes("unknown")) return sendJson(response, 404, { detail: "Not found" });
      return sendJson(response, 200, {
        id: 7,
        version: "app@1.2.3 beta",
        dateCreated: "2026-03-01T11:00:00Z",
        firstEvent: "2026-03-01T12:01:00Z",
        lastEvent: null,
        newGroups: 2,
      });
    });
    const source = sourceFor(server.url);
    await expect(source.release("app@1.2.3 beta")).resolves.toEqual({
      version: "app@1.2.3 beta",
      dateCreated: new Date("2026-03-01T11:00:00Z"),
      firstEvent: new Date("2026-03-01T12:01:00Z"),
      lastEvent: null,
    });
    expect(server.requests[0]?.url.pathname).toBe("/api/0/organizations/acme/releases/app%401.2.3%20beta/");
    await expect(source.release("unknown")).resolves.toBeNull();
  });

  it("refuses a release named '..' without asking Sentry", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, {}));
    const error = await sentryFailure(sourceFor(server.url).release(".."));
    expect(error.kind).toBe("bad-request");
    expect(server.requests).toHaveLength(0);
  });

  it("reads every page of deploys, and none for an unknown release", async () => {
    let server: TestServer | undefined;
    server = await serve((request, response) => {
      if (request.url.pathname.includes("unknown")) return sendJson(response, 404, { detail: "Not found" });
      const second = request.url.searchParams.get("cursor") === "1";
      const deploy = (id: string, environment: string) => ({
        id,
        environment,
        dateStarted: null,
        dateFinished: "2026-03-01T12:00:00Z",
        name: null,
        url: null,
      });
      const base = `${server?.url}/api/0/organizations/acme/releases/v1/deploys/`;
      sendJson(response, 200, second ? [deploy("2", "staging")] : [deploy("1", "production")], {
        link: nextLink(base, "1", !second),
      });
    });
    const source = sourceFor(server.url);
    await expect(source.deploys("v1")).resolves.toEqual([
      {
        id: "1",
        environment: "production",
        dateStarted: null,
        dateFinished: new Date("2026-03-01T12:00:00Z"),
      },
      { id: "2", environment: "staging", dateStarted: null, dateFinished: new Date("2026-03-01T12:00:00Z") },
    ]);
    await expect(source.deploys("unknown")).resolves.toEqual([]);
  });
});

describe("issue details", () => {
  it("reads the activity log", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, {
        id: "9",
        shortId: "WEB-9",
        activity: [
          {
            id: "2",
            type: "set_regression",
            dateCreated: "2026-03-01T12:03:00Z",
            user: null,
            data: { version: "v2", event_id: "e" },
          },
          { id: "1", type: "first_seen", dateCreated: "2026-02-01T00:00:00Z", user: null, data: {} },
        ],
      }),
    );
    await expect(sourceFor(server.url).issueActivity("9")).resolves.toEqual([
      { type: "set_regression", dateCreated: new Date("2026-03-01T12:03:00Z"), version: "v2" },
      { type: "first_seen", dateCreated: new Date("2026-02-01T00:00:00Z"), version: null },
    ]);
    const url = server.requests[0]?.url;
    expect(url?.pathname).toBe("/api/0/organizations/acme/issues/9/");
    expect(url?.searchParams.getAll("collapse")).toEqual(["stats", "tags", "release"]);
  });

  it("finds the latest event's innermost in-app frame, in the environment", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, {
        id: "e1",
        entries: [
          { type: "message", data: { formatted: "boom" } },
          {
            type: "exception",
            data: {
              values: [
                {
                  type: "TypeError",
                  stacktrace: {
                    frames: [
                      { filename: "app/server.ts", lineNo: 10, function: "serve", inApp: true },
                      { filename: "app/route.ts", lineNo: 57, function: "handler", inApp: true },
                      { filename: "node:internal/x", lineNo: 1, function: "tick", inApp: false },
                    ],
                  },
                },
              ],
            },
          },
        ],
      }),
    );
    await expect(sourceFor(server.url).latestEventLocation("9", "production")).resolves.toEqual({
      file: "app/route.ts",
      line: 57,
      function: "handler",
    });
    const url = server.requests[0]?.url;
    expect(url?.pathname).toBe("/api/0/organizations/acme/issues/9/events/latest/");
    expect(url?.searchParams.get("environment")).toBe("production");
  });

  it("has no location without an event, and names a bad frame", async () => {
    const server = await serve((request, response) => {
      if (request.url.pathname.includes("/1/"))
        return sendJson(response, 404, { detail: "No matching event found" });
      return sendJson(response, 200, {
        entries: [{ type: "exception", data: { values: [{ stacktrace: { frames: [{ lineNo: "ten" }] } }] } }],
      });
    });
    const source = sourceFor(server.url);
    await expect(source.latestEventLocation("1", null)).resolves.toBeNull();
    const error = await sentryFailure(source.latestEventLocation("2", null));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("at entries[0].data.values[0].stacktrace.frames[0].lineNo:");
  });
});

describe("hasReleaseEvents", () => {
  it("asks for one issue with an event of the release in the range", async () => {
    const server = await serve((request, response) =>
      sendJson(response, 200, request.url.searchParams.get("query")?.includes("v2") ? [issue(1)] : []),
    );
    const source = sourceFor(server.url);
    const query = {
      projects: [{ id: "42", slug: "web" }],
      environment: "production",
      start: SEARCH.start,
      end: SEARCH.end,
    };
    await expect(source.hasReleaseEvents({ ...query, release: "v2" })).resolves.toBe(true);
    await expect(source.hasReleaseEvents({ ...query, release: "v3" })).resolves.toBe(false);
    const url = server.requests[0]?.url;
    expect(url?.searchParams.get("query")).toBe('release:"v2"');
    expect(url?.searchParams.get("limit")).toBe("1");
    expect(url?.searchParams.getAll("project")).toEqual(["42"]);
    expect(url?.searchParams.get("environment")).toBe("production");
    expect(url?.searchParams.getAll("collapse")).toEqual(["stats", "lifetime", "filtered", "unhandled"]);
  });
});

describe("the fix check's calls", () => {
  it("resolves a short ID to its issue and project, and an unknown one to null", async () => {
    const server = await serve((request, response) =>
      request.url.pathname.endsWith("/WEB-7/")
        ? sendJson(response, 200, {
            organizationSlug: "acme",
            projectSlug: "web",
            groupId: "7",
            shortId: "WEB-7",
            group: issue(7, { permalink: "https://evil.example/phish" }),
          })
        : sendJson(response, 404, { detail: "The requested resource does not exist" }),
    );
    const source = sourceFor(server.url);
    await expect(source.resolveShortId("WEB-7")).resolves.toEqual({
      id: "7",
      shortId: "WEB-7",
      title: "TypeError 7",
      culprit: "app/route7.ts in handler",
      // A permalink off Sentry's hosts is rebuilt on the configured one.
      permalink: `${server.url}/organizations/acme/issues/7/`,
      level: "error",
      category: "error",
      projectSlug: "web",
      projectId: "42",
    });
    await expect(source.resolveShortId("WEB-99")).resolves.toBeNull();
    expect(server.requests[0]?.url.pathname).toBe("/api/0/organizations/acme/shortids/WEB-7/");
  });

  it("counts events per issue in Discover, fifty issues a request, with the release quoted", async () => {
    const server = await serve((request, response) => {
      const ids =
        /issue\.id:\[([\d,]+)\]/.exec(request.url.searchParams.get("query") ?? "")?.[1]?.split(",") ?? [];
      sendJson(response, 200, {
        data: ids
          .filter((id) => Number(id) % 2 === 0)
          .map((id) => ({
            "issue.id": Number(id),
            "count()": Number(id) * 2,
            "count_unique(user)": 1,
            "min(timestamp)": "2026-03-01T12:01:02+00:00",
            "last_seen()": "2026-03-01T12:04:05+00:00",
          })),
        meta: { fields: { "issue.id": "integer", "count()": "integer" } },
      });
    });
    const ids = Array.from({ length: 60 }, (_, i) => String(i + 1));
    const { counts, uncountable } = await sourceFor(server.url).issueCounts({
      issues: ids.map((id) => ({ id, category: "error" })),
      projects: [{ id: "42", slug: "web" }],
      environment: "production",
      start: SEARCH.start,
      end: SEARCH.end,
      release: 'web "2"',
    });
    expect(counts.size).toBe(30);
    expect(counts.get("60")).toEqual({
      events: 120,
      users: 1,
      firstSeen: new Date("2026-03-01T12:01:02Z"),
      lastSeen: new Date("2026-03-01T12:04:05Z"),
    });
    expect(counts.has("59")).toBe(false);
    expect(uncountable.size).toBe(0);
    expect(server.requests).toHaveLength(2);
    const url = server.requests[0]?.url;
    expect(url?.pathname).toBe("/api/0/organizations/acme/events/");
    expect(url?.searchParams.get("query")).toBe(
      `issue.id:[${ids.slice(0, 50).join(",")}] release:"web \\"2\\""`,
    );
    expect(url?.searchParams.getAll("field")).toEqual([
      "issue.id",
      "count()",
      "count_unique(user)",
      "min(timestamp)",
      "last_seen()",
    ]);
    expect(url?.searchParams.get("dataset")).toBe("errors");
    expect(url?.searchParams.get("start")).toBe(SEARCH.start.toISOString());
  });
});

describe("counting an issue that is not an error issue", () => {
  const COUNTED = {
    projects: [{ id: "42", slug: "web" }],
    environment: "production",
    start: SEARCH.start,
    end: SEARCH.end,
    release: "web@2",
  };
  const event = (n: number, user: Record<string, string> | null) => ({
    dateCreated: new Date(Date.parse("2026-03-01T12:01:00Z") + n * 1_000).toISOString(),
    user,
  });

  it("lists its events of the release in the range, since Discover's errors dataset never holds them", async () => {
    let server: TestServer | undefined;
    server = await serve((request, response) => {
      const page = Number(request.url.searchParams.get("cursor") ?? "0");
      const base = `${server?.url}/api/0/organizations/acme/issues/9/events/`;
      sendJson(
        response,
        200,
        page === 0 ? [event(3, { id: "u1" }), event(1, null)] : [event(2, { email: "a@b" })],
        {
          link: nextLink(base, String(page + 1), page === 0),
        },
      );
    });
    const { counts, uncountable } = await sourceFor(server.url).issueCounts({
      ...COUNTED,
      issues: [{ id: "9", category: "performance" }],
    });
    expect(uncountable.size).toBe(0);
    expect(counts.get("9")).toEqual({
      events: 3,
      users: 2,
      firstSeen: new Date("2026-03-01T12:01:01Z"),
      lastSeen: new Date("2026-03-01T12:01:03Z"),
    });
    const url = server.requests[0]?.url;
    expect(url?.pathname).toBe("/api/0/organizations/acme/issues/9/events/");
    expect(url?.searchParams.get("query")).toBe('release:"web@2"');
    expect(url?.searchParams.get("environment")).toBe("production");
    expect(url?.searchParams.get("start")).toBe(SEARCH.start.toISOString());
    expect(server.requests).toHaveLength(2);
  });

  it("stops after ten pages and says the count is a lower bound", async () => {
    let server: TestServer | undefined;
    server = await serve((request, response) => {
      const page = Number(request.url.searchParams.get("cursor") ?? "0");
      const base = `${server?.url}/api/0/organizations/acme/issues/9/events/`;
      sendJson(
        response,
        200,
        Array.from({ length: 100 }, (_, i) => event(i, null)),
        { link: nextLink(base, String(page + 1), true) },
      );
    });
    const { counts } = await sourceFor(server.url).issueCounts({
      ...COUNTED,
      issues: [{ id: "9", category: "performance" }],
    });
    expect(counts.get("9")).toMatchObject({ events: 1_000, capped: true });
    expect(server.requests).toHaveLength(10);
  });
});
