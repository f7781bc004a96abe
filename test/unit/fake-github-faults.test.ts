// Faults a test queues on the fake GitHub, and the record of what was asked: server errors,
// GitHub's primary and secondary rate limits (as Octokit's throttling recognises them), slow
// answers and dropped connections.
import { Octokit } from "@octokit/core";
import { throttling } from "@octokit/plugin-throttling";
import { afterEach, describe, expect, it } from "vitest";
import { PR_NUMBER } from "../fixtures/events/index.js";
import {
  callGitHub,
  deployedPullRequest,
  type FakeGitHub,
  startFakeGitHub,
  WORKFLOW_TOKEN,
} from "../support/fake-github/index.js";

const COMMENTS = `/repos/acme/web/issues/${PR_NUMBER}/comments`;

let github: FakeGitHub;
afterEach(() => github?.close());

async function start() {
  github = await startFakeGitHub({ repos: deployedPullRequest() });
}

describe("status faults", () => {
  it("answer the given status `times` times, then normally", async () => {
    await start();
    github.faults.push({ type: "status", status: 502, match: "issues/list-comments", times: 2 });
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(502);
    // Another operation does not match.
    expect((await callGitHub(github, "GET", `/repos/acme/web/pulls/${PR_NUMBER}`)).status).toBe(200);
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(502);
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(200);
    expect(github.faults.pending).toBe(0);
  });

  it("send a string body as an HTML page, match a path pattern, and clear", async () => {
    await start();
    github.faults.push({ type: "status", status: 503, body: "<html>Unicorn!</html>", match: /\/comments$/ });
    const response = await fetch(`${github.url}${COMMENTS}`, {
      headers: { authorization: `token ${WORKFLOW_TOKEN}` },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await response.text()).toBe("<html>Unicorn!</html>");
    github.faults.push({ type: "status", status: 500 });
    github.faults.clear();
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(200);
  });
});

describe("rate limit faults", () => {
  it("primary: 403 or 429 with x-ratelimit-remaining 0 and the reset ahead", async () => {
    await start();
    github.faults.push({ type: "rate-limit", resetInSeconds: 120 });
    github.faults.push({ type: "rate-limit", status: 429 });
    const before = Math.floor(Date.now() / 1000);
    const refused = await callGitHub(github, "GET", COMMENTS);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(before + 120);
    expect(refused.json).toMatchObject({
      message: expect.stringMatching(/^API rate limit exceeded for installation ID/),
      documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
    });
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(429);
  });

  it("secondary: 403 with retry-after and GitHub's message, the budget left", async () => {
    await start();
    github.faults.push({ type: "secondary-rate-limit", match: "issues/create-comment" });
    const refused = await callGitHub(github, "POST", COMMENTS, { body: { body: "hi" } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("x-ratelimit-remaining")).not.toBe("0");
    expect(refused.json).toMatchObject({
      message: expect.stringMatching(
        new RegExp(
          `^You have exceeded a secondary rate limit\\. .* include the request ID ${refused.headers.get("x-github-request-id")}\\.$`,
        ),
      ),
      status: "403",
    });
  });

  it("are what Octokit's throttling waits out: secondary, then primary", async () => {
    await start();
    const seen: string[] = [];
    const octokit = new (Octokit.plugin(throttling))({
      auth: WORKFLOW_TOKEN,
      baseUrl: github.url,
      throttle: {
        onRateLimit: (retryAfter: number) => {
          seen.push(`primary ${retryAfter}`);
          return true;
        },
        onSecondaryRateLimit: (retryAfter: number) => {
          seen.push(`secondary ${retryAfter}`);
          return true;
        },
      },
    });
    // A read: Octokit spaces writes out by seconds of its own, which would only slow this test.
    github.faults.push({ type: "secondary-rate-limit", match: "pulls/get" });
    github.faults.push({ type: "rate-limit", resetInSeconds: 1, match: "pulls/get" });
    const pull = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      owner: "acme",
      repo: "web",
      pull_number: PR_NUMBER,
    });
    expect(pull.status).toBe(200);
    expect(seen).toEqual(["secondary 1", expect.stringMatching(/^primary [12]$/)]);
    expect(github.requests.map((r) => r.status)).toEqual([403, 403, 200]);
  });
});

describe("connection faults", () => {
  it("delay answers normally, later", async () => {
    await start();
    github.faults.push({ type: "delay", ms: 300 });
    const started = Date.now();
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("reset drops the connection without an answer", async () => {
    await start();
    github.faults.push({ type: "reset" });
    await expect(callGitHub(github, "GET", COMMENTS)).rejects.toThrow();
    expect(github.requests[0]).toMatchObject({ fault: "reset", status: null });
  });
});

it("records every request: method, path, query, body, authorization, operation, fault, status", async () => {
  await start();
  github.faults.push({ type: "status", status: 500, match: "issues/create-comment" });
  await callGitHub(github, "GET", `${COMMENTS}?per_page=100`);
  await callGitHub(github, "POST", COMMENTS, { body: { body: "hi" } });
  await callGitHub(github, "GET", "/nowhere", { token: null });
  expect(github.requests.map(({ at: _, query, ...rest }) => ({ ...rest, query: query.toString() }))).toEqual([
    {
      method: "GET",
      path: COMMENTS,
      query: "per_page=100",
      body: undefined,
      authorization: `token ${WORKFLOW_TOKEN}`,
      operation: "issues/list-comments",
      fault: null,
      status: 200,
    },
    {
      method: "POST",
      path: COMMENTS,
      query: "",
      body: { body: "hi" },
      authorization: `token ${WORKFLOW_TOKEN}`,
      operation: "issues/create-comment",
      fault: "status",
      status: 500,
    },
    {
      method: "GET",
      path: "/nowhere",
      query: "",
      body: undefined,
      authorization: null,
      operation: null,
      fault: null,
      status: 404,
    },
  ]);
});
