import { describe, expect, it } from "vitest";
import { parseIgnoreRules } from "../../src/config/lists.js";
import { withFixes } from "../../src/engine/build-report.js";
import { chooseDeployTime } from "../../src/engine/deploy-time.js";
import { ignoredBy, meetsThresholds } from "../../src/engine/filters.js";
import { sortFindings } from "../../src/engine/findings.js";
import { regressionSince, regressionsNeedDates } from "../../src/engine/regression.js";
import type { Finding } from "../../src/engine/report.js";
import {
  decideVerdict,
  describeCounts,
  describeTraffic,
  failsJob,
  scanScope,
  verifyScope,
  zeroCounts,
} from "../../src/engine/verdict.js";

const at = (iso: string) => new Date(iso);
const DEPLOY = at("2026-11-25T12:00:00Z");

describe("the deploy time", () => {
  const deploys = [
    { id: "1", environment: "staging", dateStarted: null, dateFinished: at("2026-11-25T11:00:00Z") },
    {
      id: "2",
      environment: "production",
      dateStarted: at("2026-11-25T11:50:00Z"),
      dateFinished: at("2026-11-25T11:55:00Z"),
    },
    { id: "3", environment: "production", dateStarted: at("2026-11-25T11:58:00Z"), dateFinished: null },
  ];
  const runStart = at("2026-11-25T12:30:00Z");

  it("is the newest record in the environment, dateFinished else dateStarted", () => {
    expect(chooseDeployTime("auto", deploys, "production", runStart)).toEqual({
      at: at("2026-11-25T11:58:00Z"),
      rolloutStart: at("2026-11-25T11:58:00Z"),
      source: "deploy-record",
    });
  });

  it("begins the rollout at the record's dateStarted, and not after its finish", () => {
    expect(chooseDeployTime("auto", deploys.slice(0, 2), "production", runStart)).toEqual({
      at: at("2026-11-25T11:55:00Z"),
      rolloutStart: at("2026-11-25T11:50:00Z"),
      source: "deploy-record",
    });
    const backwards = {
      ...deploys[1],
      id: "4",
      dateStarted: at("2026-11-25T11:56:00Z"),
    } as (typeof deploys)[1];
    expect(chooseDeployTime("auto", [backwards], "production", runStart).rolloutStart).toEqual(
      at("2026-11-25T11:55:00Z"),
    );
  });

  it("ignores other environments, and takes any when none is set", () => {
    expect(chooseDeployTime("auto", deploys.slice(0, 1), "production", runStart).source).toBe("run-start");
    expect(chooseDeployTime("auto", deploys.slice(0, 1), null, runStart).at).toEqual(
      at("2026-11-25T11:00:00Z"),
    );
  });

  it("ignores a record dated more than a minute after the run's start", () => {
    const ahead = {
      id: "9",
      environment: "production",
      dateStarted: null,
      dateFinished: at("2026-11-25T13:00:00Z"),
    };
    expect(chooseDeployTime("auto", [...deploys, ahead], "production", runStart).at).toEqual(
      at("2026-11-25T11:58:00Z"),
    );
    const skewed = { ...ahead, dateFinished: at("2026-11-25T12:30:30Z") };
    expect(chooseDeployTime("auto", [skewed], "production", runStart).at).toEqual(at("2026-11-25T12:30:30Z"));
  });

  it("falls back to the run's start, and an explicit time always wins", () => {
    expect(chooseDeployTime("auto", [], "production", runStart)).toEqual({
      at: runStart,
      rolloutStart: runStart,
      source: "run-start",
    });
    expect(chooseDeployTime(DEPLOY, deploys, "production", runStart)).toEqual({
      at: DEPLOY,
      rolloutStart: DEPLOY,
      source: "input",
    });
  });
});

