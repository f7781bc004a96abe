// The SentrySource over Sentry's own MCP server (@sentry/mcp-server 0.39.0), which reads Sentry for
// us: this source sends no request to Sentry itself. The server's issue search has no environment
// and no start time, so issues come from Discover (search_events, dataset errors: exact counts per
// issue in a range and environment, as JSON) and the issue search only says which of them match an
// issue-level condition (regressed in a release, status, the user's query). The server has no tool
// that counts the events of an issue that is not an error issue (a performance issue's are not in
// the errors dataset): such an issue is `uncountable` with the reason, never a zero.
//
// Cost per method: MCP tool calls, and the Sentry requests the server makes for them (search_events
// asks /events/validate/ before /events/; the others one request each).
//
// | method              | tool calls                                                   | Sentry requests |
// |---------------------|--------------------------------------------------------------|-----------------|
// | resolveProjects     | 1 find_projects per 25 slugs                                 | 1 each          |
// | release + deploys   | 1 get_release_details, shared by both                        | 2               |
// | searchIssues        | 1 search_events per 100 issues in the range (keyset pages)   | 2 each          |
// |                     | + 1 search_issues per issue-level condition (regressed in a  | 1 each          |
// |                     |   release, is:regressed, unresolved, the user's query)       |                 |
// |                     | + once per issue and run, per 25 issues: 1 search_events for | 2 each          |
// |                     |   title/culprit/level, 1 for the first event in the          |                 |
// |                     |   environment (first-seen conditions), 1 for the first event |                 |
// |                     |   of the release (firstRelease); minEvents, sort and         |                 |
// |                     |   maxResults filter and order those rows here                |                 |
// | countIssues         | as searchIssues, without the title lookup: the spike test's  |                 |
// |                     |   family count walks every issue with events in the day      |                 |
// | resolveShortId      | 1 get_issue_activity (does it exist) + 1 search_events (an   | 1 + 2           |
// |                     |   error issue: its error events)                             |                 |
// |                     | + for an issue with no error event in 90 days (performance   | + 4 to 7        |
// |                     |   and other categories): 1 get_issue_details (its category   |                 |
// |                     |   and title; the server also reads the latest event, the     |                 |
// |                     |   external issues and replays, and, when the event has them, |                 |
// |                     |   a stack trace link, the trace and a span search)           |                 |
// | issueCounts         | 1 search_events per 50 error issues; none for the others     | 2 each          |
// | issueActivity       | 1 get_issue_activity                                         | 1               |
// | latestEventLocation | 1 search_events                                              | 2               |
// | hasReleaseEvents    | 1 search_events                                              | 2               |
// | errorTimeline       | none: it throws (the server has no time series)              | 0               |
// | releaseTraffic      | 1 search_events for errors; transactions and sessions null   | 2               |
// | transactionStats,   | none: null (spans only extrapolated, no sessions tool)       | 0               |
// | releaseSessions     |                                                              |                 |
//
// A verify poll in steady state: 2 tool calls (the issues of the range, those regressed in the
// release), 3 Sentry requests, where the REST source makes 2.
//
// Exact (the same answer as the REST source, on the same data): release, deploys (up to 50),
// issueActivity, issueCounts of error issues, the category of an issue with an error event in 90
// days, and in searchIssues the events and users in the range and environment, regressedInRelease,
// regressed and unresolved. Not seen at all (`limitations`, said in every report):
// - searchIssues sees error issues only (Discover's errors dataset): no performance, cron, uptime or
//   feedback issues, so none of them is ever new, regressed or a spike here.
// - hasReleaseEvents sees error events only: a release that sent only other issues' events is silent.
// - issueCounts cannot count an issue of another category: it is `uncountable`, with the reason.
// Approximate:
// - first seen in an environment is when Sentry processed the issue's first event there
//   (GroupEnvironment), seconds to minutes after the event; the server shows event times only, so
//   first seen here is the first event's own time (min(timestamp)), and an issue whose first event
//   came just before the rollout began but was processed after it is not new here, as it is in Sentry.
// - first seen and first release come from the first event Sentry still keeps (90 days), not from
//   Group/GroupEnvironment: an issue silent for longer looks first seen on its return. firstRelease
//   with an environment is the release of the first event there; without one, of the issue's very
//   first event (Group.first_release), not the first release of any environment.
// - firstSeen and lastSeen are whole seconds (Snuba's DateTime); first-seen bounds are compared at
//   that grain, and the first release is the one whose first event falls in the same second.
// - users are count_unique(user): Sentry may count events without a user as one more user.
// - the user's query is checked by the issue search over the whole period, in every environment.
// - projects are named by slug (the server shows no project ID): ProjectRef.id is the slug.
// - latestEventLocation reads the exception frames only (no thread stacks of native crashes).
// - an issue with no error event in 90 days resolves to its short ID (no numeric ID, project, culprit
//   or level) with the category get_issue_details states and the first line of its title; when the
//   answer does not state exactly one category line (text from Sentry can add one) or shows no latest
//   event, its category is "unknown" and its events uncountable.
// - more than 99 issues matching one issue-level condition cannot be listed (no cursor): an error.
import * as z from "zod";
import { issueLink, sentryCalls } from "../calls.js";
import { SentryError } from "../errors.js";
import type { Call } from "../rest/http.js";
import {
  type CodeLocation,
  type DeployRecord,
  ERROR_CATEGORY,
  type IssueActivity,
  type IssueCategory,
  type IssueCount,
  type IssueCounts,
  type IssueInfo,
  type IssueSearch,
  type IssueSummary,
  type ProjectRef,
  type ReleaseEventsQuery,
  type ReleaseInfo,
  type SentrySource,
} from "../source.js";
import { connectMcp } from "./client.js";
import {
  readActivity,
  readDiscoverRows,
  readIssueDetails,
  readIssueShortIds,
  readReleaseDetails,
} from "./markdown.js";
import {
  COUNT_ROW_FIELDS,
  countRow,
  environmentTerms,
  eventsPeriod,
  FIRST_EVENT_FIELDS,
  FRAME_ROW_FIELDS,
  firstEventRow,
  framesRow,
  ISSUE_ROW_FIELDS,
  issueIdTerms,
  issueRow,
  issuesPeriod,
  META_ROW_FIELDS,
  metaRow,
  projectTerms,
  RETENTION,
  rangeTerms,
  regressedInTerms,
  releaseTerms,
  totalRow,
} from "./queries.js";

