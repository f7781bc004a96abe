// One GET against Sentry: the token only to trusted origins, a timeout on every attempt that covers
// reading the body and is shorter than the retry budget (so that a stalled answer is retried), bounded
// retries of what may pass (network errors, timeouts, 5xx), 429s waited out until Sentry's reset, nothing
// past the run's deadline, and every other answer turned into a SentryError that says what to fix.
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
  /**
   * Sentry's words, in a 400's detail, for lacking what the request needs (an older self-hosted Sentry
   * without a dataset or a function): such a 400 is an UnsupportedError, which says "this Sentry cannot
   * tell" rather than "this request is wrong".
   */
  unsupported?: RegExp;
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
  /** Per attempt, reading the body included; shorter than the retry budget, so that a stall is retried. */
  requestTimeoutMs: number;
  /** How long one request may keep failing (network, timeout, 5xx), attempts and waits included. */
  retryBudgetMs: number;
  /** No attempt starts, and no wait lasts, past this (epoch ms). */
  deadlineAt: number;
  /** The largest body read; default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
}

export interface Answer {
  /** The parsed JSON body, every string in it with the token masked. */
  body: unknown;
  link: string | null;
  /** "GET https://us.sentry.io/api/0/…/", to name the request in errors. */
  endpoint: string;
}

export type Get = (url: URL, call: Call) => Promise<Answer>;

/** A GET of an API path (`apiPath`) on the organization's API host, with these query parameters. */
export type GetApi = (
  path: string,
  query: ReadonlyArray<readonly [string, string]>,
  call: Call,
) => Promise<Answer>;

const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4_000;
/** Far more than any answer we ask for (a page of 100 issues, an event with its stack traces). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Sentry's answers are a few levels deep (an event's frames about 8); JSON.parse's reviver recurses. */
export const MAX_JSON_DEPTH = 512;
/** A path from Sentry (a next-page link) is named in messages up to this many characters. */
const PATH_SHOWN = 160;
/** A network failure's own text, at most this long in a message. */
const PROBLEM_SHOWN = 160;

type Attempt = { response: Response; text: string } | { problem: string } | { final: SentryError };

