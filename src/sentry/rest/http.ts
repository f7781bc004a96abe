// One GET against Sentry: the token only to trusted origins, a timeout on every attempt, bounded retries
// of what may pass (network errors, timeouts, 5xx), 429s waited out until Sentry's reset, and every
// other answer turned into a SentryError that says what to fix.
import { SentryError } from "../errors.js";
import type { Redactor } from "../redact.js";
import { errorForStatus } from "./status-errors.js";

export type Scope = "event:read" | "project:read" | "org:read";

/** What a request is for, so that its errors can say what to fix. */
export interface Call {
  /** Finishes "The token may not …", e.g. "search issues". */
  what: string;
  scope: Scope;
  /** What a 404 means here, naming what to check, e.g. `Sentry has no project "web" … check project`. */
  notFound: string;
  /** Added to a 400's message, e.g. "Check the query input." */
  badRequestHint?: string;
}

export interface RequestRecord {
  method: "GET";
  url: string;
  /** null when no answer came (network error, timeout). */
  status: number | null;
}

export interface HttpOptions {
  token: string;
  redact: Redactor;
  /** Origins that may receive the token; region discovery adds to it. */
  trusted: ReadonlySet<string>;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  onRequest: (record: RequestRecord) => void;
  requestTimeoutMs: number;
  retryBudgetMs: number;
  deadlineAt: number;
}

export interface Answer {
  /** The parsed JSON body, every string in it with the token masked. */
  body: unknown;
  link: string | null;
  /** "GET https://us.sentry.io/api/0/…/", to name the request in errors. */
  endpoint: string;
}

export type Get = (url: URL, call: Call) => Promise<Answer>;

const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;

type Attempt = { response: Response; text: string } | { problem: string };

export function createGet(options: HttpOptions): Get {
  const { token, redact, now } = options;
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  const iso = (ms: number) => new Date(ms).toISOString();

  // Jitter over the upper half of each step: clients that failed together spread out, and waits still grow.
  const backoff = (failures: number) => {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
    return ceiling / 2 + (Math.random() * ceiling) / 2;
  };

  async function attempt(url: URL): Promise<Attempt> {
    try {
      const response = await options.fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        // A redirect would carry the Authorization header to wherever Sentry (or a proxy) points.
        redirect: "manual",
        signal: AbortSignal.timeout(options.requestTimeoutMs),
      });
      return { response, text: await response.text() };
    } catch (error) {
      return { problem: describeFailure(error, options.requestTimeoutMs) };
    }
  }

  async function waitOutRateLimit(headers: Headers, endpoint: string, limitedBefore: number): Promise<void> {
    const at = now();
    const reset = Number(headers.get("x-sentry-rate-limit-reset") ?? Number.NaN) * 1000;
    if (Number.isFinite(reset) && reset > at) {
      if (reset > options.deadlineAt) {
        throw new SentryError(
          "rate-limited",
          `Sentry rate-limited ${endpoint} until ${iso(reset)}, after this run's deadline (${iso(options.deadlineAt)}): run again later or poll less often.`,
          429,
        );
      }
      await options.sleep(reset - at);
      return;
    }
    // No usable reset time (self-hosted proxies, a reset already past by our clock): back off instead.
    const delay = backoff(limitedBefore);
    if (at + delay > options.deadlineAt) {
      throw new SentryError(
        "rate-limited",
        `Sentry rate-limited ${endpoint} and waiting longer would pass this run's deadline (${iso(options.deadlineAt)}): run again later or poll less often.`,
        429,
      );
    }
    await options.sleep(delay);
  }

  return async function get(url, call) {
    if (!options.trusted.has(url.origin)) {
      const hosts = [...options.trusted].map((origin) => new URL(origin).host).join(", ");
      throw new SentryError(
        "unsafe",
        redact.text(`Refusing to send the Sentry token to ${url.host}: only ${hosts} may receive it.`),
      );
    }
    // The path may come from Sentry (a next-page link), so it is masked like any of Sentry's text.
    const endpoint = redact.text(`GET ${url.origin}${url.pathname}`);
    let failingSince: number | null = null;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      const startedAt = now();
      const result = await attempt(url);
      options.onRequest({
        method: "GET",
        url: redact.text(url.href),
        status: "response" in result ? result.response.status : null,
      });
      let problem: string;
      if ("problem" in result) {
        problem = result.problem;
      } else {
        const { response, text } = result;
        const { status } = response;
        if (status >= 200 && status < 300) {
          return { body: parseJson(text, endpoint, redact), link: response.headers.get("link"), endpoint };
        }
        if (status === 429) {
          await waitOutRateLimit(response.headers, endpoint, rateLimited++);
          failingSince = null;
          continue;
        }
        if (status >= 300 && status < 400) {
          const target = redact.quote(response.headers.get("location") ?? "");
          throw new SentryError(
            "unsafe",
            `Sentry answered ${endpoint} with a redirect (${status}) to "${target}"; the token is not sent across redirects: set url to the address Sentry answers on.`,
            status,
          );
        }
        if (status < 500) throw errorForStatus(status, endpoint, call, text, token, redact);
        problem = `HTTP ${status}`;
      }
      failingSince ??= startedAt;
      const left = failingSince + options.retryBudgetMs - now();
      if (left <= 0) {
        throw new SentryError(
          "unavailable",
          redact.text(
            `Sentry is unavailable: ${endpoint} failed ${failures + 1} times in ${seconds(now() - failingSince)} (last: ${problem}).`,
          ),
        );
      }
      await options.sleep(Math.min(backoff(failures++), left));
    }
  };
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  // undici reports "fetch failed" and keeps the useful part (ECONNRESET, ECONNREFUSED, ENOTFOUND) in cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  return `network error: ${code && !message.includes(code) ? `${code} ` : ""}${message}`;
}

function parseJson(text: string, endpoint: string, redact: Redactor): unknown {
  try {
    return JSON.parse(text, (_key, value: unknown) =>
      typeof value === "string" ? redact.text(value) : value,
    );
  } catch {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint} is not JSON${text ? `: "${redact.quote(text)}"` : " (empty body)"}.`,
    );
  }
}
