// The ship gate: watch a release for `window` after its deploy and decide whether it broke anything.
import { formatDuration } from "../config/duration.js";
import type { Config } from "../config/schema.js";
import { sentryLinks } from "../sentry/calls.js";
import { SentryError } from "../sentry/errors.js";
import type {
  IssueSearch,
  IssueSummary,
  ProjectRef,
  ReleaseEventsQuery,
  ReleaseTraffic,
  SentrySource,
  TrafficKind,
} from "../sentry/source.js";
import { buildReport, type Evaluation } from "./build-report.js";
import type { Clock } from "./clock.js";
import { collectFindings } from "./collect.js";
import { chooseDeployTime, type DeployTime } from "./deploy-time.js";
import { sortFindings } from "./findings.js";
import { checkFixes, claimedFixes } from "./fix-check.js";
import type { ClaimText } from "./fix-claims.js";
import { addLocations } from "./locations.js";
import { checkPerformance, type PerformanceResult } from "./performance/check.js";
import { regressionSince, regressionsNeedDates } from "./regression.js";
import type { FixCheck, PerformanceSummary, Report, SpikeTestSummary } from "./report.js";
import { findSpikes } from "./spikes.js";
import { errorTimeline } from "./timeline.js";
import { countByKind, decideVerdict, verifyScope } from "./verdict.js";

const MIN_RANGE_MS = 1_000;

export interface PollProgress {
  poll: number;
  evaluatedAt: Date;
  windowEnd: Date;
  final: boolean;
  counts: Report["counts"];
  /** Set when this poll failed and a later one will try again. */
  error?: string;
}

/** The watching's times, known once the deploy time is. */
export interface Watch {
  windowEnd: Date;
  /** settle after the window's end: when the last poll runs, so that Sentry has processed the window. */
  settledAt: Date;
}

export interface VerifyDeps {
  source: SentrySource;
  clock: Clock;
  /**
   * With fixes: auto, the texts that may claim fixes (the pull request, the deployed commits), as the
   * front end read them while the window passes. Never rejects: what could not be read, it says itself.
   */
  fixClaimTexts?: Promise<readonly ClaimText[]>;
  /** Evaluate once, now, over as much of the window as has passed, instead of waiting it out. */
  once?: boolean;
  /**
   * Stop waiting by this time (epoch ms): when the next poll would come after it, poll once more at
   * it and stop there, not final. For a front end that must answer by then (an MCP tool call).
   */
  stopWaitingAt?: number;
  onProgress?: (progress: PollProgress) => void;
  /**
   * Called once the deploy time is known, before the first poll; `warnings`: what the report will say
   * is already wrong (a release Sentry does not know), for a front end to say before it waits.
   */
  onDeployTime?: (deploy: DeployTime, watch: Watch, warnings: readonly string[]) => void;
}

interface PollContext {
  source: SentrySource;
  config: Config;
  projects: ProjectRef[];
  deployedAt: Date;
  /** Where the release began to reach the environment: what it did from then on counts. */
  since: Date;
  needRegressionDates: boolean;
  /** Per issue: when this release regressed it since the rollout began (null: it did not). Read once. */
  regressionDates: Map<string, Date | null>;
  releaseSeen: boolean;
  /** What each poll asks about until the release is seen; a kind Sentry cannot count is dropped. */
  trafficKinds: TrafficKind[];
}

