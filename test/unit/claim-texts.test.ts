// The texts that may claim fixes, read from the fake GitHub over HTTP with the action's own client:
// a pull request's title, body and commits; a push's commits from the payload; the deployed commit
// alone for a deployment; and what GitHub refuses (403, naming the permission), fails (500) or
// answers oddly, as warnings, never as a throw. Also GET a commit, the route added for this, against
// GitHub's schema.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import ajvFormats from "ajv-formats";
import { afterEach, describe, expect, it } from "vitest";
import { findFixClaims } from "../../src/engine/fix-claims.js";
import { MAX_TEXT_CHARACTERS, MAX_TEXTS, readClaimTexts } from "../../src/github/claim-texts.js";
import { createGitHub, type GitHub } from "../../src/github/client.js";
import type { GithubRun } from "../../src/github/event.js";
import type { Repository } from "../../src/github/repository.js";
import {
  BASE_SHA,
  deploymentStatusEvent,
  HEAD_REF,
  HEAD_SHA,
  MERGE_SHA,
  PR_NUMBER,
  PR_TITLE,
  pushEvent,
} from "../fixtures/events/index.js";
import {
  type FakeGitHub,
  fakeSha,
  type RepoInput,
  startFakeGitHub,
  WORKFLOW_TOKEN,
  workflowToken,
} from "../support/fake-github/index.js";

const REPOSITORY: Repository = { owner: "acme", name: "web", serverUrl: "https://github.com" };
const SECOND_SHA = "5ec0dd0e".repeat(5);
const short = (sha: string) => `commit ${sha.slice(0, 7)}`;
const PULL = `pull request #${PR_NUMBER}`;

const pushRun = (payload: unknown = pushEvent()): GithubRun => ({
  eventName: "push",
  sha: MERGE_SHA,
  payload,
});
const deploymentRun: GithubRun = {
  eventName: "deployment_status",
  sha: MERGE_SHA,
  payload: deploymentStatusEvent(),
};
const pullRequestRun: GithubRun = { eventName: "pull_request", sha: MERGE_SHA, payload: {} };

/** acme/web with #42: two commits, merged as MERGE_SHA, each text claiming something. */
function repo(options: { private?: boolean; body?: string | null } = {}): Record<string, RepoInput> {
  return {
    "acme/web": {
      private: options.private ?? false,
      branches: { main: MERGE_SHA, [HEAD_REF]: HEAD_SHA },
      commits: {
        [BASE_SHA]: { message: "Previous release", tree: ["src/checkout.ts"] },
        [SECOND_SHA]: { message: "Round the total once\n\nFixes WEB-3", parents: [BASE_SHA] },
        [HEAD_SHA]: { message: "Test the rounding (closes web-4)", parents: [SECOND_SHA] },
        [MERGE_SHA]: {
          message: `Merge pull request #${PR_NUMBER} from acme/${HEAD_REF}\n\n${PR_TITLE}`,
          parents: [BASE_SHA, HEAD_SHA],
        },
      },
      pulls: [
        {
          number: PR_NUMBER,
          title: "Fix the checkout total (fixes WEB-1)",
          body: options.body === undefined ? "<!-- Write Fixes PROJECT-123 -->\nFixes WEB-2" : options.body,
          head: { sha: HEAD_SHA, ref: HEAD_REF },
          base: { sha: BASE_SHA, ref: "main" },
          commits: [SECOND_SHA, HEAD_SHA],
          merged: true,
          merge_commit_sha: MERGE_SHA,
        },
      ],
    },
  };
}

let github: FakeGitHub;
afterEach(() => github?.close());

/** The action's client on the fake; `retries: false` makes a failing answer final at once. */
async function start(
  repos: Record<string, RepoInput>,
  options: { token?: ReturnType<typeof workflowToken>; retries?: boolean } = {},
): Promise<GitHub> {
  github = await startFakeGitHub({ repos, tokens: { [WORKFLOW_TOKEN]: options.token ?? workflowToken() } });
  const client = createGitHub({ token: WORKFLOW_TOKEN, apiUrl: github.url, log: () => {} });
  if (options.retries === false) {
    client.hook.before("request", (request) => {
      request.request = { ...request.request, retries: 0 };
    });
  }
  return client;
}

