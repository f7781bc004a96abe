// The performance checks: latency, failure rate and crash rate of the release against the baseline
// before its rollout. They run once, when the watching ends (as the spike test does, so that polling
// often does not inflate the error rate), and family.ts decides them all together.
//
// A handful of requests whatever the number of transactions (100 names a request): the baseline's
// busiest transactions (one page) first, since the latency thresholds must be fixed before the
// release's samples are read; then the release's busiest, counted against them; then, together, the
// baselines of the release's transactions that the first page lacked, the other releases' samples
// over the same time and, when the release's page was full, its samples of the baseline's
// transactions it left out; then the new transactions' samples against their own thresholds.
// Sessions take two requests beside them.
import { formatDuration } from "../../config/duration.js";
import type { Config } from "../../config/schema.js";
import type {
  ProjectRef,
  ReleaseSessions,
  SentrySource,
  TransactionStats,
  TransactionStatsQuery,
} from "../../sentry/source.js";
import { milliseconds, percent } from "../quantities.js";
import type { CrashRateCheck, Finding, LatencyCheck, PerformanceSummary, RateCheck } from "../report.js";
import { previousRelease } from "./crash-rate.js";
import { RATE_METHOD } from "./failure-rate.js";
import { assessPerformance, type PerformanceSettings, type TransactionSeen } from "./family.js";
import { LATENCY_METHOD, LATENCY_MIN_SAMPLES, latencyThreshold } from "./latency.js";

/** How many transactions the summary lists; the rest are counted. */
export const TRANSACTIONS_LISTED = 20;
/** A page of transactions: the busiest of the baseline, of the release; names asked at once. */
const PAGE = 100;

export type PerformanceConfig = Pick<
  Config,
  "environment" | "latencyMaxIncrease" | "spikeAlpha" | "spikeMinRatio" | "spikeMinEvents" | "spikeBaselineMs"
>;

export interface PerformanceWindow {
  projects: readonly ProjectRef[];
  release: string;
  /** rollout start: the baseline ends here, "after" counts from here */
  since: Date;
  deployedAt: Date;
  end: Date;
}

export interface PerformanceLinks {
  transaction(name: string): string | null;
  release(version: string): string | null;
}

export interface PerformanceResult {
  findings: Finding[];
  summary: PerformanceSummary;
  /** what the baseline showed: whether the projects send transactions / sessions at all (null: unknown) */
  seen: { tracing: boolean | null; releaseHealth: boolean | null };
  /** The release's transactions and sessions since the rollout, where the checks' own reads counted them all. */
  counted: { transactions: number | null; sessions: number | null };
}

// A source's limitation that explains why it cannot read the one or the other.
const ABOUT_TRACING = /latency|failure rate|transaction|span|tracing/i;
const ABOUT_SESSIONS = /crash|session|release health/i;

type Range = Pick<TransactionStatsQuery, "projects" | "environment" | "start" | "end">;

