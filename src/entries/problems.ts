// Bad input, said the same way by every front end: each problem names the input as that surface spells it.
import type { InputName } from "../config/inputs.js";
import type { Config, InputProblem } from "../config/schema.js";

export type NameInput = (input: InputName) => string;

export function describeProblems(problems: readonly InputProblem[], name: NameInput): string {
  return problems.map((problem) => `${name(problem.input)} ${problem.message}`).join("; ");
}

/** What this version accepts as input but cannot do yet: said plainly rather than half-done. */
export function unsupported(config: Config, name: NameInput): string | null {
  if (config.source === "mcp") return `${name("source")} mcp is not available in this version yet; use api`;
  return null;
}
