// One event (EventSerializer) with its exception entry: frames caller first, crashing frame last.
import { iso } from "../http.js";
import { eventTag } from "../issue-search.js";
import type { ReleaseView } from "../releases.js";
import type { SimEvent, SimFrame, SimIssue, SimProject } from "../world.js";
import { serializeReleaseSummary } from "./release.js";

export interface EventContext {
  issue: SimIssue;
  project: SimProject;
  release: ReleaseView | null;
  previousEventID: string | null;
  nextEventID: string | null;
}

const TAG_KEYS = ["environment", "handled", "level", "mechanism", "release", "user"];

export function serializeEvent(event: SimEvent, ctx: EventContext) {
  const { issue } = ctx;
  const tags = [...new Set([...TAG_KEYS, ...Object.keys(event.tags)])]
    .map((key) => ({ key, value: eventTag(event, issue, key) }))
    .filter((tag): tag is { key: string; value: string } => tag.value !== undefined)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const innermost = event.frames ? [...event.frames].reverse().find((f) => f.inApp) : undefined;
  return {
    id: event.id,
    eventID: event.id,
    groupID: issue.id,
    projectID: ctx.project.id,
    message: "",
    title: issue.title,
    location: innermost?.filename ?? null,
    culprit: issue.culprit,
    user:
      event.user === null
        ? null
        : {
            id: event.user,
            email: null,
            username: null,
            ip_address: null,
            name: null,
            geo: null,
            data: null,
          },
    tags,
    platform: ctx.project.platform ?? "other",
    dateCreated: iso(event.at),
    dateReceived: iso(event.at),
    contexts: {},
    context: {},
    size: 2048,
    entries: issue.type === "error" ? [exceptionEntry(event, issue)] : [messageEntry(issue)],
    dist: null,
    sdk: { name: `sentry.${ctx.project.platform ?? "other"}`, version: "9.0.0" },
    packages: {},
    type: issue.type,
    metadata: issue.metadata,
    errors: [],
    occurrence: null,
    _meta: {},
    crashFile: null,
    fingerprints: ["{{ default }}"],
    groupingConfig: { id: "newstyle:2023-01-11", enhancements: "" },
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
