// Real HTTP answers of the fake GitHub, validated against the success response schemas of GitHub's
// OpenAPI description (extracted into test/fixtures by scripts/extract-github-schemas.mjs), in
// several states: open, draft and merged pull requests, issues and pull requests as issues, comments
// by people and by the workflow's bot, trees whole and in part.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv, type ValidateFunction } from "ajv";
import ajvFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEAD_REF, HEAD_SHA, MERGE_SHA, PR_NUMBER } from "../fixtures/events/index.js";
import {
  deployedPullRequest,
  type FakeGitHub,
  GITHUB_ACTIONS_APP,
  GITHUB_ACTIONS_BOT,
  ROUTES,
  startFakeGitHub,
  USER_TOKEN,
  userToken,
  WORKFLOW_TOKEN,
  workflowToken,
} from "../support/fake-github/index.js";

interface Operation {
  method: string;
  path: string;
  status: number;
  documentation_url: string;
  schema: object;
}
interface Fixture {
  source: { package: string; version: string };
  operations: Record<string, Operation>;
  errors: Record<string, object>;
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/github-response-schemas.json", import.meta.url), "utf8"),
) as Fixture;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
// ajv-formats is CommonJS; its plugin is also its own `default`.
ajvFormats.default(ajv);
const validators = new Map<string, ValidateFunction>(
  Object.entries(fixture.operations).map(([id, op]) => [id, ajv.compile(op.schema)]),
);
const errorValidators = new Map<string, ValidateFunction>(
  Object.entries(fixture.errors).map(([name, schema]) => [name, ajv.compile(schema)]),
);

const PAT_NO_PROFILE = "ghp_noprofile";

describe("the schema fixture", () => {
  it("was extracted from the installed @octokit/openapi", () => {
    const installed = createRequire(import.meta.url)("@octokit/openapi/package.json") as { version: string };
    expect(fixture.source).toMatchObject({ package: "@octokit/openapi", version: installed.version });
  });

  it("covers exactly the fake's routes, with their methods, paths and documentation pages", () => {
    const served = Object.fromEntries(
      ROUTES.map((route) => [
        route.operation,
        { method: route.method, path: route.path, documentation_url: route.docs },
      ]),
    );
    const described = Object.fromEntries(
      Object.entries(fixture.operations).map(([id, { method, path, documentation_url }]) => [
        id,
        { method, path, documentation_url },
      ]),
    );
    expect(served).toEqual(described);
  });

  it("rejects a comment without a user or with a numeric body", () => {
    const validate = validators.get("issues/create-comment") as ValidateFunction;
    expect(validate({ id: 1, body: 5 })).toBe(false);
    expect(validate.errors?.map((e) => e.message)).toEqual(
      expect.arrayContaining(["must have required property 'user'", "must be string"]),
    );
  });
});

