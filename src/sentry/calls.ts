// What each kind of Sentry call is, in the words its errors use (the scope it needs, what a 404
// means), and the issue link Sentry builds: the same for both sources, whichever asks Sentry.
import type { Call } from "./rest/http.js";

export function sentryCalls(org: string) {
  // Sentry answers 404 for an environment it has never seen, as for an unknown organization.
  const noOrgOrEnvironment = (environment: string | null) =>
    environment
      ? `Sentry has no organization "${org}" or no environment "${environment}" in it: check org and environment`
      : `Sentry has no organization "${org}" that this token can see: check org`;
  return {
    noOrgOrEnvironment,
    issues: (environment: string | null): Call => ({
      what: "search issues",
      scope: "event:read",
      notFound: noOrgOrEnvironment(environment),
      badRequestHint: "Check the query input (Sentry's issue search syntax).",
    }),
    count: (environment: string | null): Call => ({
      what: "count events",
      scope: "org:read",
      notFound: noOrgOrEnvironment(environment),
    }),
    issue: (issue: string): Call => ({
      what: "read issues",
      scope: "event:read",
      notFound: `Sentry has no issue ${issue} in organization "${org}": check org`,
    }),
  };
}

/** The issue's page on a Sentry at `base` (Sentry's own permalink on a self-hosted host). */
export function issueLink(base: string, org: string, issueId: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return new URL(`organizations/${encodeURIComponent(org)}/issues/${encodeURIComponent(issueId)}/`, root)
    .href;
}

/** Where a report links a transaction and a release (Sentry's own pages; not confirmed on every Sentry version). */
export interface SentryLinks {
  transaction(name: string): string;
  release(version: string): string;
}

/** Links on a Sentry at `base` for the projects and environment a run watches. */
export function sentryLinks(
  base: string,
  org: string,
  projectIds: readonly string[],
  environment: string | null,
): SentryLinks {
  const root = base.endsWith("/") ? base : `${base}/`;
  const page = (path: string, params: [string, string][]) => {
    const url = new URL(`organizations/${encodeURIComponent(org)}/${path}`, root);
    for (const [key, value] of params) url.searchParams.append(key, value);
    for (const id of projectIds) url.searchParams.append("project", id);
    if (environment) url.searchParams.append("environment", environment);
    return url.href;
  };
  return {
    // The transaction summary page, which sentry.io redirects to its newer Insights summary.
    transaction: (name) => page("performance/summary/", [["transaction", name]]),
    release: (version) => page(`releases/${encodeURIComponent(version)}/`, []),
  };
}
