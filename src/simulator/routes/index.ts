// Every endpoint the simulator serves, under /api/0.
import { discoverRoute } from "./discover.js";
import { eventsTimeseriesRoute } from "./events-timeseries.js";
import { eventsValidateRoute } from "./events-validate.js";
import { activitiesRoute, issueRoute } from "./issue.js";
import { issueEventRoute } from "./issue-event.js";
import { issueEventsRoute } from "./issue-events.js";
import { issuesRoute } from "./issues.js";
import { organizationProjectsRoute, organizationRoute, projectRoute } from "./organization.js";
import { deploysRoute, releaseRoute } from "./releases.js";
import { sessionsRoute } from "./sessions.js";
import { shortIdRoute } from "./shortid.js";
import type { Route } from "./types.js";

export const ROUTES: readonly Route[] = [
  organizationRoute,
  organizationProjectsRoute,
  projectRoute,
  releaseRoute,
  deploysRoute,
  issuesRoute,
  issueRoute,
  activitiesRoute,
  issueEventRoute,
  issueEventsRoute,
  shortIdRoute,
  discoverRoute,
  eventsValidateRoute,
  eventsTimeseriesRoute,
  sessionsRoute,
];

/** The route of an /api/0 path and its URL-decoded variable segments; null when none matches. */
export function matchRoute(apiPath: string): { route: Route; params: string[] } | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(apiPath);
    if (!match) continue;
    try {
      return { route, params: match.slice(1).map((segment) => decodeURIComponent(segment)) };
    } catch {
      return null;
    }
  }
  return null;
}
