// GET /organizations/{org}/events/: the Discover table over error events, enough for what the
// Sentry MCP server asks (fields issue, title, project, timestamp, count(), count_unique(user),
// last_seen(), min(timestamp), the stack.* frame arrays; a query; sort; per_page) and for the fix
// check's per-issue counts of one release
// (field=issue.id&field=count()&field=count_unique(user)&field=last_seen()&query=issue.id:[…]
// release:"V"): one row per distinct value of the plain fields, so only issues with a matching event
// have a row. Dates are in Snuba's format. Only error issues' events are rows: a performance issue's
// events are transactions, which this dataset does not hold. dataset=spans is the world's transactions
// (routes/spans.ts); the other datasets hold nothing here.
import { eventsBetween, visibleEvents } from "../derived.js";
import { badRequest } from "../http.js";
import {
  canonicalKey,
  compileEventTerm,
  dateTest,
  type EventTest,
  eventTag,
  latestResolver,
  matchesAny,
} from "../issue-search.js";
import { dateRange, requestedEnvironments, requestedProjects, requireOrganization } from "../params.js";
import { type FilterTerm, parseSearchQuery, SearchQueryError } from "../search-query.js";
import type { SimEvent, SimFrame, SimIssue, SimProject, World } from "../world.js";
import { spansTable } from "./spans.js";
import { groupedRows, tableResult, type Value } from "./table.js";
import { ORG_READ, type Route, type RouteResult } from "./types.js";

export const DATASETS = [
  "errors",
  "discover",
  "logs",
  "profile_functions",
  "spans",
  "tracemetrics",
  "uptime_results",
];
const MAX_FIELDS = 20;

interface Matched {
  event: SimEvent;
  issue: SimIssue;
  project: SimProject;
}

interface Column {
  type: "string" | "integer" | "date" | "array";
  /** A plain field's value for one event. */
  value?: (event: SimEvent, issue: SimIssue, project: SimProject) => Value;
  /** An aggregate's value over a group of events. */
  aggregate?: (events: readonly SimEvent[]) => Value;
}

const COLUMNS: Record<string, Column> = {
  issue: { type: "string", value: (_e, issue) => issue.shortId },
  "issue.id": { type: "integer", value: (_e, issue) => Number(issue.id) },
  title: { type: "string", value: (_e, issue) => issue.title },
  message: { type: "string", value: (_e, issue) => issue.title },
  culprit: { type: "string", value: (_e, issue) => issue.culprit },
  project: { type: "string", value: (_e, _i, project) => project.slug },
  "project.id": { type: "integer", value: (_e, _i, project) => Number(project.id) },
  id: { type: "string", value: (e) => e.id },
  timestamp: { type: "date", value: (e) => snubaDateTime(e.at) },
  release: { type: "string", value: (e) => e.release },
  environment: { type: "string", value: (e) => e.environment },
  level: { type: "string", value: (_e, issue) => issue.level },
  user: { type: "string", value: (e) => (e.user === null ? null : `id:${e.user}`) },
  "user.id": { type: "string", value: (e) => e.user },
  "count()": { type: "integer", aggregate: (events) => events.length },
  // uniq(user) (DiscoverDatasetConfig, src/sentry/search/events/datasets/discover.py); `user` is the
  // sentry:user tag ("id:…"). Events without a user are left out here, as the issue list's userCount
  // leaves them out. Unconfirmed: Snuba maps a missing tag to '' (events.yaml, nullable: false), which
  // ClickHouse's uniq would count as one more value.
  "count_unique(user)": {
    type: "integer",
    aggregate: (events) => new Set(events.filter((e) => e.user !== null).map((e) => e.user)).size,
  },
  // max(timestamp), result type "date".
  "last_seen()": {
    type: "date",
    aggregate: (events) =>
      snubaDateTime(new Date(events.reduce((latest, e) => Math.max(latest, e.at.getTime()), 0))),
  },
  // min over a NumericColumn, which admits timestamp (fields.py NumericColumn._normalize), typed
  // "date" by reflective_result_type.
  "min(timestamp)": {
    type: "date",
    aggregate: (events) =>
      snubaDateTime(new Date(events.reduce((first, e) => Math.min(first, e.at.getTime()), Infinity))),
  },
  // The exception_frames arrays (ARRAY_FIELDS in src/sentry/search/events/constants.py), one entry
  // per frame of every exception, caller first, stack_level the exception's index. A simulated event
  // has one exception. How Sentry types these in meta and returns in_app (ClickHouse UInt8, here 0/1)
  // was not confirmed.
  "stack.filename": frameColumn((f) => f.filename),
  "stack.abs_path": frameColumn((f) => f.absPath),
  "stack.function": frameColumn((f) => f.function),
  "stack.lineno": frameColumn((f) => f.lineNo),
  "stack.in_app": frameColumn((f) => (f.inApp ? 1 : 0)),
  "stack.stack_level": frameColumn(() => 0),
};

