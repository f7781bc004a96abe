// The request layer, through the public source against real local servers: retries, rate limits,
// timeouts, error messages, malformed bodies and the token's secrecy.
import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { type Handler, sendJson, serve } from "../support/http-server.js";
import { fakeClock, recordingSource, TEST_START, TEST_TOKEN } from "../support/rest-source.js";
import { sentryFailure } from "../support/sentry-error.js";

const TOKEN = TEST_TOKEN;
const PROJECT = { id: "42", slug: "web", name: "Web" };
const START = TEST_START;

/** Answers with the given statuses in turn, then the project. */
function sequence(...steps: Array<(response: ServerResponse) => void>): Handler {
  let index = 0;
  return (_request, response) => {
    const step = steps[index++];
    if (step) step(response);
    else sendJson(response, 200, PROJECT);
  };
}
const status =
  (code: number, body: unknown = { detail: "oops" }, headers: Record<string, string> = {}) =>
  (response: ServerResponse) =>
    sendJson(response, code, body, headers);

describe("retries", () => {
  it("retries 5xx and succeeds, with the token sent as a Bearer header", async () => {
    const server = await serve(sequence(status(503), status(502)));
    const { clock, ...timing } = fakeClock();
    const { source, records } = recordingSource(server, timing);
    await expect(source.resolveProjects(["web"])).resolves.toEqual([{ id: "42", slug: "web" }]);
    expect(records.map((record) => record.status)).toEqual([503, 502, 200]);
    expect(clock.sleeps).toHaveLength(2);
    expect(clock.sleeps[1]).toBeGreaterThan(0);
    expect(server.requests.every((request) => request.headers.authorization === `Bearer ${TOKEN}`)).toBe(
      true,
    );
    expect(server.requests.every((request) => !request.url.href.includes(TOKEN))).toBe(true);
  });

  it("gives up as unavailable once 5xx last longer than the retry budget", async () => {
    const server = await serve((_request, response) => sendJson(response, 502, "Bad gateway"));
    const { source } = recordingSource(server, { retryBudgetMs: 400 });
    const started = Date.now();
    const error = await sentryFailure(source.resolveProjects(["web"]));
    const elapsed = Date.now() - started;
    expect(error.kind).toBe("unavailable");
    expect(error.retryable).toBe(true);
    expect(error.message).toContain("/api/0/projects/acme/web/");
    expect(error.message).toContain("HTTP 502");
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(1_500);
    expect(server.requests.length).toBeGreaterThan(1);
  });

  it("retries a connection reset", async () => {
    const server = await serve(sequence((response) => response.socket?.destroy()));
    const { source, records } = recordingSource(server, fakeClock());
    await expect(source.resolveProjects(["web"])).resolves.toHaveLength(1);
    expect(records.map((record) => record.status)).toEqual([null, 200]);
  });

  it("names the network error when the server cannot be reached", async () => {
    const server = await serve(() => {});
    await server.close();
    const { source } = recordingSource(server, { ...fakeClock(), retryBudgetMs: 1_000 });
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("abandons an attempt that takes longer than requestTimeoutMs", async () => {
    const server = await serve((_request, response) => {
      setTimeout(() => sendJson(response, 200, PROJECT), 1_500).unref();
    });
    const { source, records } = recordingSource(server, { requestTimeoutMs: 100, retryBudgetMs: 0 });
    const started = Date.now();
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error.kind).toBe("unavailable");
    expect(error.message).toContain("no answer within 0.1 s");
    expect(records).toEqual([{ method: "GET", url: `${server.url}/api/0/projects/acme/web/`, status: null }]);
  });
});

describe("rate limits", () => {
  const resetIn = (ms: number) => ({ "x-sentry-rate-limit-reset": String((START + ms) / 1000) });
  const tooFast = "You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds";

  it("waits until X-Sentry-Rate-Limit-Reset when it falls before the deadline", async () => {
    const server = await serve(sequence(status(429, tooFast, resetIn(1_000))));
    const { clock, ...timing } = fakeClock();
    const { source } = recordingSource(server, { ...timing, deadlineAt: START + 60_000 });
    await expect(source.resolveProjects(["web"])).resolves.toHaveLength(1);
    expect(clock.sleeps).toEqual([1_000]);
  });

  it("fails at once when the reset comes after the deadline, saying when it resets", async () => {
    const server = await serve(sequence(status(429, tooFast, resetIn(120_000))));
    const { clock, ...timing } = fakeClock();
    const { source } = recordingSource(server, { ...timing, deadlineAt: START + 60_000 });
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(error.kind).toBe("rate-limited");
    expect(error.message).toContain(new Date(START + 120_000).toISOString());
    expect(clock.sleeps).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("backs off on a 429 without a reset time, within the deadline", async () => {
    const server = await serve(sequence(status(429, tooFast), status(429, tooFast)));
    const { clock, ...timing } = fakeClock();
    const { source } = recordingSource(server, { ...timing, deadlineAt: START + 60_000 });
    await expect(source.resolveProjects(["web"])).resolves.toHaveLength(1);
    expect(clock.sleeps).toHaveLength(2);
  });

  it("stops backing off when the deadline would pass", async () => {
    const server = await serve((_request, response) => sendJson(response, 429, tooFast));
    const { clock, ...timing } = fakeClock();
    const { source } = recordingSource(server, { ...timing, deadlineAt: START + 5_000 });
    const error = await sentryFailure(source.resolveProjects(["web"]));
    expect(error.kind).toBe("rate-limited");
    expect(clock.now).toBeLessThanOrEqual(START + 5_000);
  });

  it("does not count rate-limit waits against the retry budget", async () => {
    const server = await serve(sequence(status(503), status(429, tooFast, resetIn(30_000)), status(503)));
    const { ...timing } = fakeClock();
    const { source } = recordingSource(server, {
      ...timing,
      retryBudgetMs: 5_000,
      deadlineAt: START + 60_000,
    });
    await expect(source.resolveProjects(["web"])).resolves.toHaveLength(1);
  });
});

describe("answers that name what to fix", () => {
  it("401: the token was rejected", async () => {
    const server = await serve(sequence(status(401, { detail: "Invalid token" })));
    const error = await sentryFailure(recordingSource(server).source.resolveProjects(["web"]));
    expect(error.kind).toBe("unauthorized");
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("set auth-token / SENTRY_AUTH_TOKEN to a valid token");
    expect(server.requests).toHaveLength(1);
  });

  it("403: names the scope, and for an org token says it cannot read issues", async () => {
    const server = await serve((_request, response) =>
      sendJson(response, 403, { detail: "You do not have permission" }),
    );
    const orgToken = "sntrys_eyJpYXQiOjF9_secret";
    const search = {
      projects: [{ id: "42", slug: "web" }],
      environment: null,
      start: new Date(START),
      end: new Date(START + 60_000),
      userQuery: "",
    };
    const error = await sentryFailure(
      recordingSource(server, { token: orgToken }).source.searchIssues(search)[Symbol.asyncIterator]().next(),
    );
    expect(error.kind).toBe("forbidden");
    expect(error.message).toContain("event:read");
    expect(error.message).toContain("org:ci");
    expect(error.message).toContain("internal integration token");
    expect(error.message).not.toContain(orgToken);

    const plain = await sentryFailure(recordingSource(server).source.resolveProjects(["web"]));
    expect(plain.message).toContain("project:read");
    expect(plain.message).not.toContain("org:ci");
    expect(server.requests).toHaveLength(2);
  });

  it("404: says which project does not exist in which org", async () => {
    const server = await serve(sequence(status(404, { detail: "The requested resource does not exist" })));
    const error = await sentryFailure(recordingSource(server).source.resolveProjects(["wbe"]));
    expect(error.kind).toBe("not-found");
    expect(error.message).toContain('no project "wbe" in organization "acme"');
    expect(error.message).toContain("check project and org");
  });

  it("400: quotes Sentry's detail and points at the query input", async () => {
    const server = await serve(sequence(status(400, { detail: "Invalid search query: unknown key foo" })));
    const { source } = recordingSource(server);
    const pages = source.searchIssues({
      projects: [{ id: "42", slug: "web" }],
      environment: "production",
      start: new Date(START),
      end: new Date(START + 60_000),
      userQuery: "foo:bar(",
    });
    const error = await sentryFailure(pages[Symbol.asyncIterator]().next());
    expect(error.kind).toBe("bad-request");
    expect(error.message).toContain("Invalid search query: unknown key foo");
    expect(error.message).toContain("Check the query input");
    expect(server.requests).toHaveLength(1);
  });

  it("never follows a redirect, and so never carries the token elsewhere", async () => {
    const elsewhere = await serve((_request, response) => sendJson(response, 200, PROJECT));
    const server = await serve((_request, response) => {
      response.writeHead(302, { location: `${elsewhere.url}/api/0/projects/acme/web/` });
      response.end();
    });
    const error = await sentryFailure(recordingSource(server).source.resolveProjects(["web"]));
    expect(error.kind).toBe("unsafe");
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe("bodies", () => {
  it("a truncated body is malformed, quoted, not a crash", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('[{"id": "1", "shortId": "WEB-1", "tit');
    });
    const error = await sentryFailure(recordingSource(server).source.release("1.0"));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("is not JSON");
    expect(error.message).toContain("/api/0/organizations/acme/releases/1.0/");
  });

  it("a body of the wrong shape is malformed and names the first bad field", async () => {
    const server = await serve(sequence(status(200, { id: 42, slug: "web" })));
    const error = await sentryFailure(recordingSource(server).source.resolveProjects(["web"]));
    expect(error.kind).toBe("malformed");
    expect(error.message).toContain("at id:");
  });

  it("masks the token that Sentry echoes in an error body, and drops control characters", async () => {
    const server = await serve(
      sequence(status(400, { detail: `bad header Bearer ${TOKEN}\u001b[2J\r\nInjected` })),
    );
    const error = await sentryFailure(recordingSource(server).source.resolveProjects(["web"]));
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).toContain("Bearer ***");
    expect(error.message).not.toMatch(/\p{Cc}/u);
  });

  it("masks the token in the strings of a successful answer", async () => {
    const server = await serve(sequence(status(200, { id: `42-${TOKEN}`, slug: "web" })));
    const [project] = await recordingSource(server).source.resolveProjects(["web"]);
    expect(project?.id).toBe("42-***");
  });

  it("quotes at most about 200 characters of a body", async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<html>${"x".repeat(5_000)}`);
    });
    const error = await sentryFailure(recordingSource(server).source.resolveProjects(["web"]));
    expect(error.message.length).toBeLessThan(400);
  });
});
