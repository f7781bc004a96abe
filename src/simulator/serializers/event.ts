// Events as Sentry's serializers give them: SimpleEventSerializer (the issue's event list),
// EventSerializer (that list with full=true), and the issue event endpoint's IssueEventSerializer,
// which adds the release, user report, SDK updates and neighbours. Exception frames are caller first,
// crashing frame last.
import { iso } from "../http.js";
import { eventTag } from "../issue-search.js";
import type { ReleaseView } from "../releases.js";
import type { SimEvent, SimFrame, SimIssue, SimProject } from "../world.js";
import { serializeReleaseSummary } from "./release.js";

export interface EventContext {
  issue: SimIssue;
  project: SimProject;
}

export interface IssueEventContext extends EventContext {
  release: ReleaseView | null;
  previousEventID: string | null;
  nextEventID: string | null;
}

const TAG_KEYS = ["environment", "handled", "level", "mechanism", "release", "user"];

function eventTags(event: SimEvent, issue: SimIssue) {
  return [...new Set([...TAG_KEYS, ...Object.keys(event.tags)])]
    .map((key) => ({ key, value: eventTag(event, issue, key) }))
    .filter((tag): tag is { key: string; value: string } => tag.value !== undefined)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function eventUser(event: SimEvent) {
  if (event.user === null) return null;
  return { id: event.user, email: null, username: null, ip_address: null, name: null, geo: null, data: null };
}

function location(event: SimEvent): string | null {
  const innermost = event.frames ? [...event.frames].reverse().find((f) => f.inApp) : undefined;
  return innermost?.filename ?? null;
}

/** What the outline and the whole event both say. */
function eventBasics(event: SimEvent, { issue, project }: EventContext) {
  return {
    id: event.id,
    eventID: event.id,
    groupID: issue.id,
    projectID: project.id,
    message: "",
    title: issue.title,
    location: location(event),
    culprit: issue.culprit,
    user: eventUser(event),
    platform: project.platform ?? "other",
    dateCreated: iso(event.at),
  };
}

/** SimpleEventSerializer: an outline of the event, as the issue's event list gives it by default. */
export function serializeSimpleEvent(event: SimEvent, context: EventContext) {
  const { issue } = context;
  return {
    ...eventBasics(event, context),
    "event.type": issue.type,
    // convert_user_tag_to_query: the user tag comes with the search that finds that user.
    tags: eventTags(event, issue).map((tag) =>
      tag.key === "user" && event.user !== null
        ? { ...tag, query: `user.id:"${event.user.replaceAll('"', '\\"')}"` }
        : tag,
    ),
    crashFile: null,
    metadata: issue.metadata,
  };
}

/**
 * EventSerializer: the whole event. A performance issue's event is a transaction, whose spans, start
 * and end and the occurrence's evidence are not simulated (no entries, occurrence null).
 */
export function serializeFullEvent(event: SimEvent, context: EventContext) {
  const { issue, project } = context;
  return {
    ...eventBasics(event, context),
    tags: eventTags(event, issue),
    // The simulator's processing delay is time after receipt, so Relay received the event at its timestamp.
    dateReceived: iso(event.at),
    contexts: {},
    context: {},
    size: 2048,
    entries:
      issue.type === "transaction"
        ? []
        : issue.type === "error"
          ? [exceptionEntry(event, issue)]
          : [messageEntry(issue)],
    dist: null,
    sdk: { name: `sentry.${project.platform ?? "other"}`, version: "9.0.0" },
    packages: {},
    type: issue.type,
    metadata: issue.metadata,
    errors: [],
    occurrence: null,
    _meta: {},
    crashFile: null,
    fingerprints: ["{{ default }}"],
    groupingConfig: { id: "newstyle:2023-01-11", enhancements: "" },
  };
}

/** The issue event endpoint's event (IssueEventSerializer plus the neighbours group_event_details.py adds). */
export function serializeEvent(event: SimEvent, ctx: IssueEventContext) {
  return {
    ...serializeFullEvent(event, ctx),
    release: ctx.release ? serializeReleaseSummary(ctx.release) : null,
    userReport: null,
    sdkUpdates: [],
    resolvedWith: [],
    nextEventID: ctx.nextEventID,
    previousEventID: ctx.previousEventID,
  };
}

function exceptionEntry(event: SimEvent, issue: SimIssue) {
  const frames = event.frames;
  const hasSystemFrames = frames ? frames.some((f) => !f.inApp) : false;
  const metadata = issue.metadata as { type?: unknown; value?: unknown };
  return {
    type: "exception",
    data: {
      values: [
        {
          type: typeof metadata.type === "string" ? metadata.type : "Error",
          value: typeof metadata.value === "string" ? metadata.value : issue.title,
          module: null,
          mechanism: { type: "generic", handled: event.handled },
          threadId: null,
          stacktrace: frames
            ? { frames: frames.map(serializeFrame), framesOmitted: null, registers: null, hasSystemFrames }
            : null,
          rawStacktrace: null,
        },
      ],
      excOmitted: null,
      hasSystemFrames,
    },
  };
}

function messageEntry(issue: SimIssue) {
  return { type: "message", data: { formatted: issue.title, message: null, params: null } };
}

function serializeFrame(frame: SimFrame) {
  return {
    filename: frame.filename,
    absPath: frame.absPath,
    module: frame.module,
    package: null,
    platform: null,
    instructionAddr: null,
    symbolAddr: null,
    function: frame.function,
    rawFunction: null,
    symbol: null,
    context: [],
    lineNo: frame.lineNo,
    colNo: frame.colNo,
    inApp: frame.inApp,
    trust: null,
    errors: null,
    lock: null,
    sourceLink: null,
    vars: null,
  };
}