export async function checkPerformance(
  source: SentrySource,
  config: PerformanceConfig,
  window: PerformanceWindow,
  links: PerformanceLinks,
  limitations: readonly string[],
): Promise<PerformanceResult> {
  const settings: PerformanceSettings = {
    alpha: config.spikeAlpha,
    maxIncrease: config.latencyMaxIncrease,
    minRatio: config.spikeMinRatio,
    minEvents: config.spikeMinEvents,
  };
  const scope = { projects: window.projects, environment: config.environment };
  const baseline: Range = {
    ...scope,
    start: new Date(window.since.getTime() - config.spikeBaselineMs),
    end: window.since,
  };
  const after: Range = { ...scope, start: window.since, end: window.end };
  const [read, sessions] = await Promise.all([
    readTransactions(source, baseline, after, window.release, settings.maxIncrease),
    readSessions(source, baseline, after, window.release),
  ]);
  const transactions = read?.seen ?? null;

  const baselineText = formatDuration(config.spikeBaselineMs);
  const tracing = transactions === null ? null : transactions.length > 0;
  const releaseHealth = sessions === null ? null : sessions.baseline.some((entry) => entry.sessions > 0);
  const unavailable = [
    unavailability(tracing, limitations, {
      about: ABOUT_TRACING,
      signal: "tracing data (spans)",
      checks: "latency and failure rates",
      baseline: baselineText,
    }),
    unavailability(releaseHealth, limitations, {
      about: ABOUT_SESSIONS,
      signal: "release health (sessions)",
      checks: "crash rate",
      baseline: baselineText,
    }),
  ].filter((text) => text !== null);
  const assessment = assessPerformance(
    transactions ?? [],
    sessions && releaseHealth
      ? { previous: previousRelease(sessions.baseline, window.release), current: sessions.current }
      : null,
    settings,
  );

  const project = window.projects.map((ref) => ref.slug).join(", ");
  const findings: Finding[] = [];
  const checks = assessment.transactions.map((check, index) => {
    const permalink = links.transaction(check.transaction);
    const about = { id: check.transaction, project, permalink };
    if (check.latency?.finding) {
      findings.push(
        toFinding("latency", about, latencyTitle(check.latency, baselineText), check.latency.samples, {
          latency: check.latency,
        }),
      );
    }
    if (check.failureRate?.finding) {
      const title = failureTitle(check.failureRate, baselineText);
      findings.push(
        toFinding("failure-rate", about, title, check.failureRate.after, { rate: check.failureRate }),
      );
    }
    return {
      check: { ...check, permalink },
      finding: Boolean(check.latency?.finding || check.failureRate?.finding),
      samples: transactions?.[index]?.after?.samples ?? 0,
      baselineSamples: transactions?.[index]?.baseline?.samples ?? 0,
    };
  });
  const crashRate = assessment.crashRate && {
    ...assessment.crashRate,
    permalink: links.release(window.release),
  };
  if (crashRate?.finding) {
    const about = { id: window.release, project, permalink: crashRate.permalink };
    const title = crashTitle(crashRate);
    findings.push(toFinding("crash-rate", about, title, crashRate.after, { rate: crashRate }));
  }
  // Findings first, then the busiest since the rollout, then the busiest before it.
  checks.sort(
    (a, b) =>
      Number(b.finding) - Number(a.finding) ||
      b.samples - a.samples ||
      b.baselineSamples - a.baselineSamples ||
      a.check.transaction.localeCompare(b.check.transaction),
  );

  return {
    findings,
    summary: {
      methods: { latency: LATENCY_METHOD, rate: RATE_METHOD },
      alpha: config.spikeAlpha,
      latencyMaxIncrease: config.latencyMaxIncrease,
      minRatio: config.spikeMinRatio,
      baseline: baselineText,
      unavailable: [...new Set(unavailable)],
      transactions: checks.slice(0, TRANSACTIONS_LISTED).map((entry) => entry.check),
      transactionsOmitted: Math.max(0, checks.length - TRANSACTIONS_LISTED),
      crashRate,
      tested: assessment.tested,
      insufficientSample: assessment.insufficientSample,
    },
    seen: { tracing, releaseHealth },
    counted: {
      transactions: read?.releaseTotal ?? null,
      sessions: sessions ? (sessions.current?.sessions ?? 0) : null,
    },
  };
}

/**
 * Why a signal was not checked: null when it was. A source that cannot read it says why in its
 * limitations, when one of them is about it.
 */
function unavailability(
  seen: boolean | null,
  limitations: readonly string[],
  what: { about: RegExp; signal: string; checks: string; baseline: string },
): string | null {
  if (seen === null) {
    return (
      limitations.find((text) => what.about.test(text)) ??
      `${what.signal} could not be read from this Sentry (it refused the query, as an older self-hosted Sentry does): ${what.checks} not checked`
    );
  }
  return seen
    ? null
    : `no ${what.signal} in the projects in the ${what.baseline} before the rollout: ${what.checks} not checked`;
}

function toFinding(
  kind: "latency" | "failure-rate" | "crash-rate",
  about: { id: string; project: string; permalink: string | null },
  title: string,
  events: number,
  evidence: { latency?: LatencyCheck; rate?: RateCheck },
): Finding {
  const category = kind === "crash-rate" ? "release" : "transaction";
  return {
    kind,
    subject: category,
    id: about.id,
    shortId: about.id,
    title,
    project: about.project,
    events,
    users: 0,
    firstSeen: null,
    permalink: about.permalink ?? "",
    culprit: null,
    level: "warning",
    category,
    secondsAfterDeploy: null,
    location: null,
    spike: null,
    latency: evidence.latency ?? null,
    rate: evidence.rate ?? null,
  };
}

/**
 * Every transaction looked at: the baseline's busiest and the release's busiest since, and the
 * release's samples since in all when one page held every name it sent. null: the source cannot read
 * tracing data; none seen: the baseline had none.
 */
