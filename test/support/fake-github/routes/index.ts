// Every operation the fake serves, and how a request path finds one. Repository routes answer at
// GitHub's two spellings of a repository: /repos/{owner}/{repo}/… and /repositories/{id}/…, the
// form GitHub writes in Link headers.
import { createCommentRoute, listCommentsRoute, updateCommentRoute } from "./comments.js";
import { getCommitRoute } from "./commits.js";
import { treeRoute } from "./git.js";
import { createIssueRoute, listIssuesRoute, updateIssueRoute } from "./issues.js";
import { commitPullsRoute, pullCommitsRoute, pullFilesRoute, pullRoute } from "./pulls.js";
import type { Route } from "./types.js";
import { userRoute } from "./user.js";

// In the order paths are tried: /commits/{commit_sha}/pulls before /commits/{ref}, whose ref may
// span segments (heads/main).
export const ROUTES: readonly Route[] = [
  commitPullsRoute,
  getCommitRoute,
  pullRoute,
  pullFilesRoute,
  pullCommitsRoute,
  treeRoute,
  listCommentsRoute,
  createCommentRoute,
  updateCommentRoute,
  listIssuesRoute,
  createIssueRoute,
  updateIssueRoute,
  userRoute,
];

const REPO_PREFIX = "/repos/{owner}/{repo}";

export type RepoRef = { owner: string; name: string } | { id: number };

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
  /** For repository routes: the repository as the path names it, and the path after it. */
  repo: RepoRef | null;
  rest: string;
}

interface Compiled {
  route: Route;
  names: string[];
  pattern: RegExp;
  byId: boolean;
}

const COMPILED: Compiled[] = ROUTES.flatMap((route) => {
  if (route.scope === "account") return [compile(route, route.path, false)];
  const rest = route.path.slice(REPO_PREFIX.length);
  return [compile(route, route.path, false), compile(route, `/repositories/{repository_id}${rest}`, true)];
});

/** {tree_sha} and {ref} may span segments ("feature/x"); other variables are one segment. */
function compile(route: Route, template: string, byId: boolean): Compiled {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return name === "tree_sha" || name === "ref" ? "(.+)" : "([^/]+)";
  });
  return { route, names, pattern: new RegExp(`^${source}$`), byId };
}

/** The route for a method and a raw path; null when none (GitHub answers 404 then, whatever the method). */
export function matchRoute(method: string, path: string): RouteMatch | null {
  for (const { route, names, pattern, byId } of COMPILED) {
    if (route.method !== method) continue;
    const match = pattern.exec(path);
    if (!match) continue;
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]));
    } catch {
      return null;
    }
    if (route.scope === "account") return { route, params, repo: null, rest: path };
    const { owner = "", repo = "", repository_id = "" } = params;
    const prefix = byId ? `/repositories/${repository_id}` : `/repos/${match[1]}/${match[2]}`;
    return {
      route,
      params,
      repo: byId ? { id: Number(repository_id) } : { owner, name: repo },
      rest: path.slice(prefix.length),
    };
  }
  return null;
}
