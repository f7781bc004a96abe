// Issues as the list (StreamGroupSerializerSnuba) and the detail (GroupSerializerSnuba plus
// group_details.py) give them.
import { type ActivityEntry, detailReleases, type IssueState } from "../derived.js";
import { iso } from "../http.js";
import { eventTag, priorityOf, type SeenStats, seenStats } from "../issue-search.js";
import type { ReleaseView } from "../releases.js";
import type { Series } from "../stats.js";
import type { SimEvent, SimIssue, SimOrg, SimProject } from "../world.js";
import { serializeReleaseSummary } from "./release.js";

export interface IssueContext {
  org: SimOrg;
  project: SimProject;
  baseUrl: string;
}

function permalink(ctx: IssueContext, issue: SimIssue): string {
  // A self-hosted Sentry's web URL; sentry.io uses https://{org}.sentry.io/issues/{id}/.
  return `${ctx.baseUrl}/organizations/${ctx.org.slug}/issues/${issue.id}/`;
}

function convertSeenStats(stats: SeenStats) {
  return {
    // Sentry sends the count as a string: it can exceed what JavaScript numbers hold exactly.
    count: String(stats.count),
    userCount: stats.userCount,
    firstSeen: iso(stats.firstSeen),
    lastSeen: iso(stats.lastSeen),
  };
}

function baseIssue(issue: SimIssue, state: IssueState, ctx: IssueContext) {
  return {
    id: issue.id,
    shareId: null,
    shortId: issue.shortId,
    title: issue.title,
    culprit: issue.culprit,
    permalink: permalink(ctx, issue),
    logger: null,
    level: issue.level,
    status: state.status,
    // The serializer's _get_status also names the resolution's actor, a user the simulator has not.
    statusDetails: state.resolvedInRelease === null ? {} : { inRelease: state.resolvedInRelease },
    substatus: state.substatus,
    isPublic: false,
    platform: ctx.project.platform,
    priority: priorityOf(issue.level),
    priorityLockedAt: null,
    seerFixabilityScore: null,
    seerAutofixLastTriggered: null,
    seerExplorerAutofixLastTriggered: null,
    project: {
      id: ctx.project.id,
      name: ctx.project.name,
      slug: ctx.project.slug,
      platform: ctx.project.platform,
    },
    // Group.get_event_type: the type of the event that created it; "transaction" for a performance
    // issue detected in a transaction (ingest.materialize_metadata).
    type: issue.type,
    issueType: issue.issueType,
    issueCategory: issue.category,
    metadata: issue.metadata,
    numComments: 0,
    assignedTo: null,
    isBookmarked: false,
    isSubscribed: false,
    subscriptionDetails: null,
    hasSeen: false,
    annotations: [],
    // Seer's view of the issue; the values of an issue nobody ran Seer on are not documented.
    derivedData: {
      blocker: "none",
      progress: "none",
      status: "open",
      viewCount: 0,
      hasOpenFixPr: false,
      isAssigned: false,
      hasRootCause: false,
      lastCompletedAutofixStep: "none",
      lastProgressedAt: null,
    },
  };
}

export interface ListItemOptions {
  collapse: ReadonlySet<string>;
  /** groupStatsPeriod; null when stats are off (''). */
  statsPeriod: string | null;
  stats: (events: readonly SimEvent[]) => Series;
  /** Whether the query had event-level conditions: `filtered` is then an object, else null. */
  hasEventConditions: boolean;
}

/** The event sets a list item's counts come from. */
export interface ListItemEvents {
  /** In the environments, any time: the lifetime counts. */
  inEnvironments: readonly SimEvent[];
  /** ... and in the request's range: count, userCount, firstSeen, lastSeen. */
  inWindow: readonly SimEvent[];
  /** ... and meeting the query's event conditions: the filtered counts. */
  matched: readonly SimEvent[];
  /** Events in the environments meeting the event conditions, any time: the filtered stats. */
  conditionEvents: readonly SimEvent[];
}

export interface ListItemInput extends ListItemEvents {
  issue: SimIssue;
  state: IssueState;
}

