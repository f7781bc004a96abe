// The action from source under GitHub's local runner emulator (@github/local-action), as `.env.example`
// tells a developer to run it: src/main.ts's run() with @actions/core stubbed, against the simulator.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RELEASES, regressionScenario, scenarioInputs } from "../../src/simulator/index.js";
import { nodeBinary } from "../support/run-action.js";
import { sentryRequests, simulate } from "../support/simulated.js";

const ROOT = resolve(import.meta.dirname, "../..");
const LOCAL_ACTION = join(ROOT, "node_modules/@github/local-action/bin/local-action.js");
const EXAMPLE_URL = "http://127.0.0.1:9077";

/** KEY=VALUE lines of a dotenv file, comments and blank lines left out. */
function readDotenv(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([A-Za-z_][\w-]*)=(.*)$/.exec(line.trim());
    if (match) entries.set(match[1] ?? "", match[2] ?? "");
  }
  return entries;
}

/** The environment without what a CI runner or the developer's shell would add to the .env's values. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!/^(INPUT_|GITHUB_|SENTRY_|RUNNER_|ACTIONS_)|^(NODE_OPTIONS|FORCE_COLOR|CI)$/.test(name))
      env[name] = value;
  // npm and tsx, which local-action starts by name, on the same Node as the action's runner (24 when installed).
  env.PATH = [dirname(nodeBinary), process.env.PATH ?? ""].join(delimiter);
  env.NO_COLOR = "1";
  return env;
}

async function localAction(envFile: string): Promise<{ exitCode: number | null; stdout: string }> {
  const child = spawn(nodeBinary, [LOCAL_ACTION, "run", ROOT, "src/main.ts", envFile], {
    cwd: ROOT,
    env: cleanEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
  const exitCode = await new Promise<number | null>((done) => child.on("close", done));
  clearTimeout(timer);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colours, should a terminal be detected anyway.
  return { exitCode, stdout: stdout.replace(/\u001b\[[0-9;]*m/g, "") };
}

describe("local-action", () => {
  it("runs src/main.ts with .env.example against the simulator: the verdict, the outputs, the summary", async () => {
    const scenario = regressionScenario();
    const example = readFileSync(join(ROOT, ".env.example"), "utf8");
    const values = readDotenv(example);
    // The example points at what `simulator` serves by default.
    for (const [input, value] of Object.entries(scenarioInputs(scenario, EXAMPLE_URL)))
      expect(values.get(`INPUT_${input.toUpperCase()}`), input).toBe(value);

    const simulator = await simulate(scenario);
    const dir = mkdtempSync(join(tmpdir(), "sdv-local-action-"));
    const summary = join(dir, "summary.md");
    const envFile = join(dir, ".env");
    writeFileSync(
      envFile,
      `${example.replaceAll(EXAMPLE_URL, simulator.url)}\nRUNNER_TEMP=${dir}\nGITHUB_STEP_SUMMARY=${summary}\n`,
    );

    const run = await localAction(envFile);
    expect(run.stdout).toContain("Running Action");
    expect(run.exitCode, run.stdout).toBe(0); // local-action does not turn setFailed into an exit code.

    const outputs = Object.fromEntries(
      [...run.stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(outputs).toMatchObject({
      verdict: "fail",
      "new-count": "2",
      "regressed-count": "1",
      "spike-count": "1",
      "unfixed-count": "0",
      release: RELEASES.current,
      "deployed-at": scenario.deployedAt.toISOString(),
      "report-path": join(dir, "sentry-deploy-verify-verify.json"),
    });
    expect(
      (JSON.parse(outputs.findings ?? "[]") as { kind: string; shortId: string }[])
        .filter((f) => f.kind === "new")
        .map((f) => f.shortId)
        .sort(),
    ).toEqual([...scenario.expected.new].sort());
    // The job's failure, once; and local-action's table of outputs after the run.
    expect(run.stdout.split("\n").filter((line) => line.startsWith("::error::"))).toEqual([
      `::error::FAIL: 2 new issues and 1 regressed issue in release ${RELEASES.current} in production since its deploy`,
    ]);
    expect(run.stdout).toMatch(/Action Outputs[\s\S]*'verdict'\s*│\s*'fail'/);
    // The token never shows.
    expect(run.stdout).not.toContain(scenario.token);

    expect(readFileSync(summary, "utf8")).toMatch(/^### ❌ FAIL: release \w+ in production\n\n2 new issues/);
    expect(existsSync(join(dir, "sentry-deploy-verify-verify.json"))).toBe(true);
    expect(sentryRequests(simulator).length).toBeGreaterThan(0);
  }, 60_000);
});