export interface McpSourceOptions {
  org: string;
  /** Sentry's base URL as configured; a self-hosted one is given to the server as --host (http also as --insecure-http). */
  url: string;
  token: string;
  /** How to start the server over stdio (the token goes in its environment), or a remote endpoint (streamable HTTP). */
  server: { command: string[] } | { url: string };
  deadlineAt: number;
  onToolCall?: (call: { tool: string; ms: number; ok: boolean }) => void;
  /** Sentry's clock, from which the server's periods count back. Default Date.now. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Discover's and the issue search's page: the most rows one tool call returns. */
const PAGE = 100;
/** Issues per lookup, so that their rows (one per issue and environment) fit a page. */
const CHUNK = 25;
/** Issues per count, as the REST source counts them. */
const COUNT_CHUNK = 50;

type IssueRow = z.output<typeof issueRow>;
type Meta = z.output<typeof metaRow>;

/** The category of an issue whose kind the server did not say safely: never counted as an error issue. */
const UNKNOWN_CATEGORY: IssueCategory = "unknown";

/** What source: mcp cannot see at all, said in every report. */
export const MCP_LIMITATIONS: readonly string[] = [
  "source: mcp looks for new, regressed and spiking issues among error issues only (the Sentry MCP server reads Discover's errors dataset), so performance issues and other issues that are not errors are not seen: use source: api to check them.",
  "source: mcp learns that Sentry receives the release's events from its error events only, so a release that sent only performance issues' events looks silent to it.",
  "source: mcp checks no latency, failure rate or crash rate, and counts no transactions or sessions of the release: the Sentry MCP server's search_events gives spans with extrapolated counts only (its sampling=NORMAL), where the tests need raw sample counts, and it has no release-health (sessions) tool. Use source: api for them.",
];

/** Why source: mcp cannot count the events of an issue of this category. */
function notCountable(category: IssueCategory): string {
  return `The Sentry MCP server counts error events only (its search_events reads Discover's errors dataset), so source: mcp cannot count the events of this ${category} issue: use source: api.`;
}

const projectsAnswer = z.object({ projects: z.array(z.object({ slug: z.string() })), hasMore: z.boolean() });

export async function createMcpSource(
  options: McpSourceOptions,
): Promise<SentrySource & { close(): Promise<void> }> {
  const { org } = options;
  const now = options.now ?? Date.now;
  const mcp = await connectMcp({
    url: options.url,
    token: options.token,
    server: options.server,
    deadlineAt: options.deadlineAt,
    now,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    onToolCall: options.onToolCall ?? (() => {}),
  });
  // The server gives no permalink: the one Sentry builds on a self-hosted host, as the REST source's fallback.
  const permalink = (id: string) => issueLink(options.url, org, id);
  const calls = sentryCalls(org);

  async function discover<Row extends z.ZodType>(
    row: Row,
    fields: readonly string[],
    terms: readonly string[],
    sort: string,
    period: string,
    call: Call,
    limit = PAGE,
  ): Promise<z.output<Row>[]> {
    const args = {
      organizationSlug: org,
      dataset: "errors",
      fields,
      query: terms.join(" "),
      sort,
      period,
      limit,
    };
    return readDiscoverRows((await mcp.call("search_events", args, call)).text, row);
  }

  // Searches made at once (the two of a poll, the three of the spike check) often ask the same: one
  // call serves them all while it runs.
  const running = new Map<string, Promise<unknown>>();
  function shared<T>(key: string, load: () => Promise<T>): Promise<T> {
    let answer = running.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = load().finally(() => running.delete(key));
      running.set(key, answer);
    }
    return answer;
  }

