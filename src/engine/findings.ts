// Turning Sentry issues into findings, and the order reports list them in.
import type { FindingKind } from "../config/schema.js";
import { FINDING_KINDS } from "../config/schema.js";
import type { IssueSummary } from "../sentry/source.js";
import type { Finding } from "./report.js";

export function toFinding(kind: FindingKind, issue: IssueSummary, deployedAt: Date | null): Finding {
  const firstSeen = issue.firstSeen;
  return {
    kind,
    subject: "issue",
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    project: issue.projectSlug,
    events: issue.events,
    users: issue.users,
    firstSeen: firstSeen ? firstSeen.toISOString() : null,
    permalink: issue.permalink,
    culprit: issue.culprit,
    level: issue.level,
    category: issue.category,
    secondsAfterDeploy: secondsAfter(firstSeen, deployedAt),
    location: null,
    spike: null,
    latency: null,
    rate: null,
  };
}

/**
 * How long after the deploy an issue first appeared, in whole seconds (negative: during the rollout);
 * null when either is unknown.
 */
export function secondsAfter(firstSeen: Date | null, deployedAt: Date | null): number | null {
  return firstSeen && deployedAt ? Math.round((firstSeen.getTime() - deployedAt.getTime()) / 1000) : null;
}

/** Failing kinds first, then by kind, then the most events; ties by short ID so reports are stable. */
export function sortFindings(findings: Finding[], failOn: readonly FindingKind[]): Finding[] {
  const rank = (finding: Finding) =>
    (failOn.includes(finding.kind) ? 0 : FINDING_KINDS.length) + FINDING_KINDS.indexOf(finding.kind);
  return findings.sort(
    (a, b) => rank(a) - rank(b) || b.events - a.events || a.shortId.localeCompare(b.shortId),
  );
}
