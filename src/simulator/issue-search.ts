// Which issues an issue search returns and in what order, following Sentry's search backend
// (src/sentry/search/snuba/backend.py and executors.py): issue-level conditions are checked on the
// issue (Postgres), event-level ones on its events in the window and environments (Snuba), and
// lastSeen/timesSeen/userCount on the events that pass (aggregates). Every issue category is
// searched; Sentry leaves feedback out, which the simulator does not have.
import {
  eventsBetween,
  firstIndexAtOrAfter,
  groupEnvironments,
  groupFirstRelease,
  type IssueState,
  issueState,
  type ReleaseOrder,
  type Substatus,
  visibleEvents,
} from "./derived.js";
import { latestReleaseVersion, releaseOrder, releaseViews } from "./releases.js";
import { type FilterTerm, parseSearchQuery, SearchQueryError, type SearchTerm } from "./search-query.js";
import type { SimEvent, SimIssue, World } from "./world.js";

export const SORT_KEYS = ["date", "new", "freq", "user", "trends", "recommended"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface IssueSearchParams {
  /** Project slugs. */
  projects: ReadonlySet<string>;
  /** Environment names; null: all. */
  environments: ReadonlySet<string> | null;
  /** Snuba's range is start inclusive, end exclusive. */
  start: Date;
  end: Date;
  query: string;
  sort: SortKey;
}

export interface IssueHit {
  issue: SimIssue;
  /** Every event that exists now, all environments. */
  events: readonly SimEvent[];
  /** Those in the environments and [start, end) that meet the query's event-level conditions. */
  matched: readonly SimEvent[];
  /** The sort's score. */
  score: number;
}

export interface IssueSearchResult {
  hits: IssueHit[];
  /** Whether the query had event-level conditions, which makes a list's `filtered` non-null. */
  hasEventConditions: boolean;
  /** The query's event-level conditions. */
  eventTest: EventTest;
}

/** The event sets a list item's counts come from; computed only for the page served. */
export interface HitEvents {
  /** In the environments, any time: the lifetime counts. */
  inEnvironments: readonly SimEvent[];
  /** ... and in [start, end): the counts a list shows. */
  inWindow: readonly SimEvent[];
  /** In the environments meeting the event conditions, any time: the filtered stats. */
  conditionEvents: readonly SimEvent[];
}

export function hitEvents(hit: IssueHit, params: IssueSearchParams, result: IssueSearchResult): HitEvents {
  const { environments } = params;
  const inEnvironments = environments
    ? hit.events.filter((e) => environments.has(e.environment))
    : hit.events;
  return {
    inEnvironments,
    inWindow: eventsBetween(inEnvironments, params.start.getTime(), params.end.getTime()),
    conditionEvents: result.hasEventConditions
      ? inEnvironments.filter((e) => result.eventTest(e, hit.issue))
      : inEnvironments,
  };
}

export interface SeenStats {
  count: number;
  userCount: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
}

export function seenStats(events: readonly SimEvent[]): SeenStats {
  const users = new Set<string>();
  for (const event of events) if (event.user !== null) users.add(event.user);
  return {
    count: events.length,
    userCount: users.size,
    firstSeen: events[0]?.at ?? null,
    lastSeen: events.at(-1)?.at ?? null,
  };
}

/** An issue under test; what its issue-level conditions need is computed once, when first asked. */
class Candidate {
  private cachedState: IssueState | undefined;
  private cachedRows: SimEvent[] | undefined;

  constructor(
    readonly issue: SimIssue,
    readonly events: readonly SimEvent[],
    readonly environments: ReadonlySet<string> | null,
    private readonly now: Date,
    private readonly order: ReleaseOrder,
  ) {}

  state(): IssueState {
    this.cachedState ??= issueState(this.issue, this.events, this.now, this.order);
    return this.cachedState;
  }

  /** The selected environments' GroupEnvironment rows, as the first event processed in each. */
  environmentRows(): SimEvent[] {
    this.cachedRows ??= groupEnvironments(this.events, this.environments);
    return this.cachedRows;
  }
}

interface Compiled {
  issueTests: ((candidate: Candidate) => boolean)[];
  eventTests: EventTest[];
  aggregateTests: ((matched: readonly SimEvent[]) => boolean)[];
}

export function searchIssues(world: World, params: IssueSearchParams, now: Date): IssueSearchResult {
  const { issueTests, eventTests, aggregateTests } = compileQuery(
    parseSearchQuery(params.query),
    world,
    params.projects,
    now,
  );
  const eventTest: EventTest = (event, issue) => eventTests.every((test) => test(event, issue));
  const start = params.start.getTime();
  const end = params.end.getTime();
  const { environments, projects } = params;
  const order = releaseOrder(world, now);
  const hits: IssueHit[] = [];
  // The hot loop of a 10,000-issue benchmark: a binary search for the window in each issue's
  // time-ordered events, then one pass over the window, few allocations.
  for (const issue of world.issues) {
    if (!projects.has(issue.project)) continue;
    const events = visibleEvents(issue, now);
    const matched: SimEvent[] = [];
    for (let i = firstIndexAtOrAfter(events, start); i < events.length; i++) {
      const event = events[i] as SimEvent;
      if (event.at.getTime() >= end) break;
      if (environments && !environments.has(event.environment)) continue;
      if (eventTests.length === 0 || eventTest(event, issue)) matched.push(event);
    }
    if (matched.length === 0) continue;
    if (issueTests.length > 0) {
      const candidate = new Candidate(issue, events, environments, now, order);
      if (!issueTests.every((test) => test(candidate))) continue;
    }
    if (!aggregateTests.every((test) => test(matched))) continue;
    hits.push({ issue, events, matched, score: score(params.sort, events, matched) });
  }
  hits.sort((a, b) => b.score - a.score || compareIds(b.issue.id, a.issue.id));
  return { hits, hasEventConditions: eventTests.length > 0, eventTest };
}

function score(sort: SortKey, events: readonly SimEvent[], matched: readonly SimEvent[]): number {
  switch (sort) {
    case "new":
      // The executor's first_seen aggregate reads the group's own first_seen.
      return (events[0] as SimEvent).at.getTime();
    case "freq":
      return matched.length;
    case "user":
      return seenStats(matched).userCount;
    default:
      // date; trends and recommended are Sentry-internal scores the simulator approximates by last seen.
      return (matched.at(-1) as SimEvent).at.getTime();
  }
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

const KEY_ALIASES: Record<string, string> = {
  age: "firstSeen",
  first_seen: "firstSeen",
  last_seen: "lastSeen",
  "first-release": "firstRelease",
  first_release: "firstRelease",
  times_seen: "timesSeen",
  user_count: "userCount",
  users: "userCount",
};

type StatusTest = (state: IssueState) => boolean;
const substatusIs =
  (substatus: Substatus): StatusTest =>
  (s) =>
    s.status === "unresolved" && s.substatus === substatus;

// src/sentry/models/group.py STATUS_QUERY_CHOICES and the substatus choices. Nothing in a simulated
// world is assigned, linked, archived until something, or escalating (no forecasts are simulated).
const IS_VALUES: Record<string, StatusTest> = {
  unresolved: (s) => s.status === "unresolved",
  resolved: (s) => s.status === "resolved",
  ignored: (s) => s.status === "ignored",
  archived: (s) => s.status === "ignored",
  archived_forever: (s) => s.status === "ignored",
  archived_until_escalating: () => false,
  archived_until_condition_met: () => false,
  escalating: () => false,
  new: substatusIs("new"),
  ongoing: substatusIs("ongoing"),
  regressed: substatusIs("regressed"),
  // The inbox holds new and regressed issues (GroupInbox reasons NEW and REGRESSION) for 7 days.
  for_review: (s) => s.status === "unresolved" && (s.substatus === "new" || s.substatus === "regressed"),
  assigned: () => false,
  unassigned: () => true,
  linked: () => false,
  unlinked: () => true,
};

/**
 * The query's event-level conditions alone, for endpoints that pick one of an issue's events
 * (group_event_details.py applies a query's event conditions and leaves issue-level terms aside).
 */
export function eventConditions(
  query: string,
  world: World,
  projects: ReadonlySet<string>,
  now: Date,
): (event: SimEvent, issue: SimIssue) => boolean {
  const { eventTests } = compileQuery(parseSearchQuery(query), world, projects, now);
  return (event, issue) => eventTests.every((test) => test(event, issue));
}

export type EventTest = (event: SimEvent, issue: SimIssue) => boolean;

/** Resolves `latest` in release values to the newest release of the searched projects. */
export type LatestResolver = (values: string[]) => string[];

export function latestResolver(world: World, projects: ReadonlySet<string>, now: Date): LatestResolver {
  let latest: string | null | undefined;
  return (values) =>
    values.map((value) => {
      if (value !== "latest") return value;
      latest ??= latestReleaseVersion(releaseViews(world, now), projects);
      // No release at all: match nothing, as Sentry does with its sentinel release.
      return latest ?? "\u0000no-release";
    });
}

function compileQuery(terms: SearchTerm[], world: World, projects: ReadonlySet<string>, now: Date): Compiled {
  const compiled: Compiled = { issueTests: [], eventTests: [], aggregateTests: [] };
  const resolveLatest = latestResolver(world, projects, now);
  for (const term of terms) {
    const eventTest = compileEventTerm(term, resolveLatest);
    if (eventTest && term.kind === "filter" && CATEGORY_KEYS.has(canonicalKey(term.key))) {
      // Issue category and type are Postgres conditions: they do not make `filtered` appear.
      compiled.issueTests.push((c) => eventTest(c.events[0] as SimEvent, c.issue));
      continue;
    }
    if (eventTest) {
      compiled.eventTests.push(eventTest);
      continue;
    }
    const filter = term as FilterTerm;
    const key = canonicalKey(filter.key);
    const not = (test: boolean) => (filter.negated ? !test : test);
    switch (key) {
      case "is": {
        const tests = filter.values.map((value) => {
          const test = IS_VALUES[value];
          if (!test) {
            throw new SearchQueryError(
              `Invalid value for "is" search, valid values are ${JSON.stringify(Object.keys(IS_VALUES).sort())}`,
            );
          }
          return test;
        });
        compiled.issueTests.push((c) => not(tests.some((test) => test(c.state()))));
        break;
      }
      case "firstSeen": {
        const test = dateTest(filter, now);
        // With environments, GroupEnvironment.first_seen of any of them: when Sentry processed the
        // environment's first event. Without, Group.first_seen: the earliest event timestamp.
        compiled.issueTests.push((c) =>
          not(
            c.environments
              ? c.environmentRows().some((e) => test(e.processedAt))
              : test((c.events[0] as SimEvent).at),
          ),
        );
        break;
      }
      case "firstRelease": {
        const versions = resolveLatest(filter.values);
        const matches = (release: string | null) => release !== null && matchesAny(versions, release);
        // With environments, GroupEnvironment.first_release of any of them; without, Group.first_release.
        compiled.issueTests.push((c) =>
          not(
            c.environments
              ? c.environmentRows().some((e) => matches(e.release))
              : matches(groupFirstRelease(c.events)),
          ),
        );
        break;
      }
      case "regressed_in_release": {
        const versions = resolveLatest(filter.values);
        // GroupHistory rows of status REGRESSED with the regressing event's release; any environment.
        compiled.issueTests.push((c) =>
          not(c.state().regressions.some((r) => r.release !== null && versions.includes(r.release))),
        );
        break;
      }
      case "issue.priority":
        compiled.issueTests.push((c) => not(filter.values.includes(priorityOf(c.issue.level))));
        break;
      case "lastSeen": {
        const test = dateTest(filter, now);
        compiled.aggregateTests.push((matched) => not(test((matched.at(-1) as SimEvent).at)));
        break;
      }
      case "timesSeen": {
        const test = numberTest(filter);
        compiled.aggregateTests.push((matched) => not(test(matched.length)));
        break;
      }
      case "userCount": {
        const test = numberTest(filter);
        compiled.aggregateTests.push((matched) => not(test(seenStats(matched).userCount)));
        break;
      }
    }
  }
  return compiled;
}

const CATEGORY_KEYS: ReadonlySet<string> = new Set(["issue.category", "issue.type"]);

/** Keys whose condition is on the issue or on its aggregates, not on single events. */
const ISSUE_LEVEL_KEYS: ReadonlySet<string> = new Set([
  "is",
  "firstSeen",
  "firstRelease",
  "regressed_in_release",
  "issue.priority",
  "lastSeen",
  "timesSeen",
  "userCount",
]);

export function canonicalKey(key: string): string {
  return KEY_ALIASES[key] ?? key;
}

/** The condition a term puts on single events, or null for an issue-level term. */
export function compileEventTerm(term: SearchTerm, resolveLatest: LatestResolver): EventTest | null {
  if (term.kind === "text") {
    const needle = term.text.toLowerCase();
    // Free text is a condition on the events' message, which for an error is its title.
    return (_e, issue) => issue.title.toLowerCase().includes(needle);
  }
  const key = canonicalKey(term.key);
  if (ISSUE_LEVEL_KEYS.has(key)) return null;
  const not = (test: boolean) => (term.negated ? !test : test);
  switch (key) {
    case "issue.category":
      return (_e, issue) => not(term.values.includes(issue.category));
    case "issue.type":
      return (_e, issue) => not(term.values.includes(issue.issueType));
    case "error.unhandled":
    case "error.handled": {
      const wanted = booleanValue(term) === (key === "error.unhandled");
      return (e) => not(!e.handled === wanted);
    }
    case "level":
      return (_e, issue) => not(matchesAny(term.values, issue.level));
    case "has":
      return (e, issue) => not(term.values.some((tag) => Boolean(eventTag(e, issue, tag))));
    case "release": {
      const versions = resolveLatest(term.values);
      return (e) => not(e.release !== null && matchesAny(versions, e.release));
    }
    default:
      // Any other key is a tag: a condition on the events' tags.
      return (e, issue) => not(matchesAny(term.values, eventTag(e, issue, term.key) ?? ""));
  }
}

export function priorityOf(level: string): "high" | "medium" | "low" {
  // Sentry's initial priority from the level: fatal/error high, warning medium, the rest low.
  return level === "fatal" || level === "error" ? "high" : level === "warning" ? "medium" : "low";
}

/** The value of a tag on an event, including the tags Sentry sets itself. */
export function eventTag(event: SimEvent, issue: SimIssue, key: string): string | undefined {
  switch (key) {
    case "environment":
      return event.environment;
    case "release":
    case "sentry:release":
      return event.release ?? undefined;
    case "level":
      return issue.level;
    case "handled":
      return event.handled ? "yes" : "no";
    case "mechanism":
      return "generic";
    case "user":
      return event.user === null ? undefined : `id:${event.user}`;
    case "user.id":
      return event.user ?? undefined;
    default:
      return event.tags[key];
  }
}

/**
 * Sentry's SearchValue: a value with a `*` no backslash escapes (WILDCARD_CHARS, `(?<!\\)(\\\\)*\*`)
 * is a pattern (translate_wildcard: `\x` is x, `*` any text); any other value is compared as it is but
 * for `\*`, a star (translate_escape_sequences: every other backslash stays). Both in
 * src/sentry/api/event_search.py.
 */
export function matchesAny(patterns: readonly string[], value: string): boolean {
  return patterns.some((pattern) =>
    isWildcard(pattern) ? wildcardRegExp(pattern).test(value) : pattern.replace(/\\\*/g, "*") === value,
  );
}

export const isWildcard = (value: string) => /(?<!\\)(\\\\)*\*/.test(value);

function wildcardRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "\\" && i + 1 < pattern.length) source += escapeRegExp(pattern[++i] as string);
    else source += c === "*" ? ".*" : escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, "s");
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const OPERATOR = /^(>=|<=|>|<|=)?(.*)$/s;
const RELATIVE = /^([+-])(\d+)([wdhm])$/;
const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?(Z|[+-]\d{2}:?\d{2})?$/;
const DAY_MS = 86_400_000;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY_MS, w: 7 * DAY_MS };