  /** Short IDs of the issues matching an issue search with an event since `start` (any environment). */
  function matching(terms: readonly string[], start: Date, call: Call): Promise<Set<string>> {
    const query = [...terms, `lastSeen:>=${start.toISOString()}`].join(" ");
    return shared(`issues ${query}`, async () => {
      const period = issuesPeriod(start, now());
      const args = { organizationSlug: org, query, sort: "date", period, limit: PAGE };
      const shortIds = readIssueShortIds((await mcp.call("search_issues", args, call)).text);
      if (shortIds.length >= PAGE) {
        throw new SentryError(
          "bad-request",
          `${PAGE} or more issues match "${query}", and the Sentry MCP server's search_issues lists no further: narrow it with the query input, or use source: api.`,
        );
      }
      return new Set(shortIds);
    });
  }

  type Scope = Pick<IssueSearch, "projects" | "environment" | "start" | "end">;
  function issueRows(scope: Scope, extra: readonly string[] = []): Promise<IssueRow[]> {
    const terms = [
      ...projectTerms(scope.projects),
      ...environmentTerms(scope.environment),
      ...rangeTerms(scope.start, scope.end),
      ...extra,
    ];
    return shared(`rows ${terms.join(" ")}`, () => walkIssues(terms, scope));
  }

  /** Every issue with events in the terms, 100 at a time in order of issue ID (Discover has no cursor here). */
  async function walkIssues(terms: readonly string[], scope: Scope): Promise<IssueRow[]> {
    const rows: IssueRow[] = [];
    for (let after: string | null = null; ; ) {
      const page: IssueRow[] = await discover(
        issueRow,
        ISSUE_ROW_FIELDS,
        after === null ? terms : [...terms, `issue.id:>${after}`],
        "issue.id",
        eventsPeriod(scope.start, now()),
        calls.issues(scope.environment),
      );
      rows.push(...page);
      if (page.length < PAGE) return rows;
      after = (page.at(-1) as IssueRow)["issue.id"];
    }
  }

  /** Per-issue facts that do not change during a run, looked up once per issue, 25 issues a call. */
  function lookup<T>(load: (ids: string[]) => Promise<Map<string, T>>) {
    const known = new Map<string, Promise<T | undefined>>();
    return async (ids: readonly string[]): Promise<Map<string, T>> => {
      const missing = ids.filter((id) => !known.has(id));
      if (missing.length > 0) {
        const loading = load(missing);
        for (const id of missing) {
          const one = loading.then((found) => found.get(id));
          known.set(id, one);
          // A failed lookup is not kept: the next search asks again.
          one.catch(() => known.delete(id));
        }
      }
      const found = new Map<string, T>();
      for (const id of ids) {
        const value = await known.get(id);
        if (value !== undefined) found.set(id, value);
      }
      return found;
    };
  }