const operations = () => github.requests.map((r) => r.operation);

describe("a pull request", () => {
  it("its title, body and commits, then the deployed merge commit it does not list", async () => {
    const client = await start(repo());
    const { texts, warnings } = await readClaimTexts(
      client,
      REPOSITORY,
      pullRequestRun,
      MERGE_SHA,
      PR_NUMBER,
    );
    expect(warnings).toEqual([]);
    expect(texts).toEqual([
      { where: PULL, text: "Fix the checkout total (fixes WEB-1)" },
      { where: PULL, text: "<!-- Write Fixes PROJECT-123 -->\nFixes WEB-2" },
      { where: short(SECOND_SHA), text: "Round the total once\n\nFixes WEB-3" },
      { where: short(HEAD_SHA), text: "Test the rounding (closes web-4)" },
      { where: short(MERGE_SHA), text: expect.stringMatching(/^Merge pull request #42/) },
    ]);
    expect(operations()).toEqual(["pulls/get", "pulls/list-commits", "repos/get-commit"]);
    expect(findFixClaims(texts)).toEqual([
      { shortId: "WEB-1", where: [PULL] },
      { shortId: "WEB-2", where: [PULL] },
      { shortId: "WEB-3", where: [short(SECOND_SHA)] },
      { shortId: "WEB-4", where: [short(HEAD_SHA)] },
    ]);
  });

  it("does not read the deployed commit again when the pull request listed it", async () => {
    const client = await start(repo({ body: null }));
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, pullRequestRun, HEAD_SHA, PR_NUMBER);
    expect(warnings).toEqual([]);
    expect(texts.map((t) => t.where)).toEqual([PULL, short(SECOND_SHA), short(HEAD_SHA)]);
    expect(operations()).toEqual(["pulls/get", "pulls/list-commits"]);
  });

  it("pages through its commits, 250 at most, as GitHub lists them", async () => {
    const shas = Array.from({ length: 260 }, (_, i) => fakeSha(`commit ${i}`));
    const client = await start({
      "acme/web": {
        commits: Object.fromEntries(
          shas.map((sha, i) => [sha, { message: `Step ${i}\n\nFixes WEB-${i + 1}` }]),
        ),
        pulls: [{ number: PR_NUMBER, title: "Steps", head: { sha: shas.at(-1) ?? "" }, commits: shas }],
      },
    });
    const { texts, warnings } = await readClaimTexts(
      client,
      REPOSITORY,
      pullRequestRun,
      undefined,
      PR_NUMBER,
    );
    expect(warnings).toEqual([]);
    expect(texts).toHaveLength(1 + 250);
    expect(texts.at(-1)).toEqual({ where: short(shas[249] ?? ""), text: "Step 249\n\nFixes WEB-250" });
    expect(github.requests.filter((r) => r.operation === "pulls/list-commits")).toHaveLength(3);
  });
});

describe("a push", () => {
  it("the payload's commits and head commit, once each; the deployed commit is among them", async () => {
    const client = await start(repo());
    const head = pushEvent({ message: "Fixes WEB-9" }).head_commit;
    const earlier = { ...head, id: SECOND_SHA, message: "Closes WEB-8" };
    const run = pushRun({ ...pushEvent(), commits: [earlier, head], head_commit: head });
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, run, MERGE_SHA, null);
    expect(warnings).toEqual([]);
    expect(texts).toEqual([
      { where: short(SECOND_SHA), text: "Closes WEB-8" },
      { where: short(MERGE_SHA), text: "Fixes WEB-9" },
    ]);
    expect(github.requests).toEqual([]);
  });

  it("with its pull request too: a commit in both is read once", async () => {
    const client = await start(repo());
    const head = { ...pushEvent().head_commit, id: HEAD_SHA, message: "Test the rounding (closes web-4)" };
    const run = pushRun({ ...pushEvent(), commits: [head], head_commit: null });
    const { texts } = await readClaimTexts(client, REPOSITORY, run, MERGE_SHA, PR_NUMBER);
    expect(texts.map((t) => t.where)).toEqual([
      PULL,
      PULL,
      short(SECOND_SHA),
      short(HEAD_SHA),
      short(MERGE_SHA),
    ]);
  });

  it("a payload not shaped like a push's is not trusted: the deployed commit is read from GitHub", async () => {
    const client = await start(repo());
    for (const payload of [
      { commits: "Fixes WEB-666", head_commit: { id: 5, message: "Fixes WEB-666" } },
      { commits: [{ id: "not a sha", message: "Fixes WEB-666" }, null, 7] },
      null,
      "Fixes WEB-666",
    ]) {
      const { texts, warnings } = await readClaimTexts(client, REPOSITORY, pushRun(payload), MERGE_SHA, null);
      expect(warnings).toEqual([]);
      expect(texts).toEqual([
        { where: short(MERGE_SHA), text: expect.stringMatching(/^Merge pull request/) },
      ]);
    }
  });
});

