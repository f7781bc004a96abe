// GET /organizations/{org}/issues/: the issue search (organization_group_index.py).
import { issueState, visibleEvents } from "../derived.js";
import { badRequest } from "../http.js";
import { hitEvents, SORT_KEYS, type SortKey, searchIssues } from "../issue-search.js";
import { linkHeader, MAX_PER_PAGE, paginate, parseCursor } from "../pagination.js";
import {
  type DateRange,
  dateRange,
  requestedEnvironments,
  requestedProjects,
  requireOrganization,
} from "../params.js";
import { releaseOrder } from "../releases.js";
import { SearchQueryError } from "../search-query.js";
import {
  type IssueContext,
  type ListItemEvents,
  type ListItemOptions,
  serializeListItem,
} from "../serializers/issue.js";
import { autoRollupSeconds, eventSeries, periodSeries } from "../stats.js";
import type { SimEvent, SimIssue } from "../world.js";
import { parseShortId, resolveIssueRef } from "./lookup.js";
import { EVENT_READ, type Route, type RouteContext, type RouteResult } from "./types.js";

const ERR_INVALID_STATS_PERIOD = "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'";
const EVENT_ID = /^[0-9a-f]{32}$/i;

export const issuesRoute: Route = {
  name: "issues",
  pattern: /^\/organizations\/([^/]+)\/issues\/$/,
  scopes: EVENT_READ,
  handle: (ctx): RouteResult => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const range = dateRange(query, now);
    const groupStatsPeriod = query.get("groupStatsPeriod");
    if (groupStatsPeriod !== null && !["", "24h", "14d", "auto"].includes(groupStatsPeriod)) {
      throw badRequest(ERR_INVALID_STATS_PERIOD);
    }
    const environments = requestedEnvironments(query, world, now);
    const projects = new Set(requestedProjects(query, world).map((p) => p.slug));
    const limit = readLimit(query.get("limit"));
    const cursor = parseCursor(query.get("cursor"));
    // Without a query parameter Sentry searches is:unresolved; `query=` searches everything.
    const text = (query.get("query") ?? "is:unresolved").trim();
    const sort = readSort(query.get("sort"));
    const options: ListItemOptions = {
      collapse: new Set(query.getAll("collapse")),
      // groupStatsPeriod absent means 24h; '' turns stats off.
      statsPeriod: groupStatsPeriod === null ? "24h" : groupStatsPeriod || null,
      stats: statsFunction(groupStatsPeriod ?? "24h", range, now),
      hasEventConditions: false,
    };
    const order = releaseOrder(world, now);
    const serialize = (issue: SimIssue, events: readonly SimEvent[], sets: ListItemEvents) =>
      serializeListItem(
        { issue, state: issueState(issue, events, now, order), ...sets },
        issueContext(ctx, issue.project),
        options,
      );

    const direct = directHit(ctx, text, projects, environments);
    if (direct) {
      // A direct hit ignores the date range: its counts are the environment's, all time.
      const { issue, events, inEnvironments } = direct;
      const sets = {
        inEnvironments,
        inWindow: inEnvironments,
        matched: inEnvironments,
        conditionEvents: inEnvironments,
      };
      return {
        body: [{ ...serialize(issue, events, sets), ...direct.extra }],
        headers: { "X-Sentry-Direct-Hit": "1" },
      };
    }

    const params = { projects, environments, ...range, query: text, sort };
    let result: ReturnType<typeof searchIssues>;
    try {
      result = searchIssues(world, params, now);
    } catch (error) {
      if (error instanceof SearchQueryError) throw badRequest(`Error parsing search query: ${error.message}`);
      throw error;
    }
    options.hasEventConditions = result.hasEventConditions;
    const page = paginate(result.hits, cursor, limit);
    return {
      body: page.items.map((hit) =>
        serialize(hit.issue, hit.events, { ...hitEvents(hit, params, result), matched: hit.matched }),
      ),
      headers: {
        Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page),
        "X-Hits": String(result.hits.length),
      },
    };
  },
};

/**
 * `limit`: not a number is Sentry's 400 "invalid limit". Above 100 the simulator serves 100: the
 * documented maximum, though whether Sentry clamps or refuses a larger limit was not confirmed.
 */
function readLimit(text: string | null): number {
  if (!text) return MAX_PER_PAGE;
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) throw badRequest("invalid limit");
  return Math.min(Math.max(value, 1), MAX_PER_PAGE);
}

function readSort(text: string | null): SortKey {
  const sort = text ?? "date";
  if ((SORT_KEYS as readonly string[]).includes(sort)) return sort as SortKey;
  // InvalidSearchQuery from the search backend, turned into a 400 by handle_query_errors.
  if (sort === "inbox") throw badRequest("Sort key 'inbox' only supported for inbox search");
  throw badRequest(`Sort key '${sort}' not supported.`);
}

function statsFunction(period: string, range: DateRange, now: Date) {
  if (period === "auto") {
    const rollup = autoRollupSeconds(range.start, range.end);
    return (events: readonly SimEvent[]) => eventSeries(events, range.start, range.end, rollup);
  }
  const fixed = period === "14d" ? "14d" : "24h";
  return (events: readonly SimEvent[]) => periodSeries(events, fixed, now);
}

export function issueContext(ctx: RouteContext, projectSlug: string): IssueContext {
  const project = ctx.world.projects.find((p) => p.slug === projectSlug);
  if (!project) throw new Error(`Issue of unknown project ${projectSlug}`);
  return { org: ctx.world.org, project, baseUrl: ctx.baseUrl };
}

/**
 * A query that is an event ID (or, with shortIdLookup=1, a short ID) returns that one issue whatever
 * the date range, with X-Sentry-Direct-Hit (organization_group_index.py). An event ID is looked up in
 * the requested projects plus the projects of the caller's teams (taken here as none: what team
 * membership an integration's token has was not checked), among error events only
 * (Group.objects.filter_by_event_id reads the events dataset); a short ID is looked up in the whole
 * organization (get_by_short_id, parsed as parse_short_id does) and only checked with
 * has_project_access, which a simulator token passes for every project.
 */
function directHit(
  ctx: RouteContext,
  text: string,
  projects: ReadonlySet<string>,
  environments: ReadonlySet<string> | null,
) {
  const byEvent = EVENT_ID.test(text);
  const byShortId = !byEvent && ctx.query.get("shortIdLookup") === "1" && parseShortId(text) !== null;
  if (!byEvent && !byShortId) return null;
  const wanted = text.toLowerCase();
  const candidates = byEvent
    ? ctx.world.issues.filter((issue) => projects.has(issue.project) && issue.category === "error")
    : [resolveIssueRef(ctx.world, text)];
  for (const issue of candidates) {
    if (!issue) continue;
    const events = visibleEvents(issue, ctx.now);
    if (events.length === 0 || (byEvent && !events.some((e) => e.id === wanted))) continue;
    const inEnvironments = environments ? events.filter((e) => environments.has(e.environment)) : events;
    return { issue, events, inEnvironments, extra: byEvent ? { matchingEventId: wanted } : {} };
  }
  return null;
}
