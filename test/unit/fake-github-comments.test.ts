// The fake's issue comments as a sticky-comment client meets them: every page of a long thread
// through GitHub's Link header, create then update, and the 65,536-character limit.
import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import { afterEach, describe, expect, it } from "vitest";
import { PR_NUMBER } from "../fixtures/events/index.js";
import {
  callGitHub,
  deployedPullRequest,
  type FakeGitHub,
  type FakeGitHubOptions,
  GITHUB_ACTIONS_APP,
  MAX_BODY_CHARACTERS,
  startFakeGitHub,
  WORKFLOW_TOKEN,
} from "../support/fake-github/index.js";

const COMMENTS = `/repos/acme/web/issues/${PR_NUMBER}/comments`;

let github: FakeGitHub;
afterEach(() => github?.close());

async function start(comments = 0, options: FakeGitHubOptions = {}) {
  github = await startFakeGitHub({
    now: new Date("2026-03-02T12:00:00Z"),
    repos: deployedPullRequest({
      comments: Array.from({ length: comments }, (_, i) => ({
        issue_number: PR_NUMBER,
        body: `comment ${i + 1}`,
      })),
    }),
    ...options,
  });
  return github;
}

const bodies = (json: unknown) => (json as { body: string }[]).map((c) => c.body);

describe("listing", () => {
  it("75 comments are 3 pages of 30, with GitHub's Link header on each", async () => {
    await start(75);
    const id = github.state.repo("acme/web").id;
    const link = (page: number, rel: string) =>
      `<${github.url}/repositories/${id}/issues/${PR_NUMBER}/comments?page=${page}>; rel="${rel}"`;

    const first = await callGitHub(github, "GET", COMMENTS);
    expect(bodies(first.json)).toHaveLength(30);
    expect(first.headers.get("link")).toBe(`${link(2, "next")}, ${link(3, "last")}`);

    const second = await callGitHub(github, "GET", `${COMMENTS}?page=2`);
    expect(second.headers.get("link")).toBe(
      `${link(1, "prev")}, ${link(3, "next")}, ${link(3, "last")}, ${link(1, "first")}`,
    );

    const third = await callGitHub(github, "GET", `${COMMENTS}?page=3`);
    expect(bodies(third.json)).toEqual(Array.from({ length: 15 }, (_, i) => `comment ${i + 61}`));
    expect(third.headers.get("link")).toBe(`${link(2, "prev")}, ${link(1, "first")}`);
  });

  it("keeps the request's parameters in the Link URLs, in their order, with page set", async () => {
    await start(75);
    const id = github.state.repo("acme/web").id;
    const base = `${github.url}/repositories/${id}/issues/${PR_NUMBER}/comments`;
    const answer = await callGitHub(github, "GET", `${COMMENTS}?page=1&per_page=30`);
    expect(answer.headers.get("link")).toBe(
      `<${base}?page=2&per_page=30>; rel="next", <${base}?page=3&per_page=30>; rel="last"`,
    );
    const octokitStyle = await callGitHub(github, "GET", `${COMMENTS}?per_page=50`);
    expect(octokitStyle.headers.get("link")).toBe(
      `<${base}?per_page=50&page=2>; rel="next", <${base}?per_page=50&page=2>; rel="last"`,
    );
  });

  it("following the Link URLs reads every comment once, in ascending id order", async () => {
    await start(75);
    const seen: string[] = [];
    let next: string | undefined = `${github.url}${COMMENTS}?per_page=30`;
    while (next) {
      const page = await callGitHub(github, "GET", next);
      seen.push(...bodies(page.json));
      next = /<([^>]+)>; rel="next"/.exec(page.headers.get("link") ?? "")?.[1];
    }
    expect(seen).toEqual(Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`));
  });

  it("Octokit's paginate reads all of them", async () => {
    await start(75);
    const octokit = new (Octokit.plugin(paginateRest))({ auth: WORKFLOW_TOKEN, baseUrl: github.url });
    const all = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: "acme",
      repo: "web",
      issue_number: PR_NUMBER,
      per_page: 100,
    });
    expect(all).toHaveLength(75);
  });

  it("caps per_page at 100, defaults bad values to 30, and answers [] past the last page", async () => {
    await start(150);
    expect(bodies((await callGitHub(github, "GET", `${COMMENTS}?per_page=500`)).json)).toHaveLength(100);
    expect(bodies((await callGitHub(github, "GET", `${COMMENTS}?per_page=abc`)).json)).toHaveLength(30);
    const past = await callGitHub(github, "GET", `${COMMENTS}?page=9`);
    expect(past.json).toEqual([]);
  });

  it("has no Link header for a single page, and lists only the asked issue's comments", async () => {
    await start(2);
    github.state.addIssue("acme/web", { title: "Other" });
    github.state.addComment("acme/web", { issue_number: 43, body: "elsewhere" });
    const answer = await callGitHub(github, "GET", COMMENTS);
    expect(answer.headers.get("link")).toBeNull();
    expect(bodies(answer.json)).toEqual(["comment 1", "comment 2"]);
  });

  it("since: only comments updated at or after it", async () => {
    let now = new Date("2026-03-02T12:00:00Z");
    await start(0, { now: () => now });
    github.state.addComment("acme/web", { issue_number: PR_NUMBER, body: "old" });
    now = new Date("2026-03-02T13:00:00Z");
    github.state.addComment("acme/web", { issue_number: PR_NUMBER, body: "new" });
    const answer = await callGitHub(github, "GET", `${COMMENTS}?since=2026-03-02T12:30:00Z`);
    expect(bodies(answer.json)).toEqual(["new"]);
  });

  it("answers 404 for an issue that does not exist", async () => {
    await start();
    const answer = await callGitHub(github, "GET", "/repos/acme/web/issues/999/comments");
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest/issues/comments#list-issue-comments",
      status: "404",
    });
  });
});

describe("create then update", () => {
  it("creates as the token's identity, then updates the same comment", async () => {
    let now = new Date("2026-03-02T12:00:00Z");
    await start(0, { now: () => now });
    const created = await callGitHub(github, "POST", COMMENTS, { body: { body: "<!-- marker -->\nfirst" } });
    expect(created.status).toBe(201);
    const comment = created.json as Record<string, unknown> & { id: number; url: string };
    expect(created.headers.get("location")).toBe(comment.url);
    expect(comment).toMatchObject({
      body: "<!-- marker -->\nfirst",
      user: { login: "github-actions[bot]", id: 41898282, type: "Bot" },
      performed_via_github_app: { id: GITHUB_ACTIONS_APP.id, slug: "github-actions" },
      created_at: "2026-03-02T12:00:00Z",
      updated_at: "2026-03-02T12:00:00Z",
      html_url: `https://github.com/acme/web/pull/${PR_NUMBER}#issuecomment-${comment.id}`,
      issue_url: `${github.url}/repos/acme/web/issues/${PR_NUMBER}`,
    });

    now = new Date("2026-03-02T12:05:00Z");
    const updated = await callGitHub(github, "PATCH", `/repos/acme/web/issues/comments/${comment.id}`, {
      body: { body: "<!-- marker -->\nsecond" },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      id: comment.id,
      body: "<!-- marker -->\nsecond",
      created_at: "2026-03-02T12:00:00Z",
      updated_at: "2026-03-02T12:05:00Z",
    });

    const listed = await callGitHub(github, "GET", COMMENTS);
    expect(bodies(listed.json)).toEqual(["<!-- marker -->\nsecond"]);
    expect(github.state.repo("acme/web").comments).toHaveLength(1);
  });

  it("answers 404 when updating a comment that does not exist", async () => {
    await start();
    const answer = await callGitHub(github, "PATCH", "/repos/acme/web/issues/comments/1", {
      body: { body: "x" },
    });
    expect(answer.status).toBe(404);
  });

  it("refuses a missing or non-string body in GitHub's words", async () => {
    await start();
    expect((await callGitHub(github, "POST", COMMENTS, { body: {} })).json).toMatchObject({
      message: 'Invalid request.\n\n"body" wasn\'t supplied.',
      status: "422",
    });
    expect((await callGitHub(github, "POST", COMMENTS, { body: { body: null } })).json).toMatchObject({
      message: "Invalid request.\n\nFor 'properties/body', nil is not a string.",
    });
  });
});