  /** Rows of a per-issue query for many issues, a chunk at a time; a full page is split until it fits. */
  async function perIssue<Row>(ids: readonly string[], query: (chunk: string[]) => Promise<Row[]>) {
    const rows: Row[] = [];
    const fill = async (chunk: string[]): Promise<void> => {
      const page = await query(chunk);
      if (page.length < PAGE) {
        rows.push(...page);
        return;
      }
      if (chunk.length === 1) {
        throw new SentryError("bad-request", `Issue ${chunk[0]} has more rows than one Discover page holds.`);
      }
      const half = Math.ceil(chunk.length / 2);
      await fill(chunk.slice(0, half));
      await fill(chunk.slice(half));
    };
    for (let from = 0; from < ids.length; from += CHUNK) await fill(ids.slice(from, from + CHUNK));
    return rows;
  }

  /** Title, culprit and level: those of the issue's latest event, as Sentry updates its issues. */
  const issueMeta = lookup(async (ids) => {
    const rows = await perIssue(ids, (chunk) =>
      discover(metaRow, META_ROW_FIELDS, issueIdTerms(chunk), "-last_seen()", RETENTION, calls.issues(null)),
    );
    const meta = new Map<string, Meta>();
    for (const row of rows) if (!meta.has(row["issue.id"])) meta.set(row["issue.id"], row);
    return meta;
  });

  /** Per environment, the time of each issue's first event there (of `release`, when given). */
  const firstEvents = new Map<string, ReturnType<typeof lookup<Map<string, number>>>>();
  function firstEventsIn(environment: string | null, release?: string) {
    const key = JSON.stringify([environment, release ?? null]);
    let load = firstEvents.get(key);
    if (!load) {
      load = lookup(async (ids) => {
        const rows = await perIssue(ids, (chunk) =>
          discover(
            firstEventRow,
            FIRST_EVENT_FIELDS,
            [...issueIdTerms(chunk), ...environmentTerms(environment), ...releaseTerms(release)],
            "issue.id",
            RETENTION,
            calls.issues(environment),
          ),
        );
        const found = new Map<string, Map<string, number>>();
        for (const row of rows) {
          const perEnvironment = found.get(row["issue.id"]) ?? new Map<string, number>();
          perEnvironment.set(row.environment ?? "", row["min(timestamp)"].getTime());
          found.set(row["issue.id"], perEnvironment);
        }
        return found;
      });
      firstEvents.set(key, load);
    }
    return load;
  }

  /**
   * The issue-level conditions, as Sentry applies them (sentry-api.md §11): with an environment on the
   * issue's first event there (GroupEnvironment's first seen and first release), without one on its
   * very first event (Group.first_seen, and Group.first_release: not the first release of any
   * environment). Sentry's first seen is when it processed that event; Discover shows event times only.
   */
  async function firstConditions(search: IssueSearch, rows: IssueRow[]): Promise<IssueRow[]> {
    const { firstSeenFrom, firstSeenBefore, firstRelease, environment } = search;
    if (!firstSeenFrom && !firstSeenBefore && firstRelease === undefined) return rows;
    const firsts = await firstEventsIn(environment)(rows.map((row) => row["issue.id"]));
    // The earliest of the first events per environment: the environment's own when there is one.
    const earliest = (found: Map<string, Map<string, number>>, id: string) => {
      const times = [...(found.get(id)?.values() ?? [])];
      return times.length === 0 ? null : Math.min(...times);
    };
    // Discover's times are whole seconds: the bounds are compared at that grain, so that an event in
    // a bound's own second is on one side of it, the same for every condition.
    const second = (at: Date) => Math.floor(at.getTime() / 1000) * 1000;
    const seen = rows.filter((row) => {
      const first = earliest(firsts, row["issue.id"]);
      return (
        first !== null &&
        (!firstSeenFrom || first >= second(firstSeenFrom)) &&
        (!firstSeenBefore || first < second(firstSeenBefore))
      );
    });
    if (firstRelease === undefined) return seen;
    const ofRelease = await firstEventsIn(environment, firstRelease)(seen.map((row) => row["issue.id"]));
    // The first event is of the release when the release's first event is as early.
    return seen.filter((row) => {
      const first = earliest(firsts, row["issue.id"]);
      return first !== null && earliest(ofRelease, row["issue.id"]) === first;
    });
  }

