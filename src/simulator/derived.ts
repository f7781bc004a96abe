// What Sentry derives from the recorded events and resolutions, computed for a given "now":
// which events it has processed, regressions (as event_manager._handle_regression does), status and
// substatus (as the auto-ongoing task moves them after 7 days), the group's and each environment's
// first seen and first release (Group, GroupEnvironment, GroupRelease), and the activity log.
import type { SimEvent, SimIssue, SimResolution } from "./world.js";

const DAY_MS = 86_400_000;
/** src/sentry/issues/ongoing.py TRANSITION_AFTER_DAYS: new and regressed become ongoing after 7 days. */
const TRANSITION_AFTER_MS = 7 * DAY_MS;

export type Status = "resolved" | "unresolved" | "ignored";
export type Substatus = "archived_forever" | "regressed" | "ongoing" | "new" | null;

export interface Regression {
  /** When Sentry processed the regressing event: GroupHistory's date and the activity's dateCreated. */
  at: Date;
  /** The regressing event's release: GroupHistory.release, the activity's data.version. */
  release: string | null;
  eventId: string;
  /** The release of the "resolved in release" resolution the regression ended; null for a plain one. */
  resolvedInVersion: string | null;
}

export interface IssueState {
  status: Status;
  substatus: Substatus;
  /** Resolutions that changed the status (a second resolve of a resolved issue changes nothing). */
  resolutions: SimResolution[];
  regressions: Regression[];
  /** While resolved in a release, that release: statusDetails.inRelease. */
  resolvedInRelease: string | null;
}

/**
 * Where a release stands in date order (GroupResolution's release_order_date: date released, else date
 * created), in ms; null for a release Sentry does not know.
 */
export type ReleaseOrder = (version: string) => number | null;

/**
 * The issue's events Sentry has processed by `now`, in timestamp order. Empty: the issue does not
 * exist yet. Only the events within the longest processing delay of now need a look of their own.
 */
export function visibleEvents(issue: SimIssue, now: Date): readonly SimEvent[] {
  const events = issue.events;
  const nowMs = now.getTime();
  // getTime rather than comparing Dates: this runs over every event on every request.
  let lateness = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as SimEvent;
    const at = event.at.getTime();
    if (i > 0 && (events[i - 1] as SimEvent).at.getTime() > at) {
      // A test pushed an event out of order; Sentry orders by time whatever the arrival order.
      events.sort((a, b) => a.at.getTime() - b.at.getTime());
      return visibleEvents(issue, now);
    }
    lateness = Math.max(lateness, event.processedAt.getTime() - at);
  }
  const end = firstIndexAfter(events, nowMs);
  let visible: SimEvent[] | null = null;
  for (let i = lateness === 0 ? end : firstIndexAfter(events, nowMs - lateness); i < end; i++) {
    const event = events[i] as SimEvent;
    if (event.processedAt.getTime() <= nowMs) visible?.push(event);
    else visible ??= events.slice(0, i);
  }
  return visible ?? (end === events.length ? events : events.slice(0, end));
}

/**
 * The events at or after `startMs` and before `endMs` (Snuba's start-inclusive, end-exclusive range),
 * found by binary search: `events` must be in time order, as visibleEvents and its filters are.
 */
export function eventsBetween(
  events: readonly SimEvent[],
  startMs: number,
  endMs: number,
): readonly SimEvent[] {
  const from = firstIndexAtOrAfter(events, startMs);
  const to = firstIndexAtOrAfter(events, endMs);
  return from === 0 && to === events.length ? events : events.slice(from, Math.max(from, to));
}

/** Index of the first event at or after `ms`. */
export function firstIndexAtOrAfter(events: readonly SimEvent[], ms: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid] as SimEvent).at.getTime() < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first event strictly after `ms`. */
function firstIndexAfter(events: readonly SimEvent[], ms: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid] as SimEvent).at.getTime() <= ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The event Sentry processed first, which created the group (ties: the earlier timestamp). */
export function firstProcessed(events: readonly SimEvent[]): SimEvent | undefined {
  let first = events[0];
  for (const event of events) {
    if (event.processedAt.getTime() < (first as SimEvent).processedAt.getTime()) first = event;
  }
  return first;
}

