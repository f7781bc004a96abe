// The one schema that turns raw input text into a typed Config. Defaults come from inputs.ts;
// every surface (action, CLI, MCP) reads its raw text its own way and then calls parseConfig.
import * as z from "zod";
import { DURATION_FORMS, parseDuration } from "./duration.js";
import { type InputName, inputSpec, type RawInputs } from "./inputs.js";
import { type IgnoreRule, parseCommand, parseIgnoreRules, parseList } from "./lists.js";

export const FINDING_KINDS = [
  "new",
  "regressed",
  "spike",
  "unfixed",
  "latency",
  "failure-rate",
  "crash-rate",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Config {
  authToken: string;
  org: string;
  projects: string[];
  url: string;
  environment: string | null;
  release: string;
  deployedAt: "auto" | Date;
  windowMs: number;
  pollIntervalMs: number;
  /** How long after the window's end the last poll waits, for Sentry to process the window's last events. */
  settleMs: number;
  failFast: boolean;
  failOn: FindingKind[];
  /** A latency finding needs p95 significantly above (1 + this) × the p95 before: 0.2 for 20%. */
  latencyMaxIncrease: number;
  spikeAlpha: number;
  spikeMinRatio: number;
  spikeMinEvents: number;
  spikeBaselineMs: number;
  fixes: "auto" | "none" | string[];
  failOnInconclusive: boolean;
  minEvents: number;
  minUsers: number;
  query: string;
  ignore: IgnoreRule[];
  mode: "verify" | "scan";
  lookbackMs: number;
  comment: "auto" | "always" | "never";
  prNumber: number | null;
  githubToken: string;
  reportIssue: boolean;
  maxListed: number;
  onError: "fail" | "warn";
  source: "api" | "mcp";
  /** The command's words: run as given, never through a shell. */
  mcpCommand: string[];
  mcpUrl: string | null;
}

export interface InputProblem {
  input: InputName;
  message: string;
}

/** What a surface knows that the inputs do not say. */
export interface ConfigContext {
  /** The deployed commit, the release's default. */
  deployedCommit?: string;
  /** Now, to refuse a deploy time in the future. */
  now?: number;
}

type Parsed<T> = T | { problem: string };
const problem = (message: string) => ({ problem: message });
const isProblem = (value: unknown): value is { problem: string } =>
  typeof value === "object" && value !== null && "problem" in value;

/** A field: empty text becomes the input's default, then `parse` gives the value or a problem. */
function field<T>(name: InputName, parse: (text: string) => Parsed<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      const text = raw?.trim() ? raw.trim() : inputSpec(name).default;
      const result = parse(text);
      if (isProblem(result)) {
        ctx.addIssue({ code: "custom", message: result.problem });
        return z.NEVER;
      }
      return result;
    });
}

const shown = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

function oneOf<const T extends string>(choices: readonly T[]) {
  return (text: string): Parsed<T> =>
    (choices as readonly string[]).includes(text.toLowerCase())
      ? (text.toLowerCase() as T)
      : problem(`must be one of ${choices.join(", ")}; got ${shown(text)}`);
}

function boolean(text: string): Parsed<boolean> {
  const value = text.toLowerCase();
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return problem(`must be true or false; got ${shown(text)}`);
}

function integer(min: number, max: number) {
  return (text: string): Parsed<number> => {
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    return Number.isSafeInteger(value) && value >= min && value <= max
      ? value
      : problem(`must be a whole number from ${min} to ${max}; got ${shown(text)}`);
  };
}

function decimal(min: number, max: number, { exclusiveMin = false } = {}) {
  return (text: string): Parsed<number> => {
    const value = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
    const aboveMin = exclusiveMin ? value > min : value >= min;
    return aboveMin && value <= max
      ? value
      : problem(
          `must be a number ${exclusiveMin ? "above" : "from"} ${min} ${exclusiveMin ? "and at most" : "to"} ${max}; got ${shown(text)}`,
        );
  };
}

function duration(minMs: number, maxMs: number, range: string) {
  return (text: string): Parsed<number> => {
    const ms = parseDuration(text);
    if (ms === null) return problem(`must be ${DURATION_FORMS}; got ${shown(text)}`);
    if (ms < minMs || ms > maxMs) return problem(`must be ${range}; got ${shown(text)}`);
    return ms;
  };
}

function required(what: string, envName: string | undefined) {
  return `is required: ${what}${envName ? ` (or set ${envName})` : ""}`;
}

const SLUG = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const slugProblem = (text: string) => text === "." || text === ".." || !SLUG.test(text) || text.length > 100;

// Sentry's own rules for a release version (docs: naming releases).
const RELEASE_FORBIDDEN = /[/\\\n\r\t\f]/;
const SHORT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

