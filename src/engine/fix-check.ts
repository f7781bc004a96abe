// The fix check: did the issues a change claims to fix stop in the release? Judged once, when the
// watching ends, from the events of the release since its rollout began; any event at all is a failed
// fix (the change named the issue, so no noise threshold or ignore rule applies). Events of the old
// release still running during the rollout do not count against the fix.
import { formatDuration } from "../config/duration.js";
import { type Config, MAX_FIXES } from "../config/schema.js";
import type { IssueCount, IssueCounts, IssueInfo, ProjectRef, SentrySource } from "../sentry/source.js";
import { secondsAfter } from "./findings.js";
import { type ClaimText, claimsForProjects, type FixClaim, findFixClaims } from "./fix-claims.js";
import { count, utc } from "./quantities.js";
import type { Finding, FixCheck } from "./report.js";

export interface FixWindow {
  /** The rollout's start: the release's events count from here, the baseline ends here. */
  since: Date;
  deployedAt: Date;
  /** Up to when events were counted. */
  end: Date;
  windowEnd: Date;
  /** Sentry received events of the release since the deploy: without them, silence proves nothing. */
  releaseSeen: boolean;
}

/** The claims to check: the fixes input's list, or those found in the texts the front end read. */
export async function claimedFixes(
  config: Pick<Config, "fixes" | "projects">,
  texts: Promise<readonly ClaimText[]> | undefined,
  notes: string[],
): Promise<FixClaim[]> {
  if (config.fixes === "none") return [];
  const claims =
    config.fixes === "auto"
      ? await claimsInTexts(config.projects, texts, notes)
      : config.fixes.map((shortId) => ({ shortId, where: ["the fixes input"] }));
  if (claims.length > MAX_FIXES)
    notes.push(
      `${claims.length} fixes were claimed; the first ${MAX_FIXES} were checked: ${claims
        .slice(MAX_FIXES, MAX_FIXES + 10)
        .map((claim) => claim.shortId)
        .join(", ")}${claims.length > MAX_FIXES + 10 ? " …" : ""} were not.`,
    );
  return claims.slice(0, MAX_FIXES);
}

async function claimsInTexts(
  projects: readonly string[],
  texts: Promise<readonly ClaimText[]> | undefined,
  notes: string[],
): Promise<FixClaim[]> {
  const { inProjects, elsewhere } = claimsForProjects(findFixClaims((await texts) ?? []), projects);
  // Words like "log-in" are shaped like short IDs too: only those with a number are worth a note.
  const named = elsewhere.filter((claim) => /\d/.test(claim.shortId.slice(claim.shortId.lastIndexOf("-"))));
  if (named.length > 0)
    notes.push(
      `Claimed fixes not checked, as they are not in ${projects.join(", ")}: ${named
        .slice(0, 10)
        .map((claim) => `${claim.shortId} (${claim.where[0]})`)
        .join(", ")}.`,
    );
  return inProjects;
}

