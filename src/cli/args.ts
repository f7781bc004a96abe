// The command line's flags: every input of the action that means something to the command outside
// GitHub, spelled as the input (--deployed-at), read flag first, then its environment variable, then
// its default; the same parser (parseConfig) then says what is wrong, naming the flag.
import { parseArgs } from "node:util";
import { INPUTS, type InputName, type InputSpec, type RawInputs } from "../config/inputs.js";

export type CheckCommand = "verify" | "scan";

// GitHub-only inputs, and the mode, which the command (verify or scan) decides.
const NOT_FLAGS: ReadonlySet<InputName> = new Set([
  "github-token",
  "comment",
  "pr-number",
  "report-issue",
  "mode",
]);

/** What only one command reads: a scan covers every release and never waits, and verify has no lookback. */
const ONLY: Record<CheckCommand, ReadonlySet<InputName>> = {
  verify: new Set<InputName>([
    "release",
    "deployed-at",
    "window",
    "poll-interval",
    "settle",
    "fail-fast",
    "latency-max-increase",
    "spike-alpha",
    "spike-min-ratio",
    "spike-min-events",
    "spike-baseline",
    "fixes",
    "fail-on-inconclusive",
  ]),
  scan: new Set<InputName>(["lookback"]),
};

const ALL_FLAG_INPUTS: readonly InputSpec[] = INPUTS.filter((spec) => !NOT_FLAGS.has(spec.name));

/** The inputs that are the command's flags. */
function flagInputs(command: CheckCommand): InputSpec[] {
  const other = command === "verify" ? ONLY.scan : ONLY.verify;
  return ALL_FLAG_INPUTS.filter((spec) => !other.has(spec.name as InputName));
}

const BOOLEAN_INPUTS: ReadonlySet<string> = new Set(
  ALL_FLAG_INPUTS.filter((spec) => spec.default === "true" || spec.default === "false").map(
    (spec) => spec.name,
  ),
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

/** A flag a command takes: a value, or (boolean) nothing. */
export interface FlagSpec {
  type: "string" | "boolean";
  short?: string;
  default?: string | boolean;
}

/**
 * Node's parseArgs, with the command line's own messages: an unknown flag names the command's flags
 * (and the likeliest one meant), a value that starts with a dash (`--window -5m`) is the flag's value
 * for the input's own check to judge, and a missing value is said as such.
 */
export function parseFlags(
  args: readonly string[],
  options: Record<string, FlagSpec>,
  allowPositionals = false,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const known = (arg: string) => {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name) return name in options;
    return Object.values(options).some((option) => option.short && arg === `-${option.short}`);
  };
  const joined: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--") {
      joined.push(...args.slice(index));
      break;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    if (name && options[name]?.type === "string") {
      const next = args[index + 1];
      if (
        next === undefined ||
        (next.startsWith("-") && (next === "-" || next.startsWith("--") || known(next)))
      )
        throw new UsageError(`--${name} needs a value`);
      joined.push(`--${name}=${next}`);
      index++;
      continue;
    }
    if (name && !(name in options)) throw unknownFlag(`--${name}`, Object.keys(options));
    const prefix = /^(--[^=]+)=/.exec(arg)?.[1];
    if (prefix && !(prefix.slice(2) in options)) throw unknownFlag(prefix, Object.keys(options));
    if (/^-[^-]/.test(arg) && !known(arg)) throw unknownFlag(arg, Object.keys(options));
    joined.push(arg);
  }
  try {
    const { values, positionals } = parseArgs({ args: joined, allowPositionals, strict: true, options });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
      throw new UsageError(error.message.split("\n")[0] ?? error.message);
    throw error;
  }
}

function unknownFlag(flag: string, names: readonly string[]): UsageError {
  const name = flag.replace(/^-+/, "");
  const near = names
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .filter(({ distance }) => distance <= (name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 4))))
    .sort((a, b) => a.distance - b.distance)[0];
  return new UsageError(`Unknown option '${flag}'${near ? ` (did you mean --${near.candidate}?)` : ""}`);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * A boolean input may stand alone (`--fail-on-inconclusive`), or be negated (`--no-fail-fast`), as
 * well as take a value (`--fail-fast=false`, `--fail-fast false`); the rest take a value.
 */
function normalize(args: readonly string[], booleans: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    const negated = /^--no-(.+)$/.exec(arg)?.[1];
    if (negated && booleans.has(negated)) {
      out.push(`--${negated}=false`);
      continue;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    if (name && booleans.has(name)) {
      const next = args[index + 1];
      if (next !== undefined && /^(true|false|1|0)$/i.test(next)) {
        out.push(`--${name}=${next}`);
        index++;
      } else {
        out.push(`--${name}=true`);
      }
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** The options of parseFlags for a command's inputs, --format and --help. */
function checkOptions(inputs: readonly InputSpec[]): Record<string, FlagSpec> {
  return {
    ...Object.fromEntries(inputs.map((spec) => [spec.name, { type: "string" as const }])),
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false },
  };
}

export function parseCommandArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { command?: CheckCommand | "demo" } = {},
): CommandArgs {
  const { command = "verify" } = options;
  // demo takes a scenario and --format only: its inputs are the scenario's.
  const inputs = command === "demo" ? [] : flagInputs(command);
  if (command !== "demo") {
    const other: CheckCommand = command === "verify" ? "scan" : "verify";
    for (const arg of args) {
      const name = /^--(?:no-)?([^=]+)/.exec(arg)?.[1];
      if (name && ONLY[other].has(name as InputName))
        throw new UsageError(`--${name} is a flag of ${other}, not of ${command}`);
    }
  }
  const booleans = new Set(inputs.map((spec) => spec.name).filter((name) => BOOLEAN_INPUTS.has(name)));
  const { values, positionals } = parseFlags(
    normalize(args, booleans),
    checkOptions(inputs),
    command === "demo",
  );
  const format = String(values.format);
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`);
  const raw: RawInputs = {};
  for (const spec of inputs) {
    const given = values[spec.name];
    raw[spec.name as InputName] =
      (typeof given === "string" && given !== "" ? given : undefined) ??
      (spec.env ? env[spec.env] : undefined);
  }
  return { raw, format: format as Format, help: values.help === true, positionals };
}

/** The flags' part of a command's --help: each with its default and environment variable. */
export function flagHelp(command: CheckCommand): string {
  const inputs = flagInputs(command).map((spec) => {
    const extra = [
      spec.default && !spec.default.startsWith("${{") ? `default ${spec.default}` : "",
      spec.env ? `env ${spec.env}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    const names = BOOLEAN_INPUTS.has(spec.name) ? `--${spec.name}, --no-${spec.name}` : `--${spec.name}`;
    return `  ${names}\n      ${spec.description}${extra ? ` (${extra})` : ""}`;
  });
  return [
    ...inputs,
    "  --format text|markdown|json\n      Output (default text).",
    "  -h, --help\n      This help.",
  ].join("\n");
}

/** The command's flag names on a few lines, for a usage error. */
export function flagNames(command: CheckCommand): string {
  const names = flagInputs(command).map((spec) =>
    BOOLEAN_INPUTS.has(spec.name) ? `--[no-]${spec.name}` : `--${spec.name}`,
  );
  return wrap([...names, "--format", "--help"].join(" "), 76, "  ");
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines.join("\n");
}