function frameColumn(value: (frame: SimFrame) => string | number | null): Column {
  return { type: "array", value: (e) => (e.frames ?? []).map(value) };
}

/**
 * A DateTime as Snuba answers it (transform_datetime in getsentry/snuba snuba/clickhouse/native.py:
 * datetime.isoformat() in UTC): whole seconds, since the errors dataset's `timestamp` is a ClickHouse
 * DateTime, and "+00:00" rather than "Z", e.g. "2025-04-07T12:23:39+00:00".
 */
export function snubaDateTime(date: Date): string {
  const seconds = Math.floor(date.getTime() / 1000) * 1000;
  return `${new Date(seconds).toISOString().slice(0, 19)}+00:00`;
}

function column(field: string): Column {
  const known = COLUMNS[field];
  if (known) return known;
  // Sentry refuses unknown functions (its exact wording was not confirmed); any other field is a tag.
  if (/^\w+\(.*\)$/.test(field)) throw badRequest(`${field} is not a valid function`);
  return { type: "string", value: (e, issue) => eventTag(e, issue, field) ?? null };
}

export const discoverRoute: Route = {
  name: "events",
  pattern: /^\/organizations\/([^/]+)\/events\/$/,
  scopes: ORG_READ,
  handle: (ctx): RouteResult => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0] as string);
    const dataset = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(dataset)) throw badRequest(`${dataset} is not a valid dataset`);
    const fields = query.getAll("field");
    if (fields.length === 0) throw badRequest("No columns selected");
    if (fields.length > MAX_FIELDS) {
      throw badRequest(
        `You can view up to ${MAX_FIELDS} fields at a time. Please delete some and try again.`,
      );
    }
    if (dataset === "spans") return spansTable(ctx, fields);
    // Sentry adds the issue's numeric ID beside its short ID.
    const selected =
      fields.includes("issue") && !fields.includes("issue.id") ? [...fields, "issue.id"] : fields;
    const columns = selected.map((field) => [field, column(field)] as const);
    const range = dateRange(query, now);
    const environments = requestedEnvironments(query, world, now);
    const projects = requestedProjects(query, world);

    const test = compileDiscoverQuery(query.get("query") ?? "", world, projects, now);
    const matched: Matched[] = [];
    if (dataset === "errors" || dataset === "discover") {
      for (const issue of world.issues) {
        const project = projects.find((p) => p.slug === issue.project);
        if (!project || issue.category !== "error") continue;
        for (const event of eventsBetween(
          visibleEvents(issue, now),
          range.start.getTime(),
          range.end.getTime(),
        )) {
          if (environments && !environments.has(event.environment)) continue;
          if (test(event, issue)) matched.push({ event, issue, project });
        }
      }
    }
    return tableResult(
      ctx,
      buildRows(matched, columns),
      columns.map(([field, c]) => ({ field, type: c.type, unit: null })),
      { dataset },
    );
  },
};

/** With aggregates, one row per distinct value of the plain fields; without, one row per event. */
function buildRows(
  matched: readonly Matched[],
  columns: readonly (readonly [string, Column])[],
): Record<string, Value>[] {
  return groupedRows(
    matched,
    columns.flatMap(([field, { value }]) =>
      value ? [[field, ({ event, issue, project }: Matched) => value(event, issue, project)] as const] : [],
    ),
    columns.flatMap(([field, { aggregate }]) =>
      aggregate
        ? [[field, (group: readonly Matched[]) => aggregate(group.map(({ event }) => event))] as const]
        : [],
    ),
    false,
  );
}

