// Sentry's API rate limiter (src/sentry/middleware/ratelimit.py, docs.sentry.io/api/ratelimits/):
// a fixed window per caller and endpoint plus a concurrency cap, reported on every response in
// X-Sentry-Rate-Limit-* headers. Over the limit: 429 whose body is {"detail": "…"} (older Sentry sent
// the bare string), and no Retry-After. It runs on real time even when the world's clock is injected, because clients wait
// for the reset on their own clock.

export interface RateLimitOptions {
  /** Requests per window for each caller × endpoint. */
  limit: number;
  windowSeconds: number;
  /** Requests in flight at once for each caller × endpoint. */
  concurrentLimit: number;
  /** Per-endpoint limits that replace `limit` (Sentry sets 5/s on issue details, 15/s on issue events). */
  routes?: Partial<Record<string, number>>;
}

/** What sentry.io does, as far as documented: 40 requests per second, 25 concurrent, and the overrides in the source. */
export const SENTRY_RATE_LIMITS: RateLimitOptions = {
  limit: 40,
  windowSeconds: 1,
  concurrentLimit: 25,
  // events and events-timeseries: 30/s (their RateLimitConfig; their concurrency cap of 15 is not
  // modelled per route).
  routes: { issue: 5, "issue-event": 15, events: 30, "events-timeseries": 30 },
};

/** The 429 body. */
export interface Refusal {
  detail: string;
}

/** DEFAULT_ERROR_MESSAGE in src/sentry/middleware/ratelimit.py. */
export function tooFrequent(limit: number, windowSeconds: number): Refusal {
  return {
    detail: `You are attempting to use this endpoint too frequently. Limit is ${limit} requests in ${windowSeconds} seconds`,
  };
}

export interface Admission {
  headers: Record<string, string>;
  /** The 429 body when the request is refused. */
  refusal: Refusal | null;
  /** Call when the response is sent, to free the concurrency slot. */
  done(): void;
}

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clockMs: () => number = Date.now,
  ) {}

  admit(caller: string, route: string): Admission {
    const key = `${caller}\u0000${route}`;
    const limit = this.options.routes?.[route] ?? this.options.limit;
    const window = this.options.windowSeconds;
    const nowSeconds = this.clockMs() / 1000;
    const start = Math.floor(nowSeconds / window) * window;
    const current = this.windows.get(key);
    const entry = current && current.start === start ? current : { start, count: 0 };
    entry.count += 1;
    this.windows.set(key, entry);
    const concurrent = (this.inFlight.get(key) ?? 0) + 1;
    const { concurrentLimit } = this.options;
    let refusal: Refusal | null = null;
    if (entry.count > limit) {
      refusal = tooFrequent(limit, window);
    } else if (concurrent > concurrentLimit) {
      refusal = {
        detail: `You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is ${concurrentLimit}`,
      };
    }
    const admitted = refusal === null;
    if (admitted) this.inFlight.set(key, concurrent);
    const headers = rateLimitHeaders({
      limit,
      remaining: Math.max(0, limit - entry.count),
      resetSeconds: start + window,
      concurrentLimit,
      concurrentRemaining: Math.max(0, concurrentLimit - (admitted ? concurrent : concurrent - 1)),
    });
    let released = !admitted;
    return {
      headers,
      refusal,
      done: () => {
        if (released) return;
        released = true;
        this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
      },
    };
  }
}

export function rateLimitHeaders(values: {
  limit: number;
  remaining: number;
  resetSeconds: number;
  concurrentLimit: number;
  concurrentRemaining: number;
}): Record<string, string> {
  return {
    "X-Sentry-Rate-Limit-Limit": String(values.limit),
    "X-Sentry-Rate-Limit-Remaining": String(values.remaining),
    "X-Sentry-Rate-Limit-Reset": String(Math.ceil(values.resetSeconds)),
    "X-Sentry-Rate-Limit-ConcurrentLimit": String(values.concurrentLimit),
    "X-Sentry-Rate-Limit-ConcurrentRemaining": String(values.concurrentRemaining),
  };
}
