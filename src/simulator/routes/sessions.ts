// GET /organizations/{org}/sessions/ (OrganizationSessionsEndpoint, src/sentry/api/endpoints/
// organization_sessions.py) as the metrics-backed release health answers it
// (run_sessions_query in src/sentry/release_health/metrics_sessions_v2.py), over the world's sessions.
//
// What the simulator does as Sentry does (read from its source):
// - Fields sum(session), count_unique(user), crash_rate(…) and crash_free_rate(…) of session or user;
//   groupBy project (the numeric ID), release, environment and session.status; a rate cannot be
//   grouped by session.status. Other release-health fields (session.duration percentiles, anr_rate(),
//   errored_rate(…), …) are refused as not simulated.
// - The grid of intervals is session-intervals.ts. A session counts in the interval it started in,
//   from the moment Sentry had it.
// - Groups come from the sessions found: one per distinct value of the non-status groupBy keys,
//   ordered by the orderBy field or else sum(session) (or the first field), descending, at most
//   10,000 / intervals of them (DeprecatingMetricsQuery.get_default_limit). With session.status,
//   every such group is split into abnormal, crashed, errored, healthy and unhandled, zeros included
//   (Field.ensure_status_groups); the simulated sessions are never `unhandled`. No session: no group,
//   except one empty group without groupBy and the five statuses with groupBy=session.status alone.
// - Every group has totals and series whatever includeTotals and includeSeries say: the metrics
//   backend never reads them, although the OpenAPI description says 0 leaves them out.
// - query: release, environment and project conditions, with AND, OR and parentheses; wildcards are
//   refused ("Invalid condition: wildcard search is not supported").
// Not confirmed, or not simulated:
// - User counts per status: crashed and abnormal are the users with such a session, errored the users
//   with an errored, crashed or abnormal session less those two, healthy all users less the errored
//   ones (never below 0), as the metrics layer's derived user metrics are understood here.
// - The wording of the 400 for another query key; session.status in the query, per_page and cursor
//   are refused as not simulated.
import { badRequest } from "../http.js";
import { matchesAny } from "../issue-search.js";
import { requestedEnvironments, requestedProjects, requireOrganization } from "../params.js";
import {
  compileBooleanQuery,
  parseBooleanSearchQuery,
  SearchQueryError,
  type SearchTerm,
} from "../search-query.js";
import { isoformatZ, type SessionIntervals, sessionIntervals } from "../session-intervals.js";
import type { SimSession } from "../traffic.js";
import type { World } from "../world.js";
import { ORG_READ, type Route, type RouteResult } from "./types.js";

/** src/sentry/snuba/metrics/query.py MAX_POINTS: totals and series points in one answer. */
const MAX_POINTS = 10_000;
const STATUSES = ["abnormal", "crashed", "errored", "healthy", "unhandled"] as const;
type OutputStatus = (typeof STATUSES)[number];

const GROUP_BY = ["project", "release", "environment", "session.status"];
const COUNTS = ["sum(session)", "count_unique(user)"];
const RATES = [
  "crash_rate(session)",
  "crash_rate(user)",
  "crash_free_rate(session)",
  "crash_free_rate(user)",
];
// The rest of metrics_sessions_v2.FIELD_MAP.
const NOT_SIMULATED = [
  "avg(session.duration)",
  "p50(session.duration)",
  "p75(session.duration)",
  "p90(session.duration)",
  "p95(session.duration)",
  "p99(session.duration)",
  "max(session.duration)",
  "anr_rate()",
  "foreground_anr_rate()",
  "unhandled_rate(session)",
  "unhandled_rate(user)",
  "errored_rate(session)",
  "errored_rate(user)",
  "abnormal_rate(session)",
  "abnormal_rate(user)",
  "unhealthy_rate(session)",
];

