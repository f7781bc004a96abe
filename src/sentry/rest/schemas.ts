// The parts of Sentry's answers that we use, checked as loose objects: Sentry adds fields all the time,
// and only a change in these should stop a run. Shapes from Sentry's OpenAPI schema (sentry-api-schema).
import * as z from "zod";
import { excerpt } from "../redact.js";

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** An ISO 8601 time whose fields exist: Date.parse reads "2026-02-30" as March 2, and 24:00 as the next day. */
function isIsoTime(value: string): boolean {
  return ISO_TIME.test(value) && isValidTime(value);
}

/** A time Date.parse reads, with no impossible field when it is written the ISO 8601 way. */
export function isValidTime(value: string): boolean {
  if (Number.isNaN(Date.parse(value))) return false;
  const fields = ISO_TIME.exec(value);
  if (!fields) return true;
  const [year, month, day, hour, minute] = fields.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59;
}

const time = z
  .string()
  .refine(isIsoTime, "expected an ISO 8601 time")
  .transform((value) => new Date(value));

/**
 * A count of events or users: a whole number from 0 to Number.MAX_SAFE_INTEGER, as a JSON number or a
 * digit string (Sentry's issue list sends `count` as a string). Anything else, a count past 2^53 above
 * all (where arithmetic stops being exact), is an error that names the field, never a number to compute on.
 */
const COUNT_EXPECTED = `expected a count, a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`;

function countOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === "string" && /^\d{1,16}$/.test(value)) {
    const count = Number(value);
    return Number.isSafeInteger(count) ? count : null;
  }
  return null;
}

/** A short, printable account of a value that is not a count, for the error message. */
function shownValue(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a number too large to read";
  if (typeof value === "string")
    return value.length > 24
      ? `"${excerpt(value, 24)}" (${value.length} characters)`
      : `"${excerpt(value, 24)}"`;
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : typeof value;
}

/** A count as a JSON number (`digits`: a digit string too). */
export function countField({ digits = false } = {}) {
  return z.unknown().transform((value, context) => {
    const count = digits || typeof value !== "string" ? countOf(value) : null;
    if (count === null) {
      context.addIssue({ code: "custom", message: `${COUNT_EXPECTED}, got ${shownValue(value)}` });
      return z.NEVER;
    }
    return count;
  });
}

export const organizationSchema = z.looseObject({
  // Self-hosted and older servers may leave links or regionUrl out: then there is no region to use.
  links: z.looseObject({ regionUrl: z.string().nullish() }).nullish(),
});

export const projectSchema = z.looseObject({ id: z.string(), slug: z.string() });

export const releaseSchema = z.looseObject({
  version: z.string(),
  // Nullable in the schema, but Sentry sets it when it creates a release, and the engine needs it.
  dateCreated: time,
  firstEvent: time.nullish(),
  lastEvent: time.nullish(),
});

export const deploysSchema = z.array(
  z.looseObject({
    id: z.string(),
    environment: z.string(),
    dateStarted: time.nullish(),
    dateFinished: time.nullish(),
  }),
);

// What the issues list and the short-ID lookup both say of an issue.
const issueFields = {
  id: z.string(),
  shortId: z.string(),
  title: z.string(),
  culprit: z.string().nullish(),
  permalink: z.string(),
  level: z.string(),
  // Older self-hosted Sentry sends no category: every issue there is an error issue.
  issueCategory: z.string().nullish(),
};

export type IssueFields = z.output<z.ZodObject<typeof issueFields>>;

export const issuesSchema = z.array(
  z.looseObject({
    ...issueFields,
    project: z.looseObject({ slug: z.string() }),
    // A digit string in Sentry's list; a plain number is read too, so a change of type there costs nothing.
    count: countField({ digits: true }),
    userCount: countField(),
    firstSeen: time.nullable(),
    lastSeen: time.nullable(),
  }),
);

// GET /organizations/{org}/shortids/{short_id}/ (resolveOrganizationShortId).
export const shortIdSchema = z.looseObject({
  group: z.looseObject({
    ...issueFields,
    project: z.looseObject({ id: z.string(), slug: z.string() }),
  }),
});

