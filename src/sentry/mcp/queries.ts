// The Sentry search syntax and periods the MCP source sends. The server's search tools take a
// relative period only (statsPeriod, counted back from Sentry's now), never a start and an end, so
// every range is a period reaching back past its start, narrowed by timestamp terms in the query.
import * as z from "zod";
import { countField, isValidTime } from "../rest/schemas.js";
import { quoteSearchValue } from "../rest/search-query.js";
import type { ProjectRef } from "../source.js";

const HOUR_MS = 3_600_000;
/** Sentry keeps error events 90 days: a period of that length reaches every one it still has. */
export const RETENTION = "90d";
// search_issues takes only these (SEARCH_ISSUES_PERIOD_VALUES in the server).
const ISSUE_PERIODS: ReadonlyArray<readonly [string, number]> = [
  ["24h", 24],
  ["7d", 7 * 24],
  ["14d", 14 * 24],
  ["30d", 30 * 24],
  ["90d", 90 * 24],
];

/** Whole hours back from now to before `start`, with an hour to spare for clocks that disagree. */
function hoursSince(start: Date, now: number): number {
  return Math.max(1, Math.ceil((now - start.getTime()) / HOUR_MS) + 1);
}

/** search_events' period: any whole number of hours, up to retention. */
export function eventsPeriod(start: Date, now: number): string {
  const hours = hoursSince(start, now);
  return hours >= 90 * 24 ? RETENTION : `${hours}h`;
}

/** search_issues' period: the shortest of its fixed choices that reaches back to `start`. */
export function issuesPeriod(start: Date, now: number): string {
  const hours = hoursSince(start, now);
  return (ISSUE_PERIODS.find(([, length]) => length >= hours) ?? ISSUE_PERIODS.at(-1))?.[0] as string;
}

/** Events in [start, end): Snuba's range, start inclusive, end exclusive. */
export function rangeTerms(start: Date, end: Date): string[] {
  return [`timestamp:>=${start.toISOString()}`, `timestamp:<${end.toISOString()}`];
}

export function environmentTerms(environment: string | null): string[] {
  return environment === null ? [] : [`environment:${quoteSearchValue(environment)}`];
}

/** Slugs as a Discover filter: the server's search_events takes one project only, or none (all). */
export function projectTerms(projects: readonly ProjectRef[]): string[] {
  return projects.length === 0 ? [] : [`project:[${projects.map((p) => p.slug).join(",")}]`];
}

export function releaseTerms(release: string | undefined): string[] {
  return release === undefined ? [] : [`release:${quoteSearchValue(release)}`];
}

export function regressedInTerms(release: string): string[] {
  return [`regressed_in_release:${quoteSearchValue(release)}`];
}

export function issueIdTerms(ids: readonly string[]): string[] {
  return [`issue.id:[${ids.join(",")}]`];
}

// Snuba's DateTime as Discover returns it ("2026-03-02T12:00:00+00:00"): whole seconds.
const snubaTime = z
  .string()
  .refine(isValidTime, "expected a time")
  .transform((value) => new Date(value));
// Counts of events and users: whole numbers from 0 to 2^53 - 1 (a JSON number past that, or one of 400
// digits that JSON.parse turns into Infinity, is an error naming the field, never a number to compute on).
const count = countField();
// The numeric issue ID, an integer in Discover's JSON; kept as the string Sentry's other answers use.
const issueId = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);

export const issueRow = z.looseObject({
  issue: z.string(),
  "issue.id": issueId,
  project: z.string(),
  "count()": count,
  "count_unique(user)": count,
  "min(timestamp)": snubaTime,
  "last_seen()": snubaTime,
});
export const ISSUE_ROW_FIELDS = Object.keys(issueRow.shape);

export const metaRow = z.looseObject({
  "issue.id": issueId,
  issue: z.string(),
  project: z.string(),
  title: z.string(),
  culprit: z.string().nullable(),
  level: z.string().nullable(),
  "last_seen()": snubaTime,
});
export const META_ROW_FIELDS = Object.keys(metaRow.shape);

export const firstEventRow = z.looseObject({
  "issue.id": issueId,
  environment: z.string().nullable(),
  "min(timestamp)": snubaTime,
});
export const FIRST_EVENT_FIELDS = Object.keys(firstEventRow.shape);

export const countRow = z.looseObject({
  "issue.id": issueId,
  "count()": count,
  "count_unique(user)": count,
  "min(timestamp)": snubaTime,
  "last_seen()": snubaTime,
});
export const COUNT_ROW_FIELDS = Object.keys(countRow.shape);

export const totalRow = z.looseObject({ "count()": count });

// The exception_frames arrays of one event; in_app is ClickHouse's UInt8 (0/1), or a boolean.
const frameArray = <T extends z.ZodType>(item: T) => z.array(item.nullable());
export const framesRow = z.looseObject({
  id: z.string(),
  "stack.filename": frameArray(z.string()),
  "stack.abs_path": frameArray(z.string()),
  "stack.function": frameArray(z.string()),
  "stack.lineno": frameArray(z.number()),
  "stack.in_app": frameArray(z.union([z.boolean(), z.number()])),
  "stack.stack_level": frameArray(z.number()),
  "last_seen()": snubaTime,
});
export const FRAME_ROW_FIELDS = Object.keys(framesRow.shape);
