// The MCP server: the engine's three questions as read-only tools for coding agents, over stdio.
// A tool answers with the report as structured content and one line of text; bad arguments and a
// Sentry that cannot be asked are tool errors that say what to fix, and the server goes on serving.
// Nothing but protocol messages goes to stdout, and the token never reaches a result.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { CallToolResult, ServerNotification, ServerRequest } from "@modelcontextprotocol/sdk/types.js";
import { gitHead, localClaimTexts } from "../cli/git.js";
import type { RawInputs } from "../config/inputs.js";
import { parseConfig } from "../config/schema.js";
import type { Report } from "../engine/report.js";
import { type CheckOptions, runCheck } from "../entries/check.js";
import { describeProblems, unsupported } from "../entries/problems.js";
import { plainLine } from "../report/escape.js";
import { verdictHeadline } from "../report/format.js";
import { createRedactor } from "../sentry/redact.js";
import { argumentName, fixArguments, rawInputs, scanArguments, verifyArguments } from "./arguments.js";
import { reportSchema } from "./report-schema.js";

const VERSION = "0.1.0";

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, openWorldHint: true } as const;

type Check = (raw: RawInputs, options: CheckOptions) => Promise<CallToolResult>;

export interface McpServerOptions {
  env: NodeJS.ProcessEnv;
  /** The release when neither the arguments nor the environment give one. */
  deployedCommit?: string;
}

export function createMcpServer(options: McpServerOptions): McpServer {
  const server = new McpServer({ name: "sentry-deploy-verify", version: VERSION });
  const check: Check = async (raw, checkOptions) => {
    const parsed = parseConfig(raw, {
      ...(options.deployedCommit ? { deployedCommit: options.deployedCommit } : {}),
      now: Date.now(),
    });
    if (!parsed.ok) return toolError(describeProblems(parsed.problems, argumentName));
    const notYet = unsupported(parsed.config, argumentName);
    if (notYet) return toolError(notYet);
    const redactor = createRedactor([parsed.config.authToken]);
    const report = await runCheck(parsed.config, { ...localClaimTexts(parsed.config), ...checkOptions });
    // The report goes to the model whole: the token must not be in any of it.
    const safe = JSON.parse(redactor.text(JSON.stringify(report))) as Report;
    if (safe.verdict === "error") return toolError(`Sentry could not be asked: ${safe.reason}`);
    return {
      structuredContent: safe as unknown as Record<string, unknown>,
      content: [{ type: "text", text: summary(safe) }],
    };
  };

  server.registerTool(
    "verify_release",
    {
      title: "Verify a release",
      description:
        "Did this release break production? New and regressed issues since its deploy, spikes of old issues, and claimed fixes that did not hold, from Sentry. Evaluates now unless wait is true.",
      inputSchema: verifyArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY,
    },
    async (args, extra) =>
      check(
        { ...rawInputs(args, options.env), mode: "verify" },
        { once: args.wait !== true, ...progressOf(extra) },
      ),
  );

  server.registerTool(
    "scan_errors",
    {
      title: "Scan for new and regressed issues",
      description:
        "Everything new or regressed in the environment within the lookback (default 24h), in any release.",
      inputSchema: scanArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY,
    },
    async (args) => check({ ...rawInputs(args, options.env), mode: "scan" }, {}),
  );

  server.registerTool(
    "check_fixes",
    {
      title: "Check claimed fixes",
      description:
        "Did these issues stop in this release? Each is confirmed (the release had traffic and the issue got none of it since the deploy), unfixed, or unverified (with why). The verdict fails only on unfixed ones.",
      inputSchema: fixArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY,
    },
    async (args, extra) =>
      check(
        { ...rawInputs(args, options.env), mode: "verify", "fail-on": "unfixed" },
        { once: args.wait !== true, ...progressOf(extra) },
      ),
  );

  return server;
}

type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** With wait, a poll is a progress notification when the client asked for them: a long wait stays alive. */
function progressOf(extra: ToolExtra): Pick<CheckOptions, "onProgress"> {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return {};
  return {
    onProgress: (progress) =>
      void extra
        .sendNotification({
          method: "notifications/progress",
          params: {
            progressToken,
            progress: progress.poll,
            message: progress.error
              ? `poll failed, trying again: ${progress.error}`
              : `poll ${progress.poll}: ${progress.counts.new} new, ${progress.counts.regressed} regressed`,
          },
        })
        // A client that went away is told nothing more; the answer still follows.
        .catch(() => {}),
  };
}

function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}

/** "FAIL: 2 new issues … Findings: new WEB-1, WEB-5; regressed WEB-2; latency GET /api/cart." */
function summary(report: Report): string {
  const kinds = [...new Set(report.findings.map((finding) => finding.kind))];
  const findings = kinds.map(
    (kind) =>
      `${kind} ${report.findings
        .filter((finding) => finding.kind === kind)
        // A transaction's name is whatever the SDK sent: one short line of it.
        .map((finding) => plainLine(finding.shortId, 80))
        .join(", ")}`,
  );
  return `${verdictHeadline(report)}${findings.length > 0 ? `. Findings: ${findings.join("; ")}.` : ""}`;
}

/** Serves on stdin and stdout until the client goes away. */
export async function serveMcp(env: NodeJS.ProcessEnv): Promise<number> {
  const deployedCommit = gitHead();
  const server = createMcpServer({ env, ...(deployedCommit ? { deployedCommit } : {}) });
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  await server.connect(new StdioServerTransport());
  process.stdin.once("end", () => void server.close());
  await closed;
  return 0;
}
