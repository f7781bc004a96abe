// Runs the bundled command line (package.json's bin) as a user's shell would, on this Node.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Scenario, Simulator } from "../../src/simulator/index.js";

const ROOT = resolve(import.meta.dirname, "../..");

export function cliMain(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { bin: Record<string, string> };
  const bin = pkg.bin["sentry-deploy-verify"];
  if (!bin) throw new Error("package.json has no sentry-deploy-verify bin");
  return join(ROOT, bin);
}

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Only PATH and HOME from this process: a test's SENTRY_* variables are the ones it gives. */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return run(process.execPath, [cliMain(), ...args], options);
}

interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
}

/** A program run to its end, with its output. */
export function run(program: string, args: string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(program, args, {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", fail);
    child.on("close", (exitCode) => done({ exitCode, stdout, stderr }));
  });
}

/** The flags that point the CLI at a scenario served by a simulator (no --environment when it has none). */
export function scenarioFlags(scenario: Scenario, simulator: Simulator): string[] {
  return [
    "--auth-token",
    scenario.token,
    "--org",
    scenario.org,
    "--project",
    scenario.projects.join(","),
    "--url",
    simulator.url,
    ...(scenario.environment ? ["--environment", scenario.environment] : []),
    "--release",
    scenario.release,
  ];
}
