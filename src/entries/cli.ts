#!/usr/bin/env node
// The command line: verify and scan as the action does, from flags and environment variables; demo
// and simulator against the built-in Sentry simulator; mcp, a server for coding agents on stdio.
import {
  type CheckCommand,
  type Format,
  flagHelp,
  flagNames,
  parseCommandArgs,
  parseFlags,
  UsageError,
} from "../cli/args.js";
import { gitHead, localClaimTexts } from "../cli/git.js";
import { terminalProgress } from "../cli/progress.js";
import { shellWord } from "../cli/shell.js";
import { INPUTS, type InputName, inputSpec } from "../config/inputs.js";
import { type Config, parseConfig } from "../config/schema.js";
import type { Report } from "../engine/report.js";
import { failsJob } from "../engine/verdict.js";
import { serveMcp } from "../mcp/server.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { createRedactor } from "../sentry/redact.js";
import { SCENARIOS, type Scenario, scenarioInputs, startSimulator } from "../simulator/index.js";
import { runCheck } from "./check.js";
import { describeProblems, unsupported } from "./problems.js";

const SCENARIO_NAMES = Object.keys(SCENARIOS);

const USAGE = `Usage: sentry-deploy-verify <command> [options]

Commands:
  verify   Did this release break production? Watches it for --window after its deploy.
  scan     What is new or regressed in the last --lookback, in any release.
  demo [scenario] [--format text|markdown|json]
           The whole check against the built-in Sentry simulator: no account needed.
           Scenarios: ${SCENARIO_NAMES.join(", ")} (default regression).
  simulator [--port N] [--scenario name]
           Serve the Sentry simulator on 127.0.0.1 until interrupted, for trying the action or the CLI by hand.
  mcp      An MCP server on stdio for coding agents (tools verify_release, scan_errors, check_fixes).

Run \`sentry-deploy-verify <command> --help\` for a command's flags.
Exit codes: 0 pass (and inconclusive, unless --fail-on-inconclusive), 1 fail, 2 error or bad usage.
`;

const CHECK_USAGE: Record<CheckCommand, string> = {
  verify: `Usage: sentry-deploy-verify verify --org acme --project web --environment production [--release SHA] [--window 10m] [--format text|json|markdown]

Watches the release for --window after its deploy and says whether it broke anything. Without
--release, the release is \`git rev-parse HEAD\` of this directory. With --fixes auto, the release
commit's message is read for "Fixes WEB-123".`,
  scan: `Usage: sentry-deploy-verify scan --org acme --project web,api [--environment production] [--lookback 24h] [--format text|json|markdown]

Everything new or regressed in the environment within --lookback, in any release.`,
};

function checkHelp(command: CheckCommand): string {
  return `${CHECK_USAGE[command]}\n\nFlags (each also read from its environment variable when not given):\n${flagHelp(command)}\n`;
}

/** After a usage error: the command's flags by name, and where each is explained. */
function checkHint(command: CheckCommand): string {
  return `Flags of ${command}:\n${flagNames(command)}\nRun \`sentry-deploy-verify ${command} --help\` for what each means.\n`;
}

/** Each scenario, by name, as the demo and the simulator's help list them. */
function scenarioList(): string {
  const now = new Date();
  return SCENARIO_NAMES.map((name) => {
    const scenario = (SCENARIOS[name] as (now: Date) => Scenario)(now);
    return `  ${name.padEnd(11)}${scenario.description}${name === "regression" ? " (default)" : ""}`;
  }).join("\n");
}

function demoHelp(): string {
  return `Usage: sentry-deploy-verify demo [scenario] [--format text|markdown|json]

The whole check (verify, with --fixes auto) against the built-in Sentry simulator, started on
127.0.0.1 for the run: no account, token or network needed. Exits 0 whatever the verdict.

Scenarios:
${scenarioList()}

Flags:
  --format text|markdown|json
      Output (default text).
  -h, --help
      This help.
`;
}

