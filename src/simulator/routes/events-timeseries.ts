// GET /organizations/{org}/events-timeseries/ (OrganizationEventsTimeseriesEndpoint in
// src/sentry/api/endpoints/organization_events_timeseries.py): events per time bucket, as Explore's
// charts ask for them. The errors (and discover) dataset counts the world's error events, not the
// transactions of performance issues. The spans dataset's timeseries (EAP rules for intervals, and
// extrapolation) is not simulated: refused, although the world's transactions are in the spans table
// (routes/spans.ts). The other datasets hold nothing in a simulated world, so their buckets are zero.
//
// What the simulator does as Sentry does (read from its source):
// - `interval` is parsed by parse_stats_period: a bare number is seconds, "5m"/"1h"/"1d" work too.
//   An interval Sentry will not use is not refused: get_rollup swaps in the default interval for
//   the range (get_interval_from_range) when it is zero or gives more than MAX_ROLLUP_POINTS buckets;
//   text it cannot parse becomes 1 hour. The answer's meta.interval says what was used.
// - Buckets sit on multiples of the interval since the epoch (discover.zerofill), from the one holding
//   `start` to the one holding `end`, zeros included; events count from start (inclusive) to end
//   (exclusive). So the buckets begin at `start` only when start is on that grid.
// - Timestamps and meta.interval are milliseconds; a bucket ending within INGESTION_DELAY (90 s) of
//   now is incomplete, with incompleteReason INCOMPLETE_BUCKET.
// - No project to count in answers EMPTY_STATS_RESPONSE, {"timeSeries": []}.
// Not confirmed, or not simulated:
// - Without `dataset` (the schema requires it) the simulator uses discover, as the Discover route does.
// - The wording of the 400s for an unknown dataset or an unknown yAxis function; the simulator serves
//   count() and count_unique(user) and refuses other functions.
// - topEvents/groupBy and comparisonDelta are validated as Sentry does, then refused as not simulated.
// - Sentry refuses several projects with 400 when the plan lacks global views; the simulator has no plans.
// - statsPeriod ranges longer than an hour are rounded to the minute by Sentry, not here.
import { eventsBetween, visibleEvents } from "../derived.js";
import { badRequest } from "../http.js";
import { dateRange, requestedEnvironments, requestedProjects, requireOrganization } from "../params.js";
import type { SimEvent } from "../world.js";
import { compileDiscoverQuery, DATASETS } from "./discover.js";
import { ORG_READ, type Route, type RouteResult } from "./types.js";

/** src/sentry/constants.py */
const MAX_TOP_EVENTS = 10;
const MAX_ROLLUP_POINTS = 10_000;
/** src/sentry/api/endpoints/timeseries.py */
const INGESTION_DELAY_SECONDS = 90;
const INCOMPLETE = "INCOMPLETE_BUCKET";

const UNIT_SECONDS: Record<string, number> = { "": 1, s: 1, m: 60, h: 3_600, d: 86_400, w: 604_800 };
const DAY = 86_400;

const AXES: Record<string, (events: readonly SimEvent[]) => number> = {
  "count()": (events) => events.length,
  "count_unique(user)": (events) => new Set(events.flatMap((e) => (e.user === null ? [] : [e.user]))).size,
};

