// The simulated Sentry organisation: what was recorded, never what Sentry derives from it. Issue
// status, regressions, first releases and counts are computed from this at request time (derived.ts),
// so a test that adds an event or moves the clock sees Sentry's derived state follow.
import { parseDurationMs, resolveTime, type TimeInput } from "./relative-time.js";
import type { SimSession, SimTransaction } from "./traffic.js";

export type Level = "fatal" | "error" | "warning" | "info" | "debug" | "sample";

export interface SimOrg {
  id: string;
  slug: string;
  name: string;
  dateCreated: Date;
  /** What `links.regionUrl` says; by default the simulator's own URL, as on a self-hosted Sentry. */
  regionUrl: string | null;
}

export interface SimProject {
  id: string;
  slug: string;
  name: string;
  platform: string | null;
  dateCreated: Date;
}

export interface SimDeploy {
  id: string;
  environment: string;
  /** Project slugs: one ReleaseProjectEnvironment row each, whose last_deploy_id this deploy becomes. */
  projects: string[];
  dateStarted: Date | null;
  /** A deploy record exists from this time on (sentry-cli creates it when the deploy finishes). */
  dateFinished: Date;
  name: string | null;
  url: string | null;
}

export interface SimRelease {
  id: number;
  version: string;
  /** The release exists from this time on. */
  dateCreated: Date;
  dateReleased: Date | null;
  /** Project slugs the release was created for; projects with events of it are added at read time. */
  projects: string[];
  deploys: SimDeploy[];
}

export interface SimFrame {
  filename: string;
  absPath: string;
  module: string | null;
  function: string | null;
  lineNo: number | null;
  colNo: number | null;
  inApp: boolean;
}

export interface SimEvent {
  id: string;
  /** The event's timestamp: what ranges, counts and Snuba aggregates go by. */
  at: Date;
  /** When Sentry processed it (never before `at`): the event exists for every endpoint from then on. */
  processedAt: Date;
  environment: string;
  release: string | null;
  user: string | null;
  tags: Record<string, string>;
  /** Caller first, crashing frame last, as Sentry orders them; null: an exception without a stack trace. */
  frames: readonly SimFrame[] | null;
  handled: boolean;
}

/** Issue categories the simulator knows; Sentry has more (cron, uptime, feedback…). */
export type IssueCategory = "error" | "performance";

/** A person resolved the issue at `at`; with `inRelease`, "resolved in release" (GroupResolution type in_release). */
export interface SimResolution {
  at: Date;
  inRelease: string | null;
}

export interface SimIssue {
  id: string;
  shortId: string;
  /** Project slug. */
  project: string;
  title: string;
  culprit: string | null;
  level: Level;
  /** The type of its events, as the serializers' `type`: a performance issue's are transactions. */
  type: "error" | "default" | "transaction";
  category: IssueCategory;
  /** The group type's slug, as `issueType` and `issue.type:` give it. */
  issueType: string;
  metadata: Record<string, unknown>;
  /** Each time a person resolved the issue, in time order; a resolution exists from its time on. */
  resolvedAt: SimResolution[];
  /** Archived forever: never regresses, status ignored. */
  ignored: boolean;
  /** Kept sorted by time; direct pushes are re-sorted when read. */
  events: SimEvent[];
}

export interface World {
  org: SimOrg;
  projects: SimProject[];
  releases: SimRelease[];
  issues: SimIssue[];
  /** Sampled transactions, in no particular order (traffic.ts). */
  transactions: SimTransaction[];
  /** Release-health sessions, in no particular order (traffic.ts). */
  sessions: SimSession[];
  /** Named instants that relative times refer to ("deploy - 2d"). */
  anchors: Record<string, Date>;
  /** Source of generated IDs, so that IDs are stable for a given sequence of additions. */
  serial: number;
  /** How long after its timestamp Sentry processes an event, transaction or session, unless told. */
  processingDelayMs: number;
}

export interface WorldOptions {
  org?: string | (Partial<Omit<SimOrg, "dateCreated">> & { slug: string; dateCreated?: TimeInput });
  anchors?: Record<string, Date>;
  /** A duration ("20s") or milliseconds; default 0. Sentry processes events seconds to minutes late. */
  processingDelay?: string | number;
}

