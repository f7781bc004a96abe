// Runs the bundled action (action.yml's runs.main) as GitHub's runner does: INPUT_* variables, the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload, RUNNER_TEMP; on Node 24 when the
// project's node@24 package is installed.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const NODE24 = join(ROOT, "node_modules/node/bin/node");

export function actionMain(): string {
  const yml = readFileSync(join(ROOT, "action.yml"), "utf8");
  const main = /^\s+main:\s*(\S+)\s*$/m.exec(yml)?.[1];
  if (!main) throw new Error("action.yml has no runs.main");
  return join(ROOT, main);
}

export const nodeBinary = existsSync(NODE24) ? NODE24 : process.execPath;

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The parsed JSON report, when report-path was set. */
  report: Record<string, unknown> | null;
  durationMs: number;
}

export interface RunOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  sha?: string;
  timeoutMs?: number;
}

export const DEFAULT_SHA = "5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e";

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "sdv-run-"));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary.md");
  const eventFile = join(dir, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? "push",
    GITHUB_SHA: options.sha ?? DEFAULT_SHA,
    GITHUB_ACTION: "verify",
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const started = Date.now();
  const child = spawn(nodeBinary, [actionMain()], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  const exitCode = await new Promise<number | null>((done) => child.on("close", done));
  clearTimeout(timer);

  const outputs = parseOutputFile(readFileSync(outputFile, "utf8"));
  const reportPath = outputs["report-path"];
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryFile, "utf8"),
    report: reportPath && existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, "utf8")) : null,
    durationMs: Date.now() - started,
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER … DELIMITER` blocks, as the runner reads them. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
      outputs[name] = value.join("\n");
    } else if (line.includes("=")) {
      outputs[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return outputs;
}
