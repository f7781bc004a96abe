#!/usr/bin/env node
// The command line: verify and scan as the action does, from flags and environment variables; demo
// and simulator against the built-in Sentry simulator; mcp, a server for coding agents on stdio.
import { parseArgs } from "node:util";
import { type Format, flagHelp, parseCommandArgs, UsageError } from "../cli/args.js";
import { gitHead, localClaimTexts } from "../cli/git.js";
import { terminalProgress } from "../cli/progress.js";
import { type InputName, inputSpec } from "../config/inputs.js";
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

const USAGE = `Usage: sentry-deploy-verify <command> [options]

Commands:
  verify   Did this release break production? Watches it for --window after its deploy.
  scan     What is new or regressed in the last --lookback, in any release.
  demo [scenario] [--format text|markdown|json]
           The whole check against the built-in Sentry simulator: no account needed.
           Scenarios: ${Object.keys(SCENARIOS).join(", ")} (default regression).
  simulator [--port N] [--scenario name]
           Serve the Sentry simulator on 127.0.0.1 until interrupted, for trying the action or the CLI by hand.
  mcp      An MCP server on stdio for coding agents (tools verify_release, scan_errors, check_fixes).

Run \`sentry-deploy-verify <command> --help\` for a command's flags.
Exit codes: 0 pass (and inconclusive, unless --fail-on-inconclusive), 1 fail, 2 error or bad usage.
`;

const CHECK_USAGE = {
  verify: `Usage: sentry-deploy-verify verify --org acme --project web --environment production [--release SHA] [--window 10m] [--format text|json|markdown]

Watches the release for --window after its deploy and says whether it broke anything. Without
--release, the release is \`git rev-parse HEAD\` of this directory. With --fixes auto, the release
commit's message is read for "Fixes WEB-123".`,
  scan: `Usage: sentry-deploy-verify scan --org acme --project web,api [--environment production] [--lookback 24h] [--format text|json|markdown]

Everything new or regressed in the environment within --lookback, in any release.`,
} as const;

function render(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  return format === "markdown" ? `${renderMarkdown(report)}\n` : renderText(report);
}

/** Exit code: 0 unless the verdict fails the check (1), or Sentry could not be asked (2). */
function exitCode(report: Report, config: Pick<Config, "failOnInconclusive" | "onError">): number {
  if (!failsJob(report.verdict, config)) return 0;
  return report.verdict === "error" ? 2 : 1;
}

async function check(mode: "verify" | "scan", args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, process.env);
  if (parsed.help) {
    process.stdout.write(
      `${CHECK_USAGE[mode]}\n\nFlags (each also read from its environment variable when not given):\n${flagHelp()}\n  --format text|markdown|json\n      Output (default text).\n`,
    );
    return 0;
  }
  const result = parseConfig({ ...parsed.raw, mode }, { deployedCommit: gitHead(), now: Date.now() });
  const flag = (input: InputName) => `--${input}`;
  const hint = `Run \`sentry-deploy-verify ${mode} --help\` for its flags.\n`;
  if (!result.ok) throw new UsageError(describeProblems(result.problems, flag), hint);
  const { config } = result;
  const notYet = unsupported(config, flag);
  if (notYet) throw new UsageError(notYet, hint);

  const redactor = createRedactor([config.authToken]);
  const progress = terminalProgress(process.stderr, config.release);
  const report = await runCheck(config, {
    ...localClaimTexts(config),
    onDeployTime: progress.onDeployTime,
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
  if (!make)
    throw new UsageError(`unknown scenario "${name}": choose one of ${Object.keys(SCENARIOS).join(", ")}`);
  return make(new Date());
}

async function demo(args: string[]): Promise<number> {
  const { format, help, positionals } = parseCommandArgs(args, {}, { allowPositionals: true });
  if (help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const scenario = scenarioNamed(positionals[0]);
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
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "0" },
      scenario: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be a port number from 0 to 65535; got "${values.port}"`);
  const scenario = scenarioNamed(values.scenario);
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token, port });
  const env = Object.entries(scenarioInputs(scenario, simulator.url)).map(
    ([input, value]) => `  ${inputSpec(input as InputName).env}=${value}`,
  );
  process.stdout.write(
    [
      `Sentry simulator: scenario "${scenario.name}" at ${simulator.url}`,
      `  ${scenario.description}`,
      "",
      "Point the action or the CLI at it with:",
      ...env,
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
      return serveMcp(process.env);
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