export function createWorld(options: WorldOptions = {}): World {
  const anchors = { ...(options.anchors ?? {}) };
  const org =
    typeof options.org === "string" || options.org === undefined
      ? { slug: options.org ?? "acme" }
      : options.org;
  const epoch = anchors.now ?? new Date();
  return {
    org: {
      id: org.id ?? "1",
      slug: org.slug,
      name: org.name ?? titleCase(org.slug),
      dateCreated: org.dateCreated
        ? resolveTime(org.dateCreated, anchors)
        : new Date(epoch.getTime() - 365 * 86_400_000),
      regionUrl: org.regionUrl ?? null,
    },
    projects: [],
    releases: [],
    issues: [],
    transactions: [],
    sessions: [],
    anchors,
    serial: 0,
    processingDelayMs: delayMs(options.processingDelay ?? 0),
  };
}

function delayMs(delay: string | number): number {
  const ms = typeof delay === "number" ? delay : parseDurationMs(delay);
  if (!(Number.isFinite(ms) && ms >= 0)) throw new Error(`processingDelay must be 0 or more, got ${delay}`);
  return ms;
}

export interface ProjectInput {
  slug: string;
  id?: string | number;
  name?: string;
  platform?: string | null;
}

// Sentry's project IDs have been 16 digits for years; clients must treat them as strings.
const PROJECT_ID_BASE = 4_509_000_000_000_000;

export function addProject(world: World, input: ProjectInput): SimProject {
  if (world.projects.some((p) => p.slug === input.slug))
    throw new Error(`Project ${input.slug} already exists`);
  const project: SimProject = {
    id: String(input.id ?? PROJECT_ID_BASE + world.projects.length + 1),
    slug: input.slug,
    name: input.name ?? input.slug,
    platform: input.platform === undefined ? "javascript" : input.platform,
    dateCreated: world.org.dateCreated,
  };
  world.projects.push(project);
  return project;
}

export interface DeployInput {
  environment: string;
  /** Project slugs, all among the release's; default: the release's projects. */
  projects?: string[];
  finished: TimeInput;
  started?: TimeInput | null;
  name?: string | null;
  url?: string | null;
}

export interface ReleaseInput {
  version: string;
  created: TimeInput;
  released?: TimeInput | null;
  /** Project slugs; default: every project. */
  projects?: string[];
  deploys?: DeployInput[];
}

export function addRelease(world: World, input: ReleaseInput): SimRelease {
  if (world.releases.some((r) => r.version === input.version))
    throw new Error(`Release ${input.version} already exists`);
  const release: SimRelease = {
    id: 1000 + world.releases.length + 1,
    version: input.version,
    dateCreated: resolveTime(input.created, world.anchors),
    dateReleased: input.released ? resolveTime(input.released, world.anchors) : null,
    projects: input.projects ?? world.projects.map((p) => p.slug),
    deploys: [],
  };
  world.releases.push(release);
  for (const deploy of input.deploys ?? []) addDeploy(world, release.version, deploy);
  return release;
}

export function addDeploy(world: World, version: string, input: DeployInput): SimDeploy {
  const release = world.releases.find((r) => r.version === version);
  if (!release) throw new Error(`Unknown release ${version}`);
  const projects = input.projects ?? release.projects;
  // release_deploys.py refuses projects the release does not have.
  const invalid = projects.filter((slug) => !release.projects.includes(slug));
  if (invalid.length > 0) throw new Error(`Invalid projects (${invalid.join(", ")}) for release ${version}`);
  const deploy: SimDeploy = {
    id: String(nextSerial(world)),
    environment: input.environment,
    projects: [...projects],
    dateStarted: input.started ? resolveTime(input.started, world.anchors) : null,
    dateFinished: resolveTime(input.finished, world.anchors),
    name: input.name ?? null,
    url: input.url ?? null,
  };
  release.deploys.push(deploy);
  return deploy;
}

export interface FrameInput {
  filename: string;
  lineNo?: number | null;
  function?: string | null;
  inApp?: boolean;
  absPath?: string;
  colNo?: number | null;
  module?: string | null;
}

export interface EventInput {
  at: TimeInput;
  /** When Sentry processed it; default: `at` plus the world's processing delay; never before `at`. */
  processedAt?: TimeInput;
  environment?: string;
  release?: string | null;
  user?: string | null;
  tags?: Record<string, string>;
  /** Default: the issue's frames. null: an exception without a stack trace. */
  frames?: FrameInput[] | null;
  handled?: boolean;
  id?: string;
}

