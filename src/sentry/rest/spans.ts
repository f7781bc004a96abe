// Tracing over Discover's spans dataset, as docs/performance-wire.md lays out: a release's sampled
// transactions, and per transaction its samples, failures, p95 and the samples slower than a threshold.
// Every query is of segments (is_transaction:true: one span per request or page load) and asks for raw
// sample counts (disableAggregateExtrapolation=1), which the statistical tests need.
//
// A Sentry without the spans dataset (an older self-hosted one) answers 400; so does one without a
// function asked for. Either means this Sentry cannot tell, not that the run went wrong: the methods
// then answer null (tracing unavailable) and the engine says so. Only those refusals, recognized by
// Sentry's words: any other 400 is an error, as is everything http.ts already makes one (auth, 5xx
// after its retries, …). No fallback to the older transactions dataset is built.
import { sentryCalls } from "../calls.js";
import { SentryError } from "../errors.js";
import { excerpt } from "../redact.js";
import type { ReleaseEventsQuery, TransactionStats, TransactionStatsQuery } from "../source.js";
import type { Answer, Call, GetApi } from "./http.js";
import { parseAs } from "./parse.js";
import { apiPath, type Params, scopeParams } from "./paths.js";
import { totalCountSchema, transactionCountsSchema, transactionStatsSchema } from "./schemas.js";
import { quoteExactValue, quoteSearchValue } from "./search-query.js";
import { orUnsupported } from "./status-errors.js";

/** Names this tool's queries in Sentry's own logs. */
const REFERRER = "sentry-deploy-verify";
const COUNT = "count()";
const STATS_FIELDS = ["transaction", COUNT, "failure_count()", "p95(span.duration)"];
/** Discover's largest page. */
const MAX_TRANSACTIONS = 100;
/**
 * Names per request counting the slower samples. Each adds a term of about 40 characters plus the name
 * to the query, which travels in the URL, and a level to the OR tree Sentry builds of it: 50 keep the
 * rows within a page and the query short. Its length is bounded as well, for long names.
 */
const SLOWER_NAMES_PER_REQUEST = 50;
/**
 * The query's length, URL-encoded, in one request counting the slower samples: with the rest of the
 * URL, well within the 8 KB request line that nginx (in front of self-hosted Sentry) accepts by default.
 */
const MAX_SLOWER_QUERY_CHARS = 6_000;
/** Sentry's words for a dataset, field or function it does not have ("dataset must be one of: …"). */
const UNKNOWN_DATASET_OR_FUNCTION = /dataset|(unknown|invalid|not a valid) (function|field|column)/i;

type Scope = Pick<ReleaseEventsQuery, "projects" | "environment" | "start" | "end">;

/** Sampled transactions of the release in the range; null when this Sentry has no spans to count. */
export async function countTransactions(
  getApi: GetApi,
  org: string,
  query: ReleaseEventsQuery,
): Promise<number | null> {
  const answer = await askSpans(getApi, org, query, {
    fields: [COUNT],
    terms: [`release:${quoteSearchValue(query.release)}`],
    perPage: 1,
  });
  if (answer === null) return null;
  return parseAs(totalCountSchema, answer.body, answer.endpoint).data[0]?.[COUNT] ?? 0;
}

/**
 * Per transaction, the busiest first: one request, and one more for the samples slower than the
 * thresholds (more when there are many names), all at once. null when this Sentry has no spans to read.
 */
export async function transactionStats(
  getApi: GetApi,
  org: string,
  query: TransactionStatsQuery,
): Promise<TransactionStats[] | null> {
  if (!Number.isSafeInteger(query.maxResults) || query.maxResults < 1) {
    throw new SentryError(
      "bad-request",
      `Transaction stats need a whole, positive number of transactions, not ${query.maxResults}.`,
    );
  }
  // Sentry cannot read an empty list (transaction:[]), and it would match nothing.
  if (query.transactions?.length === 0) return [];
  const releases: string[] = [];
  if (query.release !== undefined) releases.push(`release:${quoteSearchValue(query.release)}`);
  if (query.exceptRelease !== undefined) releases.push(`!release:${quoteSearchValue(query.exceptRelease)}`);
  const names =
    query.transactions === undefined
      ? []
      : [`transaction:[${query.transactions.map(quoteExactValue).join(",")}]`];
  const slowerTerms = [...(query.slowerThan ?? [])].map(([name, ms]) => slowerTerm(name, ms));

  const [stats, ...slower] = await Promise.all([
    askSpans(getApi, org, query, {
      fields: STATS_FIELDS,
      terms: [...releases, ...names],
      sort: `-${COUNT}`,
      perPage: Math.min(query.maxResults, MAX_TRANSACTIONS),
    }),
    // The names come with their thresholds, so the list of names is not needed there.
    ...slowerBatches(
      slowerTerms,
      MAX_SLOWER_QUERY_CHARS - encodedLength(spansQuery([...releases, "()"])),
    ).map((batch) =>
      askSpans(getApi, org, query, {
        fields: ["transaction", COUNT],
        terms: [...releases, `(${batch.map((term) => term.text).join(" OR ")})`],
        sort: `-${COUNT}`,
        perPage: batch.length,
      }).then((answer) => answer && slowerCounts(answer, batch)),
    ),
  ]);
  if (stats === null || slower.includes(null)) return null;
  const slowerOf = new Map(slower.flatMap((counts) => [...(counts ?? [])]));

  const asked = query.transactions === undefined ? null : new Set(query.transactions);
  const rows = parseAs(transactionStatsSchema, stats.body, stats.endpoint).data.map((row) => {
    if (asked !== null && !asked.has(row.transaction)) notAsked(stats, row.transaction);
    const samples = row[COUNT];
    return {
      transaction: row.transaction,
      samples,
      failures: row["failure_count()"],
      p95Ms: row["p95(span.duration)"],
      // Counted by a second request, which may see samples that arrived after the first: never above them.
      slower: query.slowerThan?.has(row.transaction)
        ? Math.min(slowerOf.get(row.transaction) ?? 0, samples)
        : null,
    };
  });
  return rows.sort((a, b) => b.samples - a.samples);
}

