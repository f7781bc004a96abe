// Bearer tokens and their scopes, answered with Django REST framework's messages as Sentry's
// TokenAuthentication gives them.
import { ApiError, permissionDenied } from "./http.js";

/** The simulator's default token: shaped like a Sentry user token, and obviously not a real one. */
export const SIMULATOR_TOKEN = `sntryu_${"5e7a1c0d".repeat(8)}`;

/** What a user token with the scopes this project asks for can do. */
export const FULL_SCOPES: readonly string[] = [
  "org:read",
  "project:read",
  "project:releases",
  "event:read",
  "team:read",
  "member:read",
];

export type TokenScopes = ReadonlyMap<string, ReadonlySet<string>>;

/** The token of a request, or a 401 error. */
export function authenticate(header: string | undefined, tokens: TokenScopes): string {
  const match = header ? /^Bearer(?:\s+(.*))?$/i.exec(header.trim()) : null;
  if (!match) throw new ApiError(401, { detail: "Authentication credentials were not provided." });
  const token = match[1]?.trim();
  if (!token) throw new ApiError(401, { detail: "Invalid token header. No credentials provided." });
  if (!tokens.has(token)) throw new ApiError(401, { detail: "Invalid token" });
  return token;
}

/** Any one of the endpoint's scopes will do, as in the OpenAPI `security` lists. */
export function authorize(token: string, tokens: TokenScopes, accepted: readonly string[]) {
  const scopes = tokens.get(token);
  if (!scopes || !accepted.some((scope) => scopes.has(scope))) throw permissionDenied();
}
