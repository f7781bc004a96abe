// What the engine needs from Sentry, in Sentry's own terms but free of any transport.
// The REST source (rest/) and the Sentry MCP server source (mcp/) implement this one interface.

export interface ProjectRef {
  id: string;
  slug: string;
}

export interface ReleaseInfo {
  version: string;
  dateCreated: Date;
  /** First and last error event of the release, across all environments; null when none yet. */
  firstEvent: Date | null;
  lastEvent: Date | null;
}

export interface DeployRecord {
  id: string;
  environment: string;
  dateStarted: Date | null;
  dateFinished: Date | null;
}

/**
 * One issue search. Every condition is ANDed. With an environment, first-seen and first-release
 * are the issue's first event in that environment (Sentry's GroupEnvironment), not across all.
 */
export interface IssueSearch {
  projects: readonly ProjectRef[];
  environment: string | null;
  /** Only issues with at least one event in [start, end]; counts are of events in that range. */
  start: Date;
  end: Date;
  firstSeenFrom?: Date;
  /** First seen before this time: the issue existed already. */
  firstSeenBefore?: Date;
  firstRelease?: string;
  /** A regression of the issue was caused by an event of this release (Sentry's regressed_in_release). */
  regressedInRelease?: string;
  /** At least one event of this release in the range. */
  release?: string;
  /** Sentry's substatus "regressed": came back within about the last 7 days, in any release. */
  regressed?: boolean;
  /** Status unresolved now (not resolved, not archived). */
  unresolved?: boolean;
  /** At least this many events in the range and environment (Sentry's timesSeen, an aggregate over the range). */
  minEvents?: number;
  /** The busiest in the range first; by default the newest first. */
  sort?: "freq";
  /** Stop after this many issues: one page of the busiest, say. */
  maxResults?: number;
  /** Raw Sentry search syntax from the user, ANDed in. */
  userQuery: string;
}

/**
 * Sentry's issue category: "error", or another (performance issues such as N+1 queries, crons,
 * uptime, …) whose events are not error events, so that errors-only counts never see them.
 */
export type IssueCategory = string;
export const ERROR_CATEGORY: IssueCategory = "error";

export interface IssueSummary {
  id: string;
  shortId: string;
  title: string;
  culprit: string | null;
  permalink: string;
  level: string;
  category: IssueCategory;
  projectSlug: string;
  /** Events and distinct users in the search's range and environment. */
  events: number;
  users: number;
  /** First and last event in the search's range and environment. */
  firstSeen: Date | null;
  lastSeen: Date | null;
}

/** An issue as Sentry describes it, without counts. */
export type IssueInfo = Omit<IssueSummary, "events" | "users" | "firstSeen" | "lastSeen"> & {
  projectId: string;
};

/** Events per issue in a range and environment, and of one release when given. */
export interface IssueCountsQuery {
  /** The category says where Sentry keeps an issue's events. */
  issues: readonly Pick<IssueInfo, "id" | "category">[];
  /** The projects the issues are in. */
  projects: readonly ProjectRef[];
  environment: string | null;
  start: Date;
  end: Date;
  release?: string;
}

export interface IssueCount {
  /** At least this many when `capped`: the source stopped counting there. */
  events: number;
  capped?: boolean;
  users: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
}

export interface IssueCounts {
  /** Per issue ID; an issue without events there is absent. */
  counts: Map<string, IssueCount>;
  /** Issues whose events this source has no way to count, with the reason: never read as zero. */
  uncountable: Map<string, string>;
}

export interface IssueActivity {
  type: string;
  dateCreated: Date;
  /** For set_regression: the release of the event that regressed the issue. */
  version: string | null;
}

export interface CodeLocation {
  file: string;
  line: number | null;
  function: string | null;
}

export interface ReleaseEventsQuery {
  projects: readonly ProjectRef[];
  environment: string | null;
  release: string;
  start: Date;
  end: Date;
}

/** Error events over time: one bucket per intervalSeconds from start up to end (exclusive). */
export interface TimelineQuery {
  projects: readonly ProjectRef[];
  environment: string | null;
  start: Date;
  end: Date;
  /** A whole number of seconds. */
  intervalSeconds: number;
}

export interface TimelineBucket {
  /** start + k × intervalSeconds; the bucket ends where the next begins, the last one at the query's end. */
  start: Date;
  /** Error events of every issue in the bucket, in the projects and environment. */
  events: number;
}

