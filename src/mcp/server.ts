// The MCP server: the engine's three questions as read-only tools for coding agents, over stdio.
// A tool answers with the report as structured content and a short text (the verdict line, when to
// call again if it is not final, the notes); bad or unknown arguments and a Sentry that cannot be
// asked are tool errors that say what to fix, and the server goes on serving. Every call answers
// within a standard client's default request timeout (budget.ts). Nothing but protocol messages goes
// to stdout, and the token never reaches a result.
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
import {
  argumentName,
  fixArguments,
  listItems,
  rawInputs,
  SCAN_KINDS,
  scanArguments,
  verifyArguments,
} from "./arguments.js";
import { CALL_DEADLINE_MS, WAIT_WORDS, waitPerCallMs } from "./budget.js";
import { reportSchema } from "./report-schema.js";

const VERSION = "0.1.0";

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, openWorldHint: true } as const;

const INSTRUCTIONS = `Tells from what Sentry recorded whether a deploy broke production. Read-only; the Sentry organization, projects, environment and token come from the server's environment (pass org, project or environment only to override them).
- After deploying a release: verify_release. It evaluates now over as much of the watch window (default 10 minutes after the deploy) as has passed; wait: true keeps polling for up to ${WAIT_WORDS} per call. While the report says final: false, call it again at callAgainAt (or later) until final: true: a pass before then is only "so far".
- When a change claims to fix Sentry issues: check_fixes with their short IDs, once the release is deployed, called again the same way until final: true.
- For what is new or regressed lately in any release, with no deploy in question: scan_errors.
A verdict is pass, fail (findings list what failed it) or inconclusive (Sentry received nothing from the release). A tool error says which argument or setting to fix.`;

type Check = (raw: RawInputs, options: CheckOptions) => Promise<CallToolResult>;

export interface McpServerOptions {
  env: NodeJS.ProcessEnv;
  /** The release when neither the arguments nor the environment give one. */
  deployedCommit?: string;
}

/** How an agent is told to come back to a report that is not final: when, and what that is. */
interface CallAgain {
  windowEnd: string;
  /** When the window is over and settled: a call then gets the final verdict. ISO 8601. */
  callAgainAt: string;
  /** Seconds from this answer to callAgainAt (0 when already there). */
  retryAfterSeconds: number;
}

export function createMcpServer(options: McpServerOptions): McpServer {
  const server = new McpServer(
    { name: "sentry-deploy-verify", version: VERSION },
    { instructions: INSTRUCTIONS },
  );
  const waitMs = waitPerCallMs(options.env);
  const check =
    (tool: string): Check =>
    async (raw, checkOptions) => {
      const startedAt = Date.now();
      const parsed = parseConfig(raw, {
        ...(options.deployedCommit ? { deployedCommit: options.deployedCommit } : {}),
        now: startedAt,
      });
      if (!parsed.ok) return toolError(describeProblems(parsed.problems, argumentName));
      const notYet = unsupported(parsed.config, argumentName);
      if (notYet) return toolError(notYet);
      const redactor = createRedactor([parsed.config.authToken]);
      const report = await runCheck(parsed.config, {
        ...localClaimTexts(parsed.config),
        ...checkOptions,
        // Whatever Sentry does, the answer comes before a standard client stops waiting for it.
        deadlineAt: startedAt + CALL_DEADLINE_MS,
        ...(checkOptions.once === false ? { stopWaitingAt: startedAt + waitMs } : {}),
      });
      // The report goes to the model whole: the token must not be in any of it.
      const safe = JSON.parse(redactor.text(JSON.stringify(report))) as Report;
      if (safe.verdict === "error") return toolError(`Sentry could not be asked: ${safe.reason}`);
      const again =
        safe.final || safe.windowEnd === null ? null : callAgain(safe.windowEnd, parsed.config.settleMs);
      return {
        structuredContent: { ...safe, ...again } as unknown as Record<string, unknown>,
        content: [{ type: "text", text: summary(safe, again, tool) }],
      };
    };

  server.registerTool(
    "verify_release",
    {
      title: "Verify a release",
      description: `Did this release break production? From Sentry: issues new in the release or regressed by it since its deploy, spikes of older issues, slower or more often failing transactions, a worse crash rate, and claimed fixes that did not hold. Evaluates now by default; wait: true keeps polling for up to ${WAIT_WORDS}. A report with final: false is the verdict so far: call again at its callAgainAt until final: true.`,
      inputSchema: verifyArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY,
    },
    async (args, extra) =>
      check("verify_release")(
        { ...rawInputs(args, options.env), mode: "verify" },
        { once: args.wait !== true, ...progressOf(extra) },
      ),
  );

  server.registerTool(
    "scan_errors",
    {
      title: "Scan for new and regressed issues",
      description:
        "What is new or regressed in the environment within the lookback (default 24h), in any release: no deploy needed. Answers at once, final.",
      inputSchema: scanArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY,
    },
    async (args) => {
      const notFound = kindsAScanCannotFind(args.failOn);
      if (notFound) return toolError(notFound);
      return check("scan_errors")({ ...rawInputs(args, options.env), mode: "scan" }, {});
    },
  );

  server.registerTool(
    "check_fixes",
    {
      title: "Check claimed fixes",
      description: `Did these Sentry issues stop in this release? Each is confirmed (the release had traffic and the issue got none of it since the deploy), unfixed, or unverified (with why); the verdict fails only on unfixed ones. Evaluates now by default; wait: true keeps polling for up to ${WAIT_WORDS}. A report with final: false is the answer so far: call again at its callAgainAt until final: true.`,
      inputSchema: fixArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY,
    },
    async (args, extra) => {
      const notIssues = notShortIds(args.issues);
      if (notIssues) return toolError(notIssues);
      return check("check_fixes")(
        { ...rawInputs(args, options.env), mode: "verify", "fail-on": "unfixed" },
        { once: args.wait !== true, ...progressOf(extra) },
      );
    },
  );

  return server;
}