// Each claimed fix costs a Sentry request.
export const MAX_FIXES = 50;
const HOUR = 3_600_000;
const MAX_CLOCK_SKEW_MS = 60_000;
const DAY = 24 * HOUR;

function schema(context: ConfigContext, scanning: boolean) {
  return z.object({
    "auth-token": field("auth-token", (text) => {
      if (!text)
        return problem(
          required("a Sentry token with event:read, org:read and project:read", "SENTRY_AUTH_TOKEN"),
        );
      // Never echo any of it: the message would carry the secret.
      if (/\s/.test(text)) return problem("contains white space; paste the token alone");
      return text;
    }),
    org: field("org", (text) => {
      if (!text) return problem(required("the Sentry organization slug", "SENTRY_ORG"));
      return slugProblem(text)
        ? problem(`must be an organization slug such as acme; got ${shown(text)}`)
        : text;
    }),
    project: field("project", (text) => {
      const slugs = parseList(text);
      if (slugs.length === 0)
        return problem(required("one or more project slugs, comma-separated", "SENTRY_PROJECT"));
      const bad = slugs.find(slugProblem);
      if (bad !== undefined)
        return problem(`must be project slugs such as web or web,api; ${shown(bad)} is not one`);
      return [...new Set(slugs)];
    }),
    url: field("url", (text) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return problem(`must be an http or https URL such as https://sentry.example.com; got ${shown(text)}`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:")
        return problem(`must be an http or https URL; got ${shown(text)}`);
      if (url.username || url.password)
        return problem("must not carry a user name or password; use auth-token");
      if (url.search || url.hash)
        return problem(`must be a base URL without ?query or #fragment; got ${shown(text)}`);
      const path = url.pathname.replace(/\/+$/, "").replace(/\/api\/0$/, "");
      return `${url.origin}${path}`;
    }),
    environment: field("environment", (text) => {
      if (!text) return null;
      return /[\n\r\t]/.test(text) || text.length > 64
        ? problem(`must be one Sentry environment name of at most 64 characters; got ${shown(text)}`)
        : text;
    }),
    release: field("release", (text) => {
      const value = text || context.deployedCommit || "";
      // A scan covers every release; only verify needs one.
      if (!value && scanning) return "";
      if (!value)
        return problem(
          required(
            "the Sentry release version; it defaults to the deployed commit SHA, which is not known here",
            "SENTRY_RELEASE",
          ),
        );
      if (value.length > 200 || RELEASE_FORBIDDEN.test(value) || value === "." || value === "..")
        return problem(
          `must be a Sentry release version: at most 200 characters, no slash, backslash, tab or newline; got ${shown(value)}`,
        );
      return value;
    }),
    "deployed-at": field("deployed-at", (text): Parsed<"auto" | Date> => {
      if (text.toLowerCase() === "auto") return "auto";
      const time = ISO_TIME.test(text) ? new Date(text) : null;
      if (!time || Number.isNaN(time.getTime()))
        return problem(
          `must be auto or an ISO 8601 time with a time zone, such as 2026-11-25T14:03:00Z; got ${shown(text)}`,
        );
      // A little ahead is clock skew between machines; more is a mistake that would make the run wait.
      if (context.now !== undefined && time.getTime() > context.now + MAX_CLOCK_SKEW_MS)
        return problem(
          `must not be in the future (more than a minute ahead of this machine's clock); got ${shown(text)}`,
        );
      return time;
    }),
    window: field("window", duration(1_000, 6 * HOUR, "from 1s to 6h (a GitHub job runs at most 6 hours)")),
    "poll-interval": field("poll-interval", duration(1_000, HOUR, "from 1s to 1h")),
    settle: field("settle", duration(0, 10 * 60_000, "from 0s to 10m")),
    "fail-fast": field("fail-fast", boolean),
    "fail-on": field("fail-on", (text): Parsed<FindingKind[]> => {
      const kinds = parseList(text.toLowerCase());
      if (kinds.length === 1 && kinds[0] === "none") return [];
      const bad = kinds.find((kind) => !(FINDING_KINDS as readonly string[]).includes(kind));
      if (bad !== undefined || kinds.length === 0)
        return problem(`must be a comma list of ${FINDING_KINDS.join(", ")}, or none; got ${shown(text)}`);
      return [...new Set(kinds)] as FindingKind[];
    }),
    "latency-max-increase": field("latency-max-increase", (text): Parsed<number> => {
      const match = /^(\d+(?:\.\d+)?)%$/.exec(text);
      const percent = match ? Number(match[1]) : Number.NaN;
      return percent >= 0 && percent <= 1000
        ? percent / 100
        : problem(`must be a percentage from 0% to 1000%, such as 20%; got ${shown(text)}`);
    }),
    "spike-alpha": field("spike-alpha", decimal(0, 0.5, { exclusiveMin: true })),
    "spike-min-ratio": field("spike-min-ratio", decimal(1, 1000)),
    "spike-min-events": field("spike-min-events", integer(1, 1_000_000)),
    "spike-baseline": field("spike-baseline", duration(HOUR, 30 * DAY, "from 1h to 30d")),
    fixes: field("fixes", (text): Parsed<"auto" | "none" | string[]> => {
      const lower = text.toLowerCase();
      if (lower === "auto" || lower === "none") return lower;
      const ids = parseList(text);
      const bad = ids.find((id) => !SHORT_ID.test(id));
      if (bad !== undefined)
        return problem(`must be auto, none, or Sentry short IDs such as WEB-123; ${shown(bad)} is not one`);
      const unique = [...new Set(ids.map((id) => id.toUpperCase()))];
      if (unique.length > MAX_FIXES)
        return problem(`must list at most ${MAX_FIXES} short IDs; got ${unique.length}`);
      return unique;
    }),
    "fail-on-inconclusive": field("fail-on-inconclusive", boolean),
    "min-events": field("min-events", integer(1, 1_000_000_000)),
    "min-users": field("min-users", integer(0, 1_000_000_000)),
    query: field("query", (text) =>
      /[\n\r]/.test(text)
        ? problem("must be Sentry search terms on one line, such as level:[error,fatal]")
        : text,
    ),
    ignore: field("ignore", (text) => {
      const rules = parseIgnoreRules(text);
      return "problem" in rules ? problem(rules.problem) : rules.rules;
    }),
    mode: field("mode", oneOf(["verify", "scan"] as const)),
    lookback: field("lookback", duration(60_000, 90 * DAY, "from 1m to 90d (Sentry keeps 90 days)")),
    comment: field("comment", oneOf(["auto", "always", "never"] as const)),
    "pr-number": field("pr-number", (text) => (text ? integer(1, 1_000_000_000)(text) : null)),
    "github-token": field("github-token", (text) => (text.startsWith("${{") ? "" : text)),
    "report-issue": field("report-issue", boolean),
    "max-listed": field("max-listed", integer(0, 200)),
    "on-error": field("on-error", oneOf(["fail", "warn"] as const)),
    source: field("source", oneOf(["api", "mcp"] as const)),
    "mcp-command": field("mcp-command", (text) => {
      const command = parseCommand(text);
      if ("problem" in command) return problem(command.problem);
      return command.words.length > 0
        ? command.words
        : problem(
            "must be the command that starts the Sentry MCP server, e.g. npx -y @sentry/mcp-server@0.39.0",
          );
    }),
    "mcp-url": field("mcp-url", (text) => {
      if (!text) return null;
      try {
        const url = new URL(text);
        if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
      } catch {}
      return problem(`must be an http or https URL of a Sentry MCP endpoint; got ${shown(text)}`);
    }),
  });
}

