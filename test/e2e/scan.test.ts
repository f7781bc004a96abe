// The nightly scan through the bundled action, against the Sentry simulator and the fake GitHub: what
// appeared or came back in the last day, the traps that must not count, and the one tracking issue.
import { afterEach, describe, expect, it } from "vitest";
import { addIssue, SIMULATOR_TOKEN, type Simulator, WorldBuilder } from "../../src/simulator/index.js";
import { REPO } from "../fixtures/events/index.js";
import {
  deployedPullRequest,
  type FakeGitHub,
  OCTOCAT,
  READ_ONLY,
  startFakeGitHub,
  WORKFLOW_TOKEN,
  workflowToken,
} from "../support/fake-github/index.js";
import { type ActionRun, runAction } from "../support/run-action.js";
import { simulate } from "../support/simulated.js";

const fakes: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

const V1 = "web@1.0.0";
const V2 = "web@1.1.0";

/** A night's world: one new issue, one fresh regression, and the traps. */
function lastDay() {
  const now = new Date();
  const b = new WorldBuilder({ org: "acme", anchors: { now } })
    .project("web")
    .release(V1, { created: "now - 20d" })
    .release(V2, { created: "now - 4d" });
  const production = { environment: "production" };
  // New: first seen in production three hours ago.
  b.issue({
    title: "TypeError: basket is null",
    events: [{ ...production, at: "now - 3h", release: V2, user: "u1" }],
  });
  // Regressed five hours ago (resolved two days ago), by the current release.
  b.issue({
    title: "Error: payment declined twice",
    resolvedAt: ["now - 2d"],
    events: [
      { ...production, at: "now - 10d", release: V1, user: "u2" },
      { ...production, at: "now - 5h", release: V2, user: "u3" },
    ],
  });
  // Trap: older than the lookback, still firing today.
  b.issue({
    title: "Error: Request aborted",
    events: b.series({ ...production, from: "now - 30d", to: "now", every: "6h", release: V2 }),
  });
  // Trap: regressed three days ago, still is:regressed, still firing today.
  b.issue({
    title: "Error: Redis connection timeout",
    resolvedAt: ["now - 4d"],
    events: [
      { ...production, at: "now - 6d", release: V1 },
      ...b.series({ ...production, from: "now - 3d", to: "now", every: "4h", release: V2 }),
    ],
  });
  // Trap: new, but in staging only.
  b.issue({
    title: "Error: staging only",
    events: [{ environment: "staging", at: "now - 1h", release: V2 }],
  });
  return { world: b.build(), token: SIMULATOR_TOKEN };
}

async function fakeGitHub(token = workflowToken()) {
  const fake = await startFakeGitHub({ repos: deployedPullRequest(), tokens: { [WORKFLOW_TOKEN]: token } });
  fakes.push(fake);
  return fake;
}

function scan(
  simulator: Simulator,
  fake: FakeGitHub | null,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    inputs: {
      "auth-token": SIMULATOR_TOKEN,
      org: "acme",
      project: "web",
      url: simulator.url,
      environment: "production",
      mode: "scan",
      "github-token": WORKFLOW_TOKEN,
      ...inputs,
    },
    eventName: "schedule",
    event: { schedule: "0 6 * * *" },
    sha: "",
    env: fake ? { GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: REPO, GITHUB_RUN_ID: "99" } : {},
  });
}

const trackingIssues = (fake: FakeGitHub) =>
  fake.state
    .repo(REPO)
    .issues.filter((issue) => (issue.body ?? "").includes("<!-- sentry-deploy-verify scan:"));
const titles = (run: ActionRun) =>
  JSON.parse(run.outputs.findings ?? "[]").map(
    (f: { kind: string; title: string }) => `${f.kind}: ${f.title}`,
  );

describe("the nightly scan", () => {
  it("finds what appeared or came back in the last day, and none of the traps, without waiting", async () => {
    const simulator = await simulate(lastDay());
    const run = await scan(simulator, null);

    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(titles(run).sort()).toEqual([
      "new: TypeError: basket is null",
      "regressed: Error: payment declined twice",
    ]);
    expect(run.stdout).toContain(
      "::error::FAIL: 1 new issue and 1 regressed issue in production in the last 24h",
    );
    expect(run.outputs.release).toBe("");
    expect(run.outputs["deployed-at"]).toBe("");
    expect(run.durationMs).toBeLessThan(10_000);
    expect(run.summary.split("\n").slice(0, 3)).toEqual([
      "### ❌ FAIL: scan in production, last 24h",
      "",
      "1 new issue and 1 regressed issue in production in the last 24h.",
    ]);
    expect(run.summary).toContain("| Environment | Period | Projects |");
    expect(run.summary).toMatch(/\| production \| 24h, until \d{4}-\d\d-\d\d \d\d:\d\d UTC \| web \|/);
    expect(run.summary).toContain(
      "| Kind | Issue | Title | Events | Users | First seen (or came back) | Where |",
    );
    // A regressed issue shows when it came back, not when it was first seen; a scan speaks of no polls.
    expect(run.summary).toMatch(/^\| regressed \| .* \| came back \d{4}-\d\d-\d\d \d\d:\d\d UTC \| /m);
    expect(run.summary).not.toMatch(/poll/);
    expect(run.report).toMatchObject({ mode: "scan", release: null, deployedAt: null, window: "24h" });
  });

  it("passes when nothing is new or regressed, and honours fail-on, min-events and ignore", async () => {
    const simulator = await simulate(lastDay());
    const regressedOnly = await scan(simulator, null, { "fail-on": "regressed", ignore: "/payment/" });
    expect(regressedOnly.exitCode).toBe(0);
    expect(regressedOnly.outputs.verdict).toBe("pass");
    expect(titles(regressedOnly)).toEqual(["new: TypeError: basket is null"]);

    const shortLookback = await scan(simulator, null, { lookback: "2h" });
    expect(shortLookback.outputs.verdict).toBe("pass");
    expect(shortLookback.summary.split("\n").slice(0, 3)).toEqual([
      "### ✅ PASS: scan in production, last 2h",
      "",
      "no new or regressed issues in production in the last 2h.",
    ]);

    const busy = await scan(simulator, null, { "min-events": "2" });
    expect(busy.outputs.findings).toBe("[]");
  });

  it("needs no release, deploy or pull request", async () => {
    const simulator = await simulate(lastDay());
    const run = await scan(simulator, null, { "deployed-at": "auto" });
    expect(run.outputs.verdict).toBe("fail");
    expect(simulator.requests.some((r) => r.route?.startsWith("release"))).toBe(false);
  });
});