export async function checkFixes(
  source: SentrySource,
  config: Pick<Config, "org" | "release" | "environment" | "spikeBaselineMs">,
  claims: readonly FixClaim[],
  window: FixWindow,
): Promise<{ fixes: FixCheck[]; findings: Finding[] }> {
  if (claims.length === 0) return { fixes: [], findings: [] };
  const issues = await Promise.all(claims.map((claim) => source.resolveShortId(claim.shortId)));
  const known = issues.filter((issue): issue is IssueInfo => issue !== null);
  const projects = new Map<string, ProjectRef>(
    known.map((issue) => [issue.projectId, { id: issue.projectId, slug: issue.projectSlug }]),
  );
  const counts = (start: Date, end: Date, release?: string): Promise<IssueCounts> =>
    known.length === 0
      ? Promise.resolve({ counts: new Map(), uncountable: new Map() })
      : source.issueCounts({
          issues: [...new Map(known.map((issue) => [issue.id, issue])).values()],
          projects: [...projects.values()],
          environment: config.environment,
          start,
          end,
          ...(release === undefined ? {} : { release }),
        });
  const baselineStart = new Date(window.since.getTime() - config.spikeBaselineMs);
  const [since, before] = await Promise.all([
    counts(window.since, window.end, config.release),
    counts(baselineStart, window.since),
  ]);

  const baseline = formatDuration(config.spikeBaselineMs);
  const sinceText = window.since < window.deployedAt ? "since its rollout began" : "since the deploy";
  const fixes: FixCheck[] = [];
  const findings: Finding[] = [];
  claims.forEach((claim, index) => {
    const issue = issues[index];
    if (!issue) {
      fixes.push({
        shortId: claim.shortId,
        status: "unverified",
        events: 0,
        detail: `Sentry knows no issue ${claim.shortId} in ${config.org}.`,
        claimedIn: claim.where,
        title: null,
        permalink: null,
        eventsBefore: null,
      });
      return;
    }
    const uncountable = since.uncountable.get(issue.id);
    const after = since.counts.get(issue.id);
    const beforeCount = before.counts.get(issue.id);
    const eventsBefore = before.uncountable.has(issue.id) ? null : (beforeCount?.events ?? 0);
    const check = {
      shortId: issue.shortId,
      claimedIn: claim.where,
      title: issue.title,
      permalink: issue.permalink,
      eventsBefore,
    };
    if (uncountable !== undefined) {
      fixes.push({ ...check, status: "unverified", events: 0, detail: uncountable });
      return;
    }
    if (after && after.events > 0) {
      const last = after.lastSeen ? `, the last at ${utc(after.lastSeen.toISOString())}` : "";
      fixes.push({
        ...check,
        status: "unfixed",
        events: after.events,
        detail: `${atLeast(after)} of release ${config.release} ${sinceText}${last}.`,
      });
      findings.push(unfixedFinding(issue, after, window.deployedAt));
      return;
    }
    const history =
      eventsBefore === null
        ? `its events before could not be counted`
        : eventsBefore > 0
          ? `it had ${atLeast(beforeCount as IssueCount, false)} in the ${baseline} before`
          : `it had none in the ${baseline} before either, so this shows little`;
    if (!window.releaseSeen) {
      fixes.push({
        ...check,
        status: "unverified",
        events: 0,
        detail: `Sentry received no event of release ${config.release} ${sinceText}, so the issue's silence proves nothing.`,
      });
    } else if (window.end < window.windowEnd) {
      fixes.push({
        ...check,
        status: "unverified",
        events: 0,
        detail: `No event of release ${config.release} yet, but the watching stopped at ${utc(window.end.toISOString())}, before the window's end; ${history}.`,
      });
    } else {
      fixes.push({
        ...check,
        status: "confirmed",
        events: 0,
        detail: `No event of release ${config.release} ${sinceText}; ${history}.`,
      });
    }
  });
  return { fixes, findings };
}

/** "12 events", "1 event", or "at least 1,000 events" where the source stopped counting; the number alone without `unit`. */
function atLeast(issueCount: IssueCount, unit = true): string {
  const events = unit ? count(issueCount.events, "event") : String(issueCount.events);
  return issueCount.capped ? `at least ${events}` : events;
}

function unfixedFinding(issue: IssueInfo, count: IssueCount, deployedAt: Date): Finding {
  return {
    kind: "unfixed",
    subject: "issue",
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    project: issue.projectSlug,
    events: count.events,
    users: count.users,
    firstSeen: count.firstSeen ? count.firstSeen.toISOString() : null,
    permalink: issue.permalink,
    culprit: issue.culprit,
    level: issue.level,
    category: issue.category,
    secondsAfterDeploy: secondsAfter(count.firstSeen, deployedAt),
    location: null,
    spike: null,
    latency: null,
    rate: null,
  };
}
