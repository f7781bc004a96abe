// GET /organizations/{org}/issues/{id}/ (group_details.py) and …/activities/ (group_activities.py).
import { issueActivity, issueState } from "../derived.js";
import { requestedEnvironments, requireOrganization } from "../params.js";
import { releaseOrder, releaseViews } from "../releases.js";
import { serializeActivity, serializeIssueDetail } from "../serializers/issue.js";
import { periodSeries } from "../stats.js";
import { issueContext } from "./issues.js";
import { requireIssue } from "./lookup.js";
import { EVENT_READ, type Route } from "./types.js";

export const issueRoute: Route = {
  name: "issue",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const { issue, events } = requireIssue(ctx, ctx.params[1] as string);
    const environments = requestedEnvironments(query, world, now);
    // With an environment the counts and stats are that environment's; releases and activity are not.
    const inEnvironments = environments ? events.filter((e) => environments.has(e.environment)) : events;
    const order = releaseOrder(world, now);
    const body = serializeIssueDetail(
      {
        issue,
        state: issueState(issue, events, now, order),
        events: inEnvironments,
        allEvents: events,
        activity: issueActivity(issue, events, now, order),
        releases: releaseViews(world, now),
        stats: {
          "24h": periodSeries(inEnvironments, "24h", now),
          "30d": periodSeries(inEnvironments, "30d", now),
        },
        collapse: new Set(query.getAll("collapse")),
      },
      issueContext(ctx, issue.project),
    );
    return { body };
  },
};

export const activitiesRoute: Route = {
  name: "issue-activities",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/activities\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    requireOrganization(ctx.world, ctx.params[0] as string);
    const { issue, events } = requireIssue(ctx, ctx.params[1] as string);
    const activity = issueActivity(issue, events, ctx.now, releaseOrder(ctx.world, ctx.now));
    // Activity.objects.get_activities_for_group(group, num=100).
    return { body: { activity: activity.slice(0, 100).map(serializeActivity) } };
  },
};