describe("what counts as regressed by this deploy", () => {
  const activity = [
    { type: "set_regression", dateCreated: at("2026-11-25T12:03:00Z"), version: "v2" },
    { type: "set_resolved", dateCreated: at("2026-11-24T09:00:00Z"), version: null },
    { type: "set_regression", dateCreated: at("2026-11-22T08:00:00Z"), version: "v1" },
  ];

  it("is a regression caused by this release's event at or after the deploy", () => {
    expect(regressionSince(activity, DEPLOY, "v2")).toEqual(at("2026-11-25T12:03:00Z"));
  });

  it("is not a regression three days ago by the previous release, though the issue is still is:regressed", () => {
    expect(regressionSince(activity, DEPLOY, "v1")).toBeNull();
    expect(regressionSince(activity.slice(1), DEPLOY, "v2")).toBeNull();
  });

  it("is not this release's regression from before the deploy (it ran in staging first)", () => {
    const early = [{ type: "set_regression", dateCreated: at("2026-11-25T10:00:00Z"), version: "v2" }];
    expect(regressionSince(early, DEPLOY, "v2")).toBeNull();
  });

  it("for a scan, is any release's regression within the lookback", () => {
    expect(regressionSince(activity, at("2026-11-24T12:00:00Z"))).toEqual(at("2026-11-25T12:03:00Z"));
    // Regressed three days ago and still marked is:regressed: not within the last day.
    expect(regressionSince(activity.slice(1), at("2026-11-24T12:00:00Z"))).toBeNull();
  });

  it("reads dates only when the release had events before the deploy", () => {
    expect(regressionsNeedDates(null, DEPLOY)).toBe(false);
    expect(regressionsNeedDates(at("2026-11-25T12:00:01Z"), DEPLOY)).toBe(false);
    expect(regressionsNeedDates(at("2026-11-25T10:00:00Z"), DEPLOY)).toBe(true);
  });
});

describe("noise filters", () => {
  const rules = (text: string) => {
    const parsed = parseIgnoreRules(text);
    if ("problem" in parsed) throw new Error(parsed.problem);
    return parsed.rules;
  };

  it("ignores by short ID in any case and by title regex", () => {
    expect(ignoredBy({ shortId: "WEB-12", title: "x" }, rules("web-12"))).not.toBeNull();
    expect(
      ignoredBy({ shortId: "WEB-13", title: "ChunkLoadError: x" }, rules("/^chunkload/i")),
    ).not.toBeNull();
    expect(ignoredBy({ shortId: "WEB-13", title: "TypeError" }, rules("WEB-12, /^chunk/i"))).toBeNull();
  });

  it("needs both minimum events and minimum users", () => {
    expect(meetsThresholds({ events: 5, users: 2 }, 5, 2)).toBe(true);
    expect(meetsThresholds({ events: 4, users: 9 }, 5, 0)).toBe(false);
    expect(meetsThresholds({ events: 9, users: 1 }, 1, 2)).toBe(false);
  });
});

function finding(kind: Finding["kind"], shortId: string, events: number): Finding {
  return {
    kind,
    subject: "issue",
    id: shortId,
    shortId,
    title: shortId,
    project: "web",
    events,
    users: 1,
    firstSeen: null,
    permalink: "",
    culprit: null,
    level: "error",
    category: "error",
    secondsAfterDeploy: null,
    location: null,
    spike: null,
    latency: null,
    rate: null,
  };
}

