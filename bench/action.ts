// Spawns the bundled action as GitHub's runner does (INPUT_* variables, GITHUB_OUTPUT, RUNNER_TEMP), as
// test/support/run-action.ts does, but with extra node flags, the exact spawn time, and a hard timeout.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { actionMain, DEFAULT_SHA, nodeBinary, parseOutputFile } from "../test/support/run-action.js";

export { nodeBinary };

export interface NodeRun {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Date.now() just before spawn(). */
  spawnedAt: number;
  wallMs: number;
}

export interface ActionRun extends NodeRun {
  outputs: Record<string, string>;
}

/** Runs `node args…` (the Node 24 binary when installed), killed after `timeoutMs`. */
export async function runNode(
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<NodeRun> {
  const spawnedAt = Date.now();
  const child = spawn(nodeBinary, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((done) => child.on("close", done));
  clearTimeout(timer);
  return { exitCode, timedOut, stdout, stderr, spawnedAt, wallMs: Date.now() - spawnedAt };
}

export interface ActionOptions {
  inputs: Record<string, string>;
  /** Flags before the script, e.g. --import of a preload module. */
  nodeArgs?: string[];
  timeoutMs: number;
}

export async function runBundledAction(options: ActionOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "sdv-bench-"));
  try {
    const outputFile = join(dir, "output");
    const eventFile = join(dir, "event.json");
    writeFileSync(outputFile, "");
    writeFileSync(eventFile, "{}");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      GITHUB_ACTIONS: "true",
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: join(dir, "summary.md"),
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: "push",
      GITHUB_SHA: DEFAULT_SHA,
      GITHUB_ACTION: "verify",
      RUNNER_TEMP: dir,
    };
    for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const run = await runNode([...(options.nodeArgs ?? []), actionMain()], env, options.timeoutMs);
    return { ...run, outputs: parseOutputFile(readFileSync(outputFile, "utf8")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A preload module as a data: URL, so that no file is needed. */
export function preload(source: string): string {
  return `--import=data:text/javascript,${encodeURIComponent(source)}`;
}

/** Prints the process's peak resident set (KiB) to stderr as it exits. Pipes are synchronous on Linux. */
export const MAX_RSS_PRELOAD = preload(
  `process.on("exit", () => process.stderr.write("bench:maxrss=" + process.resourceUsage().maxRSS + "\\n"));`,
);

/** Prints when the process is ready to run the script, and when it first calls fetch(). */
export const STARTUP_PRELOAD = preload(
  `process.stderr.write("bench:ready=" + Date.now() + "\\n");
const original = globalThis.fetch;
let first = true;
globalThis.fetch = function (...args) {
  if (first) { first = false; process.stderr.write("bench:fetch=" + Date.now() + "\\n"); }
  return original.apply(this, args);
};`,
);

/** A number the preload printed, e.g. marker("maxrss"). */
export function marker(stderr: string, name: string): number | null {
  const match = new RegExp(`^bench:${name}=(\\d+)$`, "m").exec(stderr);
  return match ? Number(match[1]) : null;
}
