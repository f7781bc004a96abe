// The SentrySource over Sentry's REST API.
import { issueLink, sentryCalls } from "../calls.js";
import { SentryError } from "../errors.js";
import { createRedactor, excerpt } from "../redact.js";
import {
  type CodeLocation,
  type DeployRecord,
  ERROR_CATEGORY,
  type IssueCount,
  type IssueCounts,
  type IssueCountsQuery,
  type IssueInfo,
  type IssueSearch,
  type IssueSummary,
  type ProjectRef,
  type ReleaseEventsQuery,
  type ReleaseInfo,
  type SentrySource,
  type TimelineBucket,
  type TimelineQuery,
} from "../source.js";
import { innermostInAppFrame } from "./frames.js";
import { type Call, createGet, type RequestRecord } from "./http.js";
import { countListedEvents } from "./issue-event-counts.js";
import { pages } from "./paginate.js";
import { parseAs } from "./parse.js";
import { apiPath, apiUrl, scopeParams } from "./paths.js";
import { controlHostOf, discoverRegion } from "./region.js";
import {
  deploysSchema,
  type ExceptionData,
  eventSchema,
  exceptionDataSchema,
  type IssueFields,
  issueCountRowsSchema,
  issueDetailSchema,
  issuesSchema,
  projectSchema,
  releaseSchema,
  shortIdSchema,
  type ThreadsData,
  threadsDataSchema,
  timeseriesSchema,
} from "./schemas.js";
import { issueQuery, quoteSearchValue } from "./search-query.js";
import { releaseSessions } from "./sessions.js";
import { transactionStats } from "./spans.js";
import { planTimeline, type SentryBucket, sumIntoTimeline } from "./timeline.js";
import { releaseTraffic } from "./traffic.js";

export type { RequestRecord } from "./http.js";

export interface RestSourceOptions {
  /** Sentry's base URL as configured, e.g. https://sentry.io or https://sentry.example.com. */
  url: string;
  org: string;
  token: string;
  /** The run's overall deadline (epoch ms): a rate limit that lasts beyond it is an error at once. */
  deadlineAt: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called once per HTTP attempt, retries included. */
  onRequest?: (request: RequestRecord) => void;
  /**
   * Per attempt, reading the body included. Default 10 s: shorter than the retry budget, so that an
   * answer that stalls is tried again within it.
   */
  requestTimeoutMs?: number;
  /** How long one request may keep failing (network, timeout, 5xx) before it is an error. Default 15 s. */
  retryBudgetMs?: number;
  /** Hosts on which the organization's region is discovered. Default ["sentry.io"]. */
  controlHosts?: readonly string[];
}

/** A request that keeps failing (network errors, timeouts, 5xx) is an error after this long. */
export const RETRY_BUDGET_MS = 15_000;
/** One attempt, its body read to the end: two thirds of the budget, so that a stalled answer is retried. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Sentry's text in a message: one line, short. */
const shortText = (text: string) => excerpt(text, 60);

// Fields the engine never reads: leaving them out makes Sentry's work (and answer) smaller.
const LIST_COLLAPSE = ["stats", "lifetime", "filtered", "unhandled"].map(
  (part) => ["collapse", part] as const,
);
const DETAIL_COLLAPSE = ["stats", "tags", "release"].map((part) => ["collapse", part] as const);
const PAGE_SIZE = "100";
const COUNT = "count()";
// Discover has no first_seen(); min(timestamp) is its first event there (fields.py allows dates in min).
const ISSUE_COUNT_FIELDS = ["issue.id", COUNT, "count_unique(user)", "min(timestamp)", "last_seen()"];
// Issues per Discover request: keeps the query short and the rows within one page.
const ISSUES_PER_COUNT = 50;

