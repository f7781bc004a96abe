// The regression report on the pull request, through the bundled action against the Sentry simulator
// and the fake GitHub: every trigger, re-runs, a clean re-run, two gates, other people's comments,
// pages of comments, a token that may not write, a flaky GitHub, and hostile text.
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanScenario,
  HOSTILE_TITLE,
  regressionScenario,
  type Scenario,
} from "../../src/simulator/index.js";
import {
  deploymentStatusEvent,
  HEAD_SHA,
  MERGE_SHA,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  REPO,
  runPullRequest,
  TEST_MERGE_SHA,
  workflowDispatchEvent,
  workflowRunEvent,
} from "../fixtures/events/index.js";
import {
  type CommentInput,
  deployedPullRequest,
  type FakeGitHub,
  GITHUB_ACTIONS_BOT,
  OCTOCAT,
  READ_ONLY,
  startFakeGitHub,
  USER_TOKEN,
  userToken,
  WORKFLOW_TOKEN,
  workflowToken,
} from "../support/fake-github/index.js";
import { type ActionRun, type RunOptions, runAction } from "../support/run-action.js";
import { inputsFor, simulate } from "../support/simulated.js";

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

// The scenario's frames are in these files; the pull request changed the cart.
const TREE = ["README.md", "src/checkout/cart.ts", "src/checkout/price.ts", "src/auth/session.ts"];

type Tokens = NonNullable<Parameters<typeof startFakeGitHub>[0]>["tokens"];

async function github(
  options: { comments?: CommentInput[]; tokens?: Tokens; body?: string; private?: boolean } = {},
) {
  const fake = await startFakeGitHub({
    repos: deployedPullRequest({
      tree: TREE,
      files: [{ filename: "src/checkout/cart.ts", additions: 4, deletions: 2 }],
      comments: options.comments ?? [],
      ...(options.body === undefined ? {} : { body: options.body }),
      private: options.private ?? false,
    }),
    ...(options.tokens ? { tokens: options.tokens } : {}),
  });
  fakes.push(fake);
  return fake;
}

interface Deploy {
  scenario: Scenario;
  fake: FakeGitHub;
  inputs?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  sha?: string;
}

async function deploy({ scenario, fake, inputs = {}, eventName = "push", event, sha = MERGE_SHA }: Deploy) {
  const simulator = await simulate(scenario);
  const options: RunOptions = {
    inputs: { ...inputsFor(scenario, simulator), "github-token": WORKFLOW_TOKEN, ...inputs },
    eventName,
    event: event ?? pushEvent({ sha }),
    sha,
    env: {
      GITHUB_API_URL: fake.url,
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: REPO,
      GITHUB_RUN_ID: "4242",
    },
  };
  return runAction(options);
}

const comments = (fake: FakeGitHub) =>
  fake.state.repo(REPO).comments.filter((c) => c.issue_number === PR_NUMBER);
const ours = (fake: FakeGitHub) =>
  comments(fake).filter((c) => c.body.includes("<!-- sentry-deploy-verify gate:"));
const writes = (fake: FakeGitHub) => fake.requests.filter((r) => r.method !== "GET");
const warnings = (run: ActionRun) => run.stdout.split("\n").filter((line) => line.startsWith("::warning::"));

