// Words and numbers every renderer shows the same way.
import { formatDuration } from "../config/duration.js";
import type {
  DeployTimeSource,
  Finding,
  FixStatus,
  Report,
  SpikeEvidence,
  SpikeTestSummary,
  Verdict,
} from "../engine/report.js";
import { SPIKE_JUMP } from "../engine/spike-test.js";
import { ERROR_CATEGORY } from "../sentry/source.js";

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
};

const DEPLOY_SOURCE: Record<DeployTimeSource, string> = {
  input: "from deployed-at",
  "deploy-record": "Sentry deploy record",
  "run-start": "no deploy record: start of this run",
};

/** 2026-11-25T14:03:05.000Z → "2026-11-25 14:03:05 UTC" */
export function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

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

/** "performance" for an issue that is not an error issue; null for an error issue. */
export function categoryLabel(finding: Finding): string | null {
  return finding.category === ERROR_CATEGORY ? null : finding.category;
}

/** When a finding appeared: after the deploy for a verification, the time itself for a scan. */
export function appeared(report: Report, finding: Finding): string {
  if (report.mode === "scan") return finding.firstSeen ? utc(finding.firstSeen) : "—";
  return afterDeploy(finding);
}

/** "+3m", or "−1m (rollout)" for an issue that appeared while the release rolled out. */
export function afterDeploy(finding: Finding): string {
  const seconds = finding.secondsAfterDeploy;
  if (seconds === null) return "—";
  return seconds < 0 ? `−${formatDuration(-seconds * 1000)} (rollout)` : `+${formatDuration(seconds * 1000)}`;
}

export function verdictHeadline(report: Report): string {
  return `${report.verdict.toUpperCase()}: ${report.reason}`;
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

/** What the spike test covered and what it could not see, in one line; null when it did not run. */
export function spikeTestLine(summary: SpikeTestSummary | null, window: string): string | null {
  if (!summary) return null;
  const tested = `Spike test: ${summary.candidates} existing issue(s) with at least ${summary.minEvents} events since the rollout tested against a rate over ${summary.minRatio}× their last ${summary.baseline} (family-wise α ${summary.alpha} over ${summary.tested})`;
  const untested =
    summary.untested.length > 0
      ? `; not tested, their baseline could not be counted: ${summary.untested.join(", ")}`
      : "";
  if (summary.insufficientSample === 0) return `${tested}${untested}.`;
  const more = summary.insufficientSample - summary.insufficientExamples.length;
  const examples = `${summary.insufficientExamples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  return `${tested}${untested}; of these and the busiest other issues, ${summary.insufficientSample} had too few events for a ${SPIKE_JUMP}× jump to show within ${window} (insufficient sample, not clean): ${examples}.`;
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