describe("the fake's answers conform to GitHub's response schemas", () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub({
      now: new Date("2026-03-02T12:00:00Z"),
      tokens: {
        [WORKFLOW_TOKEN]: workflowToken(),
        [USER_TOKEN]: userToken({
          login: "mona",
          id: 2,
          type: "User",
          name: "Mona",
          email: "mona@example.com",
        }),
        [PAT_NO_PROFILE]: userToken({ login: "ghost-writer", id: 3, type: "User" }),
      },
      repos: deployedPullRequest({
        files: [
          { filename: "src/checkout.ts", additions: 3, deletions: 1, patch: "@@ -1 +1 @@\n-a\n+b" },
          { filename: "docs/new file.md", status: "added", additions: 10, deletions: 0 },
          {
            filename: "src/cart/total.ts",
            status: "renamed",
            previous_filename: "src/total.ts",
            additions: 0,
            deletions: 0,
          },
          { filename: "assets/logo.png", status: "removed", additions: 0, deletions: 0 },
        ],
        comments: [
          { issue_number: PR_NUMBER, body: "Looks good" },
          {
            issue_number: PR_NUMBER,
            body: "<!-- sentry-deploy-verify -->\nNo new errors.",
            user: GITHUB_ACTIONS_BOT,
            performed_via_github_app: GITHUB_ACTIONS_APP,
          },
        ],
      }),
    });
    github.state.addPullRequest("acme/web", {
      number: 43,
      draft: true,
      labels: ["wip", "frontend"],
      head: { sha: "3".repeat(40), ref: "draft-work" },
    });
    github.state.addIssue("acme/web", {
      title: "Checkout broke",
      labels: ["sentry-deploy-verify"],
      body: "It did.",
    });
    github.state.addIssue("acme/web", { title: "Old", state: "closed", state_reason: "completed" });
    github.state.addComment("acme/web", { issue_number: 44, body: "Seen in production" });
  });
  afterAll(() => github.close());

  async function call(method: string, path: string, token: string, body?: unknown) {
    const response = await fetch(`${github.url}${path}`, {
      method,
      headers: { Authorization: `token ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as unknown };
  }

  /** Schema errors of one answer, as readable strings (empty when it conforms). */
  async function violations(
    operationId: string,
    path: string,
    init: { method?: string; body?: unknown; token?: string } = {},
  ) {
    const op = fixture.operations[operationId];
    const validate = validators.get(operationId);
    if (!op || !validate) throw new Error(`No schema for ${operationId}`);
    const { status, json } = await call(
      init.method ?? op.method,
      path,
      init.token ?? WORKFLOW_TOKEN,
      init.body,
    );
    if (status !== op.status) return [`${path}: HTTP ${status} ${JSON.stringify(json)}`];
    return validate(json) ? [] : (validate.errors ?? []).map((e) => `${path} ${e.instancePath} ${e.message}`);
  }

  it("pull requests associated with a commit: merged, open, by branch name", async () => {
    expect([
      ...(await violations(
        "repos/list-pull-requests-associated-with-commit",
        `/repos/acme/web/commits/${MERGE_SHA}/pulls`,
      )),
      ...(await violations(
        "repos/list-pull-requests-associated-with-commit",
        `/repos/acme/web/commits/${HEAD_SHA}/pulls`,
      )),
      ...(await violations(
        "repos/list-pull-requests-associated-with-commit",
        `/repos/acme/web/commits/${"3".repeat(40)}/pulls`,
      )),
      ...(await violations(
        "repos/list-pull-requests-associated-with-commit",
        `/repos/acme/web/commits/${HEAD_REF}/pulls`,
      )),
    ]).toEqual([]);
  });

  it("a merged and a draft pull request, their files and commits", async () => {
    expect([
      ...(await violations("pulls/get", `/repos/acme/web/pulls/${PR_NUMBER}`)),
      ...(await violations("pulls/get", "/repos/acme/web/pulls/43")),
      ...(await violations("pulls/list-files", `/repos/acme/web/pulls/${PR_NUMBER}/files`)),
      ...(await violations("pulls/list-files", "/repos/acme/web/pulls/43/files")),
      ...(await violations("pulls/list-commits", `/repos/acme/web/pulls/${PR_NUMBER}/commits`)),
      ...(await violations("pulls/list-commits", "/repos/acme/web/pulls/43/commits")),
    ]).toEqual([]);
  });

  it("trees: recursive, top level, by branch, a subtree", async () => {
    const whole = await call("GET", `/repos/acme/web/git/trees/${MERGE_SHA}?recursive=1`, WORKFLOW_TOKEN);
    const src = (whole.json as { tree: { path: string; sha: string }[] }).tree.find((e) => e.path === "src");
    expect([
      ...(await violations("git/get-tree", `/repos/acme/web/git/trees/${MERGE_SHA}?recursive=1`)),
      ...(await violations("git/get-tree", `/repos/acme/web/git/trees/${MERGE_SHA}`)),
      ...(await violations("git/get-tree", "/repos/acme/web/git/trees/main?recursive=true")),
      ...(await violations("git/get-tree", `/repos/acme/web/git/trees/${src?.sha}`)),
    ]).toEqual([]);
  });

  it("comments: listed on a pull request and an issue, created, updated", async () => {
    expect([
      ...(await violations("issues/list-comments", `/repos/acme/web/issues/${PR_NUMBER}/comments`)),
      ...(await violations("issues/list-comments", "/repos/acme/web/issues/44/comments?per_page=1&page=1")),
      ...(await violations("issues/create-comment", `/repos/acme/web/issues/${PR_NUMBER}/comments`, {
        body: { body: "Hi" },
      })),
      ...(await violations("issues/create-comment", "/repos/acme/web/issues/44/comments", {
        body: { body: "Me too" },
        token: USER_TOKEN,
      })),
      ...(await violations(
        "issues/update-comment",
        `/repos/acme/web/issues/comments/${github.state.repo("acme/web").comments[0]?.id}`,
        { body: { body: "Edited" } },
      )),
    ]).toEqual([]);
  });

  it("issues: listed with pull requests, created, closed, a pull request edited as an issue", async () => {
    expect([
      ...(await violations("issues/list-for-repo", "/repos/acme/web/issues?state=all")),
      ...(await violations("issues/list-for-repo", "/repos/acme/web/issues?labels=sentry-deploy-verify")),
      ...(await violations("issues/create", "/repos/acme/web/issues", {
        body: { title: "Deploy broke checkout", body: "…", labels: ["sentry-deploy-verify"] },
      })),
      ...(await violations("issues/update", "/repos/acme/web/issues/44", { body: { state: "closed" } })),
      ...(await violations("issues/update", "/repos/acme/web/issues/43", {
        body: { title: "Draft, renamed" },
      })),
    ]).toEqual([]);
  });

  it("the authenticated user, with and without profile fields", async () => {
    expect([
      ...(await violations("users/get-authenticated", "/user", { token: USER_TOKEN })),
      ...(await violations("users/get-authenticated", "/user", { token: PAT_NO_PROFILE })),
    ]).toEqual([]);
  });

  it.each([
    ["401 bad credentials", "GET", "/user", "ghp_unknown", undefined, "basic-error"],
    ["403 GET /user with an installation token", "GET", "/user", WORKFLOW_TOKEN, undefined, "basic-error"],
    [
      "404 unknown pull request",
      "GET",
      "/repos/acme/web/pulls/999",
      WORKFLOW_TOKEN,
      undefined,
      "basic-error",
    ],
    ["404 unknown repository", "GET", "/repos/acme/nope/pulls/1", WORKFLOW_TOKEN, undefined, "basic-error"],
    [
      "422 body too long",
      "POST",
      "/repos/acme/web/issues/42/comments",
      WORKFLOW_TOKEN,
      { body: "x".repeat(65537) },
      "validation-error",
    ],
    [
      "422 body missing",
      "POST",
      "/repos/acme/web/issues/42/comments",
      WORKFLOW_TOKEN,
      {},
      "validation-error",
    ],
    [
      "422 unknown commit",
      "GET",
      `/repos/acme/web/commits/${"0".repeat(40)}/pulls`,
      WORKFLOW_TOKEN,
      undefined,
      "validation-error",
    ],
  ])("error body: %s", async (_name, method, path, token, body, schema) => {
    const { status, json } = await call(method, path, token, body);
    expect(status).toBeGreaterThanOrEqual(400);
    const validate = errorValidators.get(schema) as ValidateFunction;
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(json).toMatchObject({
      status: String(status),
      documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//),
    });
  });
});