/** Group.first_release: the release of the event that created the group, null if it had none. */
export function groupFirstRelease(events: readonly SimEvent[]): string | null {
  return firstProcessed(events)?.release ?? null;
}

/**
 * One GroupEnvironment row per environment (of `environments` only, when given): the first event
 * processed there. Its first_seen is that event's processing time (the row's creation), its
 * first_release that event's release; neither is updated later.
 */
export function groupEnvironments(
  events: readonly SimEvent[],
  environments: ReadonlySet<string> | null,
): SimEvent[] {
  const firsts = new Map<string, SimEvent>();
  for (const event of events) {
    if (environments && !environments.has(event.environment)) continue;
    const first = firsts.get(event.environment);
    if (!first || event.processedAt.getTime() < first.processedAt.getTime())
      firsts.set(event.environment, event);
  }
  return [...firsts.values()];
}

/**
 * The issue detail's firstRelease and lastRelease (Group.get_first_release, get_last_release): the
 * group's first release, else the release of its earliest GroupRelease row; the last is the release
 * of the row seen last. A GroupRelease row (group, release, environment) takes first_seen from the
 * first event processed for it and last_seen from its latest timestamp (Sentry moves last_seen only
 * when an event is a minute later, which is not modelled).
 */
export function detailReleases(events: readonly SimEvent[]): { first: string | null; last: string | null } {
  let earliest: { at: number; release: string } | null = null;
  const rows = new Map<string, SimEvent>();
  for (const event of events) {
    if (event.release === null) continue;
    const key = `${event.release}\u0000${event.environment}`;
    const row = rows.get(key);
    if (!row || event.processedAt.getTime() < row.processedAt.getTime()) rows.set(key, event);
  }
  for (const row of rows.values()) {
    if (!earliest || row.at.getTime() < earliest.at)
      earliest = { at: row.at.getTime(), release: row.release as string };
  }
  const last = events.findLast((event) => event.release !== null)?.release ?? null;
  return { first: groupFirstRelease(events) ?? earliest?.release ?? null, last };
}

/**
 * Status at `now` from the processed events, taken in processing order. Each event processed while
 * the issue is resolved regresses it unless the resolution holds for the event's release
 * (resolutionHolds). Not modelled: pending commit resolutions (has_pending_commit_resolution), auto
 * resolution by age (Group.is_over_resolve_age), "resolved in next release", and the 5-second race
 * window of the regression's update. Archived issues never regress.
 */
export function issueState(
  issue: SimIssue,
  events: readonly SimEvent[],
  now: Date,
  order: ReleaseOrder,
): IssueState {
  const first = events[0];
  if (!first) throw new Error(`Issue ${issue.shortId} has no event yet, so it does not exist`);
  if (issue.ignored) {
    return {
      status: "ignored",
      substatus: "archived_forever",
      resolutions: [],
      regressions: [],
      resolvedInRelease: null,
    };
  }
  const resolutions: SimResolution[] = [];
  const regressions: Regression[] = [];
  let resolved: SimResolution | null = null;
  if (issue.resolvedAt.length > 0) {
    const created = (firstProcessed(events) as SimEvent).processedAt.getTime();
    const processed = byProcessing(events);
    let next = 0;
    const processUntil = (ms: number) => {
      for (; next < processed.length; next++) {
        const event = processed[next] as SimEvent;
        if (event.processedAt.getTime() > ms) return;
        if (!resolved || resolutionHolds(resolved, event.release, order)) continue;
        regressions.push({
          at: event.processedAt,
          release: event.release,
          eventId: event.id,
          resolvedInVersion: resolved.inRelease,
        });
        resolved = null;
      }
    };
    for (const resolution of issue.resolvedAt) {
      const at = resolution.at.getTime();
      // A resolution still to come did not happen, nor did one before the issue existed.
      if (at > now.getTime()) break;
      if (at < created) continue;
      processUntil(at);
      if (resolved) continue;
      resolutions.push(resolution);
      resolved = resolution;
    }
    processUntil(now.getTime());
  }
  const current = resolved as SimResolution | null;
  if (current) {
    return {
      status: "resolved",
      substatus: null,
      resolutions,
      regressions,
      resolvedInRelease: current.inRelease,
    };
  }
  const lastRegression = regressions.at(-1);
  const since = lastRegression ? lastRegression.at : first.at;
  const fresh = now.getTime() - since.getTime() < TRANSITION_AFTER_MS;
  const substatus = fresh ? (lastRegression ? "regressed" : "new") : "ongoing";
  return { status: "unresolved", substatus, resolutions, regressions, resolvedInRelease: null };
}