export const sessionsRoute: Route = {
  name: "sessions",
  pattern: /^\/organizations\/([^/]+)\/sessions\/$/,
  scopes: ORG_READ,
  handle: (ctx): RouteResult => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const fields = query.getAll("field");
    if (fields.length === 0) throw badRequest('Request is missing a "field"');
    for (const field of fields) {
      if (NOT_SIMULATED.includes(field)) throw badRequest(`The Sentry simulator does not simulate ${field}.`);
      if (!COUNTS.includes(field) && !RATES.includes(field)) throw badRequest(`Invalid field: "${field}"`);
    }
    const groupBy = query.getAll("groupBy");
    const invalid = groupBy.find((key) => !GROUP_BY.includes(key));
    if (invalid !== undefined) throw badRequest(`Invalid groupBy: "${invalid}"`);
    const byStatus = groupBy.includes("session.status");
    const rate = fields.find((field) => RATES.includes(field));
    if (byStatus && rate) throw badRequest(`Cannot group field ${rate} by session.status`);
    const orderBy = readOrderBy(query.getAll("orderBy"), fields, byStatus);
    for (const name of ["per_page", "cursor"]) {
      if (query.has(name)) throw badRequest(`The Sentry simulator does not simulate ${name} on sessions.`);
    }
    const projects = requestedProjects(query, world);
    if (projects.length === 0) throw badRequest("No projects available");
    const environments = requestedEnvironments(query, world, now);
    const text = query.get("query") ?? "";
    const test = compileSessionsQuery(text);
    const grid = sessionIntervals(query, now);
    const slugs = new Set(projects.map((p) => p.slug));

    const found = groupSessions(
      world,
      grid,
      (session) => {
        if (session.processedAt > now.getTime() || !slugs.has(session.project)) return false;
        return (!environments || environments.has(session.environment)) && test(session);
      },
      groupBy.filter((key) => key !== "session.status"),
    );
    const primary =
      orderBy?.field ?? (fields.includes("sum(session)") ? "sum(session)" : (fields[0] as string));
    const direction = orderBy?.descending === false ? 1 : -1;
    const kept = found
      .map((group) => ({ ...group, score: value(primary, group.sessions, null) ?? -1 }))
      .sort((a, b) => direction * (a.score - b.score))
      .slice(0, Math.max(1, Math.floor(MAX_POINTS / grid.starts.length)));
    // No group found: one empty group unless some key other than session.status groups them.
    if (kept.length === 0 && groupBy.every((key) => key === "session.status"))
      kept.push({ by: {}, sessions: [], score: 0 });
    const output = kept.flatMap(({ by, sessions }) => splitByStatus(by, sessions, fields, grid, byStatus));
    return {
      body: {
        groups: output,
        start: isoformatZ(grid.start),
        end: isoformatZ(grid.end),
        intervals: grid.starts.map(isoformatZ),
        query: text,
      },
    };
  },
};

interface Found {
  by: Record<string, string | number>;
  sessions: SimSession[];
}

