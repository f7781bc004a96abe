// What Sentry received from a release in a range: its error events (the errors dataset), its sampled
// transactions (spans.ts) and its sessions (sessions.ts), one request per kind asked, all at once.
import { sentryCalls } from "../calls.js";
import type { ReleaseEventsQuery, ReleaseTraffic, TrafficKind } from "../source.js";
import type { GetApi } from "./http.js";
import { parseAs } from "./parse.js";
import { apiPath, scopeParams } from "./paths.js";
import { totalCountSchema } from "./schemas.js";
import { quoteSearchValue } from "./search-query.js";
import { releaseSessions } from "./sessions.js";
import { countTransactions } from "./spans.js";

export async function releaseTraffic(
  getApi: GetApi,
  org: string,
  query: ReleaseEventsQuery,
  kinds: readonly TrafficKind[],
  now: number,
): Promise<ReleaseTraffic> {
  const count = (kind: TrafficKind, read: () => Promise<number | null>) =>
    kinds.includes(kind) ? read() : Promise.resolve(null);
  const [errors, transactions, sessions] = await Promise.all([
    count("errors", () => countErrors(getApi, org, query)),
    count("transactions", () => countTransactions(getApi, org, query)),
    count("sessions", async () => {
      const releases = await releaseSessions(getApi, org, query, now);
      return releases?.reduce((sum, release) => sum + release.sessions, 0) ?? null;
    }),
  ]);
  return { errors, transactions, sessions };
}

async function countErrors(getApi: GetApi, org: string, query: ReleaseEventsQuery): Promise<number> {
  const answer = await getApi(
    apiPath`/organizations/${org}/events/`,
    [
      ["dataset", "errors"],
      ["field", "count()"],
      ["query", `release:${quoteSearchValue(query.release)}`],
      ...scopeParams(query),
    ],
    sentryCalls(org).count(query.environment),
  );
  return parseAs(totalCountSchema, answer.body, answer.endpoint).data[0]?.["count()"] ?? 0;
}