export async function verifyRelease(config: Config, deps: VerifyDeps): Promise<Report> {
  const { source, clock } = deps;
  const runStart = new Date(clock.now());
  const projects = await source.resolveProjects(config.projects);
  const [release, deploys] = await Promise.all([
    source.release(config.release),
    config.deployedAt === "auto" ? source.deploys(config.release) : Promise.resolve([]),
  ]);
  const deploy = chooseDeployTime(
    config.deployedAt,
    deploys,
    config.environment,
    runStart,
    release?.dateCreated ?? null,
  );
  const since = deploy.rolloutStart;
  const windowEnd = new Date(deploy.at.getTime() + config.windowMs);
  const settledAt = new Date(windowEnd.getTime() + config.settleMs);
  const unknownRelease =
    release === null ? `Sentry knows no release ${config.release} in ${config.org}.` : null;
  deps.onDeployTime?.(deploy, { windowEnd, settledAt }, unknownRelease ? [unknownRelease] : []);
  // Sentry refuses a range whose end is not after its start, so the first poll waits until there is one
  // (a deploy record made this second, or an explicit time a little ahead of this machine's clock).
  const firstPollAt = Math.min(since.getTime() + MIN_RANGE_MS, windowEnd.getTime());
  if (clock.now() < firstPollAt) await clock.sleep(firstPollAt - clock.now());

  const context: PollContext = {
    source,
    config,
    projects,
    deployedAt: deploy.at,
    since,
    needRegressionDates: regressionsNeedDates(release?.firstEvent ?? null, since),
    regressionDates: new Map(),
    releaseSeen: false,
    trafficKinds: ["transactions", "sessions"],
  };
  const notes: string[] = [...source.limitations, ...(deploy.notes ?? [])];
  if (unknownRelease) notes.push(unknownRelease);

  const windowText = formatDuration(config.windowMs);
  const scope = verifyScope(config.release, config.environment, windowText);
  let last: Evaluation | null = null;
  let lastFailed = false;
  let polls = 0;
  /** When the settled poll ran: the report is final. */
  let settledPoll: Date | null = null;
  /** The poll at stopWaitingAt: the last one, though not final. */
  let lastLook = false;
  let pollError: unknown = null;
  for (;;) {
    const now = clock.now();
    // The window's last events are searchable only once Sentry processed them: the final poll waits.
    const settled = now >= settledAt.getTime();
    const final = deps.once === true || settled;
    const end = new Date(Math.min(now, windowEnd.getTime()));
    try {
      last = await poll(context, end);
      polls += 1;
      lastFailed = decideVerdict({ ...last, failOn: config.failOn, scope }).verdict === "fail";
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind(last.findings),
      });
      if (settled) settledPoll = new Date(now);
      if (final || lastLook || (config.failFast && lastFailed)) break;
    } catch (error) {
      pollError = error;
      const message = error instanceof Error ? error.message : String(error);
      // A failure already seen is not lost because Sentry stopped answering afterwards.
      if (lastFailed) {
        notes.push(`A later poll failed, so the window was not watched to its end: ${message}`);
        break;
      }
      if (final || !(error instanceof SentryError) || !error.retryable) throw error;
      // No time for another: the verdict so far is the previous poll's, when there was one.
      if (lastLook && last !== null) {
        notes.push(`The last poll before answering, at ${end.toISOString()}, failed: ${message}`);
        break;
      }
      if (lastLook) throw error;
      notes.push(`A poll at ${end.toISOString()} failed and was tried again at the next: ${message}`);
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind([]),
        error: message,
      });
    }
    const next = nextPollAt(clock.now(), config.pollIntervalMs, windowEnd, settledAt);
    if (deps.stopWaitingAt !== undefined && next > deps.stopWaitingAt) {
      // Already past it (slow answers): the poll just made, or tried, is the last.
      if (clock.now() >= deps.stopWaitingAt) {
        if (last === null) throw pollError;
        break;
      }
      lastLook = true;
      await clock.sleep(deps.stopWaitingAt - clock.now());
      continue;
    }
    await clock.sleep(next - clock.now());
  }

  const evaluation = last as Evaluation;
  const evaluatedUntil = new Date(Math.min(clock.now(), windowEnd.getTime()));
  let fixes: FixCheck[] = [];
  let spikeTest: SpikeTestSummary | null = null;
  let performance: PerformanceSummary | null = null;
  let traffic: ReleaseTraffic = { errors: null, transactions: null, sessions: null };
  try {
    const claims = await claimedFixes(config, deps.fixClaimTexts, notes);
    const exclude = new Set([
      ...evaluation.findings.map((finding) => finding.id),
      ...claims.map((claim) => claim.shortId),
    ]);
    const counted = { since, deployedAt: deploy.at, end: evaluatedUntil };
    const links = sentryLinks(
      config.url,
      config.org,
      projects.map((project) => project.id),
      config.environment,
    );
    const [fixCheck, spikes, checked] = await Promise.all([
      checkFixes(source, config, claims, { ...counted, windowEnd, releaseSeen: evaluation.releaseSeen }),
      findSpikes(source, config, { ...counted, projects, exclude }),
      checkPerformance(
        source,
        config,
        { ...counted, projects, release: config.release },
        links,
        source.limitations,
      ),
    ]);
    fixes = fixCheck.fixes;
    spikeTest = spikes.summary;
    performance = checked.summary;
    traffic = await countTraffic(source, releaseQuery(context, evaluatedUntil), checked);
    evaluation.releaseSeen ||= hasTraffic(traffic);
    evaluation.findings.push(...fixCheck.findings, ...spikes.findings, ...checked.findings);
  } catch (error) {
    // As for a poll: a failure already seen stands; otherwise Sentry could not be asked.
    if (!lastFailed) throw error;
    const message = error instanceof Error ? error.message : String(error);
    notes.push(`The spike test, the performance checks and the fix check could not run: ${message}`);
  }
  // In the order the report lists them, so that the listed ones are the ones looked up.
  sortFindings(evaluation.findings, config.failOn);
  const [, timeline] = await Promise.all([
    addLocations(source, evaluation.findings, config, notes),
    errorTimeline(
      source,
      {
        projects,
        environment: config.environment,
        deployedAt: deploy.at,
        windowMs: config.windowMs,
        end: evaluatedUntil,
      },
      notes,
    ),
  ]);
  return buildReport({
    config,
    scope,
    windowText,
    timeline,
    deploy,
    windowEnd,
    evaluation,
    fixes,
    spikeTest,
    performance,
    traffic,
    polls,
    settledPoll,
    notes,
    evaluatedAt: new Date(clock.now()),
  });
}

