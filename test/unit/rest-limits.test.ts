// Bounded whatever Sentry answers (issue 12): pagination that never ends or loops, counts past 2^53,
// stalls after the headers, the run's deadline, and answers that are odd rather than wrong.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { readDiscoverRows } from "../../src/sentry/mcp/markdown.js";
import { countRow } from "../../src/sentry/mcp/queries.js";
import { createRedactor } from "../../src/sentry/redact.js";
import { type Answer, createGet, type Get } from "../../src/sentry/rest/http.js";
import { pages } from "../../src/sentry/rest/paginate.js";
import {
  createRestSource,
  REQUEST_TIMEOUT_MS,
  RETRY_BUDGET_MS,
  type RestSourceOptions,
} from "../../src/sentry/rest/source.js";
import type { IssueSearch } from "../../src/sentry/source.js";
import { sendJson, serve, type TestServer } from "../support/http-server.js";
import { fakeClock, recordingSource, TEST_START, TEST_TOKEN } from "../support/rest-source.js";
import { sentryFailure } from "../support/sentry-error.js";

const TOKEN = TEST_TOKEN;
const PROJECT = { id: "42", slug: "web" };
const START = TEST_START;
const CALL = { what: "search issues", scope: "event:read", notFound: "no such thing" } as const;

const sourceFor = (server: TestServer, options: Partial<RestSourceOptions> = {}) =>
  recordingSource(server, { requestTimeoutMs: 1_000, ...options });

const SEARCH: IssueSearch = {
  projects: [PROJECT],
  environment: "production",
  start: new Date("2026-03-01T12:00:00Z"),
  end: new Date("2026-03-01T12:10:00Z"),
  userQuery: "",
};

const issue = (n: number, overrides: Record<string, unknown> = {}) => ({
  id: String(n),
  shortId: `WEB-${n}`,
  title: `TypeError ${n}`,
  culprit: null,
  permalink: `https://acme.sentry.io/issues/${n}/`,
  level: "error",
  project: { id: "42", slug: "web" },
  count: "10",
  userCount: 1,
  firstSeen: "2026-03-01T12:05:00Z",
  lastSeen: "2026-03-01T12:09:00Z",
  ...overrides,
});

const link = (next: string, cursor: string) =>
  `<${next}>; rel="previous"; results="false"; cursor="0:0:1", <${next}>; rel="next"; results="true"; cursor="${cursor}"`;

async function drain<T>(items: AsyncIterable<T>): Promise<number> {
  let n = 0;
  for await (const _ of items) n += 1;
  return n;
}

describe("pagination that does not end", () => {
  /** A fake request function: every page a list of `size` items and a next link with a fresh cursor. */
  function endless(size: number, cursorOf: (n: number) => string = (n) => `0:${n * 100}:0`) {
    let n = 0;
    const get: Get = async (url) => {
      n += 1;
      const answer: Answer = {
        body: Array.from({ length: size }, (_, i) => ({ id: String(i) })),
        link: link(`${url.origin}/api/0/organizations/acme/issues/?cursor=${cursorOf(n)}`, cursorOf(n)),
        endpoint: "GET https://sentry.example/api/0/organizations/acme/issues/",
      };
      return answer;
    };
    return { get, requests: () => n };
  }
  const first = new URL("https://sentry.example/api/0/organizations/acme/issues/");

  it("stops at 1,000 pages, naming the endpoint", async () => {
    const { get, requests } = endless(3);
    const error = await sentryFailure(drain(pages(get, first, CALL)));
    expect(requests()).toBe(1_000);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("GET https://sentry.example/api/0/organizations/acme/issues/");
    expect(error.message).toMatch(/goes on past 3,000 items in 1,000 pages/);
  });

  it("stops at 100,000 items, however large the pages", async () => {
    const { get, requests } = endless(10_000);
    const error = await sentryFailure(drain(pages(get, first, CALL)));
    expect(requests()).toBe(10);
    expect(error.message).toMatch(/past 100,000 items in 10 pages/);
  });

  it("a repeated cursor is an error at once", async () => {
    const { get, requests } = endless(100, () => "0:100:0");
    const error = await sentryFailure(drain(pages(get, first, CALL)));
    expect(requests()).toBe(2);
    expect(error.kind).toBe("unsafe");
    expect(error.message).toContain("leads back to a page already read");
    expect(error.message).toContain("/api/0/organizations/acme/issues/");
  });

  it("a next link to the page just read is an error at once, through the source", async () => {
    let server: TestServer | undefined;
    server = await serve((request, response) => {
      // The same URL again, with no cursor parameter to tell it by.
      const self = `${(server as TestServer).url}${request.url.pathname}${request.url.search}`;
      sendJson(response, 200, [issue(1)], {
        link: `<${self}>; rel="next"; results="true"`,
      });
    });
    const { source } = sourceFor(server);
    const error = await sentryFailure(drain(source.searchIssues(SEARCH)));
    expect(error.message).toContain("leads back to a page already read");
    expect(server.requests).toHaveLength(1);
  });

  it("endless pages through the source: 1,000 requests, then an error, and the run goes on no further", async () => {
    let n = 0;
    let server: TestServer | undefined;
    server = await serve((_request, response) => {
      n += 1;
      const next = `${(server as TestServer).url}/api/0/organizations/acme/issues/?cursor=0:${n}:0`;
      sendJson(response, 200, [issue(1), issue(2)], { link: link(next, `0:${n}:0`) });
    });
    const { source } = sourceFor(server);
    const error = await sentryFailure(drain(source.searchIssues(SEARCH)));
    expect(error.message).toMatch(/past 2,000 items in 1,000 pages/);
    expect(server.requests).toHaveLength(1_000);
  }, 30_000);
});

