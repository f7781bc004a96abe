// The error timeline over events-timeseries. Sentry puts its buckets on multiples of the interval
// since the epoch (discover.zerofill, Snuba's toStartOfInterval), not at the requested start; a
// timeline's buckets start at its own start, usually a deploy time. So we ask for buckets of
// gcd(interval, start's offset from that grid) seconds, which fit inside ours exactly, and add them up.
// When the start is on the grid that is one bucket per interval in one call; when it is not, the
// buckets may be as fine as a second, and a long range then takes a few calls of Sentry's maximum.
import { SentryError } from "../errors.js";
import type { TimelineBucket, TimelineQuery } from "../source.js";

/**
 * MAX_ROLLUP_POINTS (src/sentry/constants.py): beyond (end − start) / interval > 10,000 Sentry does not
 * refuse, it silently answers with its default interval (OrganizationEventsEndpointBase.get_rollup).
 */
export const MAX_SENTRY_POINTS = 10_000;
/** At most this many calls for one timeline (50,000 buckets: about 14 hours of 1-second buckets). */
export const MAX_TIMELINE_CALLS = 5;

export interface TimelinePlan {
  /** The `interval` to send: whole seconds, dividing the timeline's interval. */
  fetchSeconds: number;
  /** How many buckets the timeline has. */
  buckets: number;
  /** The ranges to ask for, one call each: consecutive, covering start to end, on the fetch grid. */
  calls: Array<{ start: Date; end: Date }>;
}

export function planTimeline(query: TimelineQuery): TimelinePlan {
  const { start, end, intervalSeconds } = query;
  if (!Number.isSafeInteger(intervalSeconds) || intervalSeconds <= 0) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a whole, positive number of seconds per bucket, not ${intervalSeconds}.`,
    );
  }
  const spanMs = end.getTime() - start.getTime();
  if (!(spanMs > 0)) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a start before its end (${start.toISOString()} → ${end.toISOString()}).`,
    );
  }
  const offset = mod(Math.floor(start.getTime() / 1000), intervalSeconds);
  const fetchSeconds = gcd(intervalSeconds, offset);
  const callMs = MAX_SENTRY_POINTS * fetchSeconds * 1000;
  const callCount = Math.ceil(spanMs / callMs);
  if (callCount > MAX_TIMELINE_CALLS) {
    const points = Math.ceil(spanMs / 1000 / fetchSeconds);
    const aligned =
      offset === 0
        ? ""
        : ` Its start is ${offset} s off Sentry's ${intervalSeconds} s grid, so it needs ${fetchSeconds} s buckets: start it on a multiple of the interval.`;
    throw new SentryError(
      "bad-request",
      `An error timeline from ${start.toISOString()} to ${end.toISOString()} needs ${points} of Sentry's buckets, more than the ${MAX_TIMELINE_CALLS * MAX_SENTRY_POINTS} it may ask for: use a larger interval or a shorter range.${aligned}`,
    );
  }
  const calls = Array.from({ length: callCount }, (_, index) => ({
    start: new Date(start.getTime() + index * callMs),
    end: new Date(Math.min(end.getTime(), start.getTime() + (index + 1) * callMs)),
  }));
  return { fetchSeconds, buckets: Math.ceil(spanMs / (intervalSeconds * 1000)), calls };
}

export interface SentryBucket {
  /** Epoch ms. */
  timestamp: number;
  value: number;
}

/**
 * Sentry's buckets summed into the timeline's. Sentry stores error timestamps to the second, so a
 * bucket is placed from the start's whole second; one starting at or after the end holds nothing
 * (Sentry's zerofill adds the bucket holding the end).
 */
export function sumIntoTimeline(
  query: TimelineQuery,
  plan: TimelinePlan,
  values: readonly SentryBucket[],
): TimelineBucket[] {
  const startMs = query.start.getTime();
  const intervalMs = query.intervalSeconds * 1000;
  const counts = new Array<number>(plan.buckets).fill(0);
  const fromMs = Math.floor(startMs / 1000) * 1000;
  for (const { timestamp, value } of values) {
    if (timestamp >= query.end.getTime() || timestamp + plan.fetchSeconds * 1000 <= fromMs) continue;
    const index = Math.min(plan.buckets - 1, Math.max(0, Math.floor((timestamp - fromMs) / intervalMs)));
    counts[index] = (counts[index] as number) + value;
  }
  return counts.map((events, index) => ({ start: new Date(startMs + index * intervalMs), events }));
}

function gcd(a: number, b: number): number {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
