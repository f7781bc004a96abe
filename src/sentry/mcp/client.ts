// One connection to a Sentry MCP server: started over stdio (or reached over streamable HTTP), each
// tool call bounded by a timeout and the run's deadline, failures turned into SentryErrors. Sentry's
// 429 reaches us without its reset time, so a rate-limited call is tried again with backoff until
// the deadline; a server or network failure for at most the retry budget, as the REST source does.
import { delimiter, dirname } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { SentryError } from "../errors.js";
import { createRedactor } from "../redact.js";
import type { Call } from "../rest/http.js";
import { errorForStatus } from "../rest/status-errors.js";
import { readToolFailure } from "./markdown.js";

export interface McpConnectionOptions {
  /** Sentry's base URL as configured: a host other than sentry.io is given to the server as --host. */
  url: string;
  token: string;
  server: { command: string[] } | { url: string };
  deadlineAt: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onToolCall: (call: { tool: string; ms: number; ok: boolean }) => void;
  /** Per call. Default 60 s. */
  callTimeoutMs?: number;
  /** How long a call may keep failing (server or network) before it is an error. Default 15 s. */
  retryBudgetMs?: number;
}

export interface ToolAnswer {
  text: string;
  structured: unknown;
}

export interface McpConnection {
  /** Calls a tool by its name, through execute_sentry_tool when the server does not list it directly. */
  call(tool: string, args: Record<string, unknown>, call: Call): Promise<ToolAnswer>;
  close(): Promise<void>;
}

// Read-only tools only: `inspect` holds every tool the source uses, and none that writes.
const SKILLS = "--skills=inspect";
const CATALOG_TOOL = "execute_sentry_tool";
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
const STDERR_KEPT = 2_000;

/** The server's own flags for the configured Sentry: sentry.io is its default host. */
export function hostFlags(url: string): string[] {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    throw new SentryError(
      "bad-request",
      `url "${url}" is not a URL: give Sentry's address, e.g. https://sentry.io.`,
    );
  }
  if (parsed.pathname !== "/" || parsed.search || parsed.username) {
    throw new SentryError(
      "bad-request",
      `url "${url}" has a path: the Sentry MCP server takes a host only (--host), so source: mcp needs Sentry at the root of its host.`,
    );
  }
  const host = parsed.hostname;
  if (host === "sentry.io" || host.endsWith(".sentry.io")) return [];
  return [`--host=${parsed.host}`, ...(parsed.protocol === "http:" ? ["--insecure-http"] : [])];
}

