// Real waiting: the bundled action polls a live simulator through a window of a few seconds while
// events arrive, as it would for ten minutes after a real deploy.
import { describe, expect, it } from "vitest";
import { type Scenario, SIMULATOR_TOKEN, WorldBuilder } from "../../src/simulator/index.js";
import { runAction } from "../support/run-action.js";
import { inputsFor, simulate } from "../support/simulated.js";

const RELEASE = "web@2.4.0";

/** A release whose deploy record says "now"; `breakAt` schedules a new issue that many ms later. */
function deployedNow(breakAt: number | null): Scenario {
  const now = new Date();
  const b = new WorldBuilder({ org: "acme", anchors: { now, deploy: now } })
    .project("web")
    .release("web@2.3.0", {
      created: "deploy - 3d",
      deploys: [{ environment: "production", finished: "deploy - 3d" }],
    })
    .release(RELEASE, {
      created: "deploy - 10m",
      deploys: [{ environment: "production", finished: "deploy" }],
    });
  // Steady traffic from the release proves that Sentry sees it.
  b.issue({
    title: "Error: Request aborted",
    events: [
      ...b.series({
        from: "deploy - 1d",
        to: "deploy",
        every: "1h",
        release: "web@2.3.0",
        environment: "production",
      }),
      ...b.series({
        from: "deploy",
        to: "deploy + 1m",
        every: "500ms",
        release: RELEASE,
        environment: "production",
      }),
    ],
  });
  if (breakAt !== null) {
    b.issue({
      title: "TypeError: user.profile is undefined",
      events: [
        { at: new Date(now.getTime() + breakAt), release: RELEASE, environment: "production", user: "u1" },
        {
          at: new Date(now.getTime() + breakAt + 200),
          release: RELEASE,
          environment: "production",
          user: "u2",
        },
      ],
    });
  }
  return {
    name: "deployed-now",
    description: "",
    world: b.build(),
    org: "acme",
    projects: ["web"],
    release: RELEASE,
    environment: "production",
    deployedAt: now,
    token: SIMULATOR_TOKEN,
    pullRequestBody: "",
    expected: { verdict: breakAt === null ? "pass" : "fail", new: [], regressed: [], spike: [], fixes: {} },
  };
}

const pollsOf = (stdout: string) => stdout.split("\n").filter((line) => line.startsWith("Poll ")).length;

describe("waiting out the window", () => {
  it("a clean release: polls every interval until deploy + window, then passes", async () => {
    const scenario = deployedNow(null);
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { window: "4s", "poll-interval": "1s", settle: "1s" }),
    });
    expect(run.outputs.verdict).toBe("pass");
    // It may not decide before the window ends.
    expect(Date.now() - scenario.deployedAt.getTime()).toBeGreaterThanOrEqual(4_000);
    expect(pollsOf(run.stdout)).toBeGreaterThanOrEqual(3);
    expect(pollsOf(run.stdout)).toBeLessThanOrEqual(5);
    expect(run.stdout).toMatch(/Poll \d+ up to .*\(final\)\./);
    expect(run.report).toMatchObject({
      windowEnd: new Date(scenario.deployedAt.getTime() + 4_000).toISOString(),
      final: true,
    });
    // The last poll waited for the settle, and covered events up to the window's end.
    expect(Date.parse(String(run.report?.settledAt))).toBeGreaterThanOrEqual(
      scenario.deployedAt.getTime() + 5_000,
    );
    expect(run.stdout).toContain(
      `Poll ${pollsOf(run.stdout)} up to ${new Date(scenario.deployedAt.getTime() + 4_000).toISOString()}`,
    );
  });

  it("fail-fast: stops at the first poll that sees the new issue", async () => {
    const scenario = deployedNow(1_500);
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { window: "8s", "poll-interval": "1s", settle: "1s" }),
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs["new-count"]).toBe("1");
    const decidedAfter = Date.now() - scenario.deployedAt.getTime();
    expect(decidedAfter).toBeGreaterThanOrEqual(1_500);
    expect(decidedAfter).toBeLessThan(6_000);
    expect(run.stdout).not.toContain("(final)");
  });

  it("without fail-fast: watches the whole window and still fails", async () => {
    const scenario = deployedNow(1_500);
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, {
        window: "4s",
        "poll-interval": "1s",
        settle: "1s",
        "fail-fast": "false",
      }),
    });
    expect(run.exitCode).toBe(1);
    expect(Date.now() - scenario.deployedAt.getTime()).toBeGreaterThanOrEqual(4_000);
    expect(run.stdout).toContain("(final)");
    const finding = JSON.parse(run.outputs.findings ?? "[]")[0];
    expect(finding).toMatchObject({ kind: "new", events: 2, users: 2 });
  });

  it("a re-run after the window evaluates at once, over the same window", async () => {
    const scenario = deployedNow(1_000);
    const simulator = await simulate(scenario);
    const first = await runAction({
      inputs: inputsFor(scenario, simulator, {
        window: "3s",
        "poll-interval": "1s",
        settle: "1s",
        "fail-fast": "false",
      }),
    });
    const rerun = await runAction({
      inputs: inputsFor(scenario, simulator, { window: "3s", "poll-interval": "1s", settle: "1s" }),
    });
    // At once: its first poll is its only one, and final (not a wall-clock bound, which a busy machine breaks).
    expect(pollsOf(rerun.stdout)).toBe(1);
    expect(rerun.stdout).toMatch(/Poll 1 up to .*\(final\)/);
    expect(rerun.outputs.verdict).toBe(first.outputs.verdict);
    expect(rerun.outputs.findings).toBe(first.outputs.findings);
  });

  it("deployed-at: auto without a deploy record starts the window at the job's start", async () => {
    const scenario = deployedNow(null);
    scenario.world.releases.forEach((release) => {
      release.deploys = [];
    });
    const simulator = await simulate(scenario);
    const started = Date.now();
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { window: "2s", "poll-interval": "1s", settle: "1s" }),
    });
    expect(run.summary).toContain("no deploy record: start of this run");
    const deployedAt = Date.parse(run.outputs["deployed-at"] ?? "");
    expect(deployedAt).toBeGreaterThanOrEqual(started);
    expect(Date.now() - deployedAt).toBeGreaterThanOrEqual(2_000);
    expect(run.outputs.verdict).toBe("pass");
  });
});
