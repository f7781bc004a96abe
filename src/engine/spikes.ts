// The spike check: each existing unresolved issue's events since the deploy against its rate in the
// baseline just before it. It runs once, when the watching ends, so that polling often does not
// inflate the error rate; spike-test.ts decides.
import { formatDuration } from "../config/duration.js";
import type { Config } from "../config/schema.js";
import type { IssueSummary, ProjectRef, SentrySource } from "../sentry/source.js";
import { ignoredBy } from "./filters.js";
import { toFinding } from "./findings.js";
import type { Finding, SpikeTestSummary } from "./report.js";
import { runSpikeTest, type SpikeCandidate } from "./spike-test.js";

export const SPIKE_METHOD =
  "one-sided exact conditional binomial test (Przyborowski–Wilenski), Holm's procedure over Tarone's family";

const INSUFFICIENT_EXAMPLES = 20;
const HOUR_SECONDS = 3_600;

export type SpikeConfig = Pick<
  Config,
  | "environment"
  | "query"
  | "ignore"
  | "spikeAlpha"
  | "spikeMinRatio"
  | "spikeMinEvents"
  | "spikeBaselineMs"
  | "minEvents"
  | "minUsers"
>;

export interface SpikeWindow {
  projects: readonly ProjectRef[];
  /** The rollout's start: the baseline ends here and the rate after is counted from here. */
  since: Date;
  deployedAt: Date;
  end: Date;
  /** Issues already reported (new, regressed, claimed fixes), by ID or short ID: not tested again. */
  exclude: ReadonlySet<string>;
}

interface Baseline {
  events: number;
  shortId: string;
}

/**
 * Three issue lists, each paged, at once: the existing issues with events since the deploy, those with
 * events in the baseline, and those of them first seen within it.
 */
export async function findSpikes(
  source: SentrySource,
  config: SpikeConfig,
  window: SpikeWindow,
): Promise<{ findings: Finding[]; summary: SpikeTestSummary }> {
  const { since, deployedAt, end } = window;
  const baselineStart = new Date(since.getTime() - config.spikeBaselineMs);
  const common = {
    projects: window.projects,
    environment: config.environment,
    unresolved: true,
    userQuery: config.query,
  };
  const counted = (issue: IssueSummary) =>
    !window.exclude.has(issue.id) &&
    !window.exclude.has(issue.shortId.toUpperCase()) &&
    ignoredBy(issue, config.ignore) === null;

  const baseline = { ...common, start: baselineStart, end: since };
  const after = new Map<string, IssueSummary>();
  const before = new Map<string, Baseline>();
  // An issue first seen within the baseline has had less time to fire: its rate is over that time only.
  const born = new Map<string, number>();
  await Promise.all([
    (async () => {
      for await (const issue of source.searchIssues({
        ...common,
        start: since,
        end,
        firstSeenBefore: since,
      }))
        if (counted(issue)) after.set(issue.id, issue);
    })(),
    (async () => {
      for await (const issue of source.searchIssues(baseline))
        if (counted(issue)) before.set(issue.id, { events: issue.events, shortId: issue.shortId });
    })(),
    (async () => {
      for await (const issue of source.searchIssues({ ...baseline, firstSeenFrom: baselineStart }))
        if (issue.firstSeen) born.set(issue.id, issue.firstSeen.getTime());
    })(),
  ]);

  const afterSeconds = Math.max(1, (end.getTime() - since.getTime()) / 1000);
  const candidates: SpikeCandidate[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const from = Math.max(baselineStart.getTime(), born.get(id) ?? 0);
    candidates.push({
      id,
      before: before.get(id)?.events ?? 0,
      beforeSeconds: Math.max(1, (since.getTime() - from) / 1000),
      after: after.get(id)?.events ?? 0,
      afterSeconds,
      users: after.get(id)?.users ?? 0,
    });
  }
  const { outcomes, family } = runSpikeTest(candidates, {
    alpha: config.spikeAlpha,
    minRatio: config.spikeMinRatio,
    minEvents: Math.max(config.spikeMinEvents, config.minEvents),
    minUsers: config.minUsers,
  });

  const findings: Finding[] = [];
  const insufficient: { shortId: string; events: number }[] = [];
  outcomes.forEach((outcome, index) => {
    const counts = candidates[index] as SpikeCandidate;
    const issue = after.get(outcome.id);
    if (outcome.spike && issue) {
      findings.push({
        ...toFinding("spike", issue, deployedAt),
        spike: {
          before: counts.before,
          beforeSeconds: counts.beforeSeconds,
          after: counts.after,
          afterSeconds: counts.afterSeconds,
          beforePerHour: (counts.before / counts.beforeSeconds) * HOUR_SECONDS,
          afterPerHour: (counts.after / counts.afterSeconds) * HOUR_SECONDS,
          ratio: outcome.ratio,
          pValue: outcome.pValue,
        },
      });
    } else if (outcome.insufficient) {
      const shortId = issue?.shortId ?? before.get(outcome.id)?.shortId ?? outcome.id;
      insufficient.push({ shortId, events: counts.before });
    }
  });
  insufficient.sort((a, b) => b.events - a.events || a.shortId.localeCompare(b.shortId));
  return {
    findings,
    summary: {
      method: SPIKE_METHOD,
      alpha: config.spikeAlpha,
      minRatio: config.spikeMinRatio,
      minEvents: config.spikeMinEvents,
      baseline: formatDuration(config.spikeBaselineMs),
      candidates: candidates.length,
      tested: family,
      insufficientSample: insufficient.length,
      insufficientExamples: insufficient.slice(0, INSUFFICIENT_EXAMPLES).map((entry) => entry.shortId),
    },
  };
}