async function readTransactions(
  source: SentrySource,
  baseline: Range,
  after: Range,
  release: string,
  maxIncrease: number,
): Promise<{ seen: TransactionSeen[]; releaseTotal: number | null } | null> {
  const busiest = await source.transactionStats({ ...baseline, maxResults: PAGE });
  if (busiest === null) return null;
  if (!busiest.some((stats) => stats.samples > 0)) return { seen: [], releaseTotal: null };
  const before = byName(busiest);
  const releaseAfter = { ...after, release };
  const first = await source.transactionStats({
    ...releaseAfter,
    slowerThan: thresholds(busiest, maxIncrease),
    maxResults: PAGE,
  });
  if (first === null) return null;
  const since = byName(first);
  const fresh = first.filter((stats) => !before.has(stats.transaction)).map((stats) => stats.transaction);
  // A full page of the release's transactions may leave out some of the baseline's: their samples
  // since are unknown, not zero.
  const unread = first.length < PAGE ? [] : busiest.filter((stats) => !since.has(stats.transaction));
  const [freshBaseline, concurrent, unreadAfter] = await Promise.all([
    pages(source, { ...baseline, transactions: fresh }),
    pages(source, {
      ...after,
      exceptRelease: release,
      transactions: [
        ...first.filter((stats) => stats.samples >= LATENCY_MIN_SAMPLES).map((stats) => stats.transaction),
        ...unread.map((stats) => stats.transaction),
      ],
    }),
    readAgainst(source, releaseAfter, unread, maxIncrease),
  ]);
  if (freshBaseline === null || concurrent === null || unreadAfter === null) return null;
  for (const stats of freshBaseline) before.set(stats.transaction, stats);
  // Those of them that cannot be tested (too few samples before, or since) need nothing more: the
  // first page had their samples.
  const enoughSince = (stats: TransactionStats) =>
    (since.get(stats.transaction)?.samples ?? 0) >= LATENCY_MIN_SAMPLES;
  const freshAfter = await readAgainst(
    source,
    releaseAfter,
    freshBaseline.filter((stats) => testable(stats) && enoughSince(stats)),
    maxIncrease,
  );
  if (freshAfter === null) return null;
  for (const stats of [...unreadAfter, ...freshAfter]) since.set(stats.transaction, stats);
  const others = byName(concurrent);
  return {
    seen: [...new Set([...before.keys(), ...since.keys()])].map((transaction) => ({
      transaction,
      baseline: before.get(transaction) ?? null,
      after: since.get(transaction) ?? null,
      concurrent: others.get(transaction) ?? null,
    })),
    releaseTotal: first.length < PAGE ? first.reduce((sum, stats) => sum + stats.samples, 0) : null,
  };
}

/** Whether a transaction's baseline allows a latency test. */
function testable(baseline: TransactionStats): boolean {
  return baseline.p95Ms !== null && baseline.samples >= LATENCY_MIN_SAMPLES;
}

/** The latency thresholds of the transactions that can be tested, fixed from their baseline alone. */
function thresholds(baseline: readonly TransactionStats[], maxIncrease: number): Map<string, number> {
  return new Map(
    baseline
      .filter(testable)
      .map((stats) => [stats.transaction, latencyThreshold(stats.p95Ms as number, maxIncrease)]),
  );
}

/** The release's samples of these transactions, counted against the thresholds of their baselines. */
function readAgainst(
  source: SentrySource,
  releaseAfter: Range & { release: string },
  baseline: readonly TransactionStats[],
  maxIncrease: number,
) {
  return pages(source, {
    ...releaseAfter,
    transactions: baseline.map((stats) => stats.transaction),
    slowerThan: thresholds(baseline, maxIncrease),
  });
}

/** The named transactions' stats, a page of names a request; nothing to ask, no request. */
async function pages(
  source: SentrySource,
  query: Omit<TransactionStatsQuery, "maxResults"> & { transactions: readonly string[] },
): Promise<TransactionStats[] | null> {
  const names = query.transactions;
  const answers = await Promise.all(
    Array.from({ length: Math.ceil(names.length / PAGE) }, (_, index) => {
      const transactions = names.slice(index * PAGE, (index + 1) * PAGE);
      return source.transactionStats({ ...query, transactions, maxResults: transactions.length });
    }),
  );
  return answers.some((answer) => answer === null) ? null : answers.flatMap((answer) => answer ?? []);
}

function byName(stats: readonly TransactionStats[]): Map<string, TransactionStats> {
  return new Map(stats.map((entry) => [entry.transaction, entry]));
}

/**
 * Sessions per release in the baseline, and the release's own since the rollout began; null: the
 * source cannot read them.
 */
async function readSessions(
  source: SentrySource,
  baseline: Range,
  after: Range,
  release: string,
): Promise<{ baseline: ReleaseSessions[]; current: ReleaseSessions | null } | null> {
  const [before, since] = await Promise.all([
    source.releaseSessions(baseline),
    source.releaseSessions({ ...after, release }),
  ]);
  if (before === null || since === null) return null;
  return { baseline: before, current: since.find((entry) => entry.release === release) ?? null };
}

// A finding's title says in words what changed; its evidence (the report's table, the finding's
// latency or rate) gives the counts and the test.
function latencyTitle(check: LatencyCheck, baseline: string): string {
  const ratio = (check.p95Ms ?? 0) / check.baselineP95Ms;
  return `Slower since the deploy: p95 ${Number(ratio.toPrecision(2))}× its ${baseline} before (${milliseconds(check.baselineP95Ms)} → ${milliseconds(check.p95Ms ?? 0)})`;
}

function failureTitle(check: RateCheck, baseline: string): string {
  return `Fails more often since the deploy: ${percent(check.after / check.afterTotal)} of requests, ${percent(check.before / check.beforeTotal)} in the ${baseline} before`;
}

function crashTitle(check: CrashRateCheck): string {
  const crashed = (share: number | null) => (share === null ? "—" : percent(1 - share));
  return `Crashes more often: ${crashed(check.crashFreeAfter)} of sessions since the deploy, ${crashed(check.crashFreeBefore)} in release ${check.previousRelease}`;
}
