// Words and numbers every renderer shows the same way.
import { formatDuration } from "../config/duration.js";
import { count, milliseconds, percent, thousands, utc } from "../engine/quantities.js";
import type {
  CrashRateCheck,
  DeployTimeSource,
  Finding,
  FixStatus,
  LatencyCheck,
  PerformanceSummary,
  RateCheck,
  Report,
  SpikeEvidence,
  SpikeTestSummary,
  Verdict,
} from "../engine/report.js";
import { SPIKE_JUMP } from "../engine/spike-test.js";
import { ERROR_CATEGORY, type TrafficKind } from "../sentry/source.js";

export const VERDICT_ICON: Record<Verdict, string> = {
  pass: "✅",
  fail: "❌",
  inconclusive: "⚠️",
  error: "🛑",
};

export const KIND_LABEL: Record<Finding["kind"], string> = {
  new: "new",
  regressed: "regressed",
  spike: "spike",
  unfixed: "unfixed",
  latency: "latency",
  "failure-rate": "failure rate",
  "crash-rate": "crash rate",
};

const DEPLOY_SOURCE: Record<DeployTimeSource, string> = {
  input: "from deployed-at",
  "deploy-record": "Sentry deploy record",
  "run-start": "no deploy record: start of this run",
};

export function deployedLine(report: Report): string {
  if (!report.deployedAt || !report.deployedAtSource) return "unknown";
  const rollout =
    report.rolloutStartedAt && report.rolloutStartedAt < report.deployedAt
      ? `, rollout from ${utc(report.rolloutStartedAt)}`
      : "";
  return `${utc(report.deployedAt)} (${DEPLOY_SOURCE[report.deployedAtSource]}${rollout})`;
}

/** The window, and whether its last events had time to reach Sentry's search: a report not settled is the verdict so far. */
export function windowLine(report: Report): string {
  if (!report.windowEnd) return report.window;
  const period = `${report.window}, until ${utc(report.windowEnd)}`;
  if (report.mode === "scan") return period;
  return report.settledAt
    ? `${period}; settled at ${utc(report.settledAt)}`
    : `${period}; not settled: the verdict so far`;
}

const TRAFFIC_WORDS: Record<TrafficKind, [string, string]> = {
  errors: ["error event", "error events"],
  transactions: ["transaction", "transactions"],
  sessions: ["session", "sessions"],
};

/**
 * "12 error events, 1,240 transactions, sessions not known": what the release sent since the rollout
 * began; null for a scan or an error, where no release was watched.
 */
export function trafficLine(report: Report): string | null {
  if (report.mode === "scan" || report.verdict === "error") return null;
  const kinds = Object.keys(TRAFFIC_WORDS) as TrafficKind[];
  if (kinds.every((kind) => report.traffic[kind] === null)) return null;
  return kinds
    .map((kind) => {
      const sent = report.traffic[kind];
      const [one, many] = TRAFFIC_WORDS[kind];
      return sent === null ? `${many} not known` : count(sent, one, many);
    })
    .join(", ");
}

/** "performance" for an issue that is not an error issue; null for an error issue, a transaction or a release. */
export function categoryLabel(finding: Finding): string | null {
  return finding.subject !== "issue" || finding.category === ERROR_CATEGORY ? null : finding.category;
}

/**
 * When a finding appeared: after the deploy for a verification; for a scan the time itself, which for
 * a regressed issue is when it came back, and says so.
 */
export function appeared(report: Report, finding: Finding): string {
  if (report.mode !== "scan") return afterDeploy(finding);
  if (!finding.firstSeen) return "—";
  return finding.kind === "regressed" ? `came back ${utc(finding.firstSeen)}` : utc(finding.firstSeen);
}

/** The findings table's column for when each appeared. */
export function appearedColumn(report: Report): string {
  return report.mode === "scan" ? "First seen (or came back)" : "After deploy";
}

/** "+3m", or "−1m (rollout)" for an issue that appeared while the release rolled out. */
export function afterDeploy(finding: Finding): string {
  const seconds = finding.secondsAfterDeploy;
  if (seconds === null) return "—";
  return seconds < 0 ? `−${formatDuration(-seconds * 1000)} (rollout)` : `+${formatDuration(seconds * 1000)}`;
}

/** The reason, a release named by a full commit SHA shortened (the report's table has it in full). */
export function shortReason(report: Report): string {
  const release = report.release;
  return release && shortRelease(release) !== release
    ? report.reason.split(release).join(shortRelease(release))
    : report.reason;
}

/** The notes under the report: what could not have been seen (insufficient samples), then the run's own. */
export function reportNotes(report: Report): string[] {
  return [
    ...[
      spikeInsufficientNote(report.spikeTest, report.window),
      performanceInsufficientNote(report.performance),
    ].filter((note): note is string => note !== null),
    ...report.notes,
  ];
}