export type ConfigResult =
  | { ok: true; config: Config }
  /** onError still applies to bad input, as far as on-error itself was given right. */
  | { ok: false; problems: InputProblem[]; onError: Config["onError"] };

export function parseConfig(raw: RawInputs, context: ConfigContext = {}): ConfigResult {
  // Whether a release is needed depends on the mode, which is read as its own field reads it.
  const scanning = (raw.mode?.trim() || inputSpec("mode").default).toLowerCase() === "scan";
  const shape = schema(context, scanning);
  const result = shape.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      input: String(issue.path[0]) as InputName,
      message: issue.message,
    }));
    const onError = shape.shape["on-error"].safeParse(raw["on-error"]);
    return { ok: false, problems, onError: onError.success ? onError.data : "fail" };
  }
  const v = result.data;
  return {
    ok: true,
    config: {
      authToken: v["auth-token"],
      org: v.org,
      projects: v.project,
      url: v.url,
      environment: v.environment,
      release: v.release,
      deployedAt: v["deployed-at"],
      windowMs: v.window,
      pollIntervalMs: v["poll-interval"],
      settleMs: v.settle,
      failFast: v["fail-fast"],
      failOn: v["fail-on"],
      latencyMaxIncrease: v["latency-max-increase"],
      spikeAlpha: v["spike-alpha"],
      spikeMinRatio: v["spike-min-ratio"],
      spikeMinEvents: v["spike-min-events"],
      spikeBaselineMs: v["spike-baseline"],
      fixes: v.fixes,
      failOnInconclusive: v["fail-on-inconclusive"],
      minEvents: v["min-events"],
      minUsers: v["min-users"],
      query: v.query,
      ignore: v.ignore,
      mode: v.mode,
      lookbackMs: v.lookback,
      comment: v.comment,
      prNumber: v["pr-number"],
      githubToken: v["github-token"],
      reportIssue: v["report-issue"],
      maxListed: v["max-listed"],
      onError: v["on-error"],
      source: v.source,
      mcpCommand: v["mcp-command"],
      mcpUrl: v["mcp-url"],
    },
  };
}