/** `transaction:"A" span.duration:>372ms`, the name with its term so that a batch's answer can be checked. */
interface SlowerTerm {
  name: string;
  text: string;
}

function slowerTerm(name: string, ms: number): SlowerTerm {
  // The search grammar's duration: digits and a fraction, no sign, no exponent.
  if (!(ms >= 0 && ms <= Number.MAX_SAFE_INTEGER)) {
    throw new SentryError(
      "bad-request",
      `A duration threshold for transaction "${excerpt(name, 100)}" must be a number of milliseconds from 0, not ${ms}.`,
    );
  }
  const duration = ms.toFixed(3).replace(/\.?0+$/, "");
  return { name, text: `transaction:${quoteExactValue(name)} span.duration:>${duration}ms` };
}

/** The terms in batches of at most SLOWER_NAMES_PER_REQUEST, joined by OR in at most `room` characters (encoded). */
function slowerBatches(terms: readonly SlowerTerm[], room: number): SlowerTerm[][] {
  const batches: SlowerTerm[][] = [];
  let batch: SlowerTerm[] = [];
  let length = 0;
  for (const term of terms) {
    const more = encodedLength(` OR ${term.text}`);
    if (batch.length === SLOWER_NAMES_PER_REQUEST || (batch.length > 0 && length + more > room)) {
      batches.push(batch);
      batch = [];
      length = 0;
    }
    batch.push(term);
    length += more;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function slowerCounts(answer: Answer, batch: readonly SlowerTerm[]): Map<string, number> {
  const asked = new Set(batch.map((term) => term.name));
  const counts = new Map<string, number>();
  for (const row of parseAs(transactionCountsSchema, answer.body, answer.endpoint).data) {
    if (!asked.has(row.transaction)) notAsked(answer, row.transaction);
    counts.set(row.transaction, row[COUNT]);
  }
  return counts;
}

// A count of a transaction not asked for is not a count of any that was.
function notAsked(answer: Answer, transaction: string): never {
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${answer.endpoint} counts transaction "${excerpt(transaction, 60)}", which was not asked for.`,
  );
}

/** Segments only: one span per request or page load. */
function spansQuery(terms: readonly string[]): string {
  return ["is_transaction:true", ...terms].join(" ");
}

function encodedLength(text: string): number {
  return encodeURIComponent(text).length;
}

/** One request of the spans dataset, of segments, raw counts; null when this Sentry has no such thing. */
function askSpans(
  getApi: GetApi,
  org: string,
  scope: Scope,
  ask: { fields: readonly string[]; terms: readonly string[]; sort?: string; perPage: number },
): Promise<Answer | null> {
  const params: Params = [
    ["dataset", "spans"],
    ...ask.fields.map((field) => ["field", field] as const),
    ["query", spansQuery(ask.terms)],
    ...(ask.sort === undefined ? [] : [["sort", ask.sort] as const]),
    ...scopeParams(scope),
    ["disableAggregateExtrapolation", "1"],
    ["per_page", String(ask.perPage)],
    ["referrer", REFERRER],
  ];
  return orUnsupported(
    getApi(apiPath`/organizations/${org}/events/`, params, spansCall(org, scope.environment)),
  );
}

function spansCall(org: string, environment: string | null): Call {
  return {
    ...sentryCalls(org).count(environment),
    what: "read transactions (the spans dataset)",
    unsupported: UNKNOWN_DATASET_OR_FUNCTION,
  };
}