/** "Resolved in release V" at a time. */
export interface ResolutionInput {
  at: TimeInput;
  inRelease: string;
}

export interface IssueInput {
  title: string;
  /** Project slug; default: the first project. */
  project?: string;
  id?: string | number;
  shortId?: string;
  culprit?: string | null;
  /** Default: error, or info for a performance issue (performance detection's occurrences are info). */
  level?: Level;
  /** The events' type for an error issue; a performance issue's events are transactions. */
  type?: "error" | "default";
  /** Default: error. */
  category?: IssueCategory;
  /** Default: error, or performance_n_plus_one_db_queries for a performance issue. */
  issueType?: string;
  metadata?: Record<string, unknown>;
  /** Plain resolutions (a time) or resolutions in a release. */
  resolvedAt?: (TimeInput | ResolutionInput)[];
  ignored?: boolean;
  /** Frames of its events that give none; default: a library frame calling an app frame. null: none. */
  frames?: FrameInput[] | null;
  events?: EventInput[];
}

const ISSUE_ID_BASE = 6_000_000_000;

export function addIssue(world: World, input: IssueInput): SimIssue {
  const projectSlug = input.project ?? world.projects[0]?.slug;
  const project = world.projects.find((p) => p.slug === projectSlug);
  if (!project) throw new Error(`Unknown project ${String(projectSlug)}: add it before its issues`);
  const number = nextShortIdNumber(world, project.slug);
  const category = input.category ?? "error";
  const performance = category === "performance";
  // A performance issue's events are transactions: no exception, so no frames unless given.
  const frames =
    input.frames === undefined
      ? performance
        ? null
        : defaultFrames(project.slug, number)
      : input.frames === null
        ? null
        : input.frames.map(toFrame);
  const type = performance ? "transaction" : (input.type ?? "error");
  const issue: SimIssue = {
    id: String(input.id ?? ISSUE_ID_BASE + world.issues.length + 1),
    shortId: input.shortId ?? `${project.slug.toUpperCase()}-${base32(number)}`,
    project: project.slug,
    title: input.title,
    culprit: input.culprit === undefined ? culpritOf(frames) : input.culprit,
    level: input.level ?? (performance ? "info" : "error"),
    type,
    category,
    issueType: input.issueType ?? (performance ? "performance_n_plus_one_db_queries" : "error"),
    metadata: input.metadata ?? metadataOf(input.title, type, frames),
    resolvedAt: (input.resolvedAt ?? [])
      .map((r) => toResolution(r, world.anchors))
      .sort((a, b) => a.at.getTime() - b.at.getTime()),
    ignored: input.ignored ?? false,
    events: [],
  };
  world.issues.push(issue);
  issueFrames.set(issue, frames);
  for (const event of input.events ?? []) appendEvent(world, issue, event);
  return issue;
}

// Per world and project, the number the next short ID takes; counted once from the existing issues,
// so that building 10,000 issues stays linear.
const shortIdNumbers = new WeakMap<World, Map<string, number>>();

function nextShortIdNumber(world: World, projectSlug: string): number {
  let numbers = shortIdNumbers.get(world);
  if (!numbers) {
    numbers = new Map();
    for (const issue of world.issues) numbers.set(issue.project, (numbers.get(issue.project) ?? 0) + 1);
    shortIdNumbers.set(world, numbers);
  }
  const number = (numbers.get(projectSlug) ?? 0) + 1;
  numbers.set(projectSlug, number);
  return number;
}

// The frames an issue's events default to; kept beside the world rather than in it, since Sentry has
// no such per-issue field.
const issueFrames = new WeakMap<SimIssue, readonly SimFrame[] | null>();

/** Adds an event to an issue given by numeric ID or short ID, keeping the events in time order. */
export function addEvent(world: World, issueRef: string, input: EventInput): SimEvent {
  const issue = findIssue(world, issueRef);
  if (!issue) throw new Error(`Unknown issue ${issueRef}`);
  return appendEvent(world, issue, input);
}