describe("next links that are refused at once", () => {
  async function refusal(next: (server: TestServer) => string) {
    let server: TestServer | undefined;
    server = await serve((_request, response) => {
      sendJson(response, 200, [issue(1)], { link: link(next(server as TestServer), "0:100:0") });
    });
    const started = Date.now();
    const error = await sentryFailure(drain(sourceFor(server).source.searchIssues(SEARCH)));
    return { error, server, ms: Date.now() - started };
  }

  it("user:pass@: one request, a short message, no retry", async () => {
    const { error, server, ms } = await refusal(
      (s) =>
        `${s.url.replace("http://", "http://alice:s3cret@")}/api/0/organizations/acme/issues/?cursor=0:100:0`,
    );
    expect(error.kind).toBe("unsafe");
    expect(error.message).toContain("user name or password");
    expect(error.message).not.toContain("s3cret");
    expect(error.message.length).toBeLessThan(250);
    expect(server.requests).toHaveLength(1);
    expect(ms).toBeLessThan(3_000);
  });

  it("a javascript: link", async () => {
    const { error, server } = await refusal(() => "javascript:alert(1)");
    expect(error.message).toContain("not an http(s) address");
    expect(server.requests).toHaveLength(1);
  });

  it("another host gets no token", async () => {
    const { error } = await refusal(() => "https://sentry.attacker.example/api/0/?cursor=0:100:0");
    expect(error.message).toContain("Refusing to send the Sentry token to sentry.attacker.example");
  });
});

describe("counts", () => {
  async function searchWith(body: string) {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(body);
    });
    return sentryFailure(drain(sourceFor(server).source.searchIssues(SEARCH)));
  }

  it.each([
    ["a count past 2^53", JSON.stringify([issue(1, { count: "10000000000000000" })]), "[0].count"],
    ["a count of 400 digits", JSON.stringify([issue(1, { count: "1".repeat(400) })]), "[0].count"],
    ["a negative count", JSON.stringify([issue(1, { count: "-1" })]), "[0].count"],
    ["a userCount past 2^53", JSON.stringify([issue(1, { userCount: 2 ** 53 })]), "[0].userCount"],
    [
      "a userCount of 400 digits (Infinity to JSON.parse)",
      JSON.stringify([issue(1)]).replace('"userCount":1', `"userCount":${"9".repeat(400)}`),
      "[0].userCount",
    ],
  ])("%s is an error naming the endpoint and the field", async (_name, body, field) => {
    const error = await searchWith(body);
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("/api/0/organizations/acme/issues/");
    expect(error.message).toContain(
      `at ${field}: expected a count, a whole number from 0 to 9007199254740991`,
    );
    expect(error.message.length).toBeLessThan(300);
  });

  it("the largest safe count is read as it is", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, [issue(1, { count: String(Number.MAX_SAFE_INTEGER) })]),
    );
    const found = [];
    for await (const item of sourceFor(server).source.searchIssues(SEARCH)) found.push(item);
    expect(found[0]?.events).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("Discover's count() past 2^53 is an error naming the field", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        `{"data":[{"issue.id":1,"count()":1${"0".repeat(400)},"count_unique(user)":1,"min(timestamp)":null,"last_seen()":null}]}`,
      );
    });
    const error = await sentryFailure(
      sourceFor(server).source.issueCounts({
        issues: [{ id: "1", category: "error" }],
        projects: [PROJECT],
        environment: null,
        start: SEARCH.start,
        end: SEARCH.end,
      }),
    );
    expect(error.message).toContain("/api/0/organizations/acme/events/");
    expect(error.message).toContain("at data[0].count(): expected a count");
    expect(error.message).toContain("got a number too large to read");
  });

  it("the MCP server's rows: a count past 2^53 names the tool and the field", () => {
    const row = `{"issue.id": 1, "count()": 1${"0".repeat(20)}, "count_unique(user)": 1, "min(timestamp)": "2026-03-01T12:00:00+00:00", "last_seen()": "2026-03-01T12:00:00+00:00"}`;
    const text = `Found 1 aggregate result:\n\n\`\`\`json\n[${row}]\n\`\`\`\n`;
    expect(() => readDiscoverRows(text, countRow)).toThrow(
      /search_events answer has a row \[0\] without the expected count\(\): expected a count, a whole number from 0 to 9007199254740991, got 100000000000000000000\./,
    );
  });
});