export const eventsTimeseriesRoute: Route = {
  name: "events-timeseries",
  pattern: /^\/organizations\/([^/]+)\/events-timeseries\/$/,
  scopes: ORG_READ,
  handle: (ctx): RouteResult => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const topEvents = readTopEvents(query.get("topEvents"));
    const comparisonDelta = query.get("comparisonDelta");
    if (comparisonDelta !== null && !/^[+-]?\d+$/.test(comparisonDelta.trim())) {
      throw badRequest("comparisonDelta must be an integer");
    }
    const dataset = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(dataset)) throw badRequest(`${dataset} is not a valid dataset`);
    if (dataset === "spans") throw badRequest("The Sentry simulator does not simulate the spans timeseries.");

    const projects = requestedProjects(query, world);
    if (projects.length === 0) return { body: { timeSeries: [] } };
    const environments = requestedEnvironments(query, world, now);
    const range = dateRange(query, now);
    const rollup = rollupSeconds(query.get("interval"), (range.end.getTime() - range.start.getTime()) / 1000);
    if (topEvents > 0 && query.getAll("groupBy").filter(Boolean).length === 0) {
      throw badRequest("groupBy is a required parameter when doing topEvents");
    }
    if (topEvents > 0) throw badRequest("The Sentry simulator does not simulate topEvents.");
    if (comparisonDelta !== null) throw badRequest("The Sentry simulator does not simulate comparisonDelta.");
    const axes = query.getAll("yAxis");
    if (axes.length === 0) axes.push("count()");
    for (const axis of axes) if (!AXES[axis]) throw badRequest(`${axis} is not a valid function`);
    const test = compileDiscoverQuery(query.get("query") ?? "", world, projects, now);

    const first = Math.floor(range.start.getTime() / 1000 / rollup) * rollup;
    const last = Math.floor(range.end.getTime() / 1000 / rollup) * rollup;
    const buckets: SimEvent[][] = [];
    for (let t = first; t <= last; t += rollup) buckets.push([]);
    if (dataset === "errors" || dataset === "discover") {
      const slugs = new Set(projects.map((p) => p.slug));
      for (const issue of world.issues) {
        if (!slugs.has(issue.project) || issue.category !== "error") continue;
        for (const event of eventsBetween(
          visibleEvents(issue, now),
          range.start.getTime(),
          range.end.getTime(),
        )) {
          if (environments && !environments.has(event.environment)) continue;
          if (!test(event, issue)) continue;
          buckets[Math.floor((event.at.getTime() / 1000 - first) / rollup)]?.push(event);
        }
      }
    }
    const nowSeconds = now.getTime() / 1000;
    return {
      body: {
        meta: { dataset, start: range.start.getTime(), end: range.end.getTime() },
        timeSeries: axes.map((axis) => ({
          values: buckets.map((events, index) => {
            const time = first + index * rollup;
            const incomplete = time + rollup >= nowSeconds - INGESTION_DELAY_SECONDS;
            return {
              timestamp: time * 1000,
              value: (AXES[axis] as (events: readonly SimEvent[]) => number)(events),
              incomplete,
              ...(incomplete ? { incompleteReason: INCOMPLETE } : {}),
            };
          }),
          yAxis: axis,
          meta: { valueType: "integer", valueUnit: null, interval: rollup * 1000 },
        })),
      },
    };
  },
};

/** get_top_events: absent is 0; otherwise an integer from 1 to MAX_TOP_EVENTS. */
function readTopEvents(text: string | null): number {
  if (text === null) return 0;
  if (!/^\s*[+-]?\d+\s*$/.test(text)) throw badRequest("topEvents must be an integer");
  const value = Number.parseInt(text, 10);
  if (value > MAX_TOP_EVENTS) throw badRequest(`Can only get up to ${MAX_TOP_EVENTS} top events`);
  if (value <= 0) throw badRequest("topEvents needs to be at least 1");
  return value;
}

/** get_rollup_from_request, with get_rollup's fallback to the default interval when it is refused. */
function rollupSeconds(text: string | null, rangeSeconds: number): number {
  const fallback = defaultIntervalSeconds(rangeSeconds);
  if (text === null) return fallback;
  const match = /^(\d+)([hdmsw]?)$/.exec(text);
  const interval = match ? Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number) : 3_600;
  if (interval <= 0 || rangeSeconds / interval > MAX_ROLLUP_POINTS) return fallback;
  return interval;
}

/** get_interval_from_range(date_range, high_fidelity=False) in src/sentry/utils/dates.py. */
function defaultIntervalSeconds(rangeSeconds: number): number {
  if (rangeSeconds >= 60 * DAY) return DAY;
  if (rangeSeconds >= 30 * DAY) return 4 * 3_600;
  if (rangeSeconds > DAY) return 3_600;
  if (rangeSeconds > 3_600) return 300;
  return 900;
}
