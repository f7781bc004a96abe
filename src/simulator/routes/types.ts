// What a route sees and gives back. Routes are synchronous functions of the world at `now`.
import type { World } from "../world.js";

export interface RouteContext {
  world: World;
  now: Date;
  /** The path's variable segments, URL-decoded, organization first. */
  params: string[];
  query: URLSearchParams;
  /** The simulator's own URL, for permalinks, region links and Link headers. */
  baseUrl: string;
  /** The path as received (still encoded), as Sentry puts it in Link headers. */
  rawPath: string;
}

export interface RouteResult {
  body: unknown;
  status?: number;
  headers?: Record<string, string>;
}

export interface Route {
  name: string;
  /** Matched against the path after /api/0, captures are the variable segments. */
  pattern: RegExp;
  /** Any one of these scopes is enough (the OpenAPI operation's `security`). */
  scopes: readonly string[];
  handle(ctx: RouteContext): RouteResult;
}

export const ORG_READ = ["org:read", "org:write", "org:admin"];
export const PROJECT_READ = ["project:read", "project:write", "project:admin"];
export const RELEASE_READ = ["org:ci", "project:read", "project:releases", "project:write", "project:admin"];
export const EVENT_READ = ["event:read", "event:write", "event:admin"];
