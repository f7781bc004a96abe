// The simulator as a real HTTP server on 127.0.0.1. Each request is recorded, may meet a queued
// fault, is authenticated and rate-limited as on sentry.io, then answered from the world at "now".
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { authenticate, authorize, FULL_SCOPES, SIMULATOR_TOKEN, type TokenScopes } from "./auth.js";
import { type Clock, toClock } from "./clock.js";
import { breakShape, type FaultAction, FaultQueue } from "./faults.js";
import { ApiError, sendJson } from "./http.js";
import {
  type Admission,
  RateLimiter,
  type RateLimitOptions,
  rateLimitHeaders,
  SENTRY_RATE_LIMITS,
  tooFrequent,
} from "./rate-limit.js";
import { matchRoute } from "./routes/index.js";
import type { World } from "./world.js";

export interface SimulatorOptions {
  world: World;
  /** The token with every scope this project needs; default SIMULATOR_TOKEN. */
  token?: string;
  /** More tokens and their scopes, e.g. one without event:read to see a 403. */
  tokens?: Record<string, readonly string[]>;
  /** Default 0: any free port. */
  port?: number;
  host?: string;
  /** The world's clock: only events, resolutions, releases and deploys up to now exist. */
  now?: Clock | Date;
  /** Default: sentry.io's limits. false: none and no headers, as on a self-hosted Sentry. */
  rateLimit?: RateLimitOptions | false;
}

export interface RecordedRequest {
  method: string;
  /** The path as sent, still URL-encoded. */
  path: string;
  query: URLSearchParams;
  /** The Authorization header as sent, to check that a token went where it should. */
  authorization: string | null;
  /** The User-Agent header, to tell which client asked (the Sentry MCP server names itself there). */
  userAgent: string | null;
  /** The route name ("issues", "issue-event", …); null for a path the simulator does not serve. */
  route: string | null;
  /** The fault applied, if any. */
  fault: FaultAction["type"] | null;
  /** Real time of arrival. */
  at: Date;
  /** null while in progress, or when the connection was dropped. */
  status: number | null;
  /** An unexpected exception in the simulator (answered 500), to make test failures readable. */
  error?: string;
}

export interface Simulator {
  /** http://127.0.0.1:port, the value for `url` / SENTRY_URL. */
  url: string;
  requests: RecordedRequest[];
  faults: FaultQueue;
  /** The live world: tests may add events, issues and deploys while clients poll. */
  world: World;
  clock: Clock;
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const tokens: TokenScopes = new Map([
    [options.token ?? SIMULATOR_TOKEN, new Set(FULL_SCOPES)],
    ...Object.entries(options.tokens ?? {}).map(([token, scopes]) => [token, new Set(scopes)] as const),
  ]);
  const clock = toClock(options.now);
  const limiter =
    options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? SENTRY_RATE_LIMITS);
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  let baseUrl = "";

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      sendJson(res, 500, { detail: "Internal Error" });
      console.error("sentry simulator:", error);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", baseUrl);
    const match = url.pathname.startsWith("/api/0/") ? matchRoute(url.pathname.slice("/api/0".length)) : null;
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization ?? null,
      userAgent: req.headers["user-agent"] ?? null,
      route: match?.route.name ?? null,
      fault: null,
      at: new Date(),
      status: null,
    };
    requests.push(record);
    const fault = faults.take(record.route, url.pathname, url.searchParams);
    record.fault = fault?.type ?? null;
    let admission: Admission | null = null;
    const respond = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      admission?.done();
      deliver(res, status, body, { ...(admission?.headers ?? {}), ...headers }, fault, baseUrl);
    };

    if (fault?.type === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.type === "status") {
      if (fault.raw === undefined)
        return respond(fault.status, fault.body ?? { detail: "Internal Error" }, fault.headers);
      record.status = fault.status;
      res.writeHead(fault.status, { "Content-Type": "text/html", ...fault.headers }).end(fault.raw);
      return;
    }
    if (fault?.type === "echo-token") {
      return respond(fault.status ?? 500, {
        detail: `Request failed; Authorization: ${req.headers.authorization ?? ""}`,
      });
    }
    if (fault?.type === "rate-limit") {
      const { limit, windowSeconds, concurrentLimit } = options.rateLimit || SENTRY_RATE_LIMITS;
      const headers = rateLimitHeaders({
        limit,
        remaining: 0,
        resetSeconds: Date.now() / 1000 + fault.resetInSeconds,
        concurrentLimit,
        concurrentRemaining: concurrentLimit,
      });
      return respond(429, tooFrequent(limit, windowSeconds), headers);
    }
    if (!match) return respond(404, { detail: "The requested resource does not exist" });
    if (record.method !== "GET") return respond(405, { detail: `Method "${record.method}" not allowed.` });

    try {
      const token = authenticate(req.headers.authorization, tokens);
      authorize(token, tokens, match.route.scopes);
      admission = limiter ? limiter.admit(token, match.route.name) : null;
      if (admission?.refusal) return respond(429, admission.refusal);
      // A slow answer holds its concurrency slot meanwhile, as a slow query on Sentry does.
      if (fault?.type === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
      const result = match.route.handle({
        world: options.world,
        now: clock(),
        params: match.params,
        query: url.searchParams,
        baseUrl,
        rawPath: url.pathname,
      });
      return respond(result.status ?? 200, result.body, result.headers);
    } catch (error) {
      if (error instanceof ApiError) return respond(error.status, error.body);
      record.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return respond(500, { detail: "Internal Error" });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;

  return {
    url: baseUrl,
    requests,
    faults,
    world: options.world,
    clock,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends an answer, bent by the request's fault when it is one that changes a normal answer. */
function deliver(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
  fault: FaultAction | undefined,
  baseUrl: string,
) {
  if (res.destroyed || res.writableEnded) return;
  const ok = status >= 200 && status < 300;
  if (ok && fault?.type === "malformed") {
    sendJson(res, status, (fault.mutate ?? breakShape)(structuredClone(body)), headers);
    return;
  }
  if (ok && fault?.type === "foreign-link") {
    const origin = fault.origin ?? "https://sentry.attacker.example";
    // Always a next page with results, so that a client which follows links would follow this one.
    const link =
      headers.Link?.replaceAll(baseUrl, origin).replace(
        'rel="next"; results="false"',
        'rel="next"; results="true"',
      ) ??
      `<${origin}/api/0/?&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", <${origin}/api/0/?&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"`;
    sendJson(res, status, body, { ...headers, Link: link });
    return;
  }
  if (ok && fault?.type === "truncate") {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(text)),
      ...headers,
    });
    res.write(text.slice(0, Math.floor(text.length / 2)), () => res.destroy());
    return;
  }
  sendJson(res, status, body, headers);
}
