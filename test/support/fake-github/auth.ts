// Who is calling and what they may do. `token X` and `Bearer X` both work; an unknown token is 401
// "Bad credentials"; no header is an anonymous caller, who may read public repositories only.
// A token's permissions are fine-grained levels per resource; a route accepts any one of its sets,
// listed in x-accepted-github-permissions as GitHub does.
import { GitHubError, REST_DOCS } from "./errors.js";
import type { Level, Resource, TokenState } from "./state.js";

export interface Caller {
  token: string;
  state: TokenState;
}

export type PermissionSet = readonly [Resource, Exclude<Level, "none">];

/** The caller, or null for a request without credentials. */
export function authenticate(
  header: string | undefined,
  tokens: ReadonlyMap<string, TokenState>,
): Caller | null {
  if (header === undefined) return null;
  const token = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)?.[1];
  const state = token === undefined ? undefined : tokens.get(token);
  if (token === undefined || !state) throw new GitHubError(401, "Bad credentials", {}, {}, REST_DOCS);
  return { token, state };
}

export function grants(caller: Caller, accepted: readonly PermissionSet[]): boolean {
  const rank = { none: 0, read: 1, write: 2 } as const;
  return accepted.some(([resource, level]) => rank[caller.state.permissions[resource]] >= rank[level]);
}

/** What GitHub says when the caller may not: 401 without credentials, else 403 in the token's words. */
export function refusal(caller: Caller | null): GitHubError {
  if (!caller) return new GitHubError(401, "Requires authentication");
  const kind = caller.state.kind === "installation" ? "integration" : "personal access token";
  return new GitHubError(403, `Resource not accessible by ${kind}`);
}

export const acceptedHeader = (accepted: readonly PermissionSet[]) =>
  accepted.map(([resource, level]) => `${resource}=${level}`).join("; ");
