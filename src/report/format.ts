// Words and numbers every renderer shows the same way.
import { formatDuration } from "../config/duration.js";
import type { DeployTimeSource, Finding, Report, Verdict } from "../engine/report.js";

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
  return `${utc(report.deployedAt)} (${DEPLOY_SOURCE[report.deployedAtSource]})`;
}

export function windowLine(report: Report): string {
  return report.windowEnd ? `${report.window}, until ${utc(report.windowEnd)}` : report.window;
}

/** When a finding appeared: after the deploy for a verification, the time itself for a scan. */
export function appeared(report: Report, finding: Finding): string {
  if (report.mode === "scan") return finding.firstSeen ? utc(finding.firstSeen) : "—";
  return afterDeploy(finding);
}

export function afterDeploy(finding: Finding): string {
  return finding.secondsAfterDeploy === null ? "—" : `+${formatDuration(finding.secondsAfterDeploy * 1000)}`;
}

export function verdictHeadline(report: Report): string {
  return `${report.verdict.toUpperCase()}: ${report.reason}`;
}

export function omittedLine(report: Report): string | null {
  return report.omitted > 0
    ? `… and ${report.omitted} more (the JSON report lists all ${report.findings.length})`
    : null;
}