/** The events in processing order (ties: timestamp order); usually already so. */
function byProcessing(events: readonly SimEvent[]): readonly SimEvent[] {
  for (let i = 1; i < events.length; i++) {
    if ((events[i - 1] as SimEvent).processedAt.getTime() > (events[i] as SimEvent).processedAt.getTime()) {
      return [...events].sort((a, b) => a.processedAt.getTime() - b.processedAt.getTime());
    }
  }
  return events;
}

/**
 * GroupResolution.has_resolution (src/sentry/models/groupresolution.py): a plain resolution has no
 * GroupResolution row, so any event regresses the issue. Resolved in release V: an event without a
 * release never regresses it, an event of V itself does, and another release regresses it only when
 * it comes after V in date order. Sentry compares semver versions instead when the project's releases
 * follow semver; the simulator always orders by date.
 */
function resolutionHolds(resolution: SimResolution, release: string | null, order: ReleaseOrder): boolean {
  if (resolution.inRelease === null) return false;
  if (release === null) return true;
  if (release === resolution.inRelease) return false;
  const resolvedIn = order(resolution.inRelease);
  if (resolvedIn === null)
    throw new Error(`Resolved in release ${resolution.inRelease}, which Sentry does not know`);
  // The event's release exists: Sentry created it on ingestion if no one had.
  return resolvedIn >= (order(release) as number);
}

export interface ActivityEntry {
  id: string;
  type: "first_seen" | "set_resolved" | "set_resolved_in_release" | "set_regression" | "auto_set_ongoing";
  dateCreated: Date;
  data: Record<string, unknown>;
}

/** The activity log, newest first with the synthetic first_seen entry (id "0") last, as Sentry lists it. */
export function issueActivity(
  issue: SimIssue,
  events: readonly SimEvent[],
  now: Date,
  order: ReleaseOrder,
): ActivityEntry[] {
  const state = issueState(issue, events, now, order);
  const first = events[0] as SimEvent;
  const entries: Omit<ActivityEntry, "id">[] = [];
  for (const { at, inRelease } of state.resolutions) {
    entries.push(
      inRelease === null
        ? { type: "set_resolved", dateCreated: at, data: {} }
        : { type: "set_resolved_in_release", dateCreated: at, data: { version: inRelease } },
    );
  }
  for (const r of state.regressions) {
    // Ending a "resolved in release" resolution adds how the releases were compared (by date here).
    const compared =
      r.resolvedInVersion === null ? {} : { follows_semver: false, resolved_in_version: r.resolvedInVersion };
    entries.push({
      type: "set_regression",
      dateCreated: r.at,
      data: { event_id: r.eventId, version: r.release ?? "", ...compared },
    });
  }
  // New and regressed issues become ongoing after 7 days unless something changed their status before.
  const changes = [
    first.at,
    ...state.resolutions.map((r) => r.at),
    ...state.regressions.map((r) => r.at),
  ].sort((a, b) => a.getTime() - b.getTime());
  const becameUnresolved = [first.at, ...state.regressions.map((r) => r.at)];
  for (const start of becameUnresolved) {
    const ongoingAt = new Date(start.getTime() + TRANSITION_AFTER_MS);
    const interrupted = changes.some((c) => c > start && c <= ongoingAt);
    // When an archived issue was archived is not recorded, so it gets no transitions at all.
    if (!issue.ignored && !interrupted && ongoingAt <= now) {
      entries.push({ type: "auto_set_ongoing", dateCreated: ongoingAt, data: { after_days: 7 } });
    }
  }
  entries.sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
  const numbered = entries.map((entry, index) => ({
    id: `${issue.id}${String(entries.length - index).padStart(3, "0")}`,
    ...entry,
  }));
  return [...numbered, { id: "0", type: "first_seen", dateCreated: first.at, data: {} }];
}