/** "after 3 polls" for a verification; a scan asks once. */
export function evaluatedLine(report: Report): string {
  const at = `evaluated ${utc(report.evaluatedAt)}`;
  return report.mode === "scan" ? at : `${at} after ${count(report.polls, "poll")}`;
}

export function verdictHeadline(report: Report): string {
  return `${report.verdict.toUpperCase()}: ${report.reason}`;
}

/**
 * The verdict's one-line heading: the verdict and what was checked, short enough for one line of a
 * pull request's conversation (a commit SHA as its short form); the reason follows it in full.
 */
export function verdictHeading(report: Report): string {
  const verdict = report.verdict.toUpperCase();
  const where = report.environment ? ` in ${report.environment}` : "";
  if (report.mode === "scan") return `${verdict}: scan${where}, last ${report.window}`;
  if (!report.release) return verdict;
  return `${verdict}: release ${shortRelease(report.release)}${where}`;
}

/** A release named by a full commit SHA as its first seven characters; any other name as it is. */
function shortRelease(release: string): string {
  return /^[0-9a-f]{40}$/i.test(release) ? release.slice(0, 7) : release;
}

export function omittedLine(report: Report): string | null {
  return report.omitted > 0
    ? `… and ${report.omitted} more (the JSON report lists all ${report.findings.length})`
    : null;
}

export const FIX_ICON: Record<FixStatus, string> = {
  confirmed: "✅",
  unfixed: "❌",
  unverified: "⚠️",
};

/** "12/h → 50/h (×4.2, p = 2.1e-6)" */
export function spikeLine(spike: SpikeEvidence): string {
  const ratio = spike.ratio === null ? "none before" : `×${rounded(spike.ratio)}`;
  return `${rounded(spike.beforePerHour)}/h → ${rounded(spike.afterPerHour)}/h (${ratio}, p ${pValue(spike.pValue)})`;
}

/** The evidence that makes a finding one, a line each: the spike test's, the latency test's, the rate test's. */
export function evidenceLines(finding: Finding): string[] {
  return [
    ...(finding.spike ? [spikeLine(finding.spike)] : []),
    ...(finding.latency ? [latencyLine(finding.latency)] : []),
    ...(finding.rate ? [rateLine(finding.rate, finding.kind === "crash-rate" ? "crashed" : "failed")] : []),
  ];
}

/** "p95 180 ms → 420 ms; 38 of 120 over 216 ms (p = 2.1e-9)" */
function latencyLine(latency: LatencyCheck): string {
  return `p95 ${p95Change(latency)}; ${slowerCount(latency)} (${pNote(latency.pValue)})`;
}

/** "failed 0.5% → 3% (×6, p = 4.1e-4)" */
function rateLine(rate: RateCheck, what: "failed" | "crashed"): string {
  const ratio = rate.ratio === null ? "" : `×${rounded(rate.ratio)}, `;
  return `${what} ${rateChange(rate)} (${ratio}${pNote(rate.pValue)})`;
}

/** A cell of the performance table, and whether its check found something or could not have. */
export interface PerformanceCell {
  text: string;
  mark: "finding" | "insufficient" | null;
}

/** A transaction's p95, slower-than-threshold and failed-share cells; "—" for a check that did not run. */
export function transactionCells(
  latency: LatencyCheck | null,
  failureRate: RateCheck | null,
): [PerformanceCell, PerformanceCell, PerformanceCell] {
  return [
    { text: latency ? p95Change(latency) : "—", mark: null },
    latency ? testedCell(slowerCount(latency), latency) : { text: "—", mark: null },
    failureRate ? testedCell(rateChange(failureRate), failureRate) : { text: "—", mark: null },
  ];
}

export const PERFORMANCE_COLUMNS = [
  "Transaction",
  "p95 before → after",
  "Slower than the threshold",
  "Failed before → after",
] as const;

/** "crash rate vs previous release 1.2.2", the version shown by `show`. */
export function crashRowLabel(crash: CrashRateCheck, show: (version: string) => string): string {
  return crash.previousRelease
    ? `crash rate vs previous release ${show(crash.previousRelease)}`
    : "crash rate (no earlier release had sessions)";
}

/** "crash-free 99.5% → 97% (p = 4.1e-4, finding)" */
export function crashFreeCell(crash: CrashRateCheck): PerformanceCell {
  const share = (value: number | null) => (value === null ? "—" : percent(value));
  return testedCell(`crash-free ${share(crash.crashFreeBefore)} → ${share(crash.crashFreeAfter)}`, crash);
}