describe("the verdict", () => {
  const input = {
    failOn: ["new", "regressed"] as const,
    releaseSeen: true,
    scope: verifyScope("v2", "production", "10m"),
  };

  it("fails on a finding of a fail-on kind, and says what in one line", () => {
    const result = decideVerdict({
      ...input,
      failOn: [...input.failOn],
      findings: [finding("new", "W-1", 3), finding("regressed", "W-2", 1), finding("new", "W-3", 1)],
    });
    expect(result).toEqual({
      verdict: "fail",
      reason: "2 new issues and 1 regressed issue in release v2 in production since its deploy",
    });
  });

  it("passes with findings of kinds fail-on leaves out, and says so", () => {
    const result = decideVerdict({ ...input, failOn: ["new"], findings: [finding("regressed", "W-2", 1)] });
    expect(result.verdict).toBe("pass");
    expect(result.reason).toContain("1 regressed issue reported");
    expect(result.reason).toContain("fail-on: new");
  });

  it("is inconclusive when Sentry saw nothing of the release", () => {
    const result = decideVerdict({ ...input, failOn: [...input.failOn], findings: [], releaseSeen: false });
    expect(result.verdict).toBe("inconclusive");
    expect(result.reason).toContain("no error event, transaction or session of release v2");
    // What could not be counted is not said to be absent.
    const unknown = { errors: 0, transactions: null, sessions: 0 };
    expect(decideVerdict({ ...input, findings: [], releaseSeen: false, traffic: unknown }).reason).toBe(
      "Sentry received no error event or session of release v2 in production since its rollout began (in an issue of any category; its transactions could not be counted): is the SDK's release set to it?",
    );
  });

  it("says in a clean pass what the release sent, and the share of requests zero new errors allows", () => {
    const traffic = { errors: 12, transactions: 1240, sessions: 310 };
    expect(decideVerdict({ ...input, failOn: [...input.failOn], findings: [], traffic }).reason).toBe(
      "no new, regressed or spiking issues in release v2 in production within 10m of its deploy, in 1,240 transactions, 310 sessions and 12 error events of it (no new error in 1,240 transactions: fewer than 0.24% of them hit one, 95% upper bound)",
    );
    // 1 − 0.05^(1/1240) = 0.002413…: the exact bound, near the rule of three's 3/1240.
    expect(describeTraffic({ errors: null, transactions: 1, sessions: null })).toBe(
      "1 transaction of it (no new error in 1 transaction: fewer than 95% of them hit one, 95% upper bound)",
    );
    expect(describeTraffic({ errors: 3, transactions: 0, sessions: null })).toBe("3 error events of it");
    expect(describeTraffic({ errors: 0, transactions: null, sessions: null })).toBeNull();
  });

  it("passes a clean release that Sentry saw", () => {
    expect(decideVerdict({ ...input, failOn: [...input.failOn], findings: [] })).toEqual({
      verdict: "pass",
      reason: "no new, regressed or spiking issues in release v2 in production within 10m of its deploy",
    });
  });

  it("fails the job as the spec's exit rules say", () => {
    const options = { failOnInconclusive: false, onError: "fail" as const };
    expect(failsJob("pass", options)).toBe(false);
    expect(failsJob("fail", options)).toBe(true);
    expect(failsJob("inconclusive", options)).toBe(false);
    expect(failsJob("inconclusive", { ...options, failOnInconclusive: true })).toBe(true);
    expect(failsJob("error", options)).toBe(true);
    expect(failsJob("error", { ...options, onError: "warn" })).toBe(false);
  });

  it("words a scan by its period", () => {
    const scan = { ...input, failOn: [...input.failOn], scope: scanScope("production", "24h") };
    expect(decideVerdict({ ...scan, findings: [finding("new", "W-1", 3)] }).reason).toBe(
      "1 new issue in production in the last 24h",
    );
    expect(decideVerdict({ ...scan, findings: [] }).reason).toBe(
      "no new or regressed issues in production in the last 24h",
    );
  });

  it("describes counts in words", () => {
    expect(describeCounts({ ...zeroCounts(), new: 1, spike: 2, unfixed: 1 })).toBe(
      "1 new issue, 2 spiking issues and 1 claimed fix that did not work",
    );
    expect(describeCounts({ ...zeroCounts(), latency: 1, "crash-rate": 1 })).toBe(
      "1 slower transaction and 1 crash-rate regression",
    );
  });

  it("adds the fix check's words after a clause, or as a sentence of their own after a question", () => {
    expect(withFixes("1 new issue in release v2 since its deploy", "1 claimed fix confirmed")).toBe(
      "1 new issue in release v2 since its deploy; 1 claimed fix confirmed",
    );
    expect(
      withFixes(
        "Sentry received no error event of release v2: is the SDK's release set to it?",
        "2 claimed fixes unverified",
      ),
    ).toBe(
      "Sentry received no error event of release v2: is the SDK's release set to it? 2 claimed fixes unverified.",
    );
  });
});

describe("finding order", () => {
  it("lists failing kinds first, then the most events, stably", () => {
    const sorted = sortFindings(
      [
        finding("regressed", "W-1", 50),
        finding("new", "W-2", 1),
        finding("new", "W-3", 9),
        finding("new", "W-0", 9),
      ],
      ["new"],
    );
    expect(sorted.map((f) => f.shortId)).toEqual(["W-0", "W-3", "W-2", "W-1"]);
  });
});