  /** The rows of the issues a search matches, in its order (the busiest first with sort freq). */
  async function matchingRows(search: IssueSearch): Promise<IssueRow[]> {
    const call = calls.issues(search.environment);
    const [rows, regressedIn, regressed, settled, userMatches, ofRelease] = await Promise.all([
      issueRows(search),
      search.regressedInRelease === undefined
        ? null
        : matching(regressedInTerms(search.regressedInRelease), search.start, call),
      search.regressed ? matching(["is:regressed"], search.start, call) : null,
      // The few issues not unresolved (resolved, archived) rather than the many that are.
      search.unresolved ? matching(["!is:unresolved"], search.start, call) : null,
      search.userQuery.trim() ? matching([search.userQuery.trim()], search.start, call) : null,
      search.release === undefined ? null : issueRows(search, releaseTerms(search.release)),
    ]);
    const releaseIds = ofRelease && new Set(ofRelease.map((row) => row["issue.id"]));
    const kept = await firstConditions(
      search,
      rows.filter((row) => {
        if (search.minEvents !== undefined && row["count()"] < search.minEvents) return false;
        const shortId = row.issue.toUpperCase();
        return (
          (!regressedIn || regressedIn.has(shortId)) &&
          (!regressed || regressed.has(shortId)) &&
          !settled?.has(shortId) &&
          (!userMatches || userMatches.has(shortId)) &&
          (!releaseIds || releaseIds.has(row["issue.id"]))
        );
      }),
    );
    if (search.sort === "freq") kept.sort((a, b) => b["count()"] - a["count()"]);
    return search.maxResults === undefined ? kept : kept.slice(0, search.maxResults);
  }

  const releases = new Map<string, Promise<ReturnType<typeof readReleaseDetails> | null>>();
  function releaseDetails(version: string) {
    let details = releases.get(version);
    if (!details) {
      details = mcp
        .call(
          "get_release_details",
          {
            organizationSlug: org,
            releaseVersion: version,
            includeCommits: false,
            includeDeploys: true,
            // The server's most, newest first: a release deployed more often loses its oldest records.
            limit: 50,
          },
          {
            what: "read releases",
            scope: "project:read",
            notFound: `Sentry has no release "${version}" in organization "${org}": check release and org`,
          },
        )
        .then(
          (answer) => readReleaseDetails(answer.text),
          (error: unknown) => {
            if (error instanceof SentryError && error.kind === "not-found") return null;
            releases.delete(version);
            throw error;
          },
        );
      releases.set(version, details);
    }
    return details;
  }

  async function activity(issueId: string) {
    const answer = await mcp.call(
      "get_issue_activity",
      { organizationSlug: org, issueId, includeComments: false, limit: 100 },
      calls.issue(issueId),
    );
    return readActivity(answer.text);
  }

  /** Why an issue's kind could not be read, per issue ID: said instead of its counts. */
  const unreadable = new Map<string, string>();

  /**
   * An issue without an error event in 90 days: one of another category (its events are not in the
   * errors dataset), or an error issue silent that long. get_issue_details says which, and its title.
   */
  async function otherIssue(shortId: string): Promise<IssueInfo> {
    // Sentry's issue page takes the short ID; the numeric ID is shown by Discover only.
    const known = (id: string, title: string, category: IssueCategory, why?: string): IssueInfo => {
      if (why !== undefined) unreadable.set(id, why);
      return {
        id,
        shortId: id,
        title,
        culprit: null,
        permalink: permalink(id),
        // The server does not show the level; no finding is made of an issue it cannot count.
        level: "error",
        category,
        projectSlug: "",
        projectId: "",
      };
    };
    let text: string;
    try {
      text = (
        await mcp.call("get_issue_details", { organizationSlug: org, issueId: shortId }, calls.issue(shortId))
      ).text;
    } catch (error) {
      if (!(error instanceof SentryError && error.kind === "not-found")) throw error;
      // The issue exists (its activity was read), but Sentry has no latest event of it to show.
      return known(
        shortId,
        shortId,
        UNKNOWN_CATEGORY,
        `Sentry shows the Sentry MCP server no event of ${shortId} in the last 90 days (get_issue_details found no latest event), so source: mcp cannot tell what kind of issue it is, nor count its events: use source: api.`,
      );
    }
    // The short ID Sentry gives: a merged issue's is the one it was merged into.
    const details = readIssueDetails(text);
    if (details.category !== null) return known(details.shortId, details.title, details.category);
    return known(
      details.shortId,
      details.title,
      UNKNOWN_CATEGORY,
      details.categoryLines > 1
        ? `Text from Sentry (the title or the latest event of ${details.shortId}) imitates the "Issue Category" line of the Sentry MCP server's get_issue_details answer, so source: mcp cannot tell safely what kind of issue it is, nor count its events: use source: api.`
        : `The Sentry MCP server's get_issue_details answer does not say what kind of issue ${details.shortId} is, so source: mcp cannot count its events: use source: api.`,
    );
  }

