// The spike check: each existing unresolved issue's events since the rollout began against its rate in
// the baseline just before it. It runs once, when the watching ends, so that polling often does not
// inflate the error rate; spike-test.ts decides.
//
// Its cost grows with what can fail, not with the organization's size: only the issues with at least
// spike-min-events events since the rollout (the only ones that can be spikes) are read, with their
// baselines; the family's size is counted, and the busiest of the other issues come from one page.
import { formatDuration } from "../config/duration.js";
import type { Config } from "../config/schema.js";
import type { IssueSearch, IssueSummary, ProjectRef, SentrySource } from "../sentry/source.js";
import { nullShareAfter } from "../stats/rate-ratio-test.js";
import { ignoredBy } from "./filters.js";
import { toFinding } from "./findings.js";
import type { Finding, SpikeTestSummary } from "./report.js";
import { runSpikeTest, type SpikeCandidate, type SpikeFamily, spikeFamily } from "./spike-test.js";

export const SPIKE_METHOD =
  "one-sided exact conditional binomial test (Przyborowski–Wilenski), Holm's procedure over Tarone's family";

const INSUFFICIENT_EXAMPLES = 20;
/** The busiest issues of the baseline that the "insufficient sample" report looks at: one page. */
const BUSIEST = 100;
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

export async function findSpikes(
  source: SentrySource,
  config: SpikeConfig,
  window: SpikeWindow,
): Promise<{ findings: Finding[]; summary: SpikeTestSummary }> {
  const { since, deployedAt, end } = window;
  const baselineStart = new Date(since.getTime() - config.spikeBaselineMs);
  const settings = {
    alpha: config.spikeAlpha,
    minRatio: config.spikeMinRatio,
    minEvents: Math.max(config.spikeMinEvents, config.minEvents),
    minUsers: config.minUsers,
  };
  const afterSeconds = Math.max(1, (end.getTime() - since.getTime()) / 1000);
  const baselineSeconds = config.spikeBaselineMs / 1000;
  // Existing issues: unresolved, and first seen before the rollout began.
  const existing: Omit<IssueSearch, "start" | "end"> = {
    projects: window.projects,
    environment: config.environment,
    unresolved: true,
    firstSeenBefore: since,
    userQuery: config.query,
  };
  const counted = (issue: IssueSummary) =>
    !window.exclude.has(issue.id) &&
    !window.exclude.has(issue.shortId.toUpperCase()) &&
    ignoredBy(issue, config.ignore) === null;
  const mayBeSpikes = { ...existing, start: since, end, minEvents: settings.minEvents };

  const [after, busiest, family] = await Promise.all([
    collect(source.searchIssues(mayBeSpikes), counted),
    collect(
      source.searchIssues({
        ...existing,
        start: baselineStart,
        end: since,
        sort: "freq",
        maxResults: BUSIEST,
      }),
      counted,
    ),
    countFamily(source, { ...existing, start: baselineStart, end }, settings, {
      beforeSeconds: baselineSeconds,
      afterSeconds,
    }),
  ]);
  // The candidates' baselines, read only when there are candidates: most runs have none.
  const [bornWithin, before] =
    after.length === 0
      ? [[], { counts: new Map(), uncountable: new Map() }]
      : await Promise.all([
          // Born within the baseline: its rate is over its own life, not the whole baseline.
          collect(source.searchIssues({ ...mayBeSpikes, firstSeenFrom: baselineStart }), () => true),
          source.issueCounts({
            issues: after,
            projects: window.projects,
            environment: config.environment,
            start: baselineStart,
            end: since,
          }),
        ]);
  const born = new Set(bornWithin.map((issue) => issue.id));

  // What could be spikes, then the busiest of the rest, for the "insufficient sample" report only.
  const candidates: SpikeCandidate[] = [];
  const untested: string[] = [];
  for (const issue of after) {
    const count = before.counts.get(issue.id);
    // A count that stopped short would make the baseline look quieter than it was: no test then.
    if (before.uncountable.has(issue.id) || count?.capped) {
      untested.push(issue.shortId);
      continue;
    }
    const from = born.has(issue.id) && count?.firstSeen ? count.firstSeen.getTime() : baselineStart.getTime();
    candidates.push({
      id: issue.id,
      before: count?.events ?? 0,
      beforeSeconds: Math.max(1, (since.getTime() - from) / 1000),
      after: issue.events,
      afterSeconds,
      users: issue.users,
    });
  }
  const byId = new Map(after.map((issue) => [issue.id, issue]));
  // Below the floor since the rollout: no test, only the question whether a jump would have shown.
  for (const issue of busiest.filter((one) => !byId.has(one.id))) {
    byId.set(issue.id, issue);
    candidates.push({
      id: issue.id,
      before: issue.events,
      beforeSeconds: baselineSeconds,
      after: 0,
      afterSeconds,
      users: 0,
    });
  }
  const outcomes = runSpikeTest(candidates, settings, family);

  const findings: Finding[] = [];
  const insufficient: { shortId: string; events: number }[] = [];
  outcomes.forEach((outcome, index) => {
    const counts = candidates[index] as SpikeCandidate;
    const issue = byId.get(outcome.id);
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
      insufficient.push({ shortId: issue?.shortId ?? outcome.id, events: counts.before });
    }
  });
  insufficient.sort((a, b) => b.events - a.events || a.shortId.localeCompare(b.shortId));
  return {
    findings,
    summary: {
      method: SPIKE_METHOD,
      alpha: config.spikeAlpha,
      minRatio: config.spikeMinRatio,
      minEvents: settings.minEvents,
      baseline: formatDuration(config.spikeBaselineMs),
      candidates: after.length,
      tested: family.size,
      insufficientSample: insufficient.length,
      insufficientExamples: insufficient.slice(0, INSUFFICIENT_EXAMPLES).map((entry) => entry.shortId),
      untested,
    },
  };
}

async function collect(issues: AsyncIterable<IssueSummary>, keep: (issue: IssueSummary) => boolean) {
  const kept: IssueSummary[] = [];
  for await (const issue of issues) if (keep(issue)) kept.push(issue);
  return kept;
}

/** The family's size: Sentry counts the existing issues with at least n events in both periods together. */
async function countFamily(
  source: SentrySource,
  both: IssueSearch,
  settings: Parameters<typeof spikeFamily>[0],
  exposures: { beforeSeconds: number; afterSeconds: number },
): Promise<SpikeFamily> {
  const search = spikeFamily(settings, nullShareAfter(exposures, settings.minRatio));
  for (let step = search.next(); ; ) {
    if (step.done) return step.value;
    step = search.next(await source.countIssues({ ...both, minEvents: step.value }));
  }
}
