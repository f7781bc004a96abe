// The MCP tools' arguments: the inputs' names in camelCase, each read as the action reads its input
// (then its environment variable, then its default), so that one parser says what is wrong. The
// token is never an argument: it stays in the server's environment, out of the model's context.
import * as z from "zod";
import { INPUTS, type InputName, inputSpec, type RawInputs } from "../config/inputs.js";
import { parseList } from "../config/lists.js";
import { FINDING_KINDS } from "../config/schema.js";
import { WAIT_WORDS } from "./budget.js";

export const camelCase = (input: string) =>
  input.replace(/-([a-z])/g, (_match, c: string) => c.toUpperCase());

const text = (description: string) => z.string().optional().describe(description);
const list = (description: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe(description);

const describe = (input: InputName) => inputSpec(input).description;
/** The input's description and its default, as the action has them. */
const withDefault = (input: InputName) => `${describe(input)} Default: ${inputSpec(input).default}.`;

const common = {
  org: text(`${describe("org")} Default: SENTRY_ORG.`),
  project: list(`${describe("project")} Default: SENTRY_PROJECT.`),
  environment: text(`${describe("environment")} Default: SENTRY_ENVIRONMENT.`),
};

const release = {
  release: text(
    "Sentry release version. Default: SENTRY_RELEASE, else the git HEAD commit of the server's working directory.",
  ),
  deployedAt: text(
    "When the release reached the environment: auto (the newest Sentry deploy record of the release in the environment, else now) or an ISO 8601 time with a time zone, such as 2026-11-25T14:03:00Z. Default: auto.",
  ),
  window: text(withDefault("window")),
  settle: text(withDefault("settle")),
  wait: z
    .boolean()
    .optional()
    .describe(
      `Keep polling Sentry during this call, for up to about ${WAIT_WORDS}, instead of evaluating once. Either way, while the window is open or not yet settled the report has final: false and callAgainAt: call again then (or later) until final: true. Default false.`,
    ),
};

/** Every kind a verdict can fail on, in the agent's words: the action's "fail the job" is not theirs. */
const failOn = (kinds: readonly string[], byDefault: string) =>
  list(
    `Finding kinds that make the verdict fail: ${kinds.join(", ")}; or none to only report them. Default: ${byDefault}.`,
  );

const filters = {
  minEvents: z.union([z.number(), z.string()]).optional().describe(withDefault("min-events")),
  query: text(describe("query")),
  ignore: list(describe("ignore")),
};

/** What a scan can find: it compares no rates and checks no claims. */
export const SCAN_KINDS = ["new", "regressed"] as const;

export const verifyArguments = strict("verify_release", {
  ...common,
  ...release,
  failOn: failOn(FINDING_KINDS, inputSpec("fail-on").default),
  ...filters,
  latencyMaxIncrease: text(withDefault("latency-max-increase")),
});
export const scanArguments = strict("scan_errors", {
  ...common,
  lookback: text(
    "How far back from now the scan looks: a duration such as 90m, 24h, 7d or ISO 8601 P7D, from 1m to 90d. Default: 24h.",
  ),
  failOn: failOn(SCAN_KINDS, "new,regressed"),
  ...filters,
});
export const fixArguments = strict("check_fixes", {
  ...common,
  ...release,
  issues: z
    .union([z.string(), z.array(z.string()).min(1)])
    .describe('The Sentry short IDs the change claims to fix, e.g. ["WEB-123", "API-7"].'),
});

/**
 * An argument the tool does not have is a tool error that names it, not ignored: a misspelt
 * argument would otherwise change nothing, silently.
 */
function strict<Shape extends z.ZodRawShape>(tool: string, shape: Shape) {
  const takes = `it takes ${Object.keys(shape).join(", ")}`;
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      const token = issue.keys.some((key) => /token/i.test(key))
        ? "; the Sentry token is read from the server's environment variable SENTRY_AUTH_TOKEN, never passed to a tool"
        : "";
      const names = issue.keys.map((key) => JSON.stringify(key)).join(", ");
      return `${tool} has no argument ${names} (${takes})${token}`;
    },
  });
}

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

/** A list argument's items as the configuration reads them: an array joined as rawInputs joins it, then split. */
export function listItems(value: string | readonly string[]): string[] {
  return parseList(typeof value === "string" ? value : value.join(","));
}

/** How a problem names what to fix: the argument, else the environment variable the server reads. */
export function argumentName(input: InputName): string {
  if (input === "fixes") return 'argument "issues"';
  // Configuration, not arguments: set in the server's environment.
  if (input === "auth-token" || input === "url")
    return `the server's environment variable ${inputSpec(input).env}`;
  return `argument "${camelCase(input)}"`;
}
