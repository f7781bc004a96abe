// The verify driver over the REST source and the simulator on one virtual clock: a ten-minute window
// in milliseconds, so the poll loop's promises are checked poll by poll.
import { describe, expect, it } from "vitest";
import type { PollProgress } from "../../src/engine/verify.js";
import {
  broughtBackByTheDeploy,
  DEPLOY,
  deployedRelease,
  type Harness,
  harness,
  stagedRegressions,
  V,
  verify,
} from "../support/verify-harness.js";

describe("the poll loop", () => {
  it("polls every interval from the deploy to its window's end, the last poll ending exactly there", async () => {
    const h = await harness((b) => deployedRelease(b));
    const { report, progress } = await verify(h);
    expect(report.verdict).toBe("pass");
    expect(progress.map((p) => p.evaluatedAt.getTime() - DEPLOY.getTime())).toEqual([
      5_000, 65_000, 125_000, 185_000, 245_000, 305_000, 365_000, 425_000, 485_000, 545_000, 600_000,
    ]);
    expect(progress.at(-1)?.final).toBe(true);
    expect(report.polls).toBe(11);
  });

  it("never asks Sentry for an empty range, when the deploy record is from this very second", async () => {
    const h = await harness((b) => deployedRelease(b), { window: "30s", "poll-interval": "10s" });
    h.clock.set(DEPLOY);
    const { report } = await verify(h);
    const searches = h.simulator.requests.filter((r) => r.route === "issues");
    for (const search of searches) {
      expect(Date.parse(search.query.get("end") ?? "")).toBeGreaterThan(
        Date.parse(search.query.get("start") ?? ""),
      );
    }
    expect(report.verdict).toBe("pass");
  });

  it("tries again at the next poll when one poll fails for longer than the retry budget", async () => {
    const h = await harness((b) => deployedRelease(b));
    // The second poll's requests meet 503s through its whole retry budget; later polls get answers.
    const { report, progress } = await verify(h, (done) => {
      if (done.poll === 1 && !done.error)
        h.simulator.faults.push({ type: "status", status: 503, match: "issues", times: 40 });
    });
    expect(report.verdict).toBe("pass");
    expect(progress.some((p) => p.error?.includes("Sentry is unavailable"))).toBe(true);
    expect(report.notes.some((note) => /failed and was tried again at the next/.test(note))).toBe(true);
  });

  it("keeps a failure it saw when Sentry stops answering before the window's end", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      b.issue({
        title: "TypeError: x is undefined",
        events: [{ at: "deploy + 90s", release: V, environment: "production", user: "u1" }],
      });
    });
    // After the poll that saw the issue, every request is refused as if the token had been revoked.
    const { report } = await verify(h, (done) => {
      if (done.counts.new === 1 && h.simulator.faults.pending === 0)
        h.simulator.faults.push({
          type: "status",
          status: 401,
          body: { detail: "Invalid token" },
          times: 1000,
        });
    });
    expect(report.verdict).toBe("fail");
    expect(report.counts.new).toBe(1);
    expect(report.notes.join(" ")).toMatch(/A later poll failed, so the window was not watched to its end/);
  });
});

describe("the listed findings", () => {
  it("are the ones whose code location is looked up, in the report's order, not Sentry's", async () => {
    const h = await harness(
      (b) => {
        deployedRelease(b);
        // Sentry lists the newest first; the report lists the one with the most events first.
        b.issue({
          title: "Error: busy",
          events: b.series({
            from: "deploy + 1m",
            to: "deploy + 2m",
            every: "5s",
            release: V,
            environment: "production",
          }),
        });
        b.issue({
          title: "Error: quiet",
          events: [{ at: "deploy + 3m", release: V, environment: "production" }],
        });
      },
      { "max-listed": "1" },
    );
    const { report } = await verify(h);
    expect(report.findings.map((f) => f.title)).toEqual(["Error: busy", "Error: quiet"]);
    expect(report.findings[0]?.location).not.toBeNull();
    expect(report.findings[1]?.location).toBeNull();
  });
});

