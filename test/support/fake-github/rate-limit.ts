// GitHub's primary rate limit: an hourly budget per token (per client address without one),
// reported on every answer in x-ratelimit-* headers; over it, a 403 with remaining 0 and the reset
// time. It runs on real time even when the fake's clock is injected, because clients wait for the
// reset on their own clock.
import type { Caller } from "./auth.js";
import { GitHubError } from "./errors.js";

/** GitHub's limit without credentials: 60 an hour. */
const ANONYMOUS_LIMIT = 60;
const WINDOW_SECONDS = 3600;
/** An installation's id is not in the state; GitHub names it in the message. */
const INSTALLATION_ID = 12345678;
const DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";
const SECONDARY_DOCS =
  "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits";

export interface Budget {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
  used: number;
}

export class RateLimits {
  private readonly windows = new Map<string, { reset: number; used: number }>();

  /** Counts a request against the caller's budget; `exceeded` when it was already spent. */
  take(caller: Caller | null): { budget: Budget; exceeded: boolean } {
    const key = caller?.token ?? "";
    const limit = caller?.state.rateLimit ?? ANONYMOUS_LIMIT;
    const now = Math.floor(Date.now() / 1000);
    const current = this.windows.get(key);
    const window = current && current.reset > now ? current : { reset: now + WINDOW_SECONDS, used: 0 };
    this.windows.set(key, window);
    const exceeded = window.used >= limit;
    if (!exceeded) window.used += 1;
    return {
      budget: { limit, remaining: limit - window.used, reset: window.reset, used: window.used },
      exceeded,
    };
  }
}

export function rateLimitHeaders(budget: Budget): Record<string, string> {
  return {
    "x-ratelimit-limit": String(budget.limit),
    "x-ratelimit-remaining": String(budget.remaining),
    "x-ratelimit-reset": String(budget.reset),
    "x-ratelimit-used": String(budget.used),
    "x-ratelimit-resource": "core",
  };
}

/** The primary limit's refusal, in GitHub's words for the kind of caller. */
export function primaryLimit(caller: Caller | null, budget: Budget, status: 403 | 429 = 403): GitHubError {
  const who = !caller
    ? "127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)"
    : caller.state.kind === "installation"
      ? `installation ID ${INSTALLATION_ID}.`
      : `user ID ${caller.state.identity.id}.`;
  const headers = rateLimitHeaders({ ...budget, remaining: 0, used: budget.limit });
  return new GitHubError(status, `API rate limit exceeded for ${who}`, {}, headers, DOCS);
}

/** A secondary (abuse) limit: the budget is not spent, retry-after says when to come back. */
export function secondaryLimit(requestId: string, retryAfter: number, status: 403 | 429 = 403): GitHubError {
  return new GitHubError(
    status,
    `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
    {},
    { "retry-after": String(retryAfter) },
    SECONDARY_DOCS,
  );
}
