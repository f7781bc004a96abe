// The fake GitHub REST API as a real HTTP server on 127.0.0.1, for GITHUB_API_URL. Each request is
// recorded, may meet a queued fault, is authenticated and counted against its token's rate limit,
// then answered from the state as api.github.com answers: same paths, JSON shapes, errors, headers.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { acceptedHeader, authenticate, type Caller, grants, refusal } from "./auth.js";
import { errorBody, GitHubError, notFound, REST_DOCS } from "./errors.js";
import { type FaultAction, FaultQueue } from "./faults.js";
import { WORKFLOW_TOKEN, workflowToken } from "./identities.js";
import { primaryLimit, RateLimits, rateLimitHeaders, secondaryLimit } from "./rate-limit.js";
import { matchRoute, type RepoRef, type RouteMatch } from "./routes/index.js";
import type { RouteResult } from "./routes/types.js";
import { GitHubState, type RepoInput } from "./seed.js";
import type { RepoState, TokenState } from "./state.js";
import type { Urls } from "./urls.js";

export interface FakeGitHubOptions {
  /** "owner/name" → what the repository holds. More can be added later through `state`. */
  repos?: Record<string, RepoInput>;
  /** Token → who it acts as and what it may do; default: WORKFLOW_TOKEN as a workflow's GITHUB_TOKEN. */
  tokens?: Record<string, TokenState>;
  /** The clock for created_at/updated_at; default: real time. */
  now?: Date | (() => Date);
  /** The host of html_url links; default https://github.com. */
  webUrl?: string;
  /** Entries of a tree beyond which it is truncated; GitHub's limit is 100,000. */
  treeLimit?: number;
}

export interface RecordedRequest {
  method: string;
  /** The path as sent, still URL-encoded. */
  path: string;
  query: URLSearchParams;
  /** The JSON body parsed, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** The Authorization header as sent, to check that a token went where it should. */
  authorization: string | null;
  /** GitHub's operationId ("issues/create-comment"); null for a path the fake does not serve. */
  operation: string | null;
  fault: FaultAction["type"] | null;
  at: Date;
  /** null while in progress, or when the connection was dropped. */
  status: number | null;
  /** An unexpected exception in the fake (answered 500), to make test failures readable. */
  error?: string;
}

export interface FakeGitHub {
  /** http://127.0.0.1:port, the value for GITHUB_API_URL. */
  url: string;
  requests: RecordedRequest[];
  /** The live state: tests may seed and change it while clients call. */
  state: GitHubState;
  faults: FaultQueue;
  close(): Promise<void>;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const { now } = options;
  const clock = now === undefined ? () => new Date() : now instanceof Date ? () => now : now;
  const state = new GitHubState(options.tokens ?? { [WORKFLOW_TOKEN]: workflowToken() }, clock);
  for (const [fullName, repo] of Object.entries(options.repos ?? {})) state.addRepo(fullName, repo);
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  const limits = new RateLimits();
  const urls: Urls = { api: "", web: (options.webUrl ?? "https://github.com").replace(/\/+$/, "") };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ message: "Server Error" }));
      console.error("fake GitHub:", error);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", urls.api);
    const method = req.method ?? "GET";
    const text = await readBody(req);
    const match = matchRoute(method, url.pathname);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: parseJson(text),
      authorization: req.headers.authorization ?? null,
      operation: match?.route.operation ?? null,
      fault: null,
      at: new Date(),
      status: null,
    };
    requests.push(record);
    const fault = faults.take(record.operation, url.pathname);
    record.fault = fault?.type ?? null;
    const requestId = newRequestId();
    const headers: Record<string, string> = {
      "content-type": "application/json; charset=utf-8",
      "x-github-api-version-selected": "2022-11-28",
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": requestId,
    };
    const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      record.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { ...headers, ...extra });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };

    if (fault?.type === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.type === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
    // A proxy's or a load balancer's answer: before GitHub looks at the token.
    if (fault?.type === "status") {
      const html: Record<string, string> =
        typeof fault.body === "string" ? { "content-type": "text/html; charset=utf-8" } : {};
      send(fault.status, fault.body ?? { message: "Server Error" }, { ...html, ...fault.headers });
      return;
    }
    try {
      const caller = authenticate(req.headers.authorization, state.tokens);
      const { budget, exceeded } = limits.take(caller);
      Object.assign(headers, rateLimitHeaders(budget));
      if (exceeded) throw primaryLimit(caller, budget);
      if (fault?.type === "rate-limit") {
        const reset = Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 60);
        throw primaryLimit(caller, { ...budget, reset }, fault.status);
      }
      if (fault?.type === "secondary-rate-limit")
        throw secondaryLimit(requestId, fault.retryAfter ?? 1, fault.status);
      if (!match) throw new GitHubError(404, "Not Found", {}, {}, REST_DOCS);
      const result = answer(match, caller, url.searchParams, text, headers);
      send(result.status ?? 200, result.body, result.headers);
    } catch (error) {
      if (!(error instanceof GitHubError)) {
        record.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
        send(500, { message: "Server Error" });
        return;
      }
      send(error.status, errorBody(error, match?.route.docs ?? REST_DOCS), error.headers);
    }
  }

  /** The route's answer, once the repository is found and the caller may use the route. */
  function answer(
    match: RouteMatch,
    caller: Caller | null,
    query: URLSearchParams,
    text: string,
    headers: Record<string, string>,
  ): RouteResult {
    const { route } = match;
    if (route.accepted.length > 0) headers["x-accepted-github-permissions"] = acceptedHeader(route.accepted);
    const body = text === "" ? undefined : parseJsonStrict(text);
    const ctx = {
      state,
      urls,
      caller,
      params: match.params,
      query,
      body,
      treeLimit: options.treeLimit ?? 100_000,
    };
    if (route.scope === "account") return route.handle(ctx);
    const repo = match.repo && findRepo(match.repo);
    // A private repository does not exist for someone who may not see it.
    if (!repo || (repo.private && !caller)) throw notFound();
    const writes = route.method !== "GET";
    if ((writes || repo.private) && !(caller && grants(caller, route.accepted))) throw refusal(caller);
    return route.handle({ ...ctx, repo, linkBase: `${urls.api}/repositories/${repo.id}${match.rest}` });
  }

  function findRepo(ref: RepoRef): RepoState | undefined {
    return "id" in ref ? state.findRepoById(ref.id) : state.findRepo(ref.owner, ref.name);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  urls.api = `http://127.0.0.1:${port}`;

  return {
    url: urls.api,
    requests,
    state,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function parseJsonStrict(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new GitHubError(400, "Problems parsing JSON");
  }
}

/** Five hex groups, as GitHub's x-github-request-id: "C620:D8D4:1FA9F4A3:1EAC3CBC:6AA01B31". */
function newRequestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString("hex").toUpperCase();
  return [hex(2), hex(2), hex(4), hex(4), hex(4)].join(":");
}