  return {
    limitations: MCP_LIMITATIONS,

    async resolveProjects(slugs: readonly string[]): Promise<ProjectRef[]> {
      const found = new Set<string>();
      for (let from = 0; from < slugs.length; from += CHUNK) {
        const chunk = slugs.slice(from, from + CHUNK);
        const answer = await mcp.call(
          "find_projects",
          { organizationSlug: org, query: chunk.map((slug) => `slug:${slug}`).join(" ") },
          { what: "read projects", scope: "org:read", notFound: calls.noOrgOrEnvironment(null) },
        );
        const parsed = projectsAnswer.safeParse(answer.structured);
        if (!parsed.success)
          throw new SentryError(
            "malformed",
            "The Sentry MCP server's find_projects answer has no list of projects.",
          );
        for (const project of parsed.data.projects) found.add(project.slug);
      }
      const missing = slugs.filter((slug) => !found.has(slug));
      if (missing.length > 0) {
        throw new SentryError(
          "not-found",
          `Sentry has no project${missing.length > 1 ? "s" : ""} ${missing.map((slug) => `"${slug}"`).join(", ")} in organization "${org}" that this token can see: check project and org.`,
        );
      }
      return slugs.map((slug) => ({ id: slug, slug }));
    },

    async release(version: string): Promise<ReleaseInfo | null> {
      const details = await releaseDetails(version);
      if (details === null) return null;
      if (!details.created)
        throw new SentryError(
          "malformed",
          `The Sentry MCP server gave no creation time of release ${version}.`,
        );
      return {
        version,
        dateCreated: details.created,
        firstEvent: details.firstEvent,
        lastEvent: details.lastEvent,
      };
    },

    async deploys(version: string): Promise<DeployRecord[]> {
      const details = await releaseDetails(version);
      return (details?.deploys ?? []).map((deploy) => ({
        id: deploy.id,
        environment: deploy.environment ?? "",
        dateStarted: deploy.started,
        dateFinished: deploy.finished,
      }));
    },

    async *searchIssues(search: IssueSearch): AsyncIterable<IssueSummary> {
      const kept = await matchingRows(search);
      const meta = await issueMeta(kept.map((row) => row["issue.id"]));
      for (const row of kept) {
        const id = row["issue.id"];
        const about = meta.get(id);
        yield {
          id,
          shortId: row.issue,
          title: about?.title ?? row.issue,
          culprit: about?.culprit ?? null,
          permalink: permalink(id),
          level: about?.level ?? "error",
          category: ERROR_CATEGORY,
          projectSlug: row.project,
          events: row["count()"],
          users: row["count_unique(user)"],
          firstSeen: row["min(timestamp)"],
          lastSeen: row["last_seen()"],
        };
      }
    },

    async countIssues(search: IssueSearch): Promise<number> {
      return (await matchingRows(search)).length;
    },

    async resolveShortId(shortId: string): Promise<IssueInfo | null> {
      const wanted = shortId.toUpperCase();
      if (!/^[A-Z0-9][A-Z0-9_-]*$/.test(wanted)) return null;
      // Discover refuses an unknown short ID in its query (400): ask whether the issue exists first.
      try {
        await activity(wanted);
      } catch (error) {
        if (error instanceof SentryError && error.kind === "not-found") return null;
        throw error;
      }
      const [row] = await discover(
        metaRow,
        META_ROW_FIELDS,
        [`issue:${wanted}`],
        "-last_seen()",
        RETENTION,
        calls.issue(wanted),
        1,
      );
      // An error event of it in Discover's errors dataset: an error issue.
      if (row) {
        const id = row["issue.id"];
        return {
          id,
          shortId: row.issue,
          title: row.title,
          culprit: row.culprit,
          permalink: permalink(id),
          level: row.level ?? "error",
          category: ERROR_CATEGORY,
          projectSlug: row.project,
          projectId: row.project,
        };
      }
      return otherIssue(wanted);
    },

    async issueCounts(query): Promise<IssueCounts> {
      const counts = new Map<string, IssueCount>();
      const uncountable = new Map<string, string>();
      const ids = new Set<string>();
      for (const issue of query.issues) {
        if (issue.category !== ERROR_CATEGORY) {
          uncountable.set(issue.id, unreadable.get(issue.id) ?? notCountable(issue.category));
        } else if (/^\d+$/.test(issue.id)) {
          ids.add(issue.id);
        }
        // An error issue known by short ID only has had no error event in 90 days, so none in the range.
      }
      const counted = [...ids];
      for (let from = 0; from < counted.length; from += COUNT_CHUNK) {
        const rows = await discover(
          countRow,
          COUNT_ROW_FIELDS,
          // The issue IDs pin the projects: no project filter (an issue known by short ID only has none).
          [
            ...issueIdTerms(counted.slice(from, from + COUNT_CHUNK)),
            ...releaseTerms(query.release),
            ...environmentTerms(query.environment),
            ...rangeTerms(query.start, query.end),
          ],
          "issue.id",
          eventsPeriod(query.start, now()),
          calls.count(query.environment),
        );
        for (const row of rows) {
          counts.set(row["issue.id"], {
            events: row["count()"],
            users: row["count_unique(user)"],
            firstSeen: row["min(timestamp)"],
            lastSeen: row["last_seen()"],
          });
        }
      }
      return { counts, uncountable };
    },

    async issueActivity(issueId: string): Promise<IssueActivity[]> {
      return (await activity(issueId)).map((entry) => ({
        type: entry.type,
        dateCreated: entry.dateCreated,
        version: typeof entry.data?.version === "string" ? entry.data.version : null,
      }));
    },

    async latestEventLocation(issueId: string, environment: string | null): Promise<CodeLocation | null> {
      if (!/^\d+$/.test(issueId)) return null;
      const [event] = await discover(
        framesRow,
        FRAME_ROW_FIELDS,
        [...issueIdTerms([issueId]), ...environmentTerms(environment)],
        "-last_seen()",
        RETENTION,
        calls.issue(issueId),
        1,
      );
      if (!event) return null;
      // The raised exception is the last one with frames (the highest stack level), its innermost
      // in-app frame the last in-app one, as the REST source reads the event's exception entry.
      const levels = event["stack.stack_level"];
      const raised = Math.max(-1, ...levels.map((level) => level ?? -1));
      for (let index = levels.length - 1; index >= 0; index--) {
        if (levels[index] !== raised) continue;
        const inApp = event["stack.in_app"][index];
        const file = event["stack.filename"][index] || event["stack.abs_path"][index];
        if ((inApp === true || inApp === 1) && file) {
          return {
            file,
            line: event["stack.lineno"][index] ?? null,
            function: event["stack.function"][index] ?? null,
          };
        }
      }
      return null;
    },

    async hasReleaseEvents(query): Promise<boolean> {
      return (await releaseErrors(query)) > 0;
    },

    async releaseTraffic(query, kinds) {
      return {
        errors: kinds.includes("errors") ? await releaseErrors(query) : null,
        transactions: null,
        sessions: null,
      };
    },

    transactionStats: async () => null,
    releaseSessions: async () => null,

    async errorTimeline() {
      throw new SentryError(
        "bad-request",
        "The Sentry MCP server has no time series of events (its search_events answers tables), so source: mcp draws no chart.",
      );
    },

    close: () => mcp.close(),
  };

  /** Error events of the release in the range. */
  async function releaseErrors(query: ReleaseEventsQuery): Promise<number> {
    const [total] = await discover(
      totalRow,
      ["count()"],
      [
        ...projectTerms(query.projects),
        ...releaseTerms(query.release),
        ...environmentTerms(query.environment),
        ...rangeTerms(query.start, query.end),
      ],
      "-count()",
      eventsPeriod(query.start, now()),
      calls.count(query.environment),
      1,
    );
    return total?.["count()"] ?? 0;
  }
}
