#!/usr/bin/env node
// The command line: `demo` runs the whole check against the built-in Sentry simulator, `simulator`
// serves it for trying the action or the CLI by hand. verify, scan and mcp follow.
import { parseArgs } from "node:util";
import { parseConfig } from "../config/schema.js";
import { systemClock } from "../engine/clock.js";
import { runDeadline } from "../engine/deadline.js";
import type { Report } from "../engine/report.js";
import { verifyRelease } from "../engine/verify.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderText } from "../report/text.js";
import { createRestSource } from "../sentry/rest/source.js";
import { SCENARIOS, type Scenario, startSimulator } from "../simulator/index.js";
import { describeProblems } from "./problems.js";

const USAGE = `Usage: sentry-deploy-verify <command> [options]

Commands:
  demo [scenario] [--format text|markdown|json]
      Verify a release against the built-in Sentry simulator: no account needed.
      Scenarios: ${Object.keys(SCENARIOS).join(", ")} (default regression).
  simulator [--port N] [--scenario name]
      Serve the Sentry simulator on 127.0.0.1 until interrupted, for trying the action or the CLI by hand.

Exit codes: 0 done, 2 bad usage.
`;

class UsageError extends Error {}

const FORMATS = ["text", "markdown", "json"] as const;
type Format = (typeof FORMATS)[number];

function render(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  return format === "markdown" ? renderMarkdown(report) : renderText(report);
}

function scenarioNamed(name: string | undefined): Scenario {
  const make = SCENARIOS[name ?? "regression"];
  if (!make)
    throw new UsageError(`unknown scenario "${name}": choose one of ${Object.keys(SCENARIOS).join(", ")}`);
  return make(new Date());
}

async function demo(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "text" }, help: { type: "boolean" } },
  });
  if (values.help) return help();
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`);
  const scenario = scenarioNamed(positionals[0]);
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token });
  try {
    const now = Date.now();
    const parsed = parseConfig(
      {
        "auth-token": scenario.token,
        org: scenario.org,
        project: scenario.projects.join(","),
        url: simulator.url,
        environment: scenario.environment,
        release: scenario.release,
      },
      { now },
    );
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems, (input) => `--${input}`));
    const { config } = parsed;
    const source = createRestSource({
      url: config.url,
      org: config.org,
      token: config.authToken,
      deadlineAt: runDeadline(config, now),
    });
    // What the action would read on GitHub: the deployed change's pull request claims its fixes.
    const fixClaimTexts = Promise.resolve([{ where: "the pull request", text: scenario.pullRequestBody }]);
    const report = await verifyRelease(config, { source, clock: systemClock, fixClaimTexts });
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
      help: { type: "boolean" },
    },
  });
  if (values.help) return help();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be a port number from 0 to 65535; got "${values.port}"`);
  const scenario = scenarioNamed(values.scenario);
  const simulator = await startSimulator({ world: scenario.world, token: scenario.token, port });
  process.stdout.write(
    [
      `Sentry simulator: scenario "${scenario.name}" at ${simulator.url}`,
      `  ${scenario.description}`,
      "",
      "Point the action or the CLI at it with:",
      `  SENTRY_URL=${simulator.url}`,
      `  SENTRY_AUTH_TOKEN=${scenario.token}`,
      `  SENTRY_ORG=${scenario.org}`,
      `  SENTRY_PROJECT=${scenario.projects.join(",")}`,
      `  SENTRY_ENVIRONMENT=${scenario.environment}`,
      `  SENTRY_RELEASE=${scenario.release}`,
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

function help(): number {
  process.stdout.write(USAGE);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "demo":
      return demo(rest);
    case "simulator":
      return serve(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      return help();
    case "verify":
    case "scan":
    case "mcp":
      throw new UsageError(`"${command}" is not available in this version yet; try demo`);
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
    process.stderr.write(
      `sentry-deploy-verify: ${error instanceof Error ? error.message : String(error)}\n${usage ? `\n${USAGE}` : ""}`,
    );
    process.exitCode = 2;
  },
);