describe("the tracking issue", () => {
  it("is created once, titled with the date and counts, and updated in place by a re-run", async () => {
    const simulator = await simulate(lastDay());
    const fake = await fakeGitHub();
    const first = await scan(simulator, fake, { "report-issue": "true" });
    const today = new Date().toISOString().slice(0, 10);

    expect(trackingIssues(fake)).toHaveLength(1);
    const issue = trackingIssues(fake)[0];
    expect(issue?.title).toBe(`Sentry scan of production: 1 new, 1 regressed (${today})`);
    expect(issue?.labels).toContain("sentry-deploy-verify");
    expect(first.outputs["comment-url"]).toBe(`https://github.com/${REPO}/issues/${issue?.number}`);
    expect(issue?.body).toContain("every run of this check edits this issue");
    expect(first.summary).toContain(
      `> Tracking issue created: https://github.com/${REPO}/issues/${issue?.number}`,
    );

    await scan(simulator, fake, { "report-issue": "true" });
    expect(trackingIssues(fake)).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method !== "GET").map((r) => r.method)).toEqual(["POST", "PATCH"]);
  });

  it("on a second night, shows that night's findings in the same issue", async () => {
    const night = lastDay();
    const simulator = await simulate(night);
    const fake = await fakeGitHub();
    await scan(simulator, fake, { "report-issue": "true" });
    addIssue(simulator.world, {
      project: "web",
      title: "RangeError: invalid date",
      events: [{ environment: "production", at: new Date(Date.now() - 60_000), release: V2, user: "u9" }],
    });
    const second = await scan(simulator, fake, { "report-issue": "true" });
    expect(second.outputs["new-count"]).toBe("2");
    expect(trackingIssues(fake)).toHaveLength(1);
    expect(trackingIssues(fake)[0]?.title).toMatch(/^Sentry scan of production: 2 new, 1 regressed \(/);
    expect(trackingIssues(fake)[0]?.body).toContain("RangeError: invalid date");
  });

  it("closed by a person: reopened by a night with failing findings, only edited by a clean one", async () => {
    const simulator = await simulate(lastDay());
    const fake = await fakeGitHub();
    await scan(simulator, fake, { "report-issue": "true" });
    const issue = trackingIssues(fake)[0];
    if (!issue) throw new Error("no tracking issue");

    issue.state = "closed";
    const clean = await scan(simulator, fake, { "report-issue": "true", lookback: "1h" });
    expect(clean.outputs.verdict).toBe("pass");
    expect(trackingIssues(fake)[0]?.state).toBe("closed");
    expect(trackingIssues(fake)[0]?.title).toMatch(/nothing new or regressed/);

    const failing = await scan(simulator, fake, { "report-issue": "true" });
    expect(trackingIssues(fake)[0]?.state).toBe("open");
    expect(failing.summary).toContain("> Tracking issue reopened:");
    expect(trackingIssues(fake)).toHaveLength(1);
  });

  it("is found again when its label was removed, and never confused with a person's issue", async () => {
    const simulator = await simulate(lastDay());
    const fake = await fakeGitHub();
    await scan(simulator, fake, { "report-issue": "true" });
    const ours = trackingIssues(fake)[0];
    if (!ours) throw new Error("no tracking issue");
    ours.labels = [];
    fake.state.addIssue(REPO, { title: "Copied it", body: ours.body, user: OCTOCAT });
    await scan(simulator, fake, { "report-issue": "true" });
    expect(fake.state.repo(REPO).issues.filter((i) => i.user.login === "github-actions[bot]")).toHaveLength(
      1,
    );
    expect(fake.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("a token that may not write issues: the verdict stands, and a warning names issues: write", async () => {
    const simulator = await simulate(lastDay());
    const fake = await fakeGitHub(workflowToken(READ_ONLY));
    const run = await scan(simulator, fake, { "report-issue": "true" });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.stdout).toMatch(/::warning::GitHub refused to write the tracking issue .*issues: write/);
  });

  it("is not written without report-issue", async () => {
    const simulator = await simulate(lastDay());
    const fake = await fakeGitHub();
    await scan(simulator, fake);
    expect(fake.requests).toHaveLength(0);
  });
});