function simulatorHelp(): string {
  const sample = (SCENARIOS.regression as (now: Date) => Scenario)(new Date());
  return `Usage: sentry-deploy-verify simulator [--port N] [--scenario name]

Serves the built-in Sentry simulator on 127.0.0.1 until Ctrl-C, and prints the \`export\` lines that
point the CLI (or the action, as inputs) at it. It answers Sentry's REST API as sentry.io would, for:
  token        ${sample.token} (as a Bearer token; any other gets 401)
  org          ${sample.org}
  projects     ${sample.projects.join(", ")}
  environment  ${sample.environment}
  release      ${sample.release}

Scenarios (the world it serves, written relative to its start):
${scenarioList()}

Flags:
  --port N
      The port to listen on, 0 to 65535 (default 0: any free port).
  --scenario name
      One of ${SCENARIO_NAMES.join(", ")} (default regression).
  -h, --help
      This help.
`;
}

function mcpHelp(): string {
  const variables = INPUTS.flatMap((spec) =>
    "env" in spec ? [`  ${spec.env.padEnd(20)}--${spec.name}`] : [],
  );
  return `Usage: sentry-deploy-verify mcp

An MCP server on stdio for coding agents (Claude Code, Cursor and others start it themselves): its
tools verify_release, scan_errors and check_fixes are read-only. Nothing but protocol messages is
written to stdout; run by hand, it waits for a client on stdin.

Configuration, as environment variables (each a default for the tools' arguments; the token is
never an argument):
${variables.join("\n")}
The release defaults to \`git rev-parse HEAD\` of the server's directory.

Flags:
  -h, --help
      This help.
`;
}

function render(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  return format === "markdown" ? `${renderMarkdown(report)}\n` : renderText(report);
}

/** Exit code: 0 unless the verdict fails the check (1), or Sentry could not be asked (2). */
function exitCode(report: Report, config: Pick<Config, "failOnInconclusive" | "onError">): number {
  if (!failsJob(report.verdict, config)) return 0;
  return report.verdict === "error" ? 2 : 1;
}

/** A usage error with the hint given, when the error does not carry its own. */
async function withHint<T>(hint: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError && error.hint === undefined) throw new UsageError(error.message, hint);
    throw error;
  }
}

async function check(mode: CheckCommand, args: string[]): Promise<number> {
  const hint = checkHint(mode);
  const parsed = await withHint(hint, () => parseCommandArgs(args, process.env, { command: mode }));
  if (parsed.help) {
    process.stdout.write(checkHelp(mode));
    return 0;
  }
  const result = parseConfig({ ...parsed.raw, mode }, { deployedCommit: gitHead(), now: Date.now() });
  const flag = (input: InputName) => `--${input}`;
  if (!result.ok) throw new UsageError(describeProblems(result.problems, flag), hint);
  const { config } = result;
  const notYet = unsupported(config, flag);
  if (notYet) throw new UsageError(notYet, hint);

  const redactor = createRedactor([config.authToken]);
  const progress = terminalProgress(process.stderr, config.release);
  const report = await runCheck(config, {
    ...localClaimTexts(config),
    onDeployTime: (deploy, watch, warnings) => {
      // Said before the window is waited out, not after it.
      for (const warning of warnings) {
        progress.say(
          redactor.text(
            `sentry-deploy-verify: ${warning} Watching until ${watch.settledAt.toISOString()} anyway, as the release's first event creates it; if --release is wrong, stop with Ctrl-C.`,
          ),
        );
      }
      progress.onDeployTime(deploy, watch, warnings);
    },
    onProgress: progress.onProgress,
  });
  progress.stop();
  if (report.verdict === "error") {
    process.stderr.write(`sentry-deploy-verify: ${redactor.text(`ERROR: ${report.reason}`)}\n`);
    if (parsed.format === "json") process.stdout.write(redactor.text(render(report, "json")));
  } else {
    process.stdout.write(redactor.text(render(report, parsed.format)));
  }
  return exitCode(report, config);
}

