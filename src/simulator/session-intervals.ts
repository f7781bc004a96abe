// The time grid of the sessions endpoint: get_constrained_date_range in src/sentry/snuba/sessions_v2.py
// with the metrics-backed release health sentry.io runs (MetricsReleaseHealthBackend
// .sessions_query_config: ten-second resolution, no restriction on the range), aligned by to_intervals
// (src/sentry/snuba/metrics/utils.py). The older sessions-backed backend of some self-hosted Sentries
// differs: one-hour resolution unless the organization has minute-resolution-sessions, and with minute
// resolution at most 6 hours, within the last 30 days; the simulator does not simulate it.
import { badRequest } from "./http.js";
import { dateRange, statsPeriodMs } from "./params.js";

/** sessions_v2.MAX_POINTS. */
const MAX_INTERVALS = 1000;
const DAY_SECONDS = 86_400;
const SMALLEST_SECONDS = 10;

export interface SessionIntervals {
  /** The first interval's start: the requested start rounded down to the interval. */
  start: Date;
  /** The last interval's end: start plus whole intervals, covering the requested end. */
  end: Date;
  intervalSeconds: number;
  /** The intervals' starts (get_timestamps). */
  starts: Date[];
}

export function sessionIntervals(query: URLSearchParams, now: Date): SessionIntervals {
  // An interval parse_stats_period cannot read is one hour, as is none.
  const intervalMs = statsPeriodMs(query.get("interval") ?? "1h") ?? 3_600_000;
  const interval = Math.floor(intervalMs / 1000);
  if (interval % SMALLEST_SECONDS !== 0 || interval < SMALLEST_SECONDS) {
    throw badRequest("The interval has to be a multiple of the minimum interval of ten seconds.");
  }
  if (interval > DAY_SECONDS) throw badRequest("The interval has to be less than one day.");
  if (DAY_SECONDS % interval !== 0) {
    throw badRequest("The interval should divide one day without a remainder.");
  }
  const range = dateRange(query, now);
  // A start in the future becomes now.
  const startSeconds = Math.min(range.start.getTime(), now.getTime()) / 1000;
  const first = Math.floor(startSeconds / interval) * interval;
  const count = Math.ceil((range.end.getTime() / 1000 - first) / interval);
  if (count > MAX_INTERVALS) {
    throw badRequest(
      "Your interval and date range would create too many results. Use a larger interval, or a smaller date range.",
    );
  }
  return {
    start: new Date(first * 1000),
    end: new Date((first + count * interval) * 1000),
    intervalSeconds: interval,
    starts: Array.from({ length: Math.max(count, 0) }, (_, i) => new Date((first + i * interval) * 1000)),
  };
}

/** isoformat_z: whole seconds, "Z", e.g. "2024-01-29T07:30:00Z". */
export function isoformatZ(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