describe("regressions and a release that ran in staging first", () => {
  const world = stagedRegressions;

  it("counts only the regression the deployed release caused after the deploy, reading each candidate's activity once", async () => {
    const h = await harness(world);
    const { report } = await verify(h);
    expect(report.findings.map((f) => [f.kind, f.title])).toEqual([
      ["regressed", "Error: the deploy brought it back"],
    ]);
    const activityReads = h.simulator.requests.filter((r) => r.route === "issue");
    // Two candidates, eleven polls: each candidate's activity is read once.
    expect(activityReads).toHaveLength(2);
  });

  it("reads no activity when the release sent nothing before the deploy", async () => {
    const h = await harness((b) => {
      deployedRelease(b);
      broughtBackByTheDeploy(b);
    });
    // The steady traffic started before the deploy; a first rollout starts after it.
    h.simulator.world.issues[0]?.events.splice(
      0,
      h.simulator.world.issues[0].events.findIndex((e) => e.at >= DEPLOY),
    );
    const { report } = await verify(h);
    expect(report.counts.regressed).toBe(1);
    expect(h.simulator.requests.filter((r) => r.route === "issue")).toHaveLength(0);
  });
});

describe("settling", () => {
  /** An error one second before the window's end that Sentry processes 19 s after it. */
  const lastSecond = (b: Parameters<typeof deployedRelease>[0]) => {
    deployedRelease(b);
    b.issue({
      title: "Error: in the last second",
      events: [{ at: "deploy + 599s", processedAt: "deploy + 619s", release: V, environment: "production" }],
    });
  };

  it("makes the last poll settle after the window's end, over events up to its end", async () => {
    const h = await harness(lastSecond);
    const { report, progress } = await verify(h);
    expect(report.findings.map((f) => [f.kind, f.title])).toEqual([["new", "Error: in the last second"]]);
    // Still eleven polls: the one due at the window's end waits for the settle instead.
    expect(report.polls).toBe(11);
    expect(progress.at(-1)?.evaluatedAt).toEqual(new Date(DEPLOY.getTime() + 600_000));
    expect(report.settledAt).toBe(new Date(DEPLOY.getTime() + 630_000).toISOString());
    expect(report.final).toBe(true);
    const lastSearch = h.simulator.requests
      .filter((r) => r.route === "issues" && r.query.get("query")?.includes("firstRelease:"))
      .at(-1);
    expect(lastSearch?.query.get("end")).toBe(new Date(DEPLOY.getTime() + 600_000).toISOString());
  });

  it("misses that error without a settle", async () => {
    const h = await harness(lastSecond, { settle: "0s" });
    const { report } = await verify(h);
    expect(report.findings).toEqual([]);
    expect(report.settledAt).toBe(new Date(DEPLOY.getTime() + 600_000).toISOString());
  });

  it("a re-run after the settled end evaluates once, and one between the window's end and the settle waits for it", async () => {
    const rerun = await harness(lastSecond, {}, new Date(DEPLOY.getTime() + 700_000));
    const once = await verify(rerun);
    expect(once.report.polls).toBe(1);
    expect(once.report.counts.new).toBe(1);

    const early = await harness(lastSecond, {}, new Date(DEPLOY.getTime() + 605_000));
    const waited = await verify(early);
    expect(waited.progress.map((p) => p.final)).toEqual([false, true]);
    expect(waited.report.counts.new).toBe(1);
  });

  it("a report that stops before the settle is not final", async () => {
    const h = await harness(
      (b) => {
        deployedRelease(b);
        b.issue({
          title: "Error: early",
          events: [{ at: "deploy + 30s", release: V, environment: "production" }],
        });
      },
      { "fail-fast": "true" },
    );
    const { report } = await verify(h);
    expect(report.verdict).toBe("fail");
    expect(report.final).toBe(false);
    expect(report.settledAt).toBeNull();
  });
});