describe("stalls", () => {
  it("an answer that stalls after its headers is retried within the budget", async () => {
    let n = 0;
    const server = await serve((_request, response: ServerResponse) => {
      n += 1;
      if (n === 1) {
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"id": "42", ');
        return; // and nothing more
      }
      sendJson(response, 200, PROJECT);
    });
    const { source, records } = sourceFor(server, { requestTimeoutMs: 300, retryBudgetMs: 2_000 });
    const started = Date.now();
    await expect(source.resolveProjects(["web"])).resolves.toEqual([PROJECT]);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(records.map((record) => record.status)).toEqual([null, 200]);
  });

  it("an answer that always stalls is an error by the end of the budget", async () => {
    const server = await serve((_request, response: ServerResponse) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write("[");
    });
    const { source, records } = sourceFor(server, { requestTimeoutMs: 400, retryBudgetMs: 1_000 });
    const started = Date.now();
    const error = await sentryFailure(source.resolveProjects(["web"]));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe("unavailable");
    expect(error.message).toMatch(/no answer within 0\.\d s/);
    expect(records.length).toBeGreaterThanOrEqual(2);
    // The budget, and the last attempt's quarter of it at most, with room for a busy machine.
    expect(elapsed).toBeLessThan(1_000 + 250 + 1_000);
  });

  it("by default, an attempt's timeout is shorter than the retry budget", () => {
    expect(REQUEST_TIMEOUT_MS).toBeLessThan(RETRY_BUDGET_MS);
    expect(RETRY_BUDGET_MS).toBe(15_000);
  });
});

