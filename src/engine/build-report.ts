// Assembling the report object from a final evaluation, and the report of a run that could not verify.
import { formatDuration } from "../config/duration.js";
import type { Config } from "../config/schema.js";
import type { ReleaseTraffic } from "../sentry/source.js";
import type { DeployTime } from "./deploy-time.js";
import { sortFindings } from "./findings.js";
import { count } from "./quantities.js";
import type { Finding, FixCheck, PerformanceSummary, Report, SpikeTestSummary, Timeline } from "./report.js";
import { countByKind, decideVerdict, describeFixes, type Scope, zeroCounts } from "./verdict.js";

export interface Evaluation {
  findings: Finding[];
  ignored: number;
  belowThresholds: number;
  releaseSeen: boolean;
}

export interface ReportParts {
  config: Config;
  scope: Scope;
  /** The watched period in words: the window after a deploy, or a scan's lookback. */
  windowText: string;
  /** null for a scan, which has no deploy. */
  deploy: DeployTime | null;
  timeline: Timeline | null;
  windowEnd: Date;
  evaluation: Evaluation;
  fixes: FixCheck[];
  spikeTest: SpikeTestSummary | null;
  /** null for a scan, or when the run stopped before the performance checks. */
  performance: PerformanceSummary | null;
  traffic: ReleaseTraffic;
  polls: number;
  /** When the settled poll ran; null when the watching stopped before (fail-fast, or asked early). */
  settledPoll: Date | null;
  notes: string[];
  evaluatedAt: Date;
}

export function buildReport(parts: ReportParts): Report {
  const { config, evaluation } = parts;
  const findings = sortFindings(evaluation.findings, config.failOn);
  const decided = decideVerdict({
    findings,
    failOn: config.failOn,
    releaseSeen: evaluation.releaseSeen,
    scope: parts.scope,
    traffic: parts.traffic,
  });
  const fixes = describeFixes(parts.fixes);
  const { verdict } = decided;
  const reason = fixes ? withFixes(decided.reason, fixes) : decided.reason;
  const notes = [...parts.notes];
  if (evaluation.ignored > 0)
    notes.push(
      `${count(evaluation.ignored, "issue")} matched the ignore input and ${evaluation.ignored === 1 ? "was" : "were"} not counted.`,
    );
  if (evaluation.belowThresholds > 0)
    notes.push(
      `${count(evaluation.belowThresholds, "issue")} had fewer than min-events (${config.minEvents}) or min-users (${config.minUsers}) ${config.mode === "scan" ? "in the period" : "since the deploy"} and ${evaluation.belowThresholds === 1 ? "was" : "were"} not counted.`,
    );
  const listed = Math.min(config.maxListed, findings.length);
  return {
    ...baseReport(config, parts.evaluatedAt),
    verdict,
    reason,
    release: config.mode === "scan" ? null : config.release,
    deployedAt: parts.deploy ? parts.deploy.at.toISOString() : null,
    deployedAtSource: parts.deploy ? parts.deploy.source : null,
    rolloutStartedAt: parts.deploy ? parts.deploy.rolloutStart.toISOString() : null,
    window: parts.windowText,
    windowEnd: parts.windowEnd.toISOString(),
    settledAt: parts.settledPoll ? parts.settledPoll.toISOString() : null,
    final: parts.settledPoll !== null,
    polls: parts.polls,
    counts: countByKind(findings),
    findings,
    fixes: parts.fixes,
    spikeTest: parts.spikeTest,
    traffic: parts.traffic,
    performance: parts.performance,
    listed,
    omitted: findings.length - listed,
    timeline: parts.timeline,
    notes,
  };
}

/**
 * The fix check's words after the reason: "…; 1 claimed fix confirmed", or, after a reason that is
 * a question or a sentence of its own, a sentence of their own.
 */
export function withFixes(reason: string, fixes: string): string {
  return /[.?!]$/.test(reason)
    ? `${reason} ${fixes.charAt(0).toUpperCase()}${fixes.slice(1)}.`
    : `${reason}; ${fixes}`;
}

/** The report of a run that could not ask Sentry (or was given bad input): verdict error. */
export function errorReport(
  config: Pick<Config, "mode" | "release" | "environment" | "projects" | "org" | "windowMs"> | null,
  reason: string,
  evaluatedAt: Date,
): Report {
  return {
    ...baseReport(config, evaluatedAt),
    verdict: "error",
    reason,
  };
}

function baseReport(
  config: Pick<Config, "mode" | "release" | "environment" | "projects" | "org" | "windowMs"> | null,
  evaluatedAt: Date,
): Report {
  return {
    verdict: "error",
    reason: "",
    mode: config?.mode ?? "verify",
    release: config?.release ?? null,
    environment: config?.environment ?? null,
    projects: config?.projects ?? [],
    org: config?.org ?? "",
    deployedAt: null,
    deployedAtSource: null,
    rolloutStartedAt: null,
    window: config ? formatDuration(config.windowMs) : "",
    windowEnd: null,
    settledAt: null,
    final: false,
    evaluatedAt: evaluatedAt.toISOString(),
    polls: 0,
    counts: zeroCounts(),
    findings: [],
    fixes: [],
    spikeTest: null,
    traffic: { errors: null, transactions: null, sessions: null },
    performance: null,
    listed: 0,
    omitted: 0,
    timeline: null,
    notes: [],
  };
}