function appendEvent(world: World, issue: SimIssue, input: EventInput): SimEvent {
  const at = resolveTime(input.at, world.anchors);
  const processedMs = input.processedAt
    ? resolveTime(input.processedAt, world.anchors).getTime()
    : at.getTime() + world.processingDelayMs;
  const event: SimEvent = {
    id: input.id ?? eventId(nextSerial(world)),
    at,
    // Sentry moves a timestamp from the future back to when it received the event, so an event is
    // never processed before its timestamp.
    processedAt: new Date(Math.max(processedMs, at.getTime())),
    environment: input.environment ?? "production",
    release: input.release ?? null,
    user: input.user ?? null,
    tags: input.tags ?? {},
    frames:
      input.frames === undefined
        ? (issueFrames.get(issue) ?? null)
        : input.frames === null
          ? null
          : input.frames.map(toFrame),
    handled: input.handled ?? true,
  };
  let index = issue.events.length;
  while (index > 0 && (issue.events[index - 1] as SimEvent).at > event.at) index--;
  issue.events.splice(index, 0, event);
  return event;
}

export function findIssue(world: World, ref: string): SimIssue | undefined {
  const upper = ref.toUpperCase();
  return world.issues.find((i) => i.id === ref || i.shortId.toUpperCase() === upper);
}

function nextSerial(world: World): number {
  world.serial += 1;
  return world.serial;
}

function toResolution(
  input: TimeInput | ResolutionInput,
  anchors: Readonly<Record<string, Date>>,
): SimResolution {
  if (typeof input === "string" || input instanceof Date)
    return { at: resolveTime(input, anchors), inRelease: null };
  return { at: resolveTime(input.at, anchors), inRelease: input.inRelease };
}

function toFrame(input: FrameInput): SimFrame {
  return {
    filename: input.filename,
    absPath: input.absPath ?? (input.filename.startsWith("/") ? input.filename : `/app/${input.filename}`),
    module: input.module ?? null,
    function: input.function ?? null,
    lineNo: input.lineNo ?? null,
    colNo: input.colNo ?? null,
    inApp: input.inApp ?? true,
  };
}

function defaultFrames(projectSlug: string, number: number): SimFrame[] {
  return [
    toFrame({
      filename: "node_modules/express/lib/router/layer.js",
      function: "Layer.handle",
      lineNo: 95,
      inApp: false,
    }),
    toFrame({
      filename: `src/${projectSlug}/handlers.ts`,
      function: `handle${number}`,
      lineNo: 10 + number,
      colNo: 7,
    }),
  ];
}

function innermostInApp(frames: readonly SimFrame[] | null): SimFrame | undefined {
  return frames ? [...frames].reverse().find((f) => f.inApp) : undefined;
}

function culpritOf(frames: readonly SimFrame[] | null): string | null {
  const frame = innermostInApp(frames);
  if (!frame) return null;
  return frame.function ? `${frame.function}(${frame.filename})` : frame.filename;
}

function metadataOf(title: string, type: SimIssue["type"], frames: readonly SimFrame[] | null) {
  // A performance issue's metadata also holds its occurrence's subtitle and more, not simulated.
  if (type !== "error") return { title };
  const colon = title.indexOf(": ");
  const frame = innermostInApp(frames);
  return {
    type: colon > 0 ? title.slice(0, colon) : "Error",
    value: colon > 0 ? title.slice(colon + 2) : title,
    ...(frame ? { filename: frame.filename, function: frame.function } : {}),
    in_app_frame_mix: frames ? (frames.every((f) => f.inApp) ? "in-app-only" : "mixed") : "system-only",
  };
}

// Sentry writes the number of a short ID in base32 without I, L, O, U (WEB-1, …, WEB-Z, WEB-10).
const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function base32(n: number): string {
  let text = "";
  for (let rest = n; rest > 0; rest = Math.floor(rest / 32)) text = BASE32[rest % 32] + text;
  return text || "0";
}

// Event IDs are 32 hex digits; mix the serial so that consecutive IDs do not look alike.
function eventId(serial: number): string {
  let state = Math.imul(serial, 0x9e3779b1) >>> 0;
  let hex = "";
  for (let i = 0; i < 4; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    hex += state.toString(16).padStart(8, "0");
  }
  return hex;
}

function titleCase(slug: string): string {
  return slug.replace(/(^|[-_])(\w)/g, (_m, sep: string, c: string) => (sep ? " " : "") + c.toUpperCase());
}
