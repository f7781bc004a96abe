// API paths built from user input (org, project, release) must stay the path they look like: a release
// named ".." must not climb to another endpoint, and a "/" or "?" in it must not split it.
import { SentryError } from "../errors.js";

/** `apiPath\`/organizations/${org}/issues/\`` → "/api/0/organizations/acme/issues/", each value encoded. */
export function apiPath(parts: TemplateStringsArray, ...values: string[]): string {
  let path = "/api/0";
  parts.forEach((part, index) => {
    path += part;
    const value = values[index];
    if (value === undefined) return;
    if (value === "" || value === "." || value === "..") {
      throw new SentryError("bad-request", `"${value}" cannot be used as a name in a Sentry API path.`);
    }
    path += encodeURIComponent(value);
  });
  return path;
}

/** The URL of an API path under a base that may carry a path of its own (self-hosted under /sentry). */
export function apiUrl(base: URL, path: string, query: ReadonlyArray<readonly [string, string]> = []): URL {
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`);
  for (const [name, value] of query) url.searchParams.append(name, value);
  return url;
}

export type Params = Array<readonly [string, string]>;

/** Where and when a query looks: its projects, environment and range (ISO 8601, to the millisecond). */
export function scopeParams(scope: {
  projects: readonly { id: string }[];
  environment: string | null;
  start: Date;
  end: Date;
}): Params {
  return [
    ...scope.projects.map((project) => ["project", project.id] as const),
    ...(scope.environment ? [["environment", scope.environment] as const] : []),
    ["start", scope.start.toISOString()],
    ["end", scope.end.toISOString()],
  ];
}
