// The nightly scan: what appeared or came back in the environment within the lookback, in any
// release. It never waits. Old issues that merely keep firing are not findings, and neither is an
// issue Sentry still marks is:regressed for a regression older than the lookback.
import { formatDuration } from "../config/duration.js";
import type { Config } from "../config/schema.js";
import type { SentrySource } from "../sentry/source.js";
import { buildReport } from "./build-report.js";
import type { Clock } from "./clock.js";
import { collectFindings } from "./collect.js";
import { sortFindings } from "./findings.js";
import { addLocations } from "./locations.js";
import { regressionSince } from "./regression.js";
import type { Report } from "./report.js";
import { scanScope } from "./verdict.js";

// Sentry moves a regressed issue to "ongoing" seven days after it came back (auto_ongoing_issues).
const REGRESSED_SUBSTATUS_MS = 7 * 24 * 3_600_000;

export async function scanErrors(
  config: Config,
  deps: { source: SentrySource; clock: Clock },
): Promise<Report> {
  const { source } = deps;
  const now = new Date(deps.clock.now());
  const since = new Date(now.getTime() - config.lookbackMs);
  const projects = await source.resolveProjects(config.projects);
  const search = {
    projects,
    environment: config.environment,
    start: since,
    end: now,
    userQuery: config.query,
  };
  // When each regressed issue came back: what the report shows for it, rather than its first event ever.
  const cameBack = new Map<string, Date>();
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: since }),
      // is:regressed includes regressions up to a week old; the activity log says whether this one is recent.
      regressed: source.searchIssues({ ...search, regressed: true }),
      confirmRegression: async (issue) => {
        const at = regressionSince(await source.issueActivity(issue.id), since);
        if (at) cameBack.set(issue.id, at);
        return at !== null;
      },
    },
    config,
    null,
  );
  for (const finding of found.findings) {
    const at = finding.kind === "regressed" ? cameBack.get(finding.id) : undefined;
    if (at) finding.firstSeen = at.toISOString();
  }
  const notes: string[] = [...source.limitations];
  if (config.lookbackMs > REGRESSED_SUBSTATUS_MS)
    notes.push(
      "Sentry marks an issue regressed for seven days only: regressions older than that within the lookback are not found.",
    );
  sortFindings(found.findings, config.failOn);
  await addLocations(source, found.findings, config, notes);
  const lookback = formatDuration(config.lookbackMs);
  return buildReport({
    config,
    scope: scanScope(config.environment, lookback),
    windowText: lookback,
    deploy: null,
    timeline: null,
    windowEnd: now,
    evaluation: { ...found, releaseSeen: true },
    fixes: [],
    spikeTest: null,
    performance: null,
    traffic: { errors: null, transactions: null, sessions: null },
    polls: 1,
    // A scan never waits: what Sentry had at the scan is its final answer for the lookback.
    settledPoll: now,
    notes,
    evaluatedAt: now,
  });
}
