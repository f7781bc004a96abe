// What each Sentry request of a run was for, told from its path and parameters alone (the REST source's
// requests as sent, or as the simulator recorded them), so that the bench can count them by purpose.

export type Purpose =
  /** Projects, the release, its deploys, the region. */
  | "start-up"
  /** The organization issues endpoint: the verdict's searches, the spike test's lists. */
  | "issues"
  /** The same endpoint, one issue of the release in the environment: "did it send any error?" */
  | "errors probe"
  /** Discover, errors dataset, count() of the release: its error events (traffic). */
  | "traffic: errors"
  /** Discover, spans dataset, count() of the release: its transactions (traffic). */
  | "traffic: transactions"
  /** Discover, spans dataset, per transaction: samples, failures, p95 (performance checks). */
  | "spans: stats"
  /** Discover, spans dataset, per transaction: the samples slower than its threshold (latency check). */
  | "spans: slower"
  /** Release health: sessions per release (traffic, crash rate). */
  | "sessions"
  /** Discover, errors dataset, per issue: the spike test's baselines, the fix check's counts. */
  | "issue counts"
  | "short ID"
  /** An issue's detail: its activity (when it regressed). */
  | "issue activity"
  /** An issue's latest event: where it happened. */
  | "latest event"
  /** An issue's events listed (a claimed fix of another category). */
  | "issue events"
  /** The chart of error events around the deploy. */
  | "chart"
  | "other";

/** `path` as sent (/api/0/…), `query` its parameters. */
export function purposeOf(path: string, query: URLSearchParams): Purpose {
  const org = /^\/api\/0\/organizations\/[^/]+\/(.*)$/.exec(path)?.[1];
  if (org === undefined) return /^\/api\/0\/projects\//.test(path) ? "start-up" : "other";
  if (org === "issues/") return query.get("limit") === "1" ? "errors probe" : "issues";
  if (/^issues\/[^/]+\/events\/latest\/$/.test(org)) return "latest event";
  if (/^issues\/[^/]+\/events\/$/.test(org)) return "issue events";
  if (/^issues\/[^/]+\/(activities\/)?$/.test(org)) return "issue activity";
  if (org.startsWith("shortids/")) return "short ID";
  if (org === "events-timeseries/") return "chart";
  if (org === "sessions/") return "sessions";
  if (org === "events/") {
    const fields = query.getAll("field");
    if (query.get("dataset") === "spans") {
      if (!fields.includes("transaction")) return "traffic: transactions";
      return (query.get("query") ?? "").includes("span.duration:>") ? "spans: slower" : "spans: stats";
    }
    return fields.includes("issue.id") ? "issue counts" : "traffic: errors";
  }
  if (org === "" || org.startsWith("releases/") || org.startsWith("projects/")) return "start-up";
  return "other";
}

/** The traffic probes a poll makes once it found no error of the release. */
export const TRAFFIC_PROBES: readonly Purpose[] = ["traffic: transactions", "sessions"];
/** The verdict's requests in a poll (the spec's "at most 3"): the issue searches and the errors probe. */
export const VERDICT: readonly Purpose[] = ["issues", "errors probe"];
