// GET /organizations/{org}/issues/{id}/events/{latest|oldest|recommended|event_id}/
// (group_event_details.py), with optional environment, date range and event-level query.
import { ApiError } from "../http.js";
import { eventConditions } from "../issue-search.js";
import { dateRange, requestedEnvironments, requireOrganization } from "../params.js";
import { releaseViews } from "../releases.js";
import { SearchQueryError } from "../search-query.js";
import { serializeEvent } from "../serializers/event.js";
import type { SimEvent } from "../world.js";
import { requireIssue } from "./lookup.js";
import { EVENT_READ, type Route } from "./types.js";

const NO_EVENT = new ApiError(404, {
  detail: "No matching event found, try changing the environments, date range, or query.",
});

export const issueEventRoute: Route = {
  name: "issue-event",
  pattern:
    /^\/organizations\/([^/]+)\/issues\/([^/]+)\/events\/(latest|oldest|recommended|\d+|[A-Fa-f0-9-]{32,36})\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const { issue, project, events } = requireIssue(ctx, ctx.params[1] as string);
    const environments = requestedEnvironments(query, world, now);
    const ranged = ["statsPeriod", "start", "end"].some((name) => query.has(name));
    const range = ranged ? dateRange(query, now) : null;
    let condition: (event: SimEvent) => boolean = () => true;
    const text = query.get("query")?.trim();
    if (text) {
      try {
        const test = eventConditions(text, world, new Set([project.slug]), now);
        condition = (event) => test(event, issue);
      } catch (error) {
        if (error instanceof SearchQueryError) throw new ApiError(400, { detail: error.message });
        throw error;
      }
    }
    const candidates = events.filter(
      (e) =>
        (!environments || environments.has(e.environment)) &&
        (!range || (e.at >= range.start && e.at < range.end)) &&
        condition(e),
    );
    const event = pick(candidates, ctx.params[2] as string);
    if (!event) throw NO_EVENT;
    const index = candidates.indexOf(event);
    const release = event.release === null ? null : (releaseViews(world, now).get(event.release) ?? null);
    return {
      body: serializeEvent(event, {
        issue,
        project,
        release,
        previousEventID: candidates[index - 1]?.id ?? null,
        nextEventID: candidates[index + 1]?.id ?? null,
      }),
    };
  },
};

function pick(events: readonly SimEvent[], which: string): SimEvent | undefined {
  switch (which) {
    case "latest":
      return events.at(-1);
    case "oldest":
      return events[0];
    case "recommended":
      // Sentry prefers the most helpful event (one with a stack trace, a replay…), then the newest.
      return events.findLast((e) => e.frames !== null) ?? events.at(-1);
    default:
      return events.find((e) => e.id === which.replaceAll("-", "").toLowerCase());
  }
}