/** "Performance: 14 transactions and the crash rate; 1 finding, 3 with an insufficient sample" */
export function performanceHeadline(summary: PerformanceSummary): string {
  const checks = [...summary.transactions.flatMap((t) => [t.latency, t.failureRate]), summary.crashRate];
  const findings = checks.filter((check) => check?.finding).length;
  const transactions = summary.transactions.length + summary.transactionsOmitted;
  const looked = [
    ...(transactions > 0 ? [count(transactions, "transaction")] : []),
    ...(summary.crashRate ? ["the crash rate"] : []),
  ].join(" and ");
  return `Performance: ${looked}; ${count(findings, "finding")}, ${summary.insufficientSample} with an insufficient sample`;
}

/** What the level holds over and what the tests ask, in one line. */
export function performanceTestLine(summary: PerformanceSummary): string {
  return `Family-wise α ${summary.alpha} over ${count(summary.tested, "latency, failure-rate and crash-rate test")}: a latency finding is a p95 significantly more than ${percent(summary.latencyMaxIncrease)} above the p95 in the ${summary.baseline} before the deploy, a failure-rate or crash-rate finding a share significantly above ${summary.minRatio}× the one before.`;
}

/** The performance checks that could not have found anything, as a note; null when there were none. */
function performanceInsufficientNote(summary: PerformanceSummary | null): string | null {
  const n = summary?.insufficientSample ?? 0;
  if (n === 0) return null;
  return `Insufficient sample, not clean: ${count(n, "performance check")} had too few samples for a finding to be likely.`;
}

/** What a latency, failure-rate or crash-rate test concluded. */
type Tested = Pick<RateCheck, "pValue" | "finding" | "insufficient">;

function testedCell(text: string, check: Tested): PerformanceCell {
  return {
    text: `${text} (${testNote(check)})`,
    mark: check.finding ? "finding" : check.insufficient ? "insufficient" : null,
  };
}

/** "p = 0.0031", "p = 2.1e-6, finding", "p = 0.4, insufficient sample", "not tested" */
function testNote(check: Tested): string {
  const p = pNote(check.pValue);
  if (check.finding) return `${p}, finding`;
  return check.insufficient ? `${p}, insufficient sample` : p;
}

function pNote(value: number | null): string {
  return value === null ? "not tested" : `p ${pValue(value)}`;
}

/** "180 ms → 420 ms" */
function p95Change(latency: LatencyCheck): string {
  return `${milliseconds(latency.baselineP95Ms)} → ${latency.p95Ms === null ? "no samples" : milliseconds(latency.p95Ms)}`;
}

/** "38 of 120 over 216 ms" */
function slowerCount(latency: LatencyCheck): string {
  return `${thousands(latency.slower)} of ${thousands(latency.samples)} over ${milliseconds(latency.thresholdMs)}`;
}

/** "0.5% → 3%" */
function rateChange(rate: RateCheck): string {
  const share = (part: number, total: number) => (total > 0 ? percent(part / total) : "—");
  return `${share(rate.before, rate.beforeTotal)} → ${share(rate.after, rate.afterTotal)}`;
}

/** What the spike test covered, in one line; null when it did not run. */
export function spikeTestLine(summary: SpikeTestSummary | null): string | null {
  if (!summary) return null;
  const one = summary.candidates === 1;
  const tested = `Spike test: ${count(summary.candidates, "existing issue")} with at least ${count(summary.minEvents, "event")} since the rollout began ${one ? "was" : "were"} tested against a rate over ${summary.minRatio}× ${one ? "its" : "their"} last ${summary.baseline}, at a family-wise α of ${summary.alpha} over the ${count(summary.tested, "issue")} whose counts could reach significance`;
  const untested =
    summary.untested.length > 0
      ? `; not tested, their baseline could not be counted: ${summary.untested.join(", ")}`
      : "";
  return `${tested}${untested}.`;
}

/** The issues too quiet for the spike test to see a jump in, as a note; null when there were none. */
function spikeInsufficientNote(summary: SpikeTestSummary | null, window: string): string | null {
  if (!summary || summary.insufficientSample === 0) return null;
  const n = summary.insufficientSample;
  const more = n - summary.insufficientExamples.length;
  const examples = `${summary.insufficientExamples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  return `Insufficient sample, not clean: ${count(n, "issue")} (among those and the busiest others) had too few events for a ${SPIKE_JUMP}× jump to show within ${window}: ${examples}.`;
}

function rounded(value: number): string {
  if (value === 0) return "0";
  if (value >= 100) return String(Math.round(value));
  return String(Number(value.toPrecision(2)));
}

/** "= 0.0031", "= 2.1e-6", "< 1e-12" */
function pValue(value: number): string {
  if (value < 1e-12) return "< 1e-12";
  return `= ${value < 0.001 ? value.toExponential(1) : String(Number(value.toPrecision(2)))}`;
}
