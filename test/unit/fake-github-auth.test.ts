// Who may do what on the fake, as on GitHub: token schemes, bad credentials, anonymous readers,
// read-only and pull-request-only tokens, GET /user for an app and for a person, the rate limit.
import { afterEach, describe, expect, it } from "vitest";
import { PR_NUMBER } from "../fixtures/events/index.js";
import {
  callGitHub,
  deployedPullRequest,
  type FakeGitHub,
  OCTOCAT,
  READ_ONLY,
  startFakeGitHub,
  USER_TOKEN,
  userToken,
  WORKFLOW_TOKEN,
  workflowToken,
} from "../support/fake-github/index.js";

const READ_ONLY_TOKEN = "ghs_readonly";
const PR_ONLY_TOKEN = "ghs_pronly";
const READ_ONLY_PAT = "github_pat_readonly";
const COMMENTS = `/repos/acme/web/issues/${PR_NUMBER}/comments`;
const CREATE_DOCS = "https://docs.github.com/rest/issues/comments#create-an-issue-comment";

let github: FakeGitHub;
afterEach(() => github?.close());

async function start(rateLimit?: number) {
  const workflow = workflowToken();
  github = await startFakeGitHub({
    repos: { ...deployedPullRequest(), "acme/secret": { private: true } },
    tokens: {
      [WORKFLOW_TOKEN]: rateLimit ? { ...workflow, rateLimit } : workflow,
      [READ_ONLY_TOKEN]: workflowToken(READ_ONLY),
      [PR_ONLY_TOKEN]: workflowToken({ issues: "none", pull_requests: "write" }),
      [USER_TOKEN]: userToken({ ...OCTOCAT, email: "octocat@github.com" }),
      [READ_ONLY_PAT]: userToken(OCTOCAT, READ_ONLY),
    },
  });
  github.state.addIssue("acme/web", { title: "An issue", number: 7 });
}

describe("credentials", () => {
  it("takes `token X` and `Bearer X`", async () => {
    await start();
    for (const scheme of ["token", "Bearer", "bearer"]) {
      const response = await fetch(`${github.url}/repos/acme/web/pulls/${PR_NUMBER}`, {
        headers: { authorization: `${scheme} ${WORKFLOW_TOKEN}` },
      });
      expect(response.status).toBe(200);
    }
  });

  it("answers an unknown token 401 Bad credentials", async () => {
    await start();
    const answer = await callGitHub(github, "GET", `/repos/acme/web/pulls/${PR_NUMBER}`, {
      token: "ghp_wrong",
    });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({
      message: "Bad credentials",
      documentation_url: "https://docs.github.com/rest",
      status: "401",
    });
  });

  it("lets anyone read a public repository, but not write to it nor see a private one", async () => {
    await start();
    expect((await callGitHub(github, "GET", COMMENTS, { token: null })).status).toBe(200);
    const write = await callGitHub(github, "POST", COMMENTS, { token: null, body: { body: "hi" } });
    expect(write.status).toBe(401);
    expect(write.json).toMatchObject({ message: "Requires authentication", status: "401" });
    expect((await callGitHub(github, "GET", "/repos/acme/secret/issues", { token: null })).status).toBe(404);
  });

  it("finds repositories without regard to case, and by id", async () => {
    await start();
    expect((await callGitHub(github, "GET", `/repos/ACME/Web/pulls/${PR_NUMBER}`)).status).toBe(200);
    const id = github.state.repo("acme/web").id;
    expect((await callGitHub(github, "GET", `/repositories/${id}/pulls/${PR_NUMBER}`)).status).toBe(200);
  });
});

describe("permissions", () => {
  it("refuses a write with a read-only workflow token: 403 in GitHub's words", async () => {
    await start();
    const answer = await callGitHub(github, "POST", COMMENTS, {
      token: READ_ONLY_TOKEN,
      body: { body: "hi" },
    });
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      message: "Resource not accessible by integration",
      documentation_url: CREATE_DOCS,
      status: "403",
    });
    expect(answer.headers.get("x-accepted-github-permissions")).toBe("issues=write; pull_requests=write");
    expect(github.state.repo("acme/web").comments).toEqual([]);
  });

  it("words a personal access token's refusal as its own", async () => {
    await start();
    const answer = await callGitHub(github, "POST", COMMENTS, { token: READ_ONLY_PAT, body: { body: "hi" } });
    expect(answer.json).toMatchObject({ message: "Resource not accessible by personal access token" });
  });

  it("lets the read-only token read", async () => {
    await start();
    expect((await callGitHub(github, "GET", COMMENTS, { token: READ_ONLY_TOKEN })).status).toBe(200);
  });

  it("pull-requests: write comments on a pull request, not on an issue", async () => {
    await start();
    const onPull = await callGitHub(github, "POST", COMMENTS, { token: PR_ONLY_TOKEN, body: { body: "hi" } });
    expect(onPull.status).toBe(201);
    const onIssue = await callGitHub(github, "POST", "/repos/acme/web/issues/7/comments", {
      token: PR_ONLY_TOKEN,
      body: { body: "hi" },
    });
    expect(onIssue.status).toBe(403);
  });

  it("lets a person's token write as that person", async () => {
    await start();
    const answer = await callGitHub(github, "POST", COMMENTS, { token: USER_TOKEN, body: { body: "hi" } });
    expect(answer.json).toMatchObject({
      user: { login: "octocat", type: "User" },
      performed_via_github_app: null,
    });
  });
});

describe("GET /user", () => {
  it("refuses the workflow's installation token: it is an app, not a user", async () => {
    await start();
    const answer = await callGitHub(github, "GET", "/user");
    expect(answer.status).toBe(403);
    expect(answer.json).toEqual({
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest/users/users#get-the-authenticated-user",
      status: "403",
    });
  });

  it("answers a personal access token with its owner", async () => {
    await start();
    const answer = await callGitHub(github, "GET", "/user", { token: USER_TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      login: "octocat",
      id: OCTOCAT.id,
      type: "User",
      email: "octocat@github.com",
    });
  });

  it("requires authentication", async () => {
    await start();
    expect((await callGitHub(github, "GET", "/user", { token: null })).status).toBe(401);
  });
});

describe("the primary rate limit", () => {
  it("reports the budget on every answer and refuses once it is spent", async () => {
    await start(2);
    const first = await callGitHub(github, "GET", COMMENTS);
    expect(Object.fromEntries([...first.headers].filter(([name]) => name.startsWith("x-ratelimit")))).toEqual(
      {
        "x-ratelimit-limit": "2",
        "x-ratelimit-remaining": "1",
        "x-ratelimit-reset": expect.stringMatching(/^\d{10}$/),
        "x-ratelimit-used": "1",
        "x-ratelimit-resource": "core",
      },
    );
    expect((await callGitHub(github, "GET", COMMENTS)).status).toBe(200);
    const refused = await callGitHub(github, "GET", COMMENTS);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(refused.json).toMatchObject({
      message: expect.stringMatching(/^API rate limit exceeded for installation ID \d+\.$/),
    });
    // Another token has its own budget.
    expect((await callGitHub(github, "GET", COMMENTS, { token: USER_TOKEN })).status).toBe(200);
  });

  it("gives an anonymous caller 60 an hour", async () => {
    await start();
    const answer = await callGitHub(github, "GET", COMMENTS, { token: null });
    expect(answer.headers.get("x-ratelimit-limit")).toBe("60");
  });
});