export function single(term: FilterTerm): string {
  if (term.list) throw new SearchQueryError(`"${term.key}" does not take a list of values`);
  return term.values[0] as string;
}

export function compare(operator: string, actual: number, expected: number): boolean {
  switch (operator) {
    case ">":
      return actual > expected;
    case ">=":
      return actual >= expected;
    case "<":
      return actual < expected;
    case "<=":
      return actual <= expected;
    default:
      return actual === expected;
  }
}

/**
 * A date condition. Relative values count back from now: `-1h` is within the last hour (>=), `+1h`
 * older than an hour (<=). A bare date without operator is that whole UTC day.
 */
export function dateTest(term: FilterTerm, now: Date): (at: Date) => boolean {
  const [, operator, rest] = OPERATOR.exec(single(term)) as RegExpExecArray;
  const relative = RELATIVE.exec(rest as string);
  if (relative) {
    const [, sign, amount, unit] = relative;
    const at = now.getTime() - Number(amount) * (UNIT_MS[unit as string] as number);
    const op = operator ?? (sign === "-" ? ">=" : "<=");
    return (d) => compare(op, d.getTime(), at);
  }
  const iso = ISO.exec(rest as string);
  if (!iso) {
    throw new SearchQueryError(
      `${term.key}: Invalid date: ${rest}. Expected +/-duration (i.e. +1h) or ISO 8601-like (i.e. 2024-01-01T12:00:00).`,
    );
  }
  const [, day, time, zone] = iso;
  const fraction = time?.replace(/(\.\d{3})\d+$/, "$1");
  const at = Date.parse(`${day}T${fraction ?? "00:00:00"}${zone ?? "Z"}`);
  if (Number.isNaN(at)) throw new SearchQueryError(`${term.key}: Invalid date: ${rest}`);
  if (!operator && !time) return (d) => d.getTime() >= at && d.getTime() < at + DAY_MS;
  return (d) => compare(operator ?? "=", d.getTime(), at);
}

function numberTest(term: FilterTerm): (n: number) => boolean {
  const [, operator, rest] = OPERATOR.exec(single(term)) as RegExpExecArray;
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(rest as string);
  if (!match) throw new SearchQueryError(`${term.key}: Invalid number: ${rest}`);
  const scale = { "": 1, k: 1_000, m: 1_000_000 }[(match[2] as string).toLowerCase()] as number;
  const expected = Number(match[1]) * scale;
  return (n) => compare(operator ?? "=", n, expected);
}

export function booleanValue(term: FilterTerm): boolean {
  const value = single(term).toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new SearchQueryError(`${term.key}: Invalid boolean field: ${value}`);
}