/** What Sentry received from a release in a range: null where it cannot say (a source that cannot tell). */
export interface ReleaseTraffic {
  /** Error events of the release. */
  errors: number | null;
  /** Sampled transactions of the release (raw sample counts, not extrapolated by the sample rate). */
  transactions: number | null;
  /** Release-health sessions of the release. */
  sessions: number | null;
}

export type TrafficKind = keyof ReleaseTraffic;

/** Transactions (spans with is_transaction:true) grouped by transaction name, the busiest first. */
export interface TransactionStatsQuery {
  projects: readonly ProjectRef[];
  environment: string | null;
  start: Date;
  end: Date;
  /** Only this release's transactions. */
  release?: string;
  /** Every release's transactions but this one's (the release still running beside it during a rollout). */
  exceptRelease?: string;
  /** Only these transaction names. */
  transactions?: readonly string[];
  /** Per transaction name, a duration in milliseconds: count the samples slower than it (`slower`). */
  slowerThan?: ReadonlyMap<string, number>;
  /** At most this many transactions, the busiest first (a page of 100 at most). */
  maxResults: number;
}

export interface TransactionStats {
  transaction: string;
  /** Sampled transactions in the range: raw counts, never extrapolated. */
  samples: number;
  /** Of the samples, those whose span status is not ok (nor cancelled or unknown). */
  failures: number;
  /** The 95th percentile of the samples' durations, in milliseconds; null without samples. */
  p95Ms: number | null;
  /** Of the samples, those slower than the query's slowerThan for this transaction; null when not asked. */
  slower: number | null;
}

/** Release-health sessions per release in a range. */
export interface SessionsQuery {
  projects: readonly ProjectRef[];
  environment: string | null;
  start: Date;
  end: Date;
  /** Only this release's sessions. */
  release?: string;
}

export interface ReleaseSessions {
  release: string;
  sessions: number;
  /** Sessions that ended in a crash (session.status crashed). */
  crashed: number;
}

export interface SentrySource {
  /** What this source cannot see at all, said in every report it serves (empty: nothing). */
  readonly limitations: readonly string[];
  /** Resolves slugs to projects; an unknown slug is an error that names it. */
  resolveProjects(slugs: readonly string[]): Promise<ProjectRef[]>;
  /** null when Sentry knows no release of that version. */
  release(version: string): Promise<ReleaseInfo | null>;
  /** The deploy records of a release, in every environment; empty when the release is unknown. */
  deploys(version: string): Promise<DeployRecord[]>;
  /** Streams every matching issue, page by page, so that memory does not grow with the pages. */
  searchIssues(search: IssueSearch): AsyncIterable<IssueSummary>;
  /** How many issues match, counted exactly (no estimate, no cap below the pagination's). */
  countIssues(search: IssueSearch): Promise<number>;
  /** The issue a short ID names, in any case; null when Sentry knows none. */
  resolveShortId(shortId: string): Promise<IssueInfo | null>;
  issueCounts(query: IssueCountsQuery): Promise<IssueCounts>;
  /** The issue's activity log (regressions among it), newest first as Sentry gives it. */
  issueActivity(issueId: string): Promise<IssueActivity[]>;
  /** Where the issue's latest event in the environment happened: its innermost in-app frame. */
  latestEventLocation(issueId: string, environment: string | null): Promise<CodeLocation | null>;
  /** Whether Sentry received any event of the release in the range, in an issue of any category. */
  hasReleaseEvents(query: ReleaseEventsQuery): Promise<boolean>;
  /** Error events per bucket, every bucket present (zeros included), in time order. */
  errorTimeline(query: TimelineQuery): Promise<TimelineBucket[]>;
  /** How much of each kind asked Sentry received from the release in the range: one request per kind; null for a kind not asked or that this source cannot count. */
  releaseTraffic(query: ReleaseEventsQuery, kinds: readonly TrafficKind[]): Promise<ReleaseTraffic>;
  /** Tracing data per transaction; null when this source cannot read it (its limitations say why). */
  transactionStats(query: TransactionStatsQuery): Promise<TransactionStats[] | null>;
  /** Release-health sessions per release, the busiest first; null when this source cannot read them. */
  releaseSessions(query: SessionsQuery): Promise<ReleaseSessions[] | null>;
}