export function serializeListItem(input: ListItemInput, ctx: IssueContext, options: ListItemOptions) {
  const { collapse, statsPeriod } = options;
  const window = convertSeenStats(seenStats(input.inWindow));
  const unhandled = collapse.has("unhandled") ? {} : { isUnhandled: input.inWindow.some((e) => !e.handled) };
  const result: Record<string, unknown> = collapse.has("base")
    ? { id: input.issue.id, ...window, ...unhandled }
    : { ...baseIssue(input.issue, input.state, ctx), ...unhandled, ...window };
  // collapse=stats drops lifetime and filtered too: they are computed with the stats.
  if (!collapse.has("stats")) {
    if (statsPeriod) result.stats = { [statsPeriod]: options.stats(input.inEnvironments) };
    if (!collapse.has("lifetime")) {
      result.lifetime = {
        ...convertSeenStats(seenStats(input.inEnvironments)),
        ...(statsPeriod ? { stats: null } : {}),
      };
    }
    if (!collapse.has("filtered")) {
      result.filtered = options.hasEventConditions
        ? {
            ...convertSeenStats(seenStats(input.matched)),
            ...(statsPeriod ? { stats: { [statsPeriod]: options.stats(input.conditionEvents) } } : {}),
          }
        : null;
    }
  }
  return result;
}

export interface GroupInput {
  issue: SimIssue;
  state: IssueState;
  /** Every event that exists now, all environments, oldest first. */
  events: readonly SimEvent[];
}

/**
 * An issue as the serializer registered for Group gives it (`serialize(group, user)`, GroupSerializer
 * in src/sentry/api/serializers/models/group.py), as the short-ID lookup answers: no environment and
 * no date range, so count, userCount, firstSeen and lastSeen are the issue's own, all environments
 * and all time. isUnhandled is GroupSerializerBase._get_group_snuba_stats: argMax(has unhandled
 * mechanism, timestamp), i.e. whether the latest event was unhandled.
 */
export function serializeGroup(input: GroupInput, ctx: IssueContext) {
  const latest = input.events.at(-1);
  return {
    ...baseIssue(input.issue, input.state, ctx),
    isUnhandled: latest ? !latest.handled : false,
    ...convertSeenStats(seenStats(input.events)),
  };
}

export interface DetailInput {
  issue: SimIssue;
  state: IssueState;
  /** Events in the requested environment (all when none). */
  events: readonly SimEvent[];
  /** Every event, for the first and last release, which do not depend on the environment. */
  allEvents: readonly SimEvent[];
  activity: ActivityEntry[];
  releases: Map<string, ReleaseView>;
  stats: { "24h": Series; "30d": Series };
  collapse: ReadonlySet<string>;
}

export function serializeIssueDetail(input: DetailInput, ctx: IssueContext) {
  const { issue, collapse } = input;
  const releaseOf = (version: string | null) => {
    if (version === null) return null;
    const view = input.releases.get(version);
    return view ? serializeReleaseSummary(view) : { version };
  };
  const releases = detailReleases(input.allEvents);
  return {
    ...baseIssue(issue, input.state, ctx),
    isUnhandled: input.events.some((e) => !e.handled),
    ...convertSeenStats(seenStats(input.events)),
    activity: input.activity.map(serializeActivity),
    seenBy: [],
    participants: [],
    userReportCount: 0,
    ...(collapse.has("release")
      ? {}
      : { firstRelease: releaseOf(releases.first), lastRelease: releaseOf(releases.last) }),
    ...(collapse.has("tags") ? {} : { tags: tagSummary(issue, input.events) }),
    ...(collapse.has("stats") ? {} : { stats: input.stats }),
  };
}

export function serializeActivity(entry: ActivityEntry) {
  return {
    id: entry.id,
    user: null,
    sentry_app: null,
    type: entry.type,
    data: entry.data,
    dateCreated: iso(entry.dateCreated),
  };
}

const BUILTIN_TAGS = ["environment", "handled", "level", "mechanism", "release", "user"];

function tagSummary(issue: SimIssue, events: readonly SimEvent[]) {
  const keys = new Set(BUILTIN_TAGS);
  for (const event of events) for (const key of Object.keys(event.tags)) keys.add(key);
  return [...keys]
    .sort()
    .map((key) => ({
      key,
      name: key.charAt(0).toUpperCase() + key.slice(1),
      totalValues: events.filter((e) => eventTag(e, issue, key) !== undefined).length,
    }))
    .filter((tag) => tag.totalValues > 0);
}