/** The sessions in the grid that pass `keep`, one group per distinct value of `keys`. */
function groupSessions(
  world: World,
  grid: SessionIntervals,
  keep: (session: SimSession) => boolean,
  keys: readonly string[],
): Found[] {
  const start = grid.start.getTime();
  const end = grid.end.getTime();
  const groups = new Map<string, Found>();
  for (const session of world.sessions) {
    if (session.at < start || session.at >= end || !keep(session)) continue;
    const by = Object.fromEntries(keys.map((key) => [key, keyValue(world, session, key)]));
    const id = JSON.stringify(by);
    const group = groups.get(id) ?? { by, sessions: [] };
    group.sessions.push(session);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** A group's answer: itself, or with session.status its five status groups, totals and series each. */
function splitByStatus(
  by: Found["by"],
  sessions: readonly SimSession[],
  fields: readonly string[],
  grid: SessionIntervals,
  byStatus: boolean,
) {
  const start = grid.start.getTime();
  const intervalMs = grid.intervalSeconds * 1000;
  const buckets = grid.starts.map((): SimSession[] => []);
  for (const session of sessions) buckets[Math.floor((session.at - start) / intervalMs)]?.push(session);
  const statuses: (OutputStatus | null)[] = byStatus ? [...STATUSES] : [null];
  return statuses.map((status) => ({
    by: status ? { ...by, "session.status": status } : by,
    totals: Object.fromEntries(fields.map((field) => [field, value(field, sessions, status)])),
    series: Object.fromEntries(
      fields.map((field) => [field, buckets.map((bucket) => value(field, bucket, status))]),
    ),
  }));
}

function keyValue(world: World, session: SimSession, key: string): string | number {
  if (key === "project") return Number(world.projects.find((p) => p.slug === session.project)?.id);
  return key === "release" ? session.release : session.environment;
}

/** metrics_sessions_v2._parse_orderby. */
function readOrderBy(orderBy: string[], fields: string[], byStatus: boolean) {
  if (orderBy.length === 0) return null;
  if (orderBy.length > 1) throw badRequest("Cannot order by multiple fields");
  if (byStatus) throw badRequest("Cannot use 'orderBy' when grouping by sessions.status");
  const field = (orderBy[0] as string).replace(/^-/, "");
  if (!fields.includes(field)) throw badRequest("'orderBy' must be one of the provided 'fields'");
  return { field, descending: (orderBy[0] as string).startsWith("-") };
}

/** A field over some sessions, for one status or (null) all; null for a rate without sessions. */
function value(field: string, sessions: readonly SimSession[], status: OutputStatus | null): number | null {
  const [kind, unit] = field.replace(")", "").split("(") as [string, string];
  if (kind === "sum") return status ? sessions.filter((s) => s.status === status).length : sessions.length;
  const users = unit === "user" ? userCounts(sessions) : null;
  if (kind === "count_unique") return (users as UserCounts)[status ?? "all"];
  const all = users ? users.all : sessions.length;
  const crashed = users ? users.crashed : sessions.filter((s) => s.status === "crashed").length;
  if (all === 0) return null;
  return kind === "crash_rate" ? crashed / all : 1 - crashed / all;
}

type UserCounts = Record<OutputStatus | "all", number>;

function userCounts(sessions: readonly SimSession[]): UserCounts {
  const all = new Set<string>();
  const byStatus = { crashed: new Set<string>(), abnormal: new Set<string>(), unhealthy: new Set<string>() };
  for (const { user, status } of sessions) {
    if (user === null) continue;
    all.add(user);
    if (status === "crashed" || status === "abnormal") byStatus[status].add(user);
    if (status !== "healthy") byStatus.unhealthy.add(user);
  }
  const { crashed, abnormal, unhealthy } = byStatus;
  return {
    all: all.size,
    crashed: crashed.size,
    abnormal: abnormal.size,
    errored: Math.max(0, unhealthy.size - crashed.size - abnormal.size),
    healthy: Math.max(0, all.size - unhealthy.size),
    unhandled: 0,
  };
}

type SessionTest = (session: SimSession) => boolean;

/** The query as SessionsV2QueryBuilder takes it: release, environment and project conditions. */
function compileSessionsQuery(text: string): SessionTest {
  try {
    return compileBooleanQuery(parseBooleanSearchQuery(text), compileTerm);
  } catch (error) {
    if (error instanceof SearchQueryError) throw badRequest(error.message);
    throw error;
  }
}

const KEYS: Record<string, (s: SimSession) => string> = {
  release: (s) => s.release,
  environment: (s) => s.environment,
  project: (s) => s.project,
};

function compileTerm(node: SearchTerm): SessionTest {
  if (node.kind === "text") throw new SearchQueryError("Invalid query field: free text");
  if (node.key === "session.status") {
    throw new SearchQueryError("The Sentry simulator does not simulate session.status in a sessions query.");
  }
  const key = KEYS[node.key];
  if (!key) throw new SearchQueryError(`Invalid query field: "${node.key}"`);
  // QueryDefinition._check_supported_condition.
  if (node.values.some((v) => v.includes("*"))) {
    throw new SearchQueryError("Invalid condition: wildcard search is not supported");
  }
  return (s) => matchesAny(node.values, key(s)) !== node.negated;
}
