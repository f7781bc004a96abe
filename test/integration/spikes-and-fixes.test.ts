// The spike test and the fix check through the REST source against the simulator: what each reports,
// the evidence it gives, and when it cannot tell.
import { describe, expect, it } from "vitest";
import type { WorldBuilder } from "../../src/simulator/index.js";
import { deployedRelease, harness, V, verify } from "../support/verify-harness.js";

const production = { environment: "production" };

/** WEB-2: one event a minute for two days, then `perMinute` after the deploy, in this release. */
function steadyThen(b: WorldBuilder, perMinute: number) {
  b.issue({
    title: "TimeoutError: upstream took too long",
    events: [
      ...b.series({ ...production, from: "deploy - 2d", to: "deploy", every: "1m", release: "web@2.9.0" }),
      ...b.series({
        ...production,
        from: "deploy + 1s",
        to: "deploy + 1h",
        every: `${Math.round(60_000 / perMinute)}ms`,
        release: V,
        users: ["u1", "u2", "u3"],
      }),
    ],
  });
}

describe("the spike test", () => {
  it("reports an existing issue whose rate jumped, with its rates, ratio and p-value", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      steadyThen(b, 10);
    });
    const { report } = await verify(h);
    const spikes = report.findings.filter((f) => f.kind === "spike");
    expect(spikes.map((f) => f.shortId)).toEqual(["WEB-2"]);
    const spike = spikes[0]?.spike;
    expect(spike?.before).toBe(1_440);
    expect(spike?.beforePerHour).toBeCloseTo(60, 5);
    expect(spike?.afterPerHour).toBeCloseTo(600, -1);
    expect(spike?.ratio).toBeCloseTo(10, 0);
    expect(spike?.pValue).toBeLessThan(1e-12);
    // The steady background issue (WEB-1) is tested too, and is no spike.
    expect(report.spikeTest).toMatchObject({
      candidates: 2,
      tested: 2,
      alpha: 0.01,
      minRatio: 2,
      baseline: "24h",
    });
    // Reported, but spike is not in the default fail-on.
    expect(report.verdict).toBe("pass");
    expect(report.counts.spike).toBe(1);
  });

  it("reads only the issues that could be spikes: 300 quiet old issues cost no more requests", async () => {
    const quietly = (b: WorldBuilder, count: number) => {
      for (let i = 0; i < count; i++)
        b.issue({
          title: `Error: quiet ${i}`,
          events: [
            { ...production, at: "deploy - 20h", release: "web@2.9.0" },
            { ...production, at: "deploy - 2h", release: "web@2.9.0" },
            { ...production, at: "deploy + 1m", release: V },
          ],
        });
    };
    const spikeRequests = async (quiet: number) => {
      const h = await harness(
        (b) => {
          deployedRelease(b);
          steadyThen(b, 10);
          quietly(b, quiet);
        },
        {},
        new Date(Date.parse("2026-11-25T12:11:00Z")),
      );
      const { report } = await verify(h);
      expect(report.findings.filter((f) => f.kind === "spike").map((f) => f.title)).toEqual([
        "TimeoutError: upstream took too long",
      ]);
      // The spike test's requests: its searches of existing (unresolved) issues, and Discover's counts
      // per issue (not the release's traffic, nor the spans the performance checks read).
      return h.simulator.requests.filter(
        (r) =>
          (r.route === "issues" && r.query.get("query")?.startsWith("is:unresolved")) ||
          (r.route === "events" && r.query.getAll("field").includes("issue.id")),
      );
    };
    const few = await spikeRequests(0);
    const many = await spikeRequests(300);
    expect(many.length).toBe(few.length);
    // The candidates, the busiest others, the family's count, those born in the baseline; their baselines.
    expect(many.length).toBe(5);
  });

  it("fails the job with fail-on: spike", async () => {
    const h = await harness(
      (b) => {
        deployedRelease(b);
        steadyThen(b, 10);
      },
      { "fail-on": "new,regressed,spike" },
    );
    const { report } = await verify(h);
    expect(report.verdict).toBe("fail");
    expect(report.reason).toMatch(/^1 spiking issue in release web@3\.0\.0 in production/);
  });

  it("does not call a doubling a spike: the null is a rate of at most twice the one before", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      steadyThen(b, 2);
    });
    const { report } = await verify(h);
    expect(report.counts.spike).toBe(0);
  });

  it("measures an issue born within the baseline over its own life, not the whole baseline", async () => {
    // 120 events in the two hours before the deploy and the same rate after: no spike. Over 24 hours
    // the rate before would look twelve times lower.
    const h = await harness((b) => {
      deployedRelease(b);
      b.issue({
        title: "Error: feature flag service unavailable",
        events: b.series({ ...production, from: "deploy - 2h", to: "deploy + 1h", every: "1m", release: V }),
      });
    });
    const { report } = await verify(h);
    expect(report.counts.spike).toBe(0);
    expect(report.spikeTest?.candidates).toBe(2);
  });

  it("says which issues were too quiet for a 3x jump to show, instead of calling them clean", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      b.issue({
        title: "Error: rare cron failure",
        events: b.series({
          ...production,
          from: "deploy - 2d",
          to: "deploy + 1h",
          every: "2h",
          release: "web@2.9.0",
        }),
      });
    });
    const { report } = await verify(h);
    expect(report.counts.spike).toBe(0);
    expect(report.spikeTest?.insufficientSample).toBeGreaterThanOrEqual(1);
    expect(report.spikeTest?.insufficientExamples).toContain("WEB-2");
  });

  it("leaves out issues already reported as new, and resolved or ignored ones", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      b.issue({
        title: "Error: archived noise",
        ignored: true,
        events: b.series({ ...production, from: "deploy - 1d", to: "deploy + 1h", every: "10s", release: V }),
      });
      b.issue({
        title: "TypeError: brand new",
        events: b.series({ ...production, from: "deploy + 10s", to: "deploy + 1h", every: "5s", release: V }),
      });
    });
    const { report } = await verify(h);
    expect(report.findings.map((f) => [f.kind, f.shortId])).toEqual([["new", "WEB-3"]]);
    expect(report.spikeTest?.candidates).toBe(1);
  });
});