export function createRestSource(options: RestSourceOptions): SentrySource {
  if (!URL.canParse(options.url)) {
    throw new SentryError(
      "bad-request",
      `url "${options.url}" is not a URL: give Sentry's address, e.g. https://sentry.io.`,
    );
  }
  const configured = new URL(options.url);
  const { org } = options;
  const redact = createRedactor(options.token);
  const trusted = new Set([configured.origin]);
  const now = options.now ?? Date.now;
  const get = createGet({
    token: options.token,
    redact,
    trusted,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now,
    onRequest: options.onRequest ?? (() => {}),
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    retryBudgetMs: options.retryBudgetMs ?? RETRY_BUDGET_MS,
    deadlineAt: options.deadlineAt,
  });

  const controlHost = controlHostOf(configured, options.controlHosts ?? ["sentry.io"]);
  let base: Promise<URL> | undefined;
  function apiBase(): Promise<URL> {
    if (controlHost === null) return Promise.resolve(configured);
    base ??= discoverRegion(get, configured, org, controlHost).then(
      (region) => {
        trusted.add(region.origin);
        return region;
      },
      (error: unknown) => {
        // Only a success is kept: a failed discovery is tried again by the next call.
        base = undefined;
        throw error;
      },
    );
    return base;
  }

  // A permalink becomes a link in reports: it may point only at Sentry's own web hosts, else we build one.
  function permalinkOf(permalink: string, issueId: string): string {
    if (URL.canParse(permalink)) {
      const url = new URL(permalink);
      const own =
        url.hostname === configured.hostname ||
        (controlHost !== null && (url.hostname === controlHost || url.hostname.endsWith(`.${controlHost}`)));
      if ((url.protocol === "https:" || url.protocol === "http:") && own && !url.username && !url.password)
        return url.href;
    }
    return issueLink(configured.href, org, issueId);
  }

  function describeIssue(issue: IssueFields) {
    return {
      id: issue.id,
      shortId: issue.shortId,
      title: issue.title,
      culprit: issue.culprit ?? null,
      permalink: permalinkOf(issue.permalink, issue.id),
      level: issue.level,
      category: issue.issueCategory ?? ERROR_CATEGORY,
    };
  }

  async function getApi(path: string, query: ReadonlyArray<readonly [string, string]>, call: Call) {
    return get(apiUrl(await apiBase(), path, query), call);
  }

  async function orNull<T>(promise: Promise<T>): Promise<T | null> {
    try {
      return await promise;
    } catch (error) {
      if (error instanceof SentryError && error.kind === "not-found") return null;
      throw error;
    }
  }

  const releaseCall = (version: string): Call => ({
    what: "read releases",
    scope: "project:read",
    notFound: `Sentry has no release "${version}" in organization "${org}": check release and org`,
  });

  function issueListQuery(
    search: Pick<IssueSearch, "projects" | "environment" | "start" | "end">,
    query: string,
    extra: ReadonlyArray<readonly [string, string]>,
  ): Array<readonly [string, string]> {
    return [...scopeParams(search), ["query", query], ...extra, ...LIST_COLLAPSE];
  }

  const calls = sentryCalls(org);

  /** Discover's per-issue counts, for error issues. */
  async function countErrorEvents(
    issueIds: readonly string[],
    query: IssueCountsQuery,
    counts: Map<string, IssueCount>,
  ): Promise<void> {
    for (let from = 0; from < issueIds.length; from += ISSUES_PER_COUNT) {
      const ids = issueIds.slice(from, from + ISSUES_PER_COUNT);
      if (!ids.every((id) => /^\d+$/.test(id)))
        throw new SentryError("malformed", `Sentry gave an issue ID that is not a number: ${ids.join(", ")}`);
      const terms = [`issue.id:[${ids.join(",")}]`];
      if (query.release !== undefined) terms.push(`release:${quoteSearchValue(query.release)}`);
      const params: Array<readonly [string, string]> = [
        ["dataset", "errors"],
        ...ISSUE_COUNT_FIELDS.map((field) => ["field", field] as const),
        ["query", terms.join(" ")],
        ["start", query.start.toISOString()],
        ["end", query.end.toISOString()],
        ...query.projects.map((project) => ["project", project.id] as const),
        ...(query.environment ? [["environment", query.environment] as const] : []),
        ["per_page", PAGE_SIZE],
      ];
      const answer = await getApi(
        apiPath`/organizations/${org}/events/`,
        params,
        calls.count(query.environment),
      );
      const asked = new Set(ids);
      for (const row of parseAs(issueCountRowsSchema, answer.body, answer.endpoint).data) {
        // A count of an issue not asked for is not a count of any that was.
        if (!asked.has(row["issue.id"])) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} counts issue ${shortText(row["issue.id"])}, which was not asked for.`,
          );
        }
        counts.set(row["issue.id"], {
          events: row["count()"],
          users: row["count_unique(user)"],
          firstSeen: row["min(timestamp)"] ?? null,
          lastSeen: row["last_seen()"] ?? null,
        });
      }
    }
  }

  /** One issue's events in the range, environment and release, by listing them (any category). */
  async function countIssueEvents(issueId: string, query: IssueCountsQuery): Promise<IssueCount | null> {
    const params: Array<readonly [string, string]> = [
      ["start", query.start.toISOString()],
      ["end", query.end.toISOString()],
      ...(query.environment ? [["environment", query.environment] as const] : []),
      ...(query.release === undefined
        ? []
        : [["query", `release:${quoteSearchValue(query.release)}`] as const]),
      ["per_page", PAGE_SIZE],
    ];
    const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/${issueId}/events/`, params);
    return countListedEvents(pages(get, first, calls.issue(issueId)));
  }

  return {
    limitations: [],

    async resolveProjects(slugs: readonly string[]): Promise<ProjectRef[]> {
      const answers = await Promise.allSettled(
        slugs.map(async (slug): Promise<ProjectRef> => {
          const answer = await getApi(apiPath`/projects/${org}/${slug}/`, [], {
            what: "read projects",
            scope: "project:read",
            notFound: `Sentry has no project "${slug}" in organization "${org}" that this token can see: check project and org`,
          });
          const project = parseAs(projectSchema, answer.body, answer.endpoint);
          // Sentry finds a project by its slug or its ID; an answer for another one is not this project.
          if (project.slug !== slug && project.id !== slug) {
            throw new SentryError(
              "malformed",
              `Sentry's answer to ${answer.endpoint} describes project "${shortText(project.slug)}" (ID ${shortText(project.id)}), not the project "${slug}" asked for.`,
            );
          }
          return { id: project.id, slug: project.slug };
        }),
      );
      const projects: ProjectRef[] = [];
      const missing: Array<{ slug: string; error: SentryError }> = [];
      for (const [index, answer] of answers.entries()) {
        if (answer.status === "fulfilled") {
          projects.push(answer.value);
          continue;
        }
        const error: unknown = answer.reason;
        // Anything but a missing project stops at once; every missing one is named together.
        if (!(error instanceof SentryError && error.kind === "not-found")) throw error;
        missing.push({ slug: slugs[index] as string, error });
      }
      if (missing.length === 1) throw missing[0]?.error;
      if (missing.length > 1) {
        throw new SentryError(
          "not-found",
          `Sentry has no projects ${missing.map(({ slug }) => `"${slug}"`).join(", ")} in organization "${org}" that this token can see (404 on each): check project and org.`,
          404,
        );
      }
      return projects;
    },

    async release(version: string): Promise<ReleaseInfo | null> {
      const answer = await orNull(
        getApi(apiPath`/organizations/${org}/releases/${version}/`, [], releaseCall(version)),
      );
      if (answer === null) return null;
      const release = parseAs(releaseSchema, answer.body, answer.endpoint);
      if (release.version !== version) {
        throw new SentryError(
          "malformed",
          `Sentry's answer to ${answer.endpoint} describes release "${shortText(release.version)}", not the release "${shortText(version)}" asked for.`,
        );
      }
      return {
        version: release.version,
        dateCreated: release.dateCreated,
        firstEvent: release.firstEvent ?? null,
        lastEvent: release.lastEvent ?? null,
      };
    },

    async deploys(version: string): Promise<DeployRecord[]> {
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/releases/${version}/deploys/`);
      const deploys: DeployRecord[] = [];
      try {
        for await (const answer of pages(get, first, releaseCall(version))) {
          for (const deploy of parseAs(deploysSchema, answer.body, answer.endpoint)) {
            deploys.push({
              id: deploy.id,
              environment: deploy.environment,
              dateStarted: deploy.dateStarted ?? null,
              dateFinished: deploy.dateFinished ?? null,
            });
          }
        }
      } catch (error) {
        // An unknown release has no deploys; a 404 can only come from the first page.
        if (error instanceof SentryError && error.kind === "not-found" && deploys.length === 0) return [];
        throw error;
      }
      return deploys;
    },

    async *searchIssues(search: IssueSearch): AsyncIterable<IssueSummary> {
      let left = search.maxResults ?? Number.POSITIVE_INFINITY;
      const query = issueListQuery(search, issueQuery(search), [
        ["sort", search.sort ?? "new"],
        ["limit", String(Math.min(Number(PAGE_SIZE), left))],
      ]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      for await (const answer of pages(get, first, calls.issues(search.environment))) {
        for (const issue of parseAs(issuesSchema, answer.body, answer.endpoint)) {
          if (left <= 0) return;
          left -= 1;
          yield {
            ...describeIssue(issue),
            projectSlug: issue.project.slug,
            events: issue.count,
            users: issue.userCount,
            firstSeen: issue.firstSeen,
            lastSeen: issue.lastSeen,
          };
        }
        // Enough: the next page is not asked for.
        if (left <= 0) return;
      }
    },

    async countIssues(search: IssueSearch): Promise<number> {
      // Sentry's X-Hits stops at 1,000 and may be an estimate: the pages are counted instead, which
      // costs one request per 100 issues that match, and most counts asked for are small.
      const query = issueListQuery(search, issueQuery(search), [["limit", PAGE_SIZE]]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      let count = 0;
      for await (const answer of pages(get, first, calls.issues(search.environment)))
        count += parseAs(issuesSchema, answer.body, answer.endpoint).length;
      return count;
    },

    async resolveShortId(shortId: string): Promise<IssueInfo | null> {
      const answer = await orNull(
        getApi(apiPath`/organizations/${org}/shortids/${shortId}/`, [], {
          what: "read issues",
          scope: "event:read",
          notFound: `Sentry has no issue ${shortId} in organization "${org}"`,
        }),
      );
      if (answer === null) return null;
      const { group } = parseAs(shortIdSchema, answer.body, answer.endpoint);
      return { ...describeIssue(group), projectSlug: group.project.slug, projectId: group.project.id };
    },

    async issueCounts(query: IssueCountsQuery): Promise<IssueCounts> {
      const counts = new Map<string, IssueCount>();
      // Discover's errors dataset holds error events only: other issues' events are listed one issue at a time.
      const errors = query.issues
        .filter((issue) => issue.category === ERROR_CATEGORY)
        .map((issue) => issue.id);
      const others = query.issues
        .filter((issue) => issue.category !== ERROR_CATEGORY)
        .map((issue) => issue.id);
      await Promise.all([
        countErrorEvents(errors, query, counts),
        ...others.map(async (id) => {
          const count = await countIssueEvents(id, query);
          if (count !== null) counts.set(id, count);
        }),
      ]);
      return { counts, uncountable: new Map() };
    },

    async issueActivity(issueId: string) {
      const answer = await getApi(
        apiPath`/organizations/${org}/issues/${issueId}/`,
        DETAIL_COLLAPSE,
        calls.issue(issueId),
      );
      return parseAs(issueDetailSchema, answer.body, answer.endpoint).activity.map((activity) => ({
        type: activity.type,
        dateCreated: activity.dateCreated,
        version: activity.data?.version ?? null,
      }));
    },

    async latestEventLocation(issueId: string, environment: string | null): Promise<CodeLocation | null> {
      const answer = await orNull(
        getApi(
          apiPath`/organizations/${org}/issues/${issueId}/events/latest/`,
          environment ? [["environment", environment]] : [],
          calls.issue(issueId),
        ),
      );
      if (answer === null) return null;
      const exceptions: ExceptionData[] = [];
      const threads: ThreadsData[] = [];
      parseAs(eventSchema, answer.body, answer.endpoint).entries.forEach((entry, index) => {
        const at = ["entries", index, "data"];
        if (entry.type === "exception")
          exceptions.push(parseAs(exceptionDataSchema, entry.data, answer.endpoint, at));
        if (entry.type === "threads")
          threads.push(parseAs(threadsDataSchema, entry.data, answer.endpoint, at));
      });
      return innermostInAppFrame(exceptions, threads);
    },

    async hasReleaseEvents(query: ReleaseEventsQuery): Promise<boolean> {
      const params = issueListQuery(query, issueQuery({ release: query.release, userQuery: "" }), [
        ["limit", "1"],
      ]);
      const answer = await getApi(
        apiPath`/organizations/${org}/issues/`,
        params,
        calls.issues(query.environment),
      );
      return parseAs(issuesSchema, answer.body, answer.endpoint).length > 0;
    },

    async errorTimeline(query: TimelineQuery): Promise<TimelineBucket[]> {
      const plan = planTimeline(query);
      const call = calls.count(query.environment);
      const values: SentryBucket[] = [];
      // One after another: a long unaligned range is a few heavy queries, no need to run them at once.
      for (const range of plan.calls) {
        // interval is whole seconds: the schema types it integer, and Sentry reads it with
        // parse_stats_period, where a bare number is seconds ("1h" would do too).
        const params: Array<readonly [string, string]> = [
          ["dataset", "errors"],
          ["yAxis", COUNT],
          ["interval", String(plan.fetchSeconds)],
          ["start", range.start.toISOString()],
          ["end", range.end.toISOString()],
          ...query.projects.map((project) => ["project", project.id] as const),
          ...(query.environment ? [["environment", query.environment] as const] : []),
        ];
        const answer = await getApi(apiPath`/organizations/${org}/events-timeseries/`, params, call);
        const { timeSeries } = parseAs(timeseriesSchema, answer.body, answer.endpoint);
        // No series at all: Sentry found no project to count in, so there is nothing to count.
        if (timeSeries.length === 0) continue;
        const index = timeSeries.findIndex((series) => series.yAxis === COUNT);
        const series = timeSeries[index];
        if (!series) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} has no ${COUNT} series (yAxis: ${timeSeries.map((s) => s.yAxis).join(", ")}).`,
          );
        }
        // Sentry swaps an interval it will not serve for its default without saying so, but in meta.
        if (series.meta.interval !== plan.fetchSeconds * 1000) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer.endpoint} has buckets of ${series.meta.interval / 1000} s at timeSeries[${index}].meta.interval, not the ${plan.fetchSeconds} s asked for.`,
          );
        }
        for (const value of series.values) values.push(value);
      }
      return sumIntoTimeline(query, plan, values);
    },

    releaseTraffic: (query, kinds) => releaseTraffic(getApi, org, query, kinds, now()),
    transactionStats: (query) => transactionStats(getApi, org, query),
    releaseSessions: (query) => releaseSessions(getApi, org, query, now()),
  };
}
