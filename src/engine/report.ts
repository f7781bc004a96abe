// The report: the one object every front end renders or returns (job summary, PR comment,
// the JSON file, the CLI's output, the MCP tools' structured content).
import type { FindingKind } from "../config/schema.js";
import type { CodeLocation, ReleaseTraffic } from "../sentry/source.js";

export type Verdict = "pass" | "fail" | "inconclusive" | "error";

export interface Finding {
  kind: FindingKind;
  /**
   * What it is about: a Sentry issue; a transaction (latency, failure-rate), whose id and shortId are
   * its name; or the release (crash-rate), whose id and shortId are its version.
   */
  subject: "issue" | "transaction" | "release";
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
  /** For a latency finding: the samples and the test that make it one. */
  latency: LatencyCheck | null;
  /** For a failure-rate or crash-rate finding: the counts and the test that make it one. */
  rate: RateCheck | null;
}

/**
 * One transaction's latency: the share of the release's samples slower than a threshold fixed from
 * the p95 before the deploy, tested against the 5% that a p95 at the threshold allows.
 */
export interface LatencyCheck {
  /** The p95 in the baseline before the rollout (every release) and its samples. */
  baselineP95Ms: number;
  baselineSamples: number;
  /** (1 + latency-max-increase) × baselineP95Ms, fixed before the data after the deploy is read. */
  thresholdMs: number;
  /** The release's samples since the rollout began, how many were slower than the threshold, their p95. */
  samples: number;
  slower: number;
  p95Ms: number | null;
  /** The other releases over the same time (the old release during a rollout); null p95 without samples. */
  concurrentP95Ms: number | null;
  concurrentSamples: number;
  /**
   * One-sided exact exceedance p-value: P(Binomial(n, 0.05) ≥ k) made exact for a threshold that is
   * itself a sample p95 (hypergeometric); null when not tested (under 50 samples since or before).
   */
  pValue: number | null;
  finding: boolean;
  /** Not a finding, and too few samples for one to have been likely. */
  insufficient: boolean;
}

/** Failures (or crashes) out of requests (or sessions), before the deploy and since, and the test between them. */
export interface RateCheck {
  before: number;
  beforeTotal: number;
  after: number;
  afterTotal: number;
  /** The share after over the share before; null when the share before was zero or unknown. */
  ratio: number | null;
  /** One-sided exact conditional binomial p-value against a ratio of spike-min-ratio; null when not tested. */
  pValue: number | null;
  finding: boolean;
  insufficient: boolean;
}

export interface TransactionCheck {
  transaction: string;
  /** The transaction's page in Sentry. */
  permalink: string | null;
  /** Both null when it had no samples in the baseline to compare with (a transaction new in this release). */
  latency: LatencyCheck | null;
  failureRate: RateCheck | null;
}

/** The release's crashed sessions against those of the release that ran before it in the environment. */
export interface CrashRateCheck extends RateCheck {
  /** The release with the most sessions in the baseline (other than this one); null when none had any. */
  previousRelease: string | null;
  /** 1 − crashed / sessions, before (the previous release) and after (this one); null without sessions. */
  crashFreeBefore: number | null;
  crashFreeAfter: number | null;
  permalink: string | null;
}

/** How the performance tests went: latency, failure rate and crash rate, one family-wise level over them all. */
export interface PerformanceSummary {
  methods: { latency: string; rate: string };
  alpha: number;
  latencyMaxIncrease: number;
  minRatio: number;
  baseline: string;
  /** Signals this run could not read, and why (no tracing, no release health, a source that cannot): never read as clean. */
  unavailable: string[];
  /** The transactions looked at, findings first, then the busiest; at most TRANSACTIONS_LISTED. */
  transactions: TransactionCheck[];
  /** Transactions looked at beyond those listed. */
  transactionsOmitted: number;
  crashRate: CrashRateCheck | null;
  /** The tests the level holds over (latency, failure-rate and crash-rate together). */
  tested: number;
  /** Checks where a real regression would more likely than not have gone unseen. */
  insufficientSample: number;
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
  /** What Sentry received from the release since the rollout began; null counts where it could not say (and in a scan). */
  traffic: ReleaseTraffic;
  /** null when no performance test ran (a scan, or a run that stopped before it). */
  performance: PerformanceSummary | null;
  /** How many findings a report lists in full, and how many it only counts. */
  listed: number;
  omitted: number;
  /** All error events in the environment before and after the deploy; null when not asked or not known. */
  timeline: Timeline | null;
  /** Things the reader should know that are not findings: an ignored issue, a poll that failed and was retried. */
  notes: string[];
}
