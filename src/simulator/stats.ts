// Event counts per time bucket, as Sentry's tsdb get_range returns them: [[bucketStartSeconds, count], …],
// buckets aligned to the rollup from the one holding `start` to the one holding `end`.
import { firstIndexAtOrAfter } from "./derived.js";
import type { SimEvent } from "./world.js";

export type Series = [number, number][];

const HOUR = 3600;
const DAY = 86_400;

/** `events` in time order (visibleEvents and its filters are): only those in the buckets are visited. */
export function eventSeries(
  events: readonly SimEvent[],
  start: Date,
  end: Date,
  rollupSeconds: number,
): Series {
  const rollup = Math.max(1, Math.floor(rollupSeconds));
  const first = Math.floor(start.getTime() / 1000 / rollup) * rollup;
  const last = Math.floor(end.getTime() / 1000 / rollup) * rollup;
  const series: Series = [];
  for (let t = first; t <= last; t += rollup) series.push([t, 0]);
  for (let i = firstIndexAtOrAfter(events, first * 1000); i < events.length; i++) {
    const seconds = (events[i] as SimEvent).at.getTime() / 1000;
    if (seconds >= last + rollup) break;
    const bucket = series[Math.floor((seconds - first) / rollup)];
    if (bucket) bucket[1] += 1;
  }
  return series;
}

/** `groupStatsPeriod` 24h and 14d: 24 hourly or 14 daily buckets ending now (GroupStatsMixin). */
export function periodSeries(events: readonly SimEvent[], period: "24h" | "14d" | "30d", now: Date): Series {
  const [segments, interval] = period === "24h" ? [24, HOUR] : period === "14d" ? [14, DAY] : [30, DAY];
  const start = new Date(now.getTime() - (segments - 1) * interval * 1000);
  return eventSeries(events, start, now, interval);
}

/**
 * `groupStatsPeriod=auto`: the request's start–end in about 30 buckets; the rollup rule is
 * GroupStatsMixin.get_stats (src/sentry/api/serializers/models/group_stream.py).
 */
export function autoRollupSeconds(start: Date, end: Date): number {
  const total = (end.getTime() - start.getTime()) / 1000;
  if (total < 24 * HOUR) return Math.max(Math.floor(total / 29), 1);
  for (const hours of [1, 2, 3, 6]) if (total < 29 * hours * HOUR) return hours * HOUR;
  if (total < 35 * 12 * HOUR) return 12 * HOUR;
  if (total < 29 * DAY) return DAY;
  return Math.round(total / (29 * DAY)) * DAY;
}
