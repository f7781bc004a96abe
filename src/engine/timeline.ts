// The chart's data: error events in the environment from a window's length before the deploy to the
// last poll, in ten buckets a window. One request per run, after the verdict: a failure costs the chart.
// The deploy falls inside a bucket (Sentry's buckets are fixed), which the chart labels "deploy".
import type { ProjectRef, SentrySource } from "../sentry/source.js";
import type { Timeline } from "./report.js";

const BUCKETS_PER_WINDOW = 10;
// Sentry's smallest interval for error series is not documented; a minute is what its UI uses for short ranges.
const MIN_INTERVAL_SECONDS = 60;

export async function errorTimeline(
  source: SentrySource,
  query: {
    projects: readonly ProjectRef[];
    environment: string | null;
    deployedAt: Date;
    windowMs: number;
    end: Date;
  },
  notes: string[],
): Promise<Timeline | null> {
  const intervalSeconds = Math.max(
    MIN_INTERVAL_SECONDS,
    Math.ceil(query.windowMs / 1000 / BUCKETS_PER_WINDOW),
  );
  // Sentry's buckets lie on multiples of the interval; starting on one keeps this to a single request.
  const intervalMs = intervalSeconds * 1000;
  const deployBucket = Math.floor(query.deployedAt.getTime() / intervalMs) * intervalMs;
  const start = new Date(deployBucket - BUCKETS_PER_WINDOW * intervalMs);
  try {
    const buckets = await source.errorTimeline({
      projects: query.projects,
      environment: query.environment,
      start,
      end: query.end,
      intervalSeconds,
    });
    return {
      intervalSeconds,
      buckets: buckets.map((b) => ({ start: b.start.toISOString(), events: b.events })),
    };
  } catch (error) {
    notes.push(
      `Could not chart the error events around the deploy: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}
