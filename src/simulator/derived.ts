// What Sentry derives from the recorded events and resolutions, computed for a given "now":
// regressions (as event_manager._handle_regression does), status and substatus (as the
// auto-ongoing task moves them after 7 days), first seen and first release per environment
// (GroupEnvironment), and the activity log.
import type { SimEvent, SimIssue } from "./world.js";

const DAY_MS = 86_400_000;
/** src/sentry/issues/ongoing.py TRANSITION_AFTER_DAYS: new and regressed become ongoing after 7 days. */
const TRANSITION_AFTER_MS = 7 * DAY_MS;

export type Status = "resolved" | "unresolved" | "ignored";
export type Substatus = "archived_forever" | "regressed" | "ongoing" | "new" | null;

export interface Regression {
  at: Date;
  /** The regressing event's release: GroupHistory.release, the activity's data.version. */
  release: string | null;
  eventId: string;
}

export interface IssueState {
  status: Status;
  substatus: Substatus;
  /** Resolutions that changed the status (a second resolve of a resolved issue changes nothing). */
  resolutions: Date[];
  regressions: Regression[];
}

/** The issue's events that exist at `now`, oldest first. Empty: the issue does not exist yet. */
export function visibleEvents(issue: SimIssue, now: Date): readonly SimEvent[] {
  const events = issue.events;
  // getTime rather than comparing Dates: this check runs over every event on every request.
  for (let i = 1; i < events.length; i++) {
    if ((events[i - 1] as SimEvent).at.getTime() > (events[i] as SimEvent).at.getTime()) {
      // A test pushed an event out of order; Sentry orders by time whatever the arrival order.
      events.sort((a, b) => a.at.getTime() - b.at.getTime());
      break;
    }
  }
  const end = firstIndexAfter(events, now.getTime());
  return end === events.length ? events : events.slice(0, end);
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

/**
 * Status at `now` from the visible events. After each resolution, the first later event regresses the
 * issue (plain resolutions: any release regresses it). Archived issues never regress.
 */
export function issueState(issue: SimIssue, events: readonly SimEvent[], now: Date): IssueState {
  const first = events[0];
  if (!first) throw new Error(`Issue ${issue.shortId} has no event yet, so it does not exist`);
  if (issue.ignored)
    return { status: "ignored", substatus: "archived_forever", resolutions: [], regressions: [] };
  const resolutions: Date[] = [];
  const regressions: Regression[] = [];
  let resolvedSince: Date | null = null;
  const regressAfter = (since: Date, until: number) => {
    const event = events[firstIndexAfter(events, since.getTime())];
    if (!event || event.at.getTime() > until) return false;
    regressions.push({ at: event.at, release: event.release, eventId: event.id });
    return true;
  };
  for (const resolution of issue.resolvedAt) {
    // A resolution before the issue existed, or one still in the future, did not happen.
    if (resolution < first.at || resolution > now) continue;
    if (resolvedSince && !regressAfter(resolvedSince, resolution.getTime())) continue;
    resolutions.push(resolution);
    resolvedSince = resolution;
  }
  if (resolvedSince && !regressAfter(resolvedSince, now.getTime())) {
    return { status: "resolved", substatus: null, resolutions, regressions };
  }
  const lastRegression = regressions.at(-1);
  const since = lastRegression ? lastRegression.at : first.at;
  const fresh = now.getTime() - since.getTime() < TRANSITION_AFTER_MS;
  const substatus = fresh ? (lastRegression ? "regressed" : "new") : "ongoing";
  return { status: "unresolved", substatus, resolutions, regressions };
}

/** First event of each environment: one GroupEnvironment row each. */
export function firstEventPerEnvironment(events: readonly SimEvent[]): Map<string, SimEvent> {
  const firsts = new Map<string, SimEvent>();
  for (const event of events) if (!firsts.has(event.environment)) firsts.set(event.environment, event);
  return firsts;
}

export interface ActivityEntry {
  id: string;
  type: "first_seen" | "set_resolved" | "set_regression" | "auto_set_ongoing";
  dateCreated: Date;
  data: Record<string, unknown>;
}

/** The activity log, newest first with the synthetic first_seen entry (id "0") last, as Sentry lists it. */
export function issueActivity(issue: SimIssue, events: readonly SimEvent[], now: Date): ActivityEntry[] {
  const state = issueState(issue, events, now);
  const first = events[0] as SimEvent;
  const entries: Omit<ActivityEntry, "id">[] = [];
  for (const at of state.resolutions) entries.push({ type: "set_resolved", dateCreated: at, data: {} });
  for (const r of state.regressions) {
    entries.push({
      type: "set_regression",
      dateCreated: r.at,
      data: { event_id: r.eventId, version: r.release ?? "" },
    });
  }
  // New and regressed issues become ongoing after 7 days unless something changed their status before.
  const changes = [first.at, ...state.resolutions, ...state.regressions.map((r) => r.at)].sort(
    (a, b) => a.getTime() - b.getTime(),
  );
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
