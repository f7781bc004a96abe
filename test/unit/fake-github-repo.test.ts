// What the fake knows of a repository, answered with GitHub's semantics: pull requests associated
// with a commit, a pull request's files (3,000 at most), trees (any `recursive` value recurses,
// `truncated` past the limit), and issues listed with pull requests among them.
import { afterEach, describe, expect, it } from "vitest";
import { BASE_SHA, HEAD_REF, HEAD_SHA, MERGE_SHA, PR_NUMBER } from "../fixtures/events/index.js";
import {
  callGitHub,
  deployedPullRequest,
  type FakeGitHub,
  type FakeGitHubOptions,
  startFakeGitHub,
} from "../support/fake-github/index.js";

let github: FakeGitHub;
afterEach(() => github?.close());

async function start(options: FakeGitHubOptions = {}) {
  github = await startFakeGitHub({ repos: deployedPullRequest(), ...options });
}

const numbers = (json: unknown) => (json as { number: number }[]).map((p) => p.number);
const paths = (json: unknown) =>
  (json as { tree: { path: string; type: string }[] }).tree.map((e) => `${e.type} ${e.path}`);

describe("pull requests associated with a commit", () => {
  it("finds the merged pull request from its merge commit and its head", async () => {
    await start();
    for (const sha of [MERGE_SHA, HEAD_SHA]) {
      const answer = await callGitHub(github, "GET", `/repos/acme/web/commits/${sha}/pulls`);
      expect(numbers(answer.json)).toEqual([PR_NUMBER]);
    }
  });

  it("answers [] for a commit no pull request brought, a branch name with its pull requests", async () => {
    await start();
    expect((await callGitHub(github, "GET", `/repos/acme/web/commits/${BASE_SHA}/pulls`)).json).toEqual([]);
    const byBranch = await callGitHub(github, "GET", `/repos/acme/web/commits/${HEAD_REF}/pulls`);
    expect(numbers(byBranch.json)).toEqual([PR_NUMBER]);
  });

  it("answers 422 for a commit the repository does not have", async () => {
    await start();
    const sha = "0".repeat(40);
    const answer = await callGitHub(github, "GET", `/repos/acme/web/commits/${sha}/pulls`);
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ message: `No commit found for SHA: ${sha}` });
  });
});

describe("a pull request", () => {
  it("says merged, its merge commit, head and base", async () => {
    await start();
    const answer = await callGitHub(github, "GET", `/repos/acme/web/pulls/${PR_NUMBER}`);
    expect(answer.json).toMatchObject({
      number: PR_NUMBER,
      state: "closed",
      merged: true,
      merge_commit_sha: MERGE_SHA,
      head: { sha: HEAD_SHA, ref: HEAD_REF },
      base: { sha: BASE_SHA, ref: "main" },
      changed_files: 1,
      additions: 3,
      deletions: 1,
    });
  });

  it("lists its files 30 a page, at most 3,000 in all", async () => {
    const files = Array.from({ length: 3100 }, (_, i) => ({ filename: `src/file-${i}.ts` }));
    github = await startFakeGitHub({ repos: deployedPullRequest({ files }) });
    const first = await callGitHub(github, "GET", `/repos/acme/web/pulls/${PR_NUMBER}/files`);
    expect((first.json as unknown[]).length).toBe(30);
    const last = await callGitHub(
      github,
      "GET",
      `/repos/acme/web/pulls/${PR_NUMBER}/files?per_page=100&page=30`,
    );
    expect((last.json as { filename: string }[]).at(-1)?.filename).toBe("src/file-2999.ts");
    expect(last.headers.get("link")).not.toContain('rel="next"');
    expect(
      (await callGitHub(github, "GET", `/repos/acme/web/pulls/${PR_NUMBER}/files?per_page=100&page=31`)).json,
    ).toEqual([]);
  });

  it("lists its commits with their messages", async () => {
    await start();
    const answer = await callGitHub(github, "GET", `/repos/acme/web/pulls/${PR_NUMBER}/commits`);
    expect(answer.json).toMatchObject([{ sha: HEAD_SHA, commit: { message: "Round the total once" } }]);
  });

  it("answers 404 for a number that is not a pull request", async () => {
    await start();
    github.state.addIssue("acme/web", { title: "Just an issue", number: 7 });
    expect((await callGitHub(github, "GET", "/repos/acme/web/pulls/7")).status).toBe(404);
    expect((await callGitHub(github, "GET", "/repos/acme/web/pulls/abc")).status).toBe(404);
  });
});