/** Every 30 minutes in the previous release, until the deploy. */
function stoppedAtTheDeploy(b: WorldBuilder) {
  b.issue({
    title: "TypeError: discount is null",
    events: b.series({
      ...production,
      from: "deploy - 1d",
      to: "deploy",
      every: "30m",
      release: "web@2.9.0",
    }),
  });
}

describe("the fix check", () => {
  /** WEB-2 fired before the deploy and stopped; WEB-3 fires on in the release; WEB-4 fires in the old release only. */
  function claimedFixes(b: WorldBuilder) {
    deployedRelease(b);
    stoppedAtTheDeploy(b);
    b.issue({
      title: "Error: cart total mismatch",
      events: [
        ...b.series({ ...production, from: "deploy - 1d", to: "deploy", every: "1h", release: "web@2.9.0" }),
        { ...production, at: "deploy + 3m", release: V, user: "u5" },
        { ...production, at: "deploy + 4m", release: V, user: "u6" },
      ],
    });
    b.issue({
      title: "Error: stale cache",
      events: b.series({
        ...production,
        from: "deploy - 1d",
        to: "deploy + 1h",
        every: "1h",
        release: "web@2.9.0",
      }),
    });
  }

  it("confirms a fix, names an unfixed one as a failing finding, and says why one is unverified", async () => {
    const h = await harness(claimedFixes, { fixes: "WEB-2, web-3, WEB-4, WEB-99" });
    const { report } = await verify(h);
    const status = Object.fromEntries(report.fixes.map((fix) => [fix.shortId, fix]));
    expect(status["WEB-2"]).toMatchObject({ status: "confirmed", events: 0, eventsBefore: 48 });
    expect(status["WEB-2"]?.detail).toMatch(
      /No event of release web@3\.0\.0 since the deploy; it had 48 in the 24h before/,
    );
    expect(status["WEB-3"]).toMatchObject({
      status: "unfixed",
      events: 2,
      title: "Error: cart total mismatch",
    });
    // Events after the deploy, but of the old release still running: not this release's failure.
    expect(status["WEB-4"]).toMatchObject({ status: "confirmed", events: 0 });
    expect(status["WEB-99"]).toMatchObject({ status: "unverified", title: null });
    expect(status["WEB-99"]?.detail).toBe("Sentry knows no issue WEB-99 in acme.");
    // It came back three minutes after the deploy.
    expect(report.findings.map((f) => [f.kind, f.shortId, f.events, f.users, f.secondsAfterDeploy])).toEqual([
      ["unfixed", "WEB-3", 2, 2, 180],
    ]);
    expect(report.verdict).toBe("fail");
    expect(report.reason).toBe(
      "1 claimed fix that did not work in release web@3.0.0 in production since its deploy; 2 claimed fixes confirmed, 1 claimed fix unverified",
    );
    // Claimed fixes are judged by the fix check, not tested for spikes.
    expect(report.findings.some((f) => f.kind === "spike")).toBe(false);
  });

  it("reads claims from the texts a front end found, and checks only the verified projects'", async () => {
    const h = await harness(claimedFixes);
    const { report } = await verify(h, undefined, {
      fixClaimTexts: Promise.resolve([
        {
          where: "pull request #42",
          text: "Checkout fixes\n\nFixes WEB-2 and closes web-3.\nAlso resolves API-12.",
        },
        { where: "commit 1a2b3c4", text: "fix: discount (fixes WEB-2)\n\n```\nFixes WEB-4\n```" },
      ]),
    });
    expect(report.fixes.map((fix) => [fix.shortId, fix.status, fix.claimedIn])).toEqual([
      ["WEB-2", "confirmed", ["pull request #42", "commit 1a2b3c4"]],
      ["WEB-3", "unfixed", ["pull request #42"]],
    ]);
    expect(report.notes.join("\n")).toMatch(
      /Claimed fixes not checked, as they are not in web: API-12 \(pull request #42\)/,
    );
  });

  it("cannot confirm a fix when the release sent nothing, nor before the window's end", async () => {
    const silent = await harness(
      (b) => {
        b.release(V, {
          created: "deploy - 1h",
          deploys: [{ environment: "production", finished: "deploy" }],
        });
        stoppedAtTheDeploy(b);
      },
      { fixes: "WEB-1" },
    );
    const { report } = await verify(silent);
    expect(report.verdict).toBe("inconclusive");
    expect(report.fixes[0]).toMatchObject({ status: "unverified", events: 0 });
    expect(report.fixes[0]?.detail).toMatch(/received no event of release web@3\.0\.0 since the deploy/);

    const early = await harness(
      (b) => {
        claimedFixes(b);
        b.issue({
          title: "TypeError: brand new",
          events: [{ ...production, at: "deploy + 20s", release: V }],
        });
      },
      { fixes: "WEB-2", "fail-fast": "true" },
    );
    const stopped = await verify(early);
    expect(stopped.report.verdict).toBe("fail");
    expect(stopped.report.fixes[0]).toMatchObject({ status: "unverified" });
    expect(stopped.report.fixes[0]?.detail).toMatch(
      /but the watching stopped at .*, before the window's end;/,
    );
  });
});