export async function connectMcp(options: McpConnectionOptions): Promise<McpConnection> {
  const redact = createRedactor(options.token);
  // Checked whatever the transport: the source builds permalinks on this URL.
  const flags = hostFlags(options.url);
  let stderr = "";
  let transport: Transport;
  let description: string;
  if ("command" in options.server) {
    const [command, ...args] = options.server.command;
    if (!command)
      throw new SentryError(
        "bad-request",
        "mcp-command is empty: give the command that starts the Sentry MCP server.",
      );
    const stdio = new StdioClientTransport({
      command,
      args: [...args, ...flags, SKILLS],
      // The token only in the variable the server reads, never on its command line; the SDK adds only
      // HOME, LOGNAME, PATH, SHELL, TERM and USER, so no SENTRY_DSN reaches the server's telemetry.
      // This Node's directory first on PATH: `npx …` and the server's `#!/usr/bin/env node` then run on
      // the Node that runs us (24 in the action), not on an older one the runner has on PATH.
      env: {
        SENTRY_ACCESS_TOKEN: options.token,
        PATH: [dirname(process.execPath), process.env.PATH].filter(Boolean).join(delimiter),
      },
      stderr: "pipe",
    });
    stdio.stderr?.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-STDERR_KEPT);
    });
    transport = stdio;
    description = `the Sentry MCP server (${redact.text(options.server.command.join(" "))})`;
  } else {
    // A remote endpoint is another host than Sentry's: it gets no Sentry token, it must be authorized on its own.
    transport = new StreamableHTTPClientTransport(new URL(options.server.url));
    description = `the Sentry MCP server at ${redact.text(options.server.url)}`;
  }

  const client = new Client({ name: "sentry-deploy-verify", version: "1" });
  let direct: Set<string>;
  try {
    await client.connect(transport, { timeout: options.callTimeoutMs ?? 60_000 });
    direct = new Set((await client.listTools()).tools.map((tool) => tool.name));
  } catch (error) {
    await client.close().catch(() => {});
    const said = redact.quote(stderr.trim().split("\n").slice(-3).join(" "));
    throw new SentryError(
      "unavailable",
      `Could not start or reach ${description}: ${redact.quote(error instanceof Error ? error.message : String(error))}${said ? ` (it said: ${said})` : ""}. It needs Node.js 22.13 or newer.`,
    );
  }
  if (!direct.has("search_events") || !direct.has(CATALOG_TOOL)) {
    await client.close();
    throw new SentryError(
      "unavailable",
      `${description} does not offer search_events and ${CATALOG_TOOL}: run @sentry/mcp-server 0.39.0.`,
    );
  }

  const timeoutMs = options.callTimeoutMs ?? 60_000;
  const budgetMs = options.retryBudgetMs ?? 15_000;

  async function once(tool: string, args: Record<string, unknown>, call: Call): Promise<ToolAnswer> {
    const [name, params] = direct.has(tool) ? [tool, args] : [CATALOG_TOOL, { name: tool, arguments: args }];
    const started = options.now();
    let ok = false;
    try {
      const result = await client.callTool({ name, arguments: params }, undefined, {
        timeout: Math.max(1_000, Math.min(timeoutMs, options.deadlineAt - started)),
      });
      const text = (Array.isArray(result.content) ? result.content : [])
        .map((part: { type: string; text?: string }) => (part.type === "text" ? (part.text ?? "") : ""))
        .join("\n");
      if (result.isError) throw failure(tool, text, call);
      ok = true;
      return { text, structured: result.structuredContent ?? null };
    } catch (error) {
      if (error instanceof SentryError) throw error;
      throw new SentryError(
        "unavailable",
        `The call of ${tool} on ${description} failed: ${redact.quote(error instanceof Error ? error.message : String(error))}`,
      );
    } finally {
      options.onToolCall({ tool, ms: options.now() - started, ok });
    }
  }

  function failure(tool: string, text: string, call: Call): SentryError {
    const { status, unreachable } = readToolFailure(text);
    const where = `the Sentry MCP server's ${tool}`;
    const said = redact.quote(text.replace(/\*\*[^*]+\*\*/g, " "));
    if (status === 429) {
      return new SentryError(
        "rate-limited",
        `Sentry rate-limited ${where} (429), which gives no reset time.`,
        429,
      );
    }
    if (status !== null && status >= 500) {
      return new SentryError("unavailable", `Sentry failed ${where} (${status}): ${said}`, status);
    }
    if (status !== null) return errorForStatus(status, where, call, said, options.token, redact);
    if (unreachable) return new SentryError("unavailable", `${where} could not reach Sentry: ${said}`);
    // Not Sentry's answer: the tool refused its arguments or failed inside the server.
    return new SentryError("bad-request", `${where} failed: ${said}`);
  }

  return {
    async call(tool, args, call) {
      const first = options.now();
      for (let failures = 0; ; failures++) {
        try {
          return await once(tool, args, call);
        } catch (error) {
          if (!(error instanceof SentryError)) throw error;
          const at = options.now() + Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
          if (error.kind === "rate-limited" && at >= options.deadlineAt) {
            throw new SentryError(
              "rate-limited",
              `${error.message} It still was at the run's deadline.`,
              429,
            );
          }
          if (error.kind === "unavailable" && (at - first > budgetMs || at >= options.deadlineAt)) {
            throw new SentryError(
              "unavailable",
              `${error.message} (still failing after ${Math.round((options.now() - first) / 1000)} s of tries)`,
              error.status,
            );
          }
          if (error.kind !== "rate-limited" && error.kind !== "unavailable") throw error;
          await options.sleep(at - options.now());
        }
      }
    },
    close: () => client.close(),
  };
}
