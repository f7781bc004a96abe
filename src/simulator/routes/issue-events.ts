// GET /organizations/{org}/issues/{issue_id}/events/ (GroupEventsEndpoint in
// src/sentry/issues/endpoints/group_events.py): an issue's events, newest first (orderby -timestamp
// in get_query_builder_for_group), of any issue category, paginated by offset (GenericOffsetPaginator,
// per_page at most 100). As Sentry does:
// - an unknown environment is an empty list, not a 404 (ResourceDoesNotExist is caught);
// - without start, end or statsPeriod the range is the last 90 days;
// - `query` is an event search (release:"V", tags, free text); issue-level terms are left aside;
// - a query that is an event ID is a direct hit: that event in full, whatever the environment, with
//   X-Sentry-Direct-Hit;
// - full=1 or full=true gives whole events (EventSerializer), otherwise outlines (SimpleEventSerializer).
// Its rate limit is the default one: the endpoint sets no rate_limits of its own.
// Not simulated: sample=1 (a pseudo-random order by a hash of the event ID); the simulator keeps newest first.
import { ApiError, badRequest } from "../http.js";
import { eventConditions } from "../issue-search.js";
import { linkHeader, paginate, parseCursor, perPage } from "../pagination.js";
import { dateRange, requestedEnvironments, requireOrganization } from "../params.js";
import { parseSearchQuery, SearchQueryError } from "../search-query.js";
import { serializeFullEvent, serializeSimpleEvent } from "../serializers/event.js";
import type { SimEvent } from "../world.js";
import { requireIssue } from "./lookup.js";
import { EVENT_READ, type Route, type RouteContext, type RouteResult } from "./types.js";

export const issueEventsRoute: Route = {
  name: "issue-events",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/events\/$/,
  scopes: EVENT_READ,
  handle: (ctx): RouteResult => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const { issue, project, events } = requireIssue(ctx, ctx.params[1] as string);
    const environments = environmentsOrNone(ctx);
    if (environments === "unknown") return { body: [] };
    const text = query.get("query")?.trim() ?? "";
    let condition: (event: SimEvent) => boolean;
    try {
      const test = eventConditions(text, world, new Set([project.slug]), now);
      condition = (event) => test(event, issue);
    } catch (error) {
      if (error instanceof SearchQueryError) throw badRequest(error.message);
      throw error;
    }
    const range = dateRange(query, now);
    const inRange = events.filter((e) => e.at >= range.start && e.at < range.end);
    const context = { issue, project };

    const hit = directHit(text, inRange);
    if (hit) return { body: [serializeFullEvent(hit, context)], headers: { "X-Sentry-Direct-Hit": "1" } };

    const matched = inRange
      .filter((e) => (!environments || environments.has(e.environment)) && condition(e))
      .reverse();
    const page = paginate(matched, parseCursor(query.get("cursor")), perPage(query));
    const full = ["1", "true"].includes(query.get("full") ?? "");
    return {
      body: page.items.map((event) =>
        full ? serializeFullEvent(event, context) : serializeSimpleEvent(event, context),
      ),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page) },
    };
  },
};

function environmentsOrNone(ctx: RouteContext): ReadonlySet<string> | null | "unknown" {
  try {
    return requestedEnvironments(ctx.query, ctx.world, ctx.now);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return "unknown";
    throw error;
  }
}

/** get_direct_hit_response: the query's free text is an event ID (normalize_event_id) of this issue. */
function directHit(text: string, events: readonly SimEvent[]): SimEvent | undefined {
  const free = parseSearchQuery(text).flatMap((term) => (term.kind === "text" ? [term.text] : []));
  if (free.length !== 1) return undefined;
  const id = (free[0] as string).replaceAll("-", "").toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(id)) return undefined;
  return events.find((e) => e.id === id);
}