export function createGet(options: HttpOptions): Get {
  const { token, redact, now } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  // The shortest attempt worth making, when a retry comes at the end of the budget.
  const minAttemptMs = Math.min(1_000, options.requestTimeoutMs, options.retryBudgetMs / 4);
  const iso = (ms: number) => new Date(ms).toISOString();

  // Jitter over the upper half of each step: clients that failed together spread out, and waits still grow.
  const backoff = (failures: number) => {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
    return ceiling / 2 + (Math.random() * ceiling) / 2;
  };

  async function attempt(url: URL, endpoint: string, timeoutMs: number): Promise<Attempt> {
    // One signal for the headers and the body: an answer that stalls halfway is a timeout too.
    const signal = AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs)));
    try {
      const response = await options.fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        // A redirect would carry the Authorization header to wherever Sentry (or a proxy) points.
        redirect: "manual",
        signal,
      });
      const text = await readBody(response, signal, maxBodyBytes);
      if (text === null) {
        return {
          final: new SentryError(
            "malformed",
            `Sentry's answer to ${endpoint} is larger than ${maxBodyBytes / 1024 / 1024} MB: not read.`,
          ),
        };
      }
      return { response, text };
    } catch (error) {
      return failureOf(error, url, timeoutMs, redact);
    }
  }

  function pastDeadline(endpoint: string, failures: number, problem: string | null): SentryError {
    const tried =
      problem === null ? "" : ` (${failures} ${failures === 1 ? "try" : "tries"}, last: ${problem})`;
    return new SentryError(
      "unavailable",
      redact.text(
        `Sentry did not answer ${endpoint} by this run's deadline (${iso(options.deadlineAt)})${tried}.`,
      ),
    );
  }

  async function waitOutRateLimit(headers: Headers, endpoint: string, limitedBefore: number): Promise<void> {
    const at = now();
    const reset = Number(headers.get("x-sentry-rate-limit-reset") ?? Number.NaN) * 1000;
    if (Number.isFinite(reset) && reset > at) {
      if (reset > options.deadlineAt) {
        throw new SentryError(
          "rate-limited",
          `Sentry rate-limited ${endpoint} until ${reset < 8.64e15 ? iso(reset) : "an impossible time"}, after this run's deadline (${iso(options.deadlineAt)}): run again later or poll less often.`,
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
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new SentryError(
        "unsafe",
        redact.text(
          `Refusing to send the Sentry token to a ${url.protocol.slice(0, 20)} address: only http(s) is asked.`,
        ),
      );
    }
    if (!options.trusted.has(url.origin)) {
      const hosts = [...options.trusted].map((origin) => new URL(origin).host).join(", ");
      throw new SentryError(
        "unsafe",
        redact.text(`Refusing to send the Sentry token to ${url.host}: only ${hosts} may receive it.`),
      );
    }
    // The path may come from Sentry (a next-page link), so it is masked like any of Sentry's text.
    const endpoint = endpointOf(url, redact);
    if (url.username || url.password) {
      throw new SentryError(
        "unsafe",
        `Refusing to request ${endpoint}: its address carries a user name or password (user:pass@).`,
      );
    }
    let failingSince: number | null = null;
    let failures = 0;
    let rateLimited = 0;
    let lastProblem: string | null = null;
    for (;;) {
      const startedAt = now();
      const toDeadline = options.deadlineAt - startedAt;
      if (toDeadline <= 0) throw pastDeadline(endpoint, failures, lastProblem);
      // A retry gets what is left of the budget (but time to answer), so that a request that keeps
      // stalling fails about when the budget ends; every attempt ends by the deadline.
      const budgetLeft =
        failingSince === null ? Number.POSITIVE_INFINITY : failingSince + options.retryBudgetMs - startedAt;
      const timeoutMs = Math.min(options.requestTimeoutMs, Math.max(budgetLeft, minAttemptMs), toDeadline);
      const result = await attempt(url, endpoint, timeoutMs);
      options.onRequest({
        method: "GET",
        url: redact.text(url.href),
        status: "response" in result ? result.response.status : null,
      });
      if ("final" in result) throw result.final;
      let problem: string;
      if ("problem" in result) {
        problem = result.problem;
      } else {
        const { response, text } = result;
        const { status } = response;
        if (status >= 200 && status < 300) {
          const link = response.headers.get("link");
          return { body: parseJson(text, endpoint, redact), link: link && redact.text(link), endpoint };
        }
        if (status === 429) {
          await waitOutRateLimit(response.headers, endpoint, rateLimited++);
          failingSince = null;
          continue;
        }
        if (status >= 300 && status < 400) throw redirectError(status, response.headers, endpoint, redact);
        // 408 is a proxy's or server's own timeout: it may pass, as a 5xx may.
        if (status < 500 && status !== 408) throw errorForStatus(status, endpoint, call, text, token, redact);
        problem = `HTTP ${status}`;
      }
      failingSince ??= startedAt;
      lastProblem = problem;
      const at = now();
      const left = Math.min(failingSince + options.retryBudgetMs, options.deadlineAt) - at;
      if (left <= 0) {
        if (failingSince + options.retryBudgetMs > options.deadlineAt)
          throw pastDeadline(endpoint, failures + 1, problem);
        throw new SentryError(
          "unavailable",
          redact.text(
            `Sentry is unavailable: ${endpoint} failed ${failures + 1} times in ${seconds(at - failingSince)} (last: ${problem}).`,
          ),
        );
      }
      await options.sleep(Math.min(backoff(failures++), left));
    }
  };
}

/** "GET origin/path", the path shortened when it is long (it may come from Sentry), masked. */
function endpointOf(url: URL, redact: Redactor): string {
  // Masked before it is cut, so that a cut never leaves half a token.
  const path = redact.text(url.pathname);
  const shown = path.length > PATH_SHOWN ? `${path.slice(0, PATH_SHOWN)}… (${path.length} characters)` : path;
  return `GET ${redact.text(url.origin)}${shown}`;
}

/**
 * The body as text, read under the attempt's signal, or null past `limit` bytes. The signal is given
 * to fetch too (which aborts the body with it); racing it here keeps that true of any fetch.
 */
async function readBody(response: Response, signal: AbortSignal, limit: number): Promise<string | null> {
  if (!response.body) return "";
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel().catch(() => {});
    return null;
  }
  const reader = response.body.getReader();
  const aborted = new Promise<never>((_resolve, reject) => {
    const fail = () => reject(signal.reason ?? new DOMException("The operation was aborted", "AbortError"));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
  aborted.catch(() => {});
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limit) return null;
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  parts.push(decoder.decode());
  return parts.join("");
}

function redirectError(status: number, headers: Headers, endpoint: string, redact: Redactor): SentryError {
  const location = headers.get("location");
  if (location === null || location.trim() === "") {
    return new SentryError(
      "malformed",
      `Sentry answered ${endpoint} with HTTP ${status}${status === 304 ? " (Not Modified, though nothing was asked conditionally)" : ""} and no Location to go to: not an answer this request can use.`,
      status,
    );
  }
  return new SentryError(
    "unsafe",
    `Sentry answered ${endpoint} with a redirect (${status}) to "${redact.quote(location)}"; the token is not sent across redirects: set url to the address Sentry answers on.`,
    status,
  );
}

/** A failed attempt: what may pass is a problem to retry, what cannot is final. */
function failureOf(error: unknown, url: URL, timeoutMs: number, redact: Redactor): Attempt {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return { problem: `no answer within ${seconds(timeoutMs)}` };
  }
  // undici reports "fetch failed" and keeps the useful part (ECONNRESET, ECONNREFUSED, ENOTFOUND) in cause.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  if (code === "ENOTFOUND") {
    // The name does not exist (a temporary DNS failure is EAI_AGAIN, and is retried).
    return {
      final: new SentryError(
        "bad-request",
        redact.text(`Sentry's host ${url.hostname} cannot be found (DNS: ENOTFOUND): check url.`),
      ),
    };
  }
  // fetch refuses to build the request (a TypeError without a cause): no retry can change that.
  if (error instanceof TypeError && !(error.cause instanceof Error)) {
    return {
      final: new SentryError(
        "unsafe",
        redact.quote(`Refusing to request ${url.host}: ${error.message.replace(/:\s*\S+:\/\/\S*/g, "")}`),
      ),
    };
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  const text = redact.text(`network error: ${code && !message.includes(code) ? `${code} ` : ""}${message}`);
  return { problem: text.length > PROBLEM_SHOWN ? `${text.slice(0, PROBLEM_SHOWN)}…` : text };
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** How deep the JSON text nests, counting only up to `limit` + 1 (strings skipped). */
function nesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  return deepest;
}

function parseJson(text: string, endpoint: string, redact: Redactor): unknown {
  if (nesting(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint} nests more than ${MAX_JSON_DEPTH} levels deep, far more than any Sentry answer: not read.`,
    );
  }
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
