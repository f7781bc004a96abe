// Release health over the sessions endpoint, as docs/performance-wire.md lays out: per release, its
// sessions summed over their statuses and those that crashed, totals only (includeSeries=0).
//
// Sentry rounds the range out to whole intervals (start down, end up) and refuses more than 1,000 of
// them, so the interval is the smallest that fits: the range counted is then the closest to the one
// asked. A Sentry that cannot group sessions so (an older self-hosted one: no such field or groupBy)
// answers 400; that means it cannot tell, and the methods answer null, as for tracing (spans.ts).
import { sentryCalls } from "../calls.js";
import { SentryError } from "../errors.js";
import { excerpt } from "../redact.js";
import type { ReleaseSessions, SessionsQuery } from "../source.js";
import type { Call, GetApi } from "./http.js";
import { parseAs } from "./parse.js";
import { apiPath, scopeParams } from "./paths.js";
import { sessionGroupsSchema } from "./schemas.js";
import { quoteSearchValue } from "./search-query.js";
import { orUnsupported } from "./status-errors.js";

const SUM = "sum(session)";
const MINUTE_MS = 60_000;
const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * HOUR_MINUTES;
/** Sentry's most intervals in one sessions query (MAX_POINTS, get_constrained_date_range). */
const MAX_SESSION_INTERVALS = 1_000;
/** Intervals of less than an hour reach back this far only (Sentry: "restricted to the last 30 days"). */
const MINUTE_RESOLUTION_MS = 30 * DAY_MINUTES * MINUTE_MS;
/** Taken off that reach, for this machine's clock against Sentry's and the time the request takes. */
const CLOCK_MARGIN_MS = HOUR_MINUTES * MINUTE_MS;
/** What Sentry accepts: whole minutes, at most a day, dividing a day; the smallest first. */
const INTERVALS = Array.from({ length: DAY_MINUTES }, (_, index) => index + 1).filter(
  (minutes) => DAY_MINUTES % minutes === 0,
);
/**
 * Sentry's words for a field or groupBy it does not have, and for an interval under an hour where it
 * allows none (older versions, or without minute-resolution-sessions) or not that far back.
 */
const UNSUPPORTED = /^invalid (field|groupby)\b|minimum interval of one hour|one-minute resolution/i;

/**
 * The interval, in minutes, for a sessions query of this range: the smallest Sentry accepts that keeps
 * it within MAX_SESSION_INTERVALS, counted as Sentry does (to_intervals: the start rounded down to the
 * interval, the end up, plus the second older versions add to an explicit end); whole hours when
 * `hoursOnly` or when the range starts too long before `now` for minutes.
 */
function sessionsInterval(start: Date, end: Date, now: number, hoursOnly = false): number {
  const hours = hoursOnly || now - start.getTime() > MINUTE_RESOLUTION_MS - CLOCK_MARGIN_MS;
  const fits = INTERVALS.find((minutes) => {
    if (hours && minutes % HOUR_MINUTES !== 0) return false;
    const ms = minutes * MINUTE_MS;
    const from = Math.floor(start.getTime() / ms) * ms;
    return Math.ceil((end.getTime() + 1_000 - from) / ms) <= MAX_SESSION_INTERVALS;
  });
  if (fits === undefined) {
    throw new SentryError(
      "bad-request",
      `Sentry counts sessions over at most ${MAX_SESSION_INTERVALS} days, not ${start.toISOString()} to ${end.toISOString()}.`,
    );
  }
  return fits;
}

/** Sessions per release (busiest first); null when this Sentry cannot group them so. */
export async function releaseSessions(
  getApi: GetApi,
  org: string,
  query: SessionsQuery,
  now: number,
): Promise<ReleaseSessions[] | null> {
  const call: Call = {
    ...sentryCalls(org).count(query.environment),
    what: "read release health (sessions)",
    unsupported: UNSUPPORTED,
  };
  const ask = (minutes: number) =>
    orUnsupported(
      getApi(
        apiPath`/organizations/${org}/sessions/`,
        [
          ["field", SUM],
          ["groupBy", "release"],
          ["groupBy", "session.status"],
          ...scopeParams(query),
          ["interval", minutes % HOUR_MINUTES === 0 ? `${minutes / HOUR_MINUTES}h` : `${minutes}m`],
          ["includeSeries", "0"],
          ...(query.release === undefined
            ? []
            : [["query", `release:${quoteSearchValue(query.release)}`] as const]),
        ],
        call,
      ),
    );
  const minutes = sessionsInterval(query.start, query.end, now);
  let answer = await ask(minutes);
  // Refused below an hour (or lacking the grouping, which asking again in hours finds out too).
  if (answer === null && minutes % HOUR_MINUTES !== 0)
    answer = await ask(sessionsInterval(query.start, query.end, now, true));
  if (answer === null) return null;

  const releases = new Map<string, ReleaseSessions>();
  for (const { by, totals } of parseAs(sessionGroupsSchema, answer.body, answer.endpoint).groups) {
    if (query.release !== undefined && by.release !== query.release) {
      throw new SentryError(
        "malformed",
        `Sentry's answer to ${answer.endpoint} counts sessions of release "${excerpt(by.release, 60)}", which was not asked for.`,
      );
    }
    const release = releases.get(by.release) ?? { release: by.release, sessions: 0, crashed: 0 };
    release.sessions += totals[SUM];
    if (by["session.status"] === "crashed") release.crashed += totals[SUM];
    releases.set(by.release, release);
  }
  return [...releases.values()].sort((a, b) => b.sessions - a.sessions);
}