describe("a deployment", () => {
  it("only the deployed commit", async () => {
    const client = await start(repo());
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, deploymentRun, MERGE_SHA, null);
    expect(warnings).toEqual([]);
    expect(texts).toEqual([
      {
        where: short(MERGE_SHA),
        text: `Merge pull request #${PR_NUMBER} from acme/${HEAD_REF}\n\n${PR_TITLE}`,
      },
    ]);
    expect(operations()).toEqual(["repos/get-commit"]);
  });

  it("nothing to read without a deployed commit or a pull request", async () => {
    const client = await start(repo());
    expect(await readClaimTexts(client, REPOSITORY, deploymentRun, undefined, null)).toEqual({
      texts: [],
      warnings: [],
    });
    expect(github.requests).toEqual([]);
  });
});

describe("what GitHub refuses or fails becomes a warning", () => {
  it("403 without the permissions: each names the one to grant", async () => {
    const client = await start(repo({ private: true }), {
      token: workflowToken({ contents: "none", pull_requests: "none" }),
    });
    const { texts, warnings } = await readClaimTexts(
      client,
      REPOSITORY,
      pullRequestRun,
      MERGE_SHA,
      PR_NUMBER,
    );
    expect(texts).toEqual([]);
    expect(warnings).toEqual([
      "GitHub refused to read the title and description of pull request #42 for fix claims (Resource not accessible by integration - https://docs.github.com/rest/pulls/pulls#get-a-pull-request): give the job `permissions: pull-requests: read`.",
      "GitHub refused to read the commits of pull request #42 for fix claims (Resource not accessible by integration - https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request): give the job `permissions: pull-requests: read`.",
      "GitHub refused to read the message of commit d0d0caf for fix claims (Resource not accessible by integration - https://docs.github.com/rest/commits/commits#get-a-commit): give the job `permissions: contents: read`.",
    ]);
  });

  it("403 on the commit alone: what the pull request says still counts", async () => {
    const client = await start(repo({ private: true }), { token: workflowToken({ contents: "none" }) });
    const { texts, warnings } = await readClaimTexts(
      client,
      REPOSITORY,
      pullRequestRun,
      MERGE_SHA,
      PR_NUMBER,
    );
    expect(texts.map((t) => t.where)).toEqual([PULL, PULL, short(SECOND_SHA), short(HEAD_SHA)]);
    expect(warnings).toEqual([expect.stringContaining("`permissions: contents: read`")]);
  });

  it("500s, once retries are spent: one warning for what failed, the rest read", async () => {
    const client = await start(repo(), { retries: false });
    github.faults.push({ type: "status", status: 500, match: "pulls/get" });
    github.faults.push({
      type: "status",
      status: 502,
      match: "repos/get-commit",
      body: "<html>Bad gateway</html>",
    });
    const { texts, warnings } = await readClaimTexts(
      client,
      REPOSITORY,
      pullRequestRun,
      MERGE_SHA,
      PR_NUMBER,
    );
    expect(texts.map((t) => t.where)).toEqual([short(SECOND_SHA), short(HEAD_SHA)]);
    expect(warnings).toEqual([
      "Could not read the title and description of pull request #42 for fix claims: Server Error",
      "Could not read the message of commit d0d0caf for fix claims: GitHub answered HTTP 502",
    ]);
  });

  it("a 500 on the second page of commits keeps the first page", async () => {
    const shas = Array.from({ length: 150 }, (_, i) => fakeSha(`commit ${i}`));
    const client = await start(
      {
        "acme/web": {
          commits: Object.fromEntries(shas.map((sha, i) => [sha, { message: `Fixes WEB-${i + 1}` }])),
          pulls: [{ number: PR_NUMBER, title: "Steps", head: { sha: shas.at(-1) ?? "" }, commits: shas }],
        },
      },
      { retries: false },
    );
    // Page 2 is asked at the Link header's URL, /repositories/{id}/…: page 1 passes.
    github.faults.push({ type: "status", status: 500, match: /^\/repositories\/\d+\/pulls\/42\/commits$/ });
    const { texts, warnings } = await readClaimTexts(
      client,
      REPOSITORY,
      pullRequestRun,
      undefined,
      PR_NUMBER,
    );
    expect(texts).toHaveLength(1 + 100);
    expect(warnings).toEqual(["Could not read the commits of pull request #42 for fix claims: Server Error"]);
  });

  it("a dropped connection", async () => {
    const client = await start(repo(), { retries: false });
    github.faults.push({ type: "reset", match: "repos/get-commit" });
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, deploymentRun, MERGE_SHA, null);
    expect(texts).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/^Could not read the message of commit d0d0caf for fix claims: ./),
    ]);
  });

  it("a passing 500 is retried, and costs nothing", async () => {
    const client = await start(repo());
    github.faults.push({ type: "status", status: 500, match: "repos/get-commit" });
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, deploymentRun, MERGE_SHA, null);
    expect(warnings).toEqual([]);
    expect(texts).toHaveLength(1);
    expect(github.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  it("404 and 422: a pull request or a commit GitHub does not have", async () => {
    const client = await start(repo());
    const unknown = "0".repeat(40);
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, pullRequestRun, unknown, 999);
    expect(texts).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Could not read the title and description of pull request #999 for fix claims: Not Found/,
      ),
      expect.stringMatching(/^Could not read the commits of pull request #999 for fix claims: Not Found/),
      expect.stringMatching(
        /^Could not read the message of commit 0000000 for fix claims: No commit found for SHA: 0{40}/,
      ),
    ]);
  });

  it("an answer in an unexpected shape", async () => {
    const client = await start(repo(), { retries: false });
    github.faults.push({ type: "status", status: 200, match: "pulls/get", body: { title: 42 } });
    github.faults.push({ type: "status", status: 200, match: "repos/get-commit", body: [] });
    const { warnings } = await readClaimTexts(client, REPOSITORY, pullRequestRun, MERGE_SHA, PR_NUMBER);
    expect(warnings).toEqual([
      "Could not read the title and description of pull request #42 for fix claims: its answer was not in the expected shape",
      "Could not read the message of commit d0d0caf for fix claims: its answer was not in the expected shape",
    ]);
  });
});

