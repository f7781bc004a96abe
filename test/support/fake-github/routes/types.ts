// What a route sees and gives back. Routes are synchronous functions of the state; the server has
// already authenticated the caller, found the repository and checked the route's permissions.
import type { Caller, PermissionSet } from "../auth.js";
import type { GitHubState } from "../seed.js";
import type { RepoState } from "../state.js";
import type { Urls } from "../urls.js";

export interface Context {
  state: GitHubState;
  urls: Urls;
  caller: Caller | null;
  /** The path's variables, URL-decoded, by their OpenAPI names. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined without one. */
  body: unknown;
  /** Options that shape answers (see FakeGitHubOptions). */
  treeLimit: number;
}

export interface RepoContext extends Context {
  repo: RepoState;
  /** This path as GitHub writes it in Link headers: /repositories/{id}/…, absolute. */
  linkBase: string;
}

export interface RouteResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface RouteBase {
  /** GitHub's operationId, the name faults match. */
  operation: string;
  method: "GET" | "POST" | "PATCH";
  /** The OpenAPI path. */
  path: string;
  /** The operation's documentation page, which GitHub's error bodies link. */
  docs: string;
  /** Any one of these grants access; reads of a public repository need none. */
  accepted: readonly PermissionSet[];
}

export interface RepoRoute extends RouteBase {
  scope: "repo";
  handle(ctx: RepoContext): RouteResult;
}

export interface AccountRoute extends RouteBase {
  scope: "account";
  handle(ctx: Context): RouteResult;
}

export type Route = RepoRoute | AccountRoute;
