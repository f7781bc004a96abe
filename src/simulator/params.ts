// Query parameters most endpoints share, read as Sentry reads them: the date range
// (get_date_range_from_stats_period in src/sentry/api/utils.py), environments and projects.
import { visibleEvents } from "./derived.js";
import { badRequest, notFound, permissionDenied } from "./http.js";
import type { SimProject, World } from "./world.js";

/** MAX_STATS_PERIOD: the range when a request gives none. */
const DEFAULT_RANGE_MS = 90 * 86_400_000;
const PERIOD_UNIT_MS: Record<string, number> = {
  "": 1_000,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

export interface DateRange {
  start: Date;
  end: Date;
}

export function dateRange(query: URLSearchParams, now: Date): DateRange {
  let start = new Date(now.getTime() - DEFAULT_RANGE_MS);
  let end = now;
  const statsPeriod = query.get("statsPeriod");
  const startText = query.get("start");
  const endText = query.get("end");
  if (statsPeriod !== null) {
    // statsPeriod wins over start and end.
    start = new Date(now.getTime() - parseStatsPeriod(statsPeriod));
  } else if (startText || endText) {
    if (!startText || !endText) throw badRequest("start and end are both required");
    start = parseDateTime(startText);
    end = parseDateTime(endText);
  }
  if (start >= end) throw badRequest("start must be before end");
  return { start, end };
}

function parseStatsPeriod(text: string): number {
  const ms = statsPeriodMs(text);
  if (ms === null) throw badRequest(`Invalid statsPeriod: '${text}'`);
  return ms;
}

/** parse_stats_period (src/sentry/utils/dates.py): digits and a unit, seconds without one; else null. */
export function statsPeriodMs(text: string): number | null {
  const match = /^(\d+)([hdmsw]?)$/.exec(text);
  return match ? Number(match[1]) * (PERIOD_UNIT_MS[match[2] as string] as number) : null;
}

/** parse_datetime_string: ISO 8601, taken as UTC when it names no offset. */
function parseDateTime(text: string): Date {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text,
  );
  const at = match
    ? Date.parse(`${match[1]}T${(match[2] ?? "00:00:00").replace(/(\.\d{3})\d+$/, "$1")}${match[3] ?? "Z"}`)
    : Number.NaN;
  if (Number.isNaN(at)) throw badRequest(`${text} is not a valid ISO8601 date query`);
  return new Date(at);
}

/**
 * An environment exists once an event, a transaction or a deploy named it (event ingestion creates
 * it). Sessions alone do not: only the release monitor creates one from them, once a release there is
 * adopted (src/sentry/release_health/tasks.py, _handle_release_adoption), which is not simulated.
 */
function environmentExists(world: World, now: Date, name: string): boolean {
  for (const release of world.releases) {
    if (release.deploys.some((d) => d.environment === name && d.dateFinished <= now)) return true;
  }
  const nowMs = now.getTime();
  return (
    world.issues.some((issue) => visibleEvents(issue, now).some((e) => e.environment === name)) ||
    world.transactions.some((t) => t.environment === name && t.processedAt <= nowMs)
  );
}

/** The `environment` parameters; null when none. An unknown name is a 404 (helpers/environments.py). */
export function requestedEnvironments(query: URLSearchParams, world: World, now: Date): Set<string> | null {
  const names = query.getAll("environment").filter((name) => name !== "");
  if (names.length === 0) return null;
  if (names.some((name) => !environmentExists(world, now, name))) throw notFound();
  return new Set(names);
}

/**
 * The `project` parameters: numeric IDs or slugs, `-1` or none for all. A project the caller cannot
 * see, including one that does not exist, is refused with 403 as OrganizationEndpoint.get_projects does.
 */
export function requestedProjects(query: URLSearchParams, world: World): SimProject[] {
  const values = query.getAll("project").filter((value) => value !== "");
  if (values.length === 0 || values.includes("-1")) return world.projects;
  return values.map((value) => {
    const project = world.projects.find((p) => p.id === value || p.slug === value);
    if (!project) throw permissionDenied();
    return project;
  });
}

export function requireOrganization(world: World, ref: string) {
  if (ref !== world.org.slug && ref !== world.org.id) throw notFound();
  return world.org;
}