describe("bounds", () => {
  it("keeps the first 64 KB of a text", async () => {
    const body = `Fixes WEB-1\n${"x".repeat(MAX_TEXT_CHARACTERS)}\nFixes WEB-2`;
    const client = await start(repo({ body }));
    const { texts } = await readClaimTexts(client, REPOSITORY, pullRequestRun, undefined, PR_NUMBER);
    const read = texts.find((t) => t.text.startsWith("Fixes WEB-1"));
    expect(read?.text).toHaveLength(MAX_TEXT_CHARACTERS);
    expect(findFixClaims(texts).map((c) => c.shortId)).toEqual(["WEB-1", "WEB-3", "WEB-4"]);
  });

  it("does not split a surrogate pair at the cut", async () => {
    const body = `${"x".repeat(MAX_TEXT_CHARACTERS - 1)}😀 and more`;
    const client = await start(repo({ body }));
    const { texts } = await readClaimTexts(client, REPOSITORY, pullRequestRun, undefined, PR_NUMBER);
    expect(texts[1]?.text).toBe("x".repeat(MAX_TEXT_CHARACTERS - 1));
  });

  it(`reads ${MAX_TEXTS} texts at most, and says how many it left`, async () => {
    const client = await start(repo());
    const head = pushEvent().head_commit;
    const commits = Array.from({ length: MAX_TEXTS + 20 }, (_, i) => ({
      ...head,
      id: fakeSha(`pushed ${i}`),
      message: `Fixes WEB-${i + 1}`,
    }));
    const run = pushRun({ ...pushEvent(), commits, head_commit: commits.at(-1) });
    const { texts, warnings } = await readClaimTexts(client, REPOSITORY, run, undefined, null);
    expect(texts).toHaveLength(MAX_TEXTS);
    expect(warnings).toEqual([
      `Only the first ${MAX_TEXTS} texts were read for fix claims; 20 more were not.`,
    ]);
  });
});

