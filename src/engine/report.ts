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
  /** Seconds from the deploy to the first event after it. */
  secondsAfterDeploy: number | null;
  /** The innermost in-app frame of its latest event, when it was looked up. */
  location: CodeLocation | null;
}

export type FixStatus = "confirmed" | "unfixed" | "unverified";

export interface FixCheck {
  shortId: string;
  status: FixStatus;
  events: number;
  detail: string;
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
  /** The watched period, as written in the input (e.g. "10m"). */
  window: string;
  windowEnd: string | null;
  evaluatedAt: string;
  polls: number;
  counts: Record<FindingKind, number>;
  /** Every finding, failing kinds first, then by events. */
  findings: Finding[];
  fixes: FixCheck[];
  /** How many findings a report lists in full, and how many it only counts. */
  listed: number;
  omitted: number;
  /** All error events in the environment before and after the deploy; null when not asked or not known. */
  timeline: Timeline | null;
  /** Things the reader should know that are not findings: an ignored issue, a poll that failed and was retried. */
  notes: string[];
}