describe("the 65,536-character limit", () => {
  it("accepts exactly 65,536 characters and refuses one more, as GitHub does", async () => {
    await start();
    const fits = await callGitHub(github, "POST", COMMENTS, {
      body: { body: "x".repeat(MAX_BODY_CHARACTERS) },
    });
    expect(fits.status).toBe(201);
    const over = await callGitHub(github, "POST", COMMENTS, {
      body: { body: "x".repeat(MAX_BODY_CHARACTERS + 1) },
    });
    expect(over.status).toBe(422);
    expect(over.json).toEqual({
      message: "Validation Failed",
      errors: [
        {
          resource: "IssueComment",
          code: "custom",
          field: "body",
          message: "body is too long (maximum is 65536 characters)",
        },
      ],
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
      status: "422",
    });
  });

  it("counts characters, not UTF-16 units: 65,536 emoji fit", async () => {
    await start();
    const emoji = "🚀".repeat(MAX_BODY_CHARACTERS);
    expect(emoji.length).toBe(2 * MAX_BODY_CHARACTERS);
    expect((await callGitHub(github, "POST", COMMENTS, { body: { body: emoji } })).status).toBe(201);
  });

  it("applies to updates too", async () => {
    await start(1);
    const id = github.state.repo("acme/web").comments[0]?.id;
    const over = await callGitHub(github, "PATCH", `/repos/acme/web/issues/comments/${id}`, {
      body: { body: "x".repeat(MAX_BODY_CHARACTERS + 1) },
    });
    expect(over.status).toBe(422);
    expect(github.state.repo("acme/web").comments[0]?.body).toBe("comment 1");
  });
});