function scenarioNamed(name: string | undefined): Scenario {
  const make = SCENARIOS[name ?? "regression"];
  if (!make) throw new UsageError(`unknown scenario "${name}": choose one of ${SCENARIO_NAMES.join(", ")}`);
  return make(new Date());
}

async function demo(args: string[]): Promise<number> {
  const hint = `Run \`sentry-deploy-verify demo --help\` for its scenarios and flags.\n`;
  const { format, help, positionals } = await withHint(hint, () =>
    parseCommandArgs(args, {}, { command: "demo" }),
  );
  if (help) {
    process.stdout.write(demoHelp());
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`demo takes one scenario; got "${positionals.join(" ")}"`, hint);
  const scenario = await withHint(hint, () => scenarioNamed(positionals[0]));
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token });
  try {
    const parsed = parseConfig(scenarioInputs(scenario, simulator.url), { now: Date.now() });
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems, (input) => `--${input}`));
    // What the action would read on GitHub: the deployed change's pull request claims its fixes.
    const fixClaimTexts = Promise.resolve([{ where: "the pull request", text: scenario.pullRequestBody }]);
    const report = await runCheck(parsed.config, { fixClaimTexts });
    if (format === "text") {
      process.stdout.write(
        `Scenario "${scenario.name}": ${scenario.description}\nSentry simulator at ${simulator.url}\n\n`,
      );
    }
    process.stdout.write(render(report, format));
    if (format === "text") {
      process.stdout.write(
        `\n${simulator.requests.length} Sentry requests. In a workflow, this verdict would ${report.verdict === "fail" ? "fail" : "pass"} the job.\n`,
      );
    }
    return 0;
  } finally {
    await simulator.close();
  }
}

async function serve(args: string[]): Promise<number> {
  const hint = `Run \`sentry-deploy-verify simulator --help\` for its flags.\n`;
  const { values } = await withHint(hint, () =>
    parseFlags(args, {
      port: { type: "string", default: "0" },
      scenario: { type: "string" },
      help: { type: "boolean", short: "h" },
    }),
  );
  if (values.help) {
    process.stdout.write(simulatorHelp());
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(String(values.port)) || port > 65_535)
    throw new UsageError(`--port must be a port number from 0 to 65535; got "${values.port}"`, hint);
  const scenario = await withHint(hint, () => scenarioNamed(values.scenario as string | undefined));
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token, port });
  const exports = Object.entries(scenarioInputs(scenario, simulator.url)).map(
    ([input, value]) => `export ${inputSpec(input as InputName).env}=${shellWord(value)}`,
  );
  process.stdout.write(
    [
      `Sentry simulator: scenario "${scenario.name}" at ${simulator.url}`,
      `  ${scenario.description}`,
      "",
      "Point the CLI at it: paste these lines into a shell, then run `sentry-deploy-verify verify`",
      "(the action takes the same values as inputs).",
      "",
      ...exports,
      "",
      "Ctrl-C stops it.",
      "",
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await simulator.close();
  return 0;
}

async function mcp(args: string[]): Promise<number> {
  const hint = `Run \`sentry-deploy-verify mcp --help\` for how it is configured.\n`;
  const { values } = await withHint(hint, () => parseFlags(args, { help: { type: "boolean", short: "h" } }));
  if (values.help) {
    process.stdout.write(mcpHelp());
    return 0;
  }
  return serveMcp(process.env);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "verify":
    case "scan":
      return check(command, rest);
    case "demo":
      return demo(rest);
    case "simulator":
      return serve(rest);
    case "mcp":
      return mcp(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

// A reader that stopped reading (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError ||
      (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
    const hint = error instanceof UsageError && error.hint ? error.hint : USAGE;
    process.stderr.write(
      `sentry-deploy-verify: ${error instanceof Error ? error.message : String(error)}\n${usage ? `\n${hint}` : ""}`,
    );
    process.exitCode = 2;
  },
);
