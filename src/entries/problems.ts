// Bad input, said the same way by every front end: each problem names the input as that surface spells it.
import type { InputName } from "../config/inputs.js";
import type { Config, InputProblem } from "../config/schema.js";

export type NameInput = (input: InputName) => string;

export function describeProblems(problems: readonly InputProblem[], name: NameInput): string {
  return problems.map((problem) => `${name(problem.input)} ${problem.message}`).join("; ");
}

/** What this version accepts as input but cannot do: said plainly rather than half-done. */
export function unsupported(config: Config, name: NameInput): string | null {
  // The Sentry MCP server reads a self-hosted Sentry by --host: it has no notion of a path under it.
  if (config.source === "mcp" && new URL(config.url).pathname.replace(/\/+$/, "") !== "")
    return `${name("source")} mcp needs Sentry at the root of its host (the Sentry MCP server takes --host only); ${name("url")} has a path`;
  return null;
}