/**
 * Discover's query: event conditions as in issue search, plus `issue`, `issue.id`, `project` and
 * `timestamp`. Issue-level keys (is:, firstSeen:, …) are not Discover fields; the simulator refuses
 * them rather than guess what Sentry would make of them.
 */
export function compileDiscoverQuery(
  text: string,
  world: World,
  projects: readonly SimProject[],
  now: Date,
): EventTest {
  let terms: ReturnType<typeof parseSearchQuery>;
  const tests: EventTest[] = [];
  try {
    terms = parseSearchQuery(text);
    const resolveLatest = latestResolver(world, new Set(projects.map((p) => p.slug)), now);
    for (const term of terms) {
      const key = term.kind === "filter" ? canonicalKey(term.key) : "";
      if (term.kind === "filter" && ["issue", "issue.id", "project", "timestamp"].includes(key)) {
        const not = (test: boolean) => (term.negated ? !test : test);
        if (key === "timestamp") {
          const at = dateTest(term, now);
          tests.push((e) => not(at(e.at)));
        } else if (key === "project") {
          tests.push((_e, issue) => not(matchesAny(term.values, issue.project)));
        } else if (key === "issue") {
          const upper = term.values.map((v) => v.toUpperCase());
          tests.push((_e, issue) => not(upper.includes(issue.shortId.toUpperCase())));
        } else {
          const test = issueIdTest(term);
          tests.push((_e, issue) => not(test(Number(issue.id))));
        }
        continue;
      }
      const test = compileEventTerm(term, resolveLatest);
      if (!test) throw new SearchQueryError(`${key} is an issue search key, not a Discover field`);
      tests.push(test);
    }
  } catch (error) {
    // handle_query_errors (src/sentry/api/utils.py): ParseError(detail=str(InvalidSearchQuery)).
    if (error instanceof SearchQueryError) throw badRequest(error.message);
    throw error;
  }
  return (event, issue) => tests.every((test) => test(event, issue));
}

/**
 * `issue.id` is one of the search grammar's numeric keys (default_config.numeric_keys in
 * src/sentry/api/event_search.py): `issue.id:[1,2]` is a numeric IN list, `issue.id:5` an equality,
 * `issue.id:>5` a comparison, each value a number with an optional k, m or b suffix
 * (parse_numeric_value). _issue_id_filter_converter (datasets/discover.py) turns it into a condition
 * on group_id. A value that is not a number is InvalidSearchQuery, worded as _handle_basic_filter does.
 */
function issueIdTest(term: FilterTerm): (id: number) => boolean {
  const raw = term.list ? `[${term.values.map((v) => `'${v}'`).join(", ")}]` : (term.values[0] as string);
  const invalid = () =>
    new SearchQueryError(
      `issue.id: Invalid number: ${raw}. Expected number then optional k, m, or b suffix (e.g. 500k).`,
    );
  if (term.list) {
    const ids = term.values.map((value) => numericValue(value) ?? Number.NaN);
    if (ids.some(Number.isNaN)) throw invalid();
    return (id) => ids.includes(id);
  }
  const [, operator, rest] = /^(>=|<=|>|<|=|!=)?(.*)$/s.exec(term.values[0] as string) as RegExpExecArray;
  const expected = numericValue(rest as string);
  if (expected === null || term.quoted) throw invalid();
  switch (operator) {
    case ">":
      return (id) => id > expected;
    case ">=":
      return (id) => id >= expected;
    case "<":
      return (id) => id < expected;
    case "<=":
      return (id) => id <= expected;
    case "!=":
      return (id) => id !== expected;
    default:
      return (id) => id === expected;
  }
}

/** The grammar's numeric_value: -?digits[.digits] then k, m or b (lower case only), or null. */
function numericValue(text: string): number | null {
  const match = /^(-?\d+(?:\.\d*)?)([kmb]?)$/.exec(text);
  if (!match) return null;
  const scale = { "": 1, k: 1_000, m: 1_000_000, b: 1_000_000_000 }[match[2] as "" | "k" | "m" | "b"];
  return Number(match[1]) * scale;
}