// GET /organizations/{org}/events/ (listOrganizationEvents) with fields issue.id, count(),
// count_unique(user), min(timestamp) and last_seen(): one row per issue that has a matching event.
export const issueCountRowsSchema = z.looseObject({
  data: z.array(
    z.looseObject({
      "issue.id": z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String),
      "count()": countField(),
      "count_unique(user)": countField(),
      "min(timestamp)": time.nullish(),
      "last_seen()": time.nullish(),
    }),
  ),
});

// GET /organizations/{org}/issues/{issue_id}/events/ (listOrganizationIssueEvents): the fields counted.
export const issueEventsSchema = z.array(
  z.looseObject({
    dateCreated: time,
    user: z
      .looseObject({
        id: z.string().nullish(),
        username: z.string().nullish(),
        email: z.string().nullish(),
        ip_address: z.string().nullish(),
      })
      .nullish(),
  }),
);

export const issueDetailSchema = z.looseObject({
  activity: z.array(
    z.looseObject({
      type: z.string(),
      dateCreated: time,
      data: z.looseObject({ version: z.string().nullish() }).nullish(),
    }),
  ),
});

export const eventSchema = z.looseObject({
  // Untyped in the schema: each entry's data is checked by its type (see frames.ts).
  entries: z.array(z.looseObject({ type: z.string(), data: z.unknown() })),
});

const frame = z.looseObject({
  filename: z.string().nullish(),
  absPath: z.string().nullish(),
  lineNo: z.number().nullish(),
  function: z.string().nullish(),
  inApp: z.boolean().nullish(),
});

const stacktrace = z.looseObject({ frames: z.array(frame).nullish() }).nullish();

export const exceptionDataSchema = z.looseObject({
  values: z.array(z.looseObject({ stacktrace })).nullish(),
});

export const threadsDataSchema = z.looseObject({
  values: z
    .array(z.looseObject({ crashed: z.boolean().nullish(), current: z.boolean().nullish(), stacktrace }))
    .nullish(),
});

export type Frame = z.output<typeof frame>;
export type ExceptionData = z.output<typeof exceptionDataSchema>;
export type ThreadsData = z.output<typeof threadsDataSchema>;

// GET /organizations/{org}/events-timeseries/ (listOrganizationEventsTimeseries). Timestamps and each
// series' meta.interval are in milliseconds (the endpoint sends rollup × 1000). The top-level meta
// (dataset, start, end) is not read: the schema does not require it, and Sentry leaves it out when the
// request matches no project (EMPTY_STATS_RESPONSE is {"timeSeries": []}).
export const timeseriesSchema = z.looseObject({
  timeSeries: z.array(
    z.looseObject({
      yAxis: z.string(),
      values: z.array(
        z.looseObject({
          timestamp: z.number(),
          // A count of events in the bucket (errors are never sampled, so a whole number).
          value: countField(),
          incomplete: z.boolean().optional(),
        }),
      ),
      meta: z.looseObject({ interval: z.number().positive() }),
    }),
  ),
});

// GET /organizations/{org}/events/ with field=count() alone: one row, the total. None at all is read as
// zero (an answer for no project to count in).
export const totalCountSchema = z.looseObject({
  data: z.array(z.looseObject({ "count()": countField() })).max(1, "expected one row of totals at most"),
});

const transactionCount = { transaction: z.string(), "count()": countField() };

// The spans dataset grouped by transaction (field=transaction&field=count()): samples per name.
export const transactionCountsSchema = z.looseObject({ data: z.array(z.looseObject(transactionCount)) });

// The same with failure_count() and p95(span.duration) (milliseconds; null without samples).
export const transactionStatsSchema = z.looseObject({
  data: z.array(
    z
      .looseObject({
        ...transactionCount,
        "failure_count()": countField(),
        "p95(span.duration)": z.number().nonnegative().nullable(),
      })
      // Failures are some of the samples: more would make every rate above 1.
      .refine((row) => row["failure_count()"] <= row["count()"], {
        message: "failure_count() is above count()",
        path: ["failure_count()"],
      }),
  ),
});

// GET /organizations/{org}/sessions/ (retrieveReleaseHealthSessionStatistics) with
// field=sum(session), groupBy=release and groupBy=session.status, totals only (includeSeries=0).
export const sessionGroupsSchema = z.looseObject({
  groups: z.array(
    z.looseObject({
      by: z.looseObject({ release: z.string(), "session.status": z.string() }),
      totals: z.looseObject({ "sum(session)": countField() }),
    }),
  ),
});