/** The action's fixes input also takes auto (claims read from the pull request) and none: a tool is given the issues. */
function notShortIds(issues: string | string[]): string | null {
  const word = listItems(issues).find((issue) => /^(auto|none)$/i.test(issue));
  if (word === undefined) return null;
  return `argument "issues" must be the Sentry short IDs the change claims to fix, such as ["WEB-123"]; got ${JSON.stringify(word)}, which is not an issue (to see what a release broke, call verify_release)`;
}

/** A scan finds new and regressed issues only: failing it on another kind could never happen. */
function kindsAScanCannotFind(failOn: string | string[] | undefined): string | null {
  if (failOn === undefined) return null;
  const kinds = listItems(failOn).map((kind) => kind.toLowerCase());
  if (kinds.length === 1 && kinds[0] === "none") return null;
  const other = kinds.filter((kind) => !(SCAN_KINDS as readonly string[]).includes(kind));
  if (other.length === 0) return null;
  return `argument "failOn" of scan_errors must be new, regressed (what a scan finds), or none; got ${other.map((kind) => JSON.stringify(kind)).join(", ")}${other.some((kind) => kind !== "none") ? " (verify_release finds the others)" : ""}`;
}

/** A report that is not final: a call after the window's settled end gets the final verdict. */
function callAgain(windowEnd: string, settleMs: number, now = Date.now()): CallAgain {
  const at = Math.max(Date.parse(windowEnd) + settleMs, now);
  return {
    windowEnd,
    callAgainAt: new Date(at).toISOString(),
    retryAfterSeconds: Math.max(0, Math.ceil((at - now) / 1000)),
  };
}

type ToolExtra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** With wait, each poll is a progress notification when the client asked for them. */
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

/**
 * "FAIL: 2 new issues … Findings: new WEB-1, WEB-5; regressed WEB-2; latency GET /api/cart.", then,
 * when not final, when to call again, and the report's notes, a line each.
 */
function summary(report: Report, again: CallAgain | null, tool: string): string {
  const kinds = [...new Set(report.findings.map((finding) => finding.kind))];
  const findings = kinds.map(
    (kind) =>
      `${kind} ${report.findings
        .filter((finding) => finding.kind === kind)
        // A transaction's name is whatever the SDK sent: one short line of it.
        .map((finding) => plainLine(finding.shortId, 80))
        .join(", ")}`,
  );
  const headline = again
    ? `${report.verdict.toUpperCase()} so far: ${report.reason}`
    : verdictHeadline(report);
  const lines = [`${headline}${findings.length > 0 ? `. Findings: ${findings.join("; ")}.` : ""}`];
  if (again)
    lines.push(
      `Not final: the window ${Date.parse(again.windowEnd) > Date.now() ? "ends" : "ended"} at ${again.windowEnd}; call ${tool} again at ${again.callAgainAt} (or later).`,
    );
  // What the verdict rests on, such as "Sentry knows no release X": the structured notes alone are easily missed.
  for (const note of report.notes) lines.push(`Note: ${plainLine(note, 300)}`);
  return lines.join("\n");
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