describe("the run's deadline", () => {
  it("no request starts past it", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, PROJECT));
    const error = await sentryFailure(
      sourceFor(server, { ...fakeClock(), deadlineAt: START - 1 }).source.resolveProjects(["web"]),
    );
    expect(error.message).toContain("by this run's deadline");
    expect(server.requests).toHaveLength(0);
  });

  it("a retry never sleeps past it, and failures end at it", async () => {
    const server = await serve((_request, response) => sendJson(response, 503, { detail: "down" }));
    const { clock, ...timing } = fakeClock();
    const { source } = sourceFor(server, { ...timing, retryBudgetMs: 15_000, deadlineAt: START + 1_200 });
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(clock.now).toBeLessThanOrEqual(START + 1_200);
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("by this run's deadline");
    expect(error.message).toMatch(/\(\d+ tries, last: HTTP 503\)\.$/);
  });

  it("an attempt's timeout ends at the deadline", async () => {
    const server = await serve(() => {}); // never answers
    const { source } = sourceFor(server, {
      requestTimeoutMs: 5_000,
      retryBudgetMs: 15_000,
      deadlineAt: Date.now() + 300,
    });
    const started = Date.now();
    await sentryFailure(source.resolveProjects(["web"]));
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("a 429 whose reset is past the deadline is an error at once, even a reset far beyond any date", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 429, "slow down", { "x-sentry-rate-limit-reset": "1e300" }),
    );
    const { clock, ...timing } = fakeClock();
    const error = await sentryFailure(
      sourceFor(server, { ...timing, deadlineAt: START + 60_000 }).source.resolveProjects(["web"]),
    );
    expect(error.kind).toBe("rate-limited");
    expect(clock.sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe("odd answers", () => {
  it("a 304 says what it is, not a redirect to nowhere", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(304);
      response.end();
    });
    const error = await sentryFailure(sourceFor(server).source.resolveProjects(["web"]));
    expect(error.message).toContain("with HTTP 304 (Not Modified");
    expect(error.message).toContain("no Location");
    expect(error.message).not.toContain('""');
  });

  it("JSON nested thousands deep is said to be that, not 'not JSON'", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(`${"[".repeat(5_000)}${"]".repeat(5_000)}`);
    });
    const error = await sentryFailure(sourceFor(server).source.resolveProjects(["web"]));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("nests more than 512 levels deep");
    expect(error.message).not.toContain("not JSON");
  });

  it("JSON a few levels deep is read", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, { ...PROJECT, deep: JSON.parse(`${"[".repeat(100)}${"]".repeat(100)}`) }),
    );
    await expect(sourceFor(server).source.resolveProjects(["web"])).resolves.toEqual([PROJECT]);
  });

  it("a body past the size limit is not read", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ...PROJECT, pad: "x".repeat(3_000) }));
    });
    const get = createGet({
      token: TOKEN,
      redact: createRedactor(TOKEN),
      trusted: new Set([server.url]),
      fetch,
      sleep: async () => {},
      now: Date.now,
      onRequest: () => {},
      requestTimeoutMs: 1_000,
      retryBudgetMs: 1_000,
      deadlineAt: Date.now() + 60_000,
      maxBodyBytes: 1_000,
    });
    const error = await sentryFailure(get(new URL(`${server.url}/api/0/projects/acme/web/`), CALL));
    expect(error.message).toContain("larger than");
  });

  it("a host that does not exist is an error at once, naming it", async () => {
    let calls = 0;
    const notFound: typeof fetch = async () => {
      calls += 1;
      const cause = Object.assign(new Error("getaddrinfo ENOTFOUND sentry.exmaple.com"), {
        code: "ENOTFOUND",
      });
      throw new TypeError("fetch failed", { cause });
    };
    const { clock, ...timing } = fakeClock();
    const source = createRestSource({
      url: "https://sentry.exmaple.com",
      org: "acme",
      token: TOKEN,
      deadlineAt: START + 600_000,
      fetch: notFound,
      ...timing,
    });
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      "Sentry's host sentry.exmaple.com cannot be found (DNS: ENOTFOUND): check url.",
    );
  });

  it("a temporary DNS failure (EAI_AGAIN) is retried", async () => {
    let calls = 0;
    const flaky: typeof fetch = async (input) => {
      calls += 1;
      if (calls === 1) {
        const cause = Object.assign(new Error("getaddrinfo EAI_AGAIN sentry.io"), { code: "EAI_AGAIN" });
        throw new TypeError("fetch failed", { cause });
      }
      return fetch(input instanceof URL ? input : String(input));
    };
    const server = await serve((_request, response) => sendJson(response, 200, PROJECT));
    const source = createRestSource({
      url: server.url,
      org: "acme",
      token: TOKEN,
      deadlineAt: Date.now() + 60_000,
      fetch: flaky,
      ...fakeClock(),
    });
    await expect(source.resolveProjects(["web"])).resolves.toEqual([PROJECT]);
    expect(calls).toBe(2);
  });
});

describe("times", () => {
  it.each(["2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T12:60:00Z"])(
    "%s is not read as some other day",
    async (date) => {
      const server = await serve((_request, response) =>
        sendJson(response, 200, { version: "1.0", dateCreated: date, firstEvent: null, lastEvent: null }),
      );
      const error = await sentryFailure(sourceFor(server).source.release("1.0"));
      expect(error.message).toContain("at dateCreated: expected an ISO 8601 time");
    },
  );

  it("the last day of February in a leap year, and offsets, are times", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 200, {
        version: "1.0",
        dateCreated: "2028-02-29T23:59:59+01:00",
        firstEvent: null,
        lastEvent: null,
      }),
    );
    const release = await sourceFor(server).source.release("1.0");
    expect(release?.dateCreated.toISOString()).toBe("2028-02-29T22:59:59.000Z");
  });
});

describe("projects", () => {
  it("names every missing project, not only the first", async () => {
    const server = await serve((request, response) => {
      if (request.url.pathname.endsWith("/web/")) sendJson(response, 200, PROJECT);
      else sendJson(response, 404, { detail: "The requested resource does not exist" });
    });
    const error = await sentryFailure(sourceFor(server).source.resolveProjects(["web", "nope", "nope2"]));
    expect(error.kind).toBe("not-found");
    expect(error.message).toContain('Sentry has no projects "nope", "nope2" in organization "acme"');
  });

  it("one missing project keeps its own message", async () => {
    const server = await serve((_request, response) => sendJson(response, 404, { detail: "nope" }));
    const error = await sentryFailure(sourceFor(server).source.resolveProjects(["nope"]));
    expect(error.message).toContain('Sentry has no project "nope" in organization "acme"');
  });

  it("an answer for another project is an error, not that project", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, { id: "7", slug: "api" }));
    const error = await sentryFailure(sourceFor(server).source.resolveProjects(["web"]));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain('describes project "api" (ID 7), not the project "web" asked for');
  });

  it("a project asked for by its ID is that project", async () => {
    const server = await serve((_request, response) => sendJson(response, 200, PROJECT));
    await expect(sourceFor(server).source.resolveProjects(["42"])).resolves.toEqual([PROJECT]);
  });
});