describe("trees", () => {
  it("recursive lists every file and directory in git's order; without it, the top level", async () => {
    await start();
    const whole = await callGitHub(github, "GET", `/repos/acme/web/git/trees/${MERGE_SHA}?recursive=1`);
    expect(paths(whole.json)).toEqual([
      "blob README.md",
      "tree src",
      "tree src/cart",
      "blob src/cart/total.ts",
      "blob src/checkout.ts",
    ]);
    expect(whole.json).toMatchObject({ truncated: false });
    const top = await callGitHub(github, "GET", `/repos/acme/web/git/trees/${MERGE_SHA}`);
    expect(paths(top.json)).toEqual(["blob README.md", "tree src"]);
  });

  it("recurses for any value of recursive, even 0 or false, as GitHub documents", async () => {
    await start();
    for (const value of ["0", "false"]) {
      const answer = await callGitHub(
        github,
        "GET",
        `/repos/acme/web/git/trees/${MERGE_SHA}?recursive=${value}`,
      );
      expect(paths(answer.json)).toHaveLength(5);
    }
  });

  it("takes a branch name or a directory's tree sha, whose paths are relative to it", async () => {
    await start();
    const byBranch = await callGitHub(github, "GET", "/repos/acme/web/git/trees/main?recursive=1");
    expect(paths(byBranch.json)).toHaveLength(5);
    const src = (byBranch.json as { tree: { path: string; sha: string }[] }).tree.find(
      (e) => e.path === "src",
    );
    const sub = await callGitHub(github, "GET", `/repos/acme/web/git/trees/${src?.sha}`);
    expect(paths(sub.json)).toEqual(["tree cart", "blob checkout.ts"]);
  });

  it("cuts the list and says truncated past the limit", async () => {
    await start({ treeLimit: 2 });
    const answer = await callGitHub(github, "GET", `/repos/acme/web/git/trees/${MERGE_SHA}?recursive=1`);
    expect(answer.json).toMatchObject({ truncated: true });
    expect(paths(answer.json)).toEqual(["blob README.md", "tree src"]);
  });

  it("answers 404 for an unknown tree", async () => {
    await start();
    expect((await callGitHub(github, "GET", `/repos/acme/web/git/trees/${"0".repeat(40)}`)).status).toBe(404);
  });
});

describe("issues", () => {
  it("lists open issues and pull requests, newest first, filtered by state, labels and creator", async () => {
    await start();
    github.state.addIssue("acme/web", {
      title: "Deploy broke checkout",
      labels: ["sentry-deploy-verify", "bug"],
    });
    github.state.addIssue("acme/web", {
      title: "Closed one",
      state: "closed",
      labels: ["sentry-deploy-verify"],
    });
    github.state.addPullRequest("acme/web", { number: 50, head: { sha: "5".repeat(40) } });
    const list = async (query: string) =>
      numbers((await callGitHub(github, "GET", `/repos/acme/web/issues${query}`)).json);
    expect(await list("")).toEqual([50, 43]);
    expect(await list("?state=all")).toEqual([50, 44, 43, PR_NUMBER]);
    expect(await list("?state=all&labels=sentry-deploy-verify")).toEqual([44, 43]);
    expect(await list("?labels=sentry-deploy-verify,bug")).toEqual([43]);
    expect(await list("?creator=nobody")).toEqual([]);
    const pullAsIssue = (await callGitHub(github, "GET", "/repos/acme/web/issues")).json as Record<
      string,
      unknown
    >[];
    expect(pullAsIssue[0]).toHaveProperty("pull_request.url", `${github.url}/repos/acme/web/pulls/50`);
  });

  it("creates with the next free number, and closes and reopens", async () => {
    await start();
    const created = await callGitHub(github, "POST", "/repos/acme/web/issues", {
      body: { title: "Deploy broke checkout", labels: ["sentry-deploy-verify"] },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      number: PR_NUMBER + 1,
      state: "open",
      labels: [{ name: "sentry-deploy-verify" }],
      user: { login: "github-actions[bot]" },
    });
    const closed = await callGitHub(github, "PATCH", `/repos/acme/web/issues/${PR_NUMBER + 1}`, {
      body: { state: "closed", body: "Resolved." },
    });
    expect(closed.json).toMatchObject({ state: "closed", state_reason: "completed", body: "Resolved." });
    const reopened = await callGitHub(github, "PATCH", `/repos/acme/web/issues/${PR_NUMBER + 1}`, {
      body: { state: "open" },
    });
    expect(reopened.json).toMatchObject({ state: "open", state_reason: "reopened", closed_at: null });
  });

  it("refuses an issue without a title", async () => {
    await start();
    const answer = await callGitHub(github, "POST", "/repos/acme/web/issues", { body: { body: "?" } });
    expect(answer.status).toBe(422);
    expect(answer.json).toMatchObject({ message: 'Invalid request.\n\n"title" wasn\'t supplied.' });
  });
});
