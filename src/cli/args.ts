// The command line's flags: every input of the action that means something outside GitHub, spelled
// as the input (--deployed-at), read flag first, then its environment variable, then its default;
// the same parser (parseConfig) then says what is wrong, naming the flag.
import { parseArgs } from "node:util";
import { INPUTS, type InputName, type RawInputs } from "../config/inputs.js";

// GitHub-only inputs, and the mode, which the command (verify or scan) decides.
const NOT_FLAGS: ReadonlySet<InputName> = new Set([
  "github-token",
  "comment",
  "pr-number",
  "report-issue",
  "mode",
]);

const FLAG_INPUTS = INPUTS.filter((spec) => !NOT_FLAGS.has(spec.name));

const BOOLEAN_INPUTS: ReadonlySet<string> = new Set(
  FLAG_INPUTS.filter((spec) => spec.default === "true" || spec.default === "false").map((spec) => spec.name),
);

export const FORMATS = ["text", "markdown", "json"] as const;
export type Format = (typeof FORMATS)[number];

export class UsageError extends Error {
  override readonly name = "UsageError";
  /** What to print after the message; the whole usage when not given. */
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

export interface CommandArgs {
  raw: RawInputs;
  format: Format;
  help: boolean;
  positionals: string[];
}

/**
 * A boolean input may stand alone (`--fail-on-inconclusive`), or be negated (`--no-fail-fast`), as
 * well as take a value (`--fail-fast=false`); the rest take a value.
 */
function normalize(args: readonly string[]): string[] {
  const out: string[] = [];
  args.forEach((arg, index) => {
    const negated = /^--no-(.+)$/.exec(arg)?.[1];
    if (negated && BOOLEAN_INPUTS.has(negated)) {
      out.push(`--${negated}=false`);
      return;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    const next = args[index + 1];
    const standsAlone = next === undefined || next.startsWith("--") || !/^(true|false|1|0)$/i.test(next);
    out.push(name && BOOLEAN_INPUTS.has(name) && standsAlone ? `--${name}=true` : arg);
  });
  return out;
}

export function parseCommandArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { allowPositionals?: boolean } = {},
): CommandArgs {
  const { values, positionals } = parseArgs({
    args: normalize(args),
    allowPositionals: options.allowPositionals ?? false,
    strict: true,
    options: {
      ...Object.fromEntries(FLAG_INPUTS.map((spec) => [spec.name, { type: "string" as const }])),
      format: { type: "string", default: "text" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const format = String(values.format);
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`);
  const raw: RawInputs = {};
  for (const spec of FLAG_INPUTS) {
    const given = (values as Record<string, string | boolean | undefined>)[spec.name];
    raw[spec.name] =
      (typeof given === "string" && given !== "" ? given : undefined) ??
      ("env" in spec ? env[spec.env] : undefined);
  }
  return { raw, format: format as Format, help: values.help === true, positionals };
}

/** The flags' part of a command's --help: each with its default and environment variable. */
export function flagHelp(): string {
  return FLAG_INPUTS.map((spec) => {
    const extra = [
      spec.default && !spec.default.startsWith("${{") ? `default ${spec.default}` : "",
      "env" in spec ? `env ${spec.env}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return `  --${spec.name}\n      ${spec.description}${extra ? ` (${extra})` : ""}`;
  }).join("\n");
}