describe("the comment on the deployed commit's pull request", () => {
  it("is created when the deploy broke something, with the report, code links and a chart", async () => {
    const fake = await github();
    const run = await deploy({ scenario: regressionScenario(), fake });

    expect(run.exitCode).toBe(1);
    expect(ours(fake)).toHaveLength(1);
    const comment = ours(fake)[0];
    expect(comment?.user.login).toBe(GITHUB_ACTIONS_BOT.login);
    expect(run.outputs["comment-url"]).toBe(
      `https://github.com/${REPO}/pull/${PR_NUMBER}#issuecomment-${comment?.id}`,
    );
    const body = comment?.body ?? "";
    expect(body.split("\n")[1]).toMatch(/^### ❌ FAIL: release [0-9a-f]{7} in production$/);
    expect(body.split("\n")[3]).toMatch(/^2 new issues and 1 regressed issue in release/);
    expect(body).toContain(
      `[src/checkout/cart.ts:87](https://github.com/${REPO}/blob/${MERGE_SHA}/src/checkout/cart.ts#L87) ✏️ changed in this pull request`,
    );
    expect(body).toContain(
      `[src/auth/session.ts:23](https://github.com/${REPO}/blob/${MERGE_SHA}/src/auth/session.ts#L23) |`,
    );
    expect(body).toMatch(/```mermaid\n%%\{init: .*\}%%\nxychart-beta\n/);
    expect(body).toMatch(
      /<sub>Updated \d{4}-\d\d-\d\d \d\d:\d\d UTC by \[this run\]\(https:\/\/github\.com\/acme\/web\/actions\/runs\/4242\)/,
    );
    // The job summary shows the same report, and where the comment went.
    expect(run.summary).toContain("✏️ changed in this pull request");
    expect(run.summary).toContain(`> Pull request comment created: ${run.outputs["comment-url"]}`);
  });

  it("is updated in place by a re-run, never posted twice", async () => {
    const fake = await github();
    const scenario = regressionScenario();
    await deploy({ scenario, fake });
    const first = ours(fake)[0];
    const rerun = await deploy({ scenario, fake });

    expect(ours(fake)).toHaveLength(1);
    expect(ours(fake)[0]?.id).toBe(first?.id);
    expect(writes(fake).map((r) => r.method)).toEqual(["POST", "PATCH"]);
    expect(rerun.outputs["comment-url"]).toContain(`#issuecomment-${first?.id}`);
  });

  it("says the release is clean when a later run finds nothing", async () => {
    const fake = await github();
    await deploy({ scenario: regressionScenario(), fake });
    const clean = await deploy({ scenario: cleanScenario(), fake });

    expect(clean.exitCode).toBe(0);
    expect(ours(fake)).toHaveLength(1);
    expect(ours(fake)[0]?.body.split("\n")[1]).toMatch(/^### ✅ PASS: release /);
    expect(ours(fake)[0]?.body.split("\n")[3]).toMatch(/^no new, regressed or spiking issues/);
  });

  it("with comment: auto, posts nothing for a clean release without an earlier comment, and says why", async () => {
    const fake = await github();
    const run = await deploy({ scenario: cleanScenario(), fake });
    expect(ours(fake)).toHaveLength(0);
    expect(writes(fake)).toHaveLength(0);
    expect(run.outputs["comment-url"]).toBe("");
    expect(run.summary).toContain(
      "No pull request comment: no findings, and no earlier comment of ours to update.",
    );
  });

  it("with comment: always, comments on a clean release; with never, only reads for claimed fixes", async () => {
    const fake = await github();
    await deploy({ scenario: cleanScenario(), fake, inputs: { comment: "always" } });
    expect(ours(fake)).toHaveLength(1);

    const readOnly = await github();
    await deploy({ scenario: regressionScenario(), fake: readOnly, inputs: { comment: "never" } });
    expect(readOnly.requests.length).toBeGreaterThan(0);
    expect(readOnly.requests.every((request) => request.method === "GET")).toBe(true);

    const untouched = await github();
    await deploy({
      scenario: regressionScenario(),
      fake: untouched,
      inputs: { comment: "never", fixes: "none" },
    });
    expect(untouched.requests).toHaveLength(0);
  });

  it("keeps one comment per gate: production and staging on one pull request", async () => {
    const fake = await github();
    const scenario = regressionScenario();
    await deploy({ scenario, fake });
    await deploy({ scenario, fake, inputs: { environment: "staging", comment: "always" } });
    await deploy({ scenario, fake });
    expect(ours(fake)).toHaveLength(2);
    const [production, staging] = ours(fake);
    expect(production?.body).toContain("| production |");
    expect(staging?.body).toContain("| staging |");
  });
});

describe("other people's comments", () => {
  it("are never touched: another workflow's bot comment, and a person's that copies our marker", async () => {
    const scenario = regressionScenario();
    const first = await github();
    await deploy({ scenario, fake: first });
    const marker = ours(first)[0]?.body.split("\n")[0] ?? "";

    const fake = await github({
      comments: [
        {
          issue_number: PR_NUMBER,
          body: "Preview deployed to https://preview.example",
          user: GITHUB_ACTIONS_BOT,
        },
        { issue_number: PR_NUMBER, body: `${marker}\nI can write this too`, user: OCTOCAT },
      ],
    });
    await deploy({ scenario, fake });
    const [preview, person, mine] = comments(fake);
    expect(preview?.body).toBe("Preview deployed to https://preview.example");
    expect(person?.body).toBe(`${marker}\nI can write this too`);
    expect(mine?.user.login).toBe(GITHUB_ACTIONS_BOT.login);
    expect(mine?.body.startsWith(marker)).toBe(true);
    expect(writes(fake).map((r) => r.method)).toEqual(["POST"]);
  });

  it("with a personal token, ours are the ones that token's user wrote", async () => {
    const scenario = regressionScenario();
    const tokens = { [USER_TOKEN]: userToken(OCTOCAT) };
    const fake = await github({ tokens });
    await deploy({ scenario, fake, inputs: { "github-token": USER_TOKEN } });
    await deploy({ scenario, fake, inputs: { "github-token": USER_TOKEN } });
    expect(ours(fake)).toHaveLength(1);
    expect(ours(fake)[0]?.user.login).toBe(OCTOCAT.login);
    expect(writes(fake).map((r) => r.method)).toEqual(["POST", "PATCH"]);
  });

  it("are read across every page: ours on the third page of 130 is found and updated", async () => {
    const scenario = regressionScenario();
    const seed = await github();
    await deploy({ scenario, fake: seed });
    const body = ours(seed)[0]?.body ?? "";
    const chatter = Array.from({ length: 129 }, (_, i) => ({
      issue_number: PR_NUMBER,
      body: `comment ${i}`,
      user: OCTOCAT,
    }));
    const fake = await github({
      comments: [...chatter, { issue_number: PR_NUMBER, body, user: GITHUB_ACTIONS_BOT }],
    });

    await deploy({ scenario, fake });
    expect(ours(fake)).toHaveLength(1);
    expect(writes(fake).map((r) => r.method)).toEqual(["PATCH"]);
    const listed = fake.requests.filter((r) => r.method === "GET" && /\/issues\/42\/comments/.test(r.path));
    expect(listed).toHaveLength(2);
  });
});

describe("which pull request", () => {
  it.each<[string, Omit<Deploy, "scenario" | "fake">]>([
    ["push: the pull request merged as the pushed commit", { eventName: "push", event: pushEvent() }],
    [
      "pull_request: the event's pull request",
      { eventName: "pull_request", event: pullRequestEvent({ action: "synchronize" }), sha: TEST_MERGE_SHA },
    ],
    [
      "deployment_status: the pull request of the deployment's commit",
      {
        eventName: "deployment_status",
        event: deploymentStatusEvent({ sha: MERGE_SHA }),
        sha: "0".repeat(40),
      },
    ],
    [
      "workflow_run: the run's pull request",
      {
        eventName: "workflow_run",
        event: workflowRunEvent({ pullRequests: [runPullRequest({ number: PR_NUMBER, headSha: HEAD_SHA })] }),
      },
    ],
    [
      "workflow_run of a push: the pull request of its head commit",
      {
        eventName: "workflow_run",
        event: workflowRunEvent({ headSha: MERGE_SHA, pullRequests: [] }),
        sha: "0".repeat(40),
      },
    ],
    [
      "workflow_dispatch: the pull request of GITHUB_SHA",
      { eventName: "workflow_dispatch", event: workflowDispatchEvent() },
    ],
  ])("%s", async (_, trigger) => {
    const fake = await github();
    const run = await deploy({ scenario: regressionScenario(), fake, ...trigger });
    expect(ours(fake)).toHaveLength(1);
    expect(run.outputs["comment-url"]).toContain(`/pull/${PR_NUMBER}#issuecomment-`);
  });

  it("pr-number wins over the trigger", async () => {
    const fake = await github();
    fake.state.addPullRequest(REPO, { number: 77, head: { sha: "7".repeat(40) } });
    await deploy({ scenario: regressionScenario(), fake, inputs: { "pr-number": "77" } });
    expect(fake.state.repo(REPO).comments.filter((c) => c.issue_number === 77)).toHaveLength(1);
    expect(ours(fake)).toHaveLength(0);
  });

  it("none: no comment, the verdict as ever, and the summary says why", async () => {
    const fake = await github();
    const lonely = "1".repeat(40);
    fake.state.addCommit(REPO, lonely, { message: "Direct push", tree: TREE });
    const run = await deploy({
      scenario: regressionScenario(),
      fake,
      sha: lonely,
      event: pushEvent({ sha: lonely, pullRequest: null }),
    });
    expect(run.exitCode).toBe(1);
    expect(writes(fake)).toHaveLength(0);
    expect(run.summary).toContain("No pull request comment: no pull request contains commit 1111111.");
    // The summary still links the code at the deployed commit.
    expect(run.summary).toContain(`https://github.com/${REPO}/blob/${lonely}/src/checkout/cart.ts#L87`);
  });
});

describe("claimed fixes and spikes", () => {
  interface OutputFix {
    shortId: string;
    status: string;
    events: number;
    claimedIn: string[];
  }
  const fixesOf = (run: ActionRun) =>
    (JSON.parse(run.outputs.fixes ?? "") as OutputFix[]).map((fix) => [fix.shortId, fix.status, fix.events]);

  it("checks the fixes the pull request claims, fails on the one that did not hold, and shows both with the spike", async () => {
    const scenario = regressionScenario();
    const fake = await github({ body: scenario.pullRequestBody });
    const run = await deploy({ scenario, fake });

    expect(run.exitCode).toBe(1);
    expect(Object.fromEntries(fixesOf(run).map(([id, status]) => [id, status]))).toEqual(
      scenario.expected.fixes,
    );
    expect(run.outputs["unfixed-count"]).toBe("1");
    expect(run.outputs["spike-count"]).toBe("1");
    expect(run.outputs.verdict).toBe("fail");
    const [confirmed, unfixed] = Object.keys(scenario.expected.fixes);
    const body = ours(fake)[0]?.body ?? "";
    expect(body.split("\n")[3]).toMatch(
      /^2 new issues, 1 regressed issue and 1 claimed fix that did not work in release \w+ in production since its deploy; 1 claimed fix confirmed\.$/,
    );
    // Short IDs keep a word joiner after the hyphen, so that they never break across lines.
    const joined = (id: string | undefined) => (id ?? "").replace("-", "-\u2060");
    for (const text of [body, run.summary]) {
      expect(text).toMatch(
        new RegExp(
          `^\\| \\[${joined(confirmed)}\\]\\(.*\\) TypeError: discount is null \\| ✅ confirmed \\| 0 \\| No event of release \\w+ since its rollout began; it had 48 in the 24h before\\. \\| \\[pull\u00a0request\u00a0#${PR_NUMBER}\\]\\(https://github\\.com/${REPO}/pull/${PR_NUMBER}\\) \\|$`,
          "m",
        ),
      );
      expect(text).toMatch(
        new RegExp(
          `^\\| \\[${joined(unfixed)}\\]\\(.*\\) Error: coupon code rejected \\| ❌ unfixed \\| 2 \\| 2 events of release`,
          "m",
        ),
      );
      expect(text).toMatch(/^\| spike<br><sub>6\/h → 156\/h \(×26, p < 1e-12\)<\/sub> \| \[API-\u20602\]/m);
      expect(text).toMatch(
        /<sub>Spike test: 1 existing issue with at least 10 events since the rollout began was tested .*family-wise α of 0\.01 over the 5 issues whose counts could reach significance\.<\/sub>/,
      );
      // What the spike test could not see is a note, not a clause of its line.
      expect(text).toMatch(
        /^- Insufficient sample, not clean: 2 issues \(among those and the busiest others\) had too few events for a 3× jump to show within 10m: WEB-3, API-1\.$/m,
      );
    }
    // The claim inside the HTML comment of the pull request template is not one.
    expect(fixesOf(run)).toHaveLength(2);
  });

  it("reads claims from the pushed commits too, and takes an explicit list as given", async () => {
    const scenario = regressionScenario();
    const [confirmed] = Object.keys(scenario.expected.fixes);
    const fake = await github();
    const pushed = await deploy({
      scenario,
      fake,
      event: pushEvent({ sha: MERGE_SHA, message: `Tidy the discount code\n\nCloses ${confirmed}` }),
    });
    expect(JSON.parse(pushed.outputs.fixes ?? "")).toMatchObject([
      { shortId: confirmed, status: "confirmed", claimedIn: [`commit ${MERGE_SHA.slice(0, 7)}`] },
    ]);

    const listed = await deploy({ scenario, fake, inputs: { fixes: `${confirmed}, web-zz9` } });
    expect(fixesOf(listed)).toEqual([
      [confirmed, "confirmed", 0],
      ["WEB-ZZ9", "unverified", 0],
    ]);
    expect(listed.summary).toContain("Sentry knows no issue WEB-ZZ9 in acme.");
  });

  it("fails the job on a spike with fail-on: spike", async () => {
    const scenario = regressionScenario();
    const fake = await github();
    const run = await deploy({ scenario, fake, inputs: { "fail-on": "spike" } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain("::error::FAIL: 1 spiking issue in release");
  });

  it("without permission to read the pull request: a warning names it, and the rest of the check stands", async () => {
    const scenario = regressionScenario();
    const fake = await github({
      body: scenario.pullRequestBody,
      private: true,
      tokens: { [WORKFLOW_TOKEN]: workflowToken({ pull_requests: "none" }) },
    });
    const run = await deploy({ scenario, fake });
    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["new-count"]).toBe("2");
    expect(warnings(run).join("\n")).toMatch(/pull-requests: read/);
    // Without a comment, the lost fix claims are still said, once.
    const silent = await deploy({ scenario, fake, inputs: { comment: "never" } });
    expect(JSON.parse(silent.outputs.fixes ?? "")).toEqual([]);
    const said = warnings(silent).filter((line) => /pull-requests: read/.test(line));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/Fix claims in the pull request were not read/);
  });
});

describe("a GitHub that refuses or stumbles", () => {
  it("a token that may not write: the verdict and the job's result stand, and a warning names the permission", async () => {
    const fake = await github({ tokens: { [WORKFLOW_TOKEN]: workflowToken(READ_ONLY) } });
    const run = await deploy({ scenario: regressionScenario(), fake });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(warnings(run).join("\n")).toMatch(
      /::warning::GitHub refused to comment on pull request #42 .*pull-requests: write/,
    );
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error::"))).toHaveLength(1);

    const clean = await deploy({ scenario: cleanScenario(), fake, inputs: { comment: "always" } });
    expect(clean.exitCode).toBe(0);
    expect(warnings(clean)).toHaveLength(1);
  });

  it("5xx and a secondary rate limit are retried, and the comment is written", async () => {
    const fake = await github();
    fake.faults.push({
      type: "status",
      status: 502,
      body: "<html>Bad gateway</html>",
      match: /\/comments$/,
      times: 1,
    });
    fake.faults.push({
      type: "secondary-rate-limit",
      retryAfter: 1,
      match: /\/commits\/[0-9a-f]+\/pulls$/,
      times: 1,
    });
    const run = await deploy({ scenario: regressionScenario(), fake });
    expect(ours(fake)).toHaveLength(1);
    expect(warnings(run)).toHaveLength(0);
  });

  it("down for good: one warning within seconds, and the verdict as ever", async () => {
    const fake = await github();
    fake.faults.push({ type: "status", status: 503, match: /.*/, times: 1000 });
    const run = await deploy({ scenario: regressionScenario(), fake });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(warnings(run)).toEqual([
      expect.stringMatching(/^::warning::GitHub did not say which pull request has commit d0d0caf: /),
    ]);
    // One request and Octokit's two retries; nothing more is asked of a GitHub that is down.
    expect(fake.requests).toHaveLength(3);
    expect(run.durationMs).toBeLessThan(15_000);
  }, 30_000);
});

describe("text from Sentry in the comment", () => {
  it("cannot ping anyone, bring HTML or links, break the table, or forge the marker", async () => {
    const fake = await github();
    const scenario = regressionScenario();
    await deploy({ scenario, fake });
    const body = ours(fake)[0]?.body ?? "";
    expect(body.match(/<!--/g)).toHaveLength(1);
    const html = micromark(body, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    const row = html.split("<tr>").find((cells) => cells.includes("cart.items is undefined")) ?? "";
    expect(row.match(/<td[ >]/g)).toHaveLength(7);
    expect(row).not.toMatch(/<img|<script|href="https:\/\/evil/);
    expect(row.replace(/<[^>]+>/g, "")).not.toMatch(/@octocat/);
    expect(HOSTILE_TITLE).toContain("@octocat");
  });

  it("never carries the Sentry token to GitHub", async () => {
    const fake = await github();
    const scenario = regressionScenario();
    await deploy({ scenario, fake });
    for (const request of fake.requests) {
      expect(JSON.stringify(request)).not.toContain(scenario.token);
    }
  });
});