/**
 * Every poll-interval until the window's end, except that a poll due at or after the window's end
 * waits for the settle instead: the last poll is the settled one, and a settle adds no poll.
 */
function nextPollAt(now: number, intervalMs: number, windowEnd: Date, settledAt: Date): number {
  const next = now + intervalMs;
  return next >= windowEnd.getTime() ? Math.max(now, settledAt.getTime()) : next;
}

/** One look at Sentry: the release's new and regressed issues since its rollout began, up to `end`. */
async function poll(context: PollContext, end: Date): Promise<Evaluation> {
  const { source, config, since } = context;
  const search: IssueSearch = {
    projects: context.projects,
    environment: config.environment,
    start: since,
    end,
    userQuery: config.query,
  };
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: since, firstRelease: config.release }),
      regressed: source.searchIssues({ ...search, regressedInRelease: config.release }),
      confirmRegression: (issue) => regressedAfterDeploy(context, issue),
    },
    config,
    context.deployedAt,
  );

  // Any issue found above proves that Sentry receives this release's events; otherwise ask, each
  // poll until something of it shows: an error event, a transaction or a session.
  if (!context.releaseSeen && found.candidates > 0) context.releaseSeen = true;
  if (!context.releaseSeen) {
    // Errors first: most releases send some, and then the traffic's two requests are never made.
    const query = releaseQuery(context, end);
    context.releaseSeen = await source.hasReleaseEvents(query);
    if (!context.releaseSeen && context.trafficKinds.length > 0) {
      const traffic = await source.releaseTraffic(query, context.trafficKinds);
      context.releaseSeen = hasTraffic(traffic);
      context.trafficKinds = context.trafficKinds.filter((kind) => traffic[kind] !== null);
    }
  }
  return {
    findings: found.findings,
    ignored: found.ignored,
    belowThresholds: found.belowThresholds,
    releaseSeen: context.releaseSeen,
  };
}

function releaseQuery(context: PollContext, end: Date): ReleaseEventsQuery {
  return {
    projects: context.projects,
    environment: context.config.environment,
    release: context.config.release,
    start: context.since,
    end,
  };
}

/**
 * The release's traffic since the rollout: what the performance checks counted, and the rest asked for
 * (nothing where the source cannot read it). A zero where the projects send no tracing or release
 * health at all means "cannot say".
 */
async function countTraffic(
  source: SentrySource,
  query: ReleaseEventsQuery,
  checked: Pick<PerformanceResult, "seen" | "counted">,
): Promise<ReleaseTraffic> {
  const readable = { transactions: checked.seen.tracing, sessions: checked.seen.releaseHealth };
  const ask: TrafficKind[] = [
    "errors",
    ...(["transactions", "sessions"] as const).filter(
      (kind) => checked.counted[kind] === null && readable[kind] !== null,
    ),
  ];
  const received = await source.releaseTraffic(query, ask);
  const count = (kind: "transactions" | "sessions") => {
    const known = checked.counted[kind] ?? received[kind];
    return readable[kind] === false && known === 0 ? null : known;
  };
  return { errors: received.errors, transactions: count("transactions"), sessions: count("sessions") };
}

function hasTraffic(traffic: ReleaseTraffic): boolean {
  return (traffic.errors ?? 0) > 0 || (traffic.transactions ?? 0) > 0 || (traffic.sessions ?? 0) > 0;
}

async function regressedAfterDeploy(context: PollContext, issue: IssueSummary): Promise<boolean> {
  if (!context.needRegressionDates) return true;
  let date = context.regressionDates.get(issue.id);
  if (date === undefined) {
    const activity = await context.source.issueActivity(issue.id);
    date = regressionSince(activity, context.since, context.config.release);
    context.regressionDates.set(issue.id, date);
  }
  return date !== null;
}