describe("a rollout", () => {
  /** The deploy record says the release rolled out over the five minutes before DEPLOY. */
  const rolledOut = (b: Parameters<typeof deployedRelease>[0]) => {
    b.release(V, {
      created: "deploy - 1h",
      deploys: [{ environment: "production", started: "deploy - 5m", finished: "deploy" }],
    });
    b.issue({
      title: "Error: Request aborted",
      events: b.series({
        from: "deploy - 2d",
        to: "deploy + 1h",
        every: "30s",
        release: "web@2.9.0",
        environment: "production",
      }),
    });
  };

  it("searches from the rollout's start: an issue first seen two minutes in is new", async () => {
    const h = await harness((b) => {
      rolledOut(b);
      b.issue({
        title: "Error: mid-rollout",
        events: [{ at: "deploy - 3m", release: V, environment: "production", user: "u1" }],
      });
    });
    const { report } = await verify(h);
    expect(report.findings.map((f) => [f.kind, f.title, f.secondsAfterDeploy])).toEqual([
      ["new", "Error: mid-rollout", -180],
    ]);
    expect(report.rolloutStartedAt).toBe(new Date(DEPLOY.getTime() - 300_000).toISOString());
    const polls = h.simulator.requests.filter(
      (r) => r.route === "issues" && /firstRelease:|regressed_in_release:/.test(r.query.get("query") ?? ""),
    );
    expect(polls.length).toBeGreaterThan(0);
    for (const search of polls)
      expect(search.query.get("start")).toBe(new Date(DEPLOY.getTime() - 300_000).toISOString());
  });

  it("ends the spike test's baseline where the rollout began", async () => {
    const h = await harness(rolledOut, {}, new Date(DEPLOY.getTime() + 700_000));
    const { report } = await verify(h);
    expect(report.spikeTest?.candidates).toBe(1);
    const baseline = h.simulator.requests.filter(
      (r) =>
        r.route === "issues" && r.query.get("end") === new Date(DEPLOY.getTime() - 300_000).toISOString(),
    );
    expect(baseline.length).toBeGreaterThan(0);
  });
});

describe("stopping waiting at a given time (an MCP call that must answer in time)", () => {
  const at = (seconds: number) => DEPLOY.getTime() + seconds * 1000;

  const verifyUntil = (h: Harness, stopWaitingAt: number, between?: (done: PollProgress) => void) =>
    verify(h, between, { stopWaitingAt });

  it("polls as usual until the next poll would come after it, then once more at it, and is not final", async () => {
    const h = await harness((b) => deployedRelease(b));
    const { report, progress } = await verifyUntil(h, at(155));
    expect(progress.map((p) => p.evaluatedAt.getTime() - DEPLOY.getTime())).toEqual([
      5_000, 65_000, 125_000, 155_000,
    ]);
    expect(progress.map((p) => p.final)).toEqual([false, false, false, false]);
    expect(report.polls).toBe(4);
    expect(report.final).toBe(false);
    expect(report.settledAt).toBeNull();
    expect(report.verdict).toBe("pass");
  });

  it("changes nothing when the window settles before it", async () => {
    const h = await harness((b) => deployedRelease(b));
    const { report } = await verifyUntil(h, at(700));
    expect(report.polls).toBe(11);
    expect(report.final).toBe(true);
    expect(report.settledAt).toBe(new Date(at(630)).toISOString());
  });

  it("makes no further poll when the answers already took it past the time", async () => {
    const h = await harness((b) => deployedRelease(b));
    const { report, progress } = await verifyUntil(h, at(1));
    expect(progress).toHaveLength(1);
    expect(report.final).toBe(false);
  });

  it("keeps the poll before when the last one fails, and says so", async () => {
    const h = await harness((b) => deployedRelease(b));
    // The last poll's searches (up to 155 s) meet 503s through their whole retry budget; nothing else does.
    h.simulator.faults.push({
      type: "status",
      status: 503,
      match: "issues",
      params: { end: new Date(at(155)).toISOString() },
      times: 1000,
    });
    const { report, progress } = await verifyUntil(h, at(155));
    expect(progress).toHaveLength(3);
    expect(report.polls).toBe(3);
    expect(report.final).toBe(false);
    expect(report.verdict).toBe("pass");
    expect(report.notes.join(" ")).toMatch(/The last poll before answering, at .* failed/);
  });
});