describe("GET a commit on the fake", () => {
  const fixture = JSON.parse(
    readFileSync(new URL("../fixtures/github-response-schemas.json", import.meta.url), "utf8"),
  ) as { operations: Record<string, { schema: object }> };
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajvFormats.default(ajv);
  const validate = ajv.compile(fixture.operations["repos/get-commit"]?.schema ?? {});

  async function get(ref: string) {
    const response = await fetch(`${github.url}/repos/acme/web/commits/${ref}`, {
      headers: { authorization: `token ${WORKFLOW_TOKEN}` },
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it("answers by sha, abbreviated sha, branch and heads/branch, in GitHub's schema", async () => {
    await start({
      "acme/web": {
        branches: { main: MERGE_SHA },
        commits: {
          [BASE_SHA]: { message: "Base", tree: ["README.md", "old.ts"] },
          [MERGE_SHA]: { message: "Merge", parents: [BASE_SHA], tree: ["README.md", "new file.ts"] },
        },
      },
    });
    for (const ref of [MERGE_SHA, MERGE_SHA.slice(0, 7), "main", "heads%2Fmain", "heads/main"]) {
      const { status, json } = await get(ref);
      expect(status).toBe(200);
      expect(json.sha).toBe(MERGE_SHA);
      expect(validate(json) ? [] : validate.errors).toEqual([]);
    }
    const { json } = await get(MERGE_SHA);
    expect(json.files).toMatchObject([
      { filename: "new file.ts", status: "added" },
      { filename: "old.ts", status: "removed" },
    ]);
    expect(validate((await get(BASE_SHA)).json) ? [] : validate.errors).toEqual([]);
  });

  it("answers 422 for a ref it does not have, an ambiguous or too short abbreviation", async () => {
    await start({
      "acme/web": { commits: { ["a".repeat(40)]: {}, [`${"a".repeat(8)}${"b".repeat(32)}`]: {} } },
    });
    for (const ref of ["nope", "aaaaaaa", "aaaa"]) {
      const { status, json } = await get(ref);
      expect(status).toBe(422);
      expect(json).toMatchObject({ message: `No commit found for SHA: ${ref}`, status: "422" });
    }
  });

  it("needs contents: read on a private repository", async () => {
    github = await startFakeGitHub({
      repos: { "acme/web": { private: true, commits: { [MERGE_SHA]: {} } } },
      tokens: { [WORKFLOW_TOKEN]: workflowToken({ contents: "none" }) },
    });
    const response = await fetch(`${github.url}/repos/acme/web/commits/${MERGE_SHA}`, {
      headers: { authorization: `token ${WORKFLOW_TOKEN}` },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("x-accepted-github-permissions")).toBe("contents=read");
  });
});
