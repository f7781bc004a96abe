// The report: the one object every front end renders or returns (job summary, PR comment,
// the JSON file, the CLI's output, the MCP tools' structured content).
import type { FindingKind } from "../config/schema.js";
import type { CodeLocation } from "../sentry/source.js";

export type Verdict = "pass" | "fail" | "inconclusive" | "error";

export interface Finding {
  kind: FindingKind;
  id: string;
  shortId: string;
  title: string;
  project: string;
  /** Events and affected users since the deploy, in the environment. */
  events: number;
  users: number;
  /** First event since the deploy, ISO 8601. */
  firstSeen: string | null;
  permalink: string;
  culprit: string | null;
  level: string;
  /** Sentry's issue category: error, or another such as performance (N+1 queries, slow DB queries, …). */
  category: string;
  /** Seconds from the deploy to the first event since the rollout began: negative during the rollout. */
  secondsAfterDeploy: number | null;
  /** The innermost in-app frame of its latest event, when it was looked up. */
  location: CodeLocation | null;
  /** For a spike: the counts and the test that make it one. */
  spike: SpikeEvidence | null;
}

export interface SpikeEvidence {
  /** Events in the baseline just before the deploy (shorter for an issue born within it). */
  before: number;
  beforeSeconds: number;
  /** Events since the deploy. */
  after: number;
  afterSeconds: number;
  beforePerHour: number;
  afterPerHour: number;
  /** afterPerHour / beforePerHour; null when there was no event before. */
  ratio: number | null;
  /** One-sided, against a rate after of at most spike-min-ratio times the rate before. */
  pValue: number;
}

/** How the spike test went: what it could see, and what it could not. */
export interface SpikeTestSummary {
  method: string;
  alpha: number;
  minRatio: number;
  minEvents: number;
  baseline: string;
  /** Existing unresolved issues with at least minEvents events since the rollout began: the ones that could be spikes. */
  candidates: number;
  /** The family the significance level holds over (issues whose events in both periods could reach significance). */
  tested: number;
  /** Issues where a 3x jump would more likely than not have gone unseen in this window, among the candidates and the busiest others. */
  insufficientSample: number;
  /** Some of them, the busiest first. */
  insufficientExamples: string[];
  /** Candidates whose baseline could not be counted (too many events of a non-error issue, or a source that cannot count it): not tested. */
  untested: string[];
}

export type FixStatus = "confirmed" | "unfixed" | "unverified";

export interface FixCheck {
  shortId: string;
  status: FixStatus;
  /** Events of the release since the deploy. */
  events: number;
  /** The evidence, in one sentence. */
  detail: string;
  /** Where the fix was claimed: "pull request #42", "commit 1a2b3c4", or "the fixes input". */
  claimedIn: string[];
  title: string | null;
  permalink: string | null;
  /** Events in the baseline before the deploy, in any release; null when not known. */
  eventsBefore: number | null;
}

/** Error events per bucket around the deploy, for the report's chart. */
export interface Timeline {
  intervalSeconds: number;
  buckets: { start: string; events: number }[];
}

export type DeployTimeSource = "input" | "deploy-record" | "run-start";

export interface Report {
  verdict: Verdict;
  /** One line: why this verdict. */
  reason: string;
  mode: "verify" | "scan";
  release: string | null;
  environment: string | null;
  projects: string[];
  org: string;
  deployedAt: string | null;
  deployedAtSource: DeployTimeSource | null;
  /** When the rollout began (the deploy record's start); the same as deployedAt when none is known. */
  rolloutStartedAt: string | null;
  /** The watched period, as written in the input (e.g. "10m"). */
  window: string;
  windowEnd: string | null;
  /** When the last poll ran, settle after the window's end (later on a re-run); null until then. */
  settledAt: string | null;
  /** The window is over and settled: the verdict will not change. Otherwise it is the verdict so far. */
  final: boolean;
  evaluatedAt: string;
  polls: number;
  counts: Record<FindingKind, number>;
  /** Every finding, failing kinds first, then by events. */
  findings: Finding[];
  fixes: FixCheck[];
  /** null when no spike test ran (a scan, or a run that stopped before it). */
  spikeTest: SpikeTestSummary | null;
  /** How many findings a report lists in full, and how many it only counts. */
  listed: number;
  omitted: number;
  /** All error events in the environment before and after the deploy; null when not asked or not known. */
  timeline: Timeline | null;
  /** Things the reader should know that are not findings: an ignored issue, a poll that failed and was retried. */
  notes: string[];
}
