// The MCP tools' arguments: the inputs' names in camelCase, each read as the action reads its input
// (then its environment variable, then its default), so that one parser says what is wrong. The
// token is never an argument: it stays in the server's environment, out of the model's context.
import * as z from "zod";
import { INPUTS, type InputName, inputSpec, type RawInputs } from "../config/inputs.js";

export const camelCase = (input: string) =>
  input.replace(/-([a-z])/g, (_match, c: string) => c.toUpperCase());

const text = (description: string) => z.string().optional().describe(description);
const list = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(description);

const describe = (input: InputName) => inputSpec(input).description;

const common = {
  org: text(`${describe("org")} Default: SENTRY_ORG.`),
  project: list(`${describe("project")} Default: SENTRY_PROJECT.`),
  environment: text(`${describe("environment")} Default: SENTRY_ENVIRONMENT.`),
};

const release = {
  release: text(`${describe("release")} Default: SENTRY_RELEASE, else git HEAD of the server's directory.`),
  deployedAt: text(describe("deployed-at")),
  window: text(describe("window")),
  settle: text(describe("settle")),
  wait: z
    .boolean()
    .optional()
    .describe(
      "Wait until the deploy time + window + settle, polling as the action does. Default false: evaluate now, over as much of the window as has passed (the report says final: false until the window is over and settled).",
    ),
};

const filters = {
  failOn: list(describe("fail-on")),
  minEvents: z.union([z.number(), z.string()]).optional().describe(describe("min-events")),
  query: text(describe("query")),
  ignore: list(describe("ignore")),
};

export const verifyArguments = {
  ...common,
  ...release,
  ...filters,
  latencyMaxIncrease: text(describe("latency-max-increase")),
};
export const scanArguments = { ...common, lookback: text(describe("lookback")), ...filters };
export const fixArguments = {
  ...common,
  ...release,
  issues: z
    .union([z.string(), z.array(z.string()).min(1)])
    .describe('The short IDs the change claims to fix, e.g. ["WEB-123"].'),
};

const ARGUMENT_OF = new Map<string, InputName>([
  ...INPUTS.map((spec) => [camelCase(spec.name), spec.name] as const),
  ["issues", "fixes"],
]);

/** Raw input text from the arguments given, then the server's environment. */
export function rawInputs(args: Record<string, unknown>, env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const spec of INPUTS) if ("env" in spec && env[spec.env]) raw[spec.name] = env[spec.env];
  for (const [argument, value] of Object.entries(args)) {
    const input = ARGUMENT_OF.get(argument);
    if (!input || value === undefined) continue;
    raw[input] = Array.isArray(value) ? value.join(",") : String(value);
  }
  return raw;
}

/** How a problem names what to fix: the argument, else the environment variable the server reads. */
export function argumentName(input: InputName): string {
  if (input === "fixes") return 'argument "issues"';
  // Configuration, not arguments: set in the server's environment.
  if (input === "auth-token" || input === "url")
    return `the server's environment variable ${inputSpec(input).env}`;
  return `argument "${camelCase(input)}"`;
}
