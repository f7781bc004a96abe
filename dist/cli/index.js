#!/usr/bin/env node
import { createRequire as __sdvCreateRequire } from "node:module"; const require = __sdvCreateRequire(import.meta.url);
import {
  AjvJsonSchemaValidator,
  CallToolRequestSchema,
  CallToolResultSchema,
  CompleteRequestSchema,
  CreateMessageResultSchema,
  CreateMessageResultWithToolsSchema,
  CreateTaskResultSchema,
  ERROR_CATEGORY,
  ElicitResultSchema,
  EmptyResultSchema,
  ErrorCode,
  GetPromptRequestSchema,
  InitializeRequestSchema,
  InitializedNotificationSchema,
  LATEST_PROTOCOL_VERSION,
  ListPromptsRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListResourcesRequestSchema,
  ListRootsResultSchema,
  ListToolsRequestSchema,
  LoggingLevelSchema,
  McpError,
  NEVER,
  Protocol,
  ReadBuffer,
  ReadResourceRequestSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  SentryError,
  SetLevelRequestSchema,
  ZodOptional,
  _enum,
  array,
  assertClientRequestTaskCapability,
  assertCompleteRequestPrompt,
  assertCompleteRequestResourceTemplate,
  assertToolsCallTaskCapability,
  boolean,
  createRedactor,
  deploysSchema,
  errorForStatus,
  eventSchema,
  exceptionDataSchema,
  excerpt,
  getLiteralValue,
  getObjectShape,
  getParseErrorMessage,
  getSchemaDescription,
  isSchemaOptional,
  issueCountRowsSchema,
  issueDetailSchema,
  issueEventsSchema,
  issueLink,
  issueQuery,
  issuesSchema,
  looseObject,
  mergeCapabilities,
  normalizeObjectSchema,
  number,
  object,
  objectFromShape,
  orUnsupported,
  organizationSchema,
  projectSchema,
  quoteExactValue,
  quoteSearchValue,
  releaseSchema,
  safeParse,
  safeParseAsync,
  sentryCalls,
  sentryLinks,
  serializeMessage,
  sessionGroupsSchema,
  shortIdSchema,
  strictObject,
  string,
  threadsDataSchema,
  timeseriesSchema,
  toJsonSchemaCompat,
  totalCountSchema,
  transactionCountsSchema,
  transactionStatsSchema,
  union
} from "./chunks/chunk-MLARXIXG.js";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/config/inputs.ts
var PINNED_SENTRY_MCP = "@sentry/mcp-server@0.39.0";
var INPUTS = [
  {
    name: "auth-token",
    env: "SENTRY_AUTH_TOKEN",
    default: "",
    description: "Sentry token with event:read, org:read and project:read (an internal integration token or a user token; organization tokens cannot read issues). Masked at once."
  },
  { name: "org", env: "SENTRY_ORG", default: "", description: "Sentry organization slug." },
  {
    name: "project",
    env: "SENTRY_PROJECT",
    default: "",
    description: "One or more Sentry project slugs, comma- or newline-separated."
  },
  {
    name: "url",
    env: "SENTRY_URL",
    default: "https://sentry.io",
    description: "Sentry base URL. On sentry.io the organization's region is discovered; self-hosted URLs are used as given."
  },
  {
    name: "environment",
    env: "SENTRY_ENVIRONMENT",
    default: "",
    description: "Sentry environment, e.g. production. Empty: all environments."
  },
  {
    name: "release",
    env: "SENTRY_RELEASE",
    default: "",
    description: "Sentry release version. Default: the deployed commit SHA."
  },
  {
    name: "deployed-at",
    default: "auto",
    description: "When the release reached the environment: auto (the newest Sentry deploy record of the release in the environment, else the start of this run) or an ISO 8601 time with a time zone."
  },
  {
    name: "window",
    default: "10m",
    description: "How long to watch after the deploy: 90s, 10m, 1h or ISO 8601 PT10M (at most 6h)."
  },
  { name: "poll-interval", default: "1m", description: "How often to ask Sentry during the window." },
  {
    name: "settle",
    default: "30s",
    description: "How long after the window's end the last poll is made, so that Sentry has processed the window's last events (0s to 10m)."
  },
  { name: "fail-fast", default: "true", description: "Stop at the first poll that finds a failing issue." },
  {
    name: "fail-on",
    default: "new,regressed,unfixed",
    description: "Comma list of finding kinds that fail the job: new, regressed, spike, unfixed, latency, failure-rate, crash-rate; or none to only report."
  },
  {
    name: "latency-max-increase",
    default: "20%",
    description: "A latency finding needs a transaction's p95 since the deploy significantly above (1 + this) \xD7 its p95 before the deploy."
  },
  {
    name: "spike-alpha",
    default: "0.01",
    description: "One-sided significance level of the spike test, family-wise over the issues tested."
  },
  {
    name: "spike-min-ratio",
    default: "2",
    description: "The spike test's null hypothesis: the rate after the deploy is at most this many times the rate before."
  },
  {
    name: "spike-min-events",
    default: "10",
    description: "A spike needs at least this many events since the deploy."
  },
  {
    name: "spike-baseline",
    default: "24h",
    description: "The period just before the deploy that gives each issue's usual rate."
  },
  {
    name: "fixes",
    default: "auto",
    description: "Issues the deploy claims to fix: auto (Fixes/Resolves/Closes SHORT-ID in the pull request and the deployed commits), a list of short IDs, or none."
  },
  {
    name: "fail-on-inconclusive",
    default: "false",
    description: "Fail when Sentry received no event of the release since the deploy."
  },
  {
    name: "min-events",
    default: "1",
    description: "A finding counts only with at least this many events since the deploy."
  },
  { name: "min-users", default: "0", description: "\u2026 and at least this many affected users." },
  {
    name: "query",
    default: "",
    description: "Extra Sentry issue-search terms ANDed into every issue query, e.g. level:[error,fatal]."
  },
  {
    name: "ignore",
    default: "",
    description: "Issues never to count: short IDs (WEB-12) or /regex/ on the title, comma- or newline-separated."
  },
  {
    name: "mode",
    default: "verify",
    description: "verify (a release after its deploy) or scan (everything new or regressed in the lookback)."
  },
  { name: "lookback", default: "24h", description: "The period a scan covers." },
  {
    name: "comment",
    default: "auto",
    description: "auto (comment on the deployed commit's pull request when there are findings, and update an earlier comment whatever the result), always, or never."
  },
  {
    name: "pr-number",
    default: "",
    description: "The pull request to comment on, when the trigger does not tell."
  },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, which action.yml must carry as written.
  { name: "github-token", default: "${{ github.token }}", description: "Token for comments and issues." },
  {
    name: "report-issue",
    default: "false",
    description: "In scan mode: keep one GitHub issue updated with the latest report."
  },
  {
    name: "max-listed",
    default: "10",
    description: "Findings listed in full in a comment or summary; the rest are counted."
  },
  {
    name: "on-error",
    default: "fail",
    description: "When Sentry cannot be asked: fail the job, or warn and pass."
  },
  { name: "source", default: "api", description: "api: Sentry's REST API; mcp: a Sentry MCP server." },
  {
    name: "mcp-command",
    default: `npx -y ${PINNED_SENTRY_MCP}`,
    description: "How to start the Sentry MCP server over stdio when source is mcp."
  },
  {
    name: "mcp-url",
    default: "",
    description: "A remote Sentry MCP endpoint (streamable HTTP) instead of a command."
  }
];
var BY_NAME = new Map(INPUTS.map((spec) => [spec.name, spec]));
function inputSpec(name) {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown input ${name}`);
  return spec;
}

// src/cli/args.ts
var NOT_FLAGS = /* @__PURE__ */ new Set([
  "github-token",
  "comment",
  "pr-number",
  "report-issue",
  "mode"
]);
var ONLY = {
  verify: /* @__PURE__ */ new Set([
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
    "fail-on-inconclusive"
  ]),
  scan: /* @__PURE__ */ new Set(["lookback"])
};
var ALL_FLAG_INPUTS = INPUTS.filter((spec) => !NOT_FLAGS.has(spec.name));
function flagInputs(command) {
  const other = command === "verify" ? ONLY.scan : ONLY.verify;
  return ALL_FLAG_INPUTS.filter((spec) => !other.has(spec.name));
}
var BOOLEAN_INPUTS = new Set(
  ALL_FLAG_INPUTS.filter((spec) => spec.default === "true" || spec.default === "false").map(
    (spec) => spec.name
  )
);
var FORMATS = ["text", "markdown", "json"];
var UsageError = class extends Error {
  /** What to print after the message; the whole usage when not given. */
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
  hint;
  name = "UsageError";
};
function parseFlags(args, options, allowPositionals = false) {
  const known = (arg) => {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name) return name in options;
    return Object.values(options).some((option) => option.short && arg === `-${option.short}`);
  };
  const joined = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === "--") {
      joined.push(...args.slice(index));
      break;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    if (name && options[name]?.type === "string") {
      const next = args[index + 1];
      if (next === void 0 || next.startsWith("-") && (next === "-" || next.startsWith("--") || known(next)))
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
    return { values, positionals };
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
      throw new UsageError(error.message.split("\n")[0] ?? error.message);
    throw error;
  }
}
function unknownFlag(flag, names) {
  const name = flag.replace(/^-+/, "");
  const near = names.map((candidate) => ({ candidate, distance: editDistance(name, candidate) })).filter(({ distance }) => distance <= (name.length <= 3 ? 1 : Math.max(2, Math.floor(name.length / 4)))).sort((a, b) => a.distance - b.distance)[0];
  return new UsageError(`Unknown option '${flag}'${near ? ` (did you mean --${near.candidate}?)` : ""}`);
}
function editDistance(a, b) {
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
function normalize(args, booleans) {
  const out = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const negated = /^--no-(.+)$/.exec(arg)?.[1];
    if (negated && booleans.has(negated)) {
      out.push(`--${negated}=false`);
      continue;
    }
    const name = /^--([^=]+)$/.exec(arg)?.[1];
    if (name && booleans.has(name)) {
      const next = args[index + 1];
      if (next !== void 0 && /^(true|false|1|0)$/i.test(next)) {
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
function checkOptions(inputs) {
  return {
    ...Object.fromEntries(inputs.map((spec) => [spec.name, { type: "string" }])),
    format: { type: "string", default: "text" },
    help: { type: "boolean", short: "h", default: false }
  };
}
function parseCommandArgs(args, env, options = {}) {
  const { command = "verify" } = options;
  const inputs = command === "demo" ? [] : flagInputs(command);
  if (command !== "demo") {
    const other = command === "verify" ? "scan" : "verify";
    for (const arg of args) {
      const name = /^--(?:no-)?([^=]+)/.exec(arg)?.[1];
      if (name && ONLY[other].has(name))
        throw new UsageError(`--${name} is a flag of ${other}, not of ${command}`);
    }
  }
  const booleans = new Set(inputs.map((spec) => spec.name).filter((name) => BOOLEAN_INPUTS.has(name)));
  const { values, positionals } = parseFlags(
    normalize(args, booleans),
    checkOptions(inputs),
    command === "demo"
  );
  const format = String(values.format);
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got "${format}"`);
  const raw = {};
  for (const spec of inputs) {
    const given = values[spec.name];
    raw[spec.name] = (typeof given === "string" && given !== "" ? given : void 0) ?? (spec.env ? env[spec.env] : void 0);
  }
  return { raw, format, help: values.help === true, positionals };
}
function flagHelp(command) {
  const inputs = flagInputs(command).map((spec) => {
    const extra = [
      spec.default && !spec.default.startsWith("${{") ? `default ${spec.default}` : "",
      spec.env ? `env ${spec.env}` : ""
    ].filter(Boolean).join("; ");
    const names = BOOLEAN_INPUTS.has(spec.name) ? `--${spec.name}, --no-${spec.name}` : `--${spec.name}`;
    return `  ${names}
      ${spec.description}${extra ? ` (${extra})` : ""}`;
  });
  return [
    ...inputs,
    "  --format text|markdown|json\n      Output (default text).",
    "  -h, --help\n      This help."
  ].join("\n");
}
function flagNames(command) {
  const names = flagInputs(command).map(
    (spec) => BOOLEAN_INPUTS.has(spec.name) ? `--[no-]${spec.name}` : `--${spec.name}`
  );
  return wrap([...names, "--format", "--help"].join(" "), 76, "  ");
}
function wrap(text2, width, indent) {
  const lines = [];
  let line = "";
  for (const word of text2.split(" ")) {
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

// src/cli/git.ts
import { execFileSync } from "node:child_process";
function git(args) {
  try {
    return execFileSync("git", args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5e3
    });
  } catch {
    return void 0;
  }
}
function gitHead() {
  return git(["rev-parse", "HEAD"])?.trim() || void 0;
}
function commitClaimText(release2) {
  if (!/^[0-9a-f]{7,40}$/i.test(release2)) return [];
  const message = git(["log", "-1", "--format=%B", `${release2}^{commit}`, "--"]);
  return message ? [{ where: `commit ${release2.slice(0, 7).toLowerCase()}`, text: message }] : [];
}
function localClaimTexts(config) {
  return config.mode === "verify" && config.fixes === "auto" ? { fixClaimTexts: Promise.resolve(commitClaimText(config.release)) } : {};
}

// src/config/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var SHORT = /^(?:\d+(?:ms|s|m|h|d))+$/;
var SHORT_PART = /(\d+)(ms|s|m|h|d)/g;
var ISO = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
var DURATION_FORMS = "a duration such as 90s, 10m, 1h, 1h30m, 2d or ISO 8601 PT10M";
function parseDuration(text2) {
  const value2 = text2.trim();
  if (SHORT.test(value2)) {
    let total2 = 0;
    for (const [, amount, unit] of value2.matchAll(SHORT_PART))
      total2 += Number(amount) * UNIT_MS[unit];
    return total2;
  }
  const iso2 = ISO.exec(value2.toUpperCase());
  if (!iso2 || value2.length <= 2 || value2.toUpperCase().endsWith("T")) return null;
  const [, d = "0", h = "0", m = "0", s = "0"] = iso2;
  return Number(d) * UNIT_MS.d + Number(h) * UNIT_MS.h + Number(m) * UNIT_MS.m + Math.round(Number(s) * 1e3);
}
function formatDuration(ms) {
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const unit of ["d", "h", "m", "s", "ms"]) {
    if (unit === "d" && ms < 2 * UNIT_MS.d) continue;
    const size = UNIT_MS[unit];
    const amount = Math.floor(rest / size);
    if (amount > 0) {
      out += `${amount}${unit}`;
      rest -= amount * size;
    }
  }
  return out;
}

// src/engine/quantities.ts
function milliseconds(ms) {
  if (ms < 10) return `${Number(ms.toFixed(1))} ms`;
  if (Math.round(ms) < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 6e4) return `${Number((ms / 1e3).toPrecision(3))} s`;
  return formatDuration(Math.round(ms / 1e3) * 1e3);
}
function percent(share) {
  if (share <= 0) return "0%";
  const value2 = Number((share * 100).toFixed(2));
  if (share < 1 && value2 === 0) return "< 0.01%";
  if (share < 1 && value2 === 100) return "> 99.99%";
  return `${value2}%`;
}
function thousands(count4) {
  return count4.toLocaleString("en-US");
}
function count(n, one, many = `${one}s`) {
  return `${thousands(n)} ${n === 1 ? one : many}`;
}
function utc(iso2) {
  return `${iso2.slice(0, 10)} ${iso2.slice(11, 16)} UTC`;
}

// src/cli/progress.ts
var DEFAULT_COLUMNS = 80;
function printable(text2) {
  return text2.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}
function progressLine(state, columns2) {
  const width = Math.max(1, (columns2 && columns2 > 0 ? columns2 : DEFAULT_COLUMNS) - 1);
  const release2 = printable(state.release);
  const left = `${formatDuration(Math.ceil(Math.max(0, state.leftMs) / 1e3) * 1e3)} left`;
  const { last } = state;
  const found = last ? `${last.counts.new} new, ${last.counts.regressed} regressed` : "no poll yet";
  const polls = count(last?.poll ?? 0, "poll");
  const failed2 = last?.error !== void 0;
  const forms = [
    `Watching ${release2.slice(0, 12)}: ${left} \xB7 ${polls} \xB7 ${found}${failed2 ? " \xB7 last poll failed; trying again" : ""}`,
    `Watching ${release2.slice(0, 12)}: ${left} \xB7 ${found}${failed2 ? " \xB7 last poll failed; trying again" : ""}`,
    `${release2.slice(0, 7)}: ${left} \xB7 ${found}${failed2 ? " \xB7 poll failed, retrying" : ""}`,
    `${left} \xB7 ${found}${failed2 ? " \xB7 retrying" : ""}`
  ];
  const fits = forms.find((form) => [...form].length <= width);
  if (fits) return fits;
  const shortest = [...forms.at(-1)];
  return width === 1 ? "\u2026" : `${shortest.slice(0, width - 1).join("")}\u2026`;
}
var CLEAR = "\r\x1B[2K";
function terminalProgress(stream, release2) {
  if (!stream.isTTY) {
    return {
      onDeployTime: () => {
      },
      onProgress: () => {
      },
      say: (text2) => {
        stream.write(`${text2}
`);
      },
      stop: () => {
      }
    };
  }
  let answerAt = null;
  let last = null;
  let stopped = false;
  const draw = () => {
    if (!answerAt || stopped) return;
    const leftMs = answerAt.getTime() - Date.now();
    stream.write(`${CLEAR}${progressLine({ release: release2, leftMs, last }, stream.columns)}`);
  };
  const timer = setInterval(draw, 1e3);
  timer.unref();
  stream.on("resize", draw);
  return {
    onDeployTime: (_deploy, watch) => {
      answerAt = watch.settledAt;
      draw();
    },
    onProgress: (progress) => {
      last = progress;
      draw();
    },
    say: (text2) => {
      stream.write(`${answerAt && !stopped ? CLEAR : ""}${text2}
`);
      draw();
    },
    stop: () => {
      stopped = true;
      clearInterval(timer);
      stream.off("resize", draw);
      if (answerAt) stream.write(CLEAR);
    }
  };
}

// src/cli/shell.ts
function shellWord(value2) {
  return /^[\w@%+=:,./-]+$/.test(value2) ? value2 : `'${value2.replace(/'/g, "'\\''")}'`;
}

// src/config/lists.ts
function parseList(text2) {
  return text2.split(/[,\n]/).map((item) => item.trim()).filter((item) => item.length > 0);
}
var SHORT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
var ACCEPTS = "short IDs such as WEB-12 or /regex/ on the title (flags i, m, s, u allowed)";
function parseIgnoreRules(text2) {
  const rules = [];
  let rest = text2.trim();
  while (rest.length > 0) {
    if (rest.startsWith("/")) {
      const match = /^\/((?:\\.|[^\\/\n])+)\/([a-z]*)\s*(?:[,\n]|$)/.exec(rest);
      if (!match)
        return {
          problem: `must be ${ACCEPTS}; a /regex/ is not closed in ${JSON.stringify(rest.slice(0, 40))}`
        };
      const [whole, source = "", flags = ""] = match;
      if (/[^imsu]/.test(flags))
        return { problem: `must be ${ACCEPTS}; /${source}/${flags} has flags other than i, m, s, u` };
      try {
        rules.push({ kind: "title", pattern: new RegExp(source, flags), source: `/${source}/${flags}` });
      } catch (error) {
        return {
          problem: `must be ${ACCEPTS}; /${source}/ is not a valid regex (${error.message})`
        };
      }
      rest = rest.slice(whole.length).trim();
      continue;
    }
    const end = rest.search(/[,\n]/);
    const item = (end === -1 ? rest : rest.slice(0, end)).trim();
    rest = end === -1 ? "" : rest.slice(end + 1).trim();
    if (item.length === 0) continue;
    if (!SHORT_ID.test(item))
      return { problem: `must be ${ACCEPTS}; ${JSON.stringify(item.slice(0, 40))} is neither` };
    rules.push({ kind: "short-id", shortId: item.toUpperCase() });
  }
  return { rules };
}
function parseCommand(text2) {
  const words = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/gy;
  let word = null;
  let at = 0;
  for (let match = pattern.exec(text2); match; match = pattern.exec(text2)) {
    const part = match[1] ?? match[2] ?? match[3] ?? "";
    if (word !== null && !/^\s/.test(match[0])) word += part;
    else {
      if (word !== null) words.push(word);
      word = part;
    }
    at = pattern.lastIndex;
  }
  if (text2.slice(at).trim())
    return { problem: `has an unclosed quote in ${JSON.stringify(text2.slice(at, at + 40))}` };
  if (word !== null) words.push(word);
  return { words };
}

// src/config/schema.ts
var FINDING_KINDS = [
  "new",
  "regressed",
  "spike",
  "unfixed",
  "latency",
  "failure-rate",
  "crash-rate"
];
var problem = (message) => ({ problem: message });
var isProblem = (value2) => typeof value2 === "object" && value2 !== null && "problem" in value2;
function field(name, parse) {
  return string().optional().transform((raw, ctx) => {
    const text2 = raw?.trim() ? raw.trim() : inputSpec(name).default;
    const result = parse(text2);
    if (isProblem(result)) {
      ctx.addIssue({ code: "custom", message: result.problem });
      return NEVER;
    }
    return result;
  });
}
var shown = (text2) => JSON.stringify(text2.length > 60 ? `${text2.slice(0, 60)}\u2026` : text2);
function oneOf(choices) {
  return (text2) => choices.includes(text2.toLowerCase()) ? text2.toLowerCase() : problem(`must be one of ${choices.join(", ")}; got ${shown(text2)}`);
}
function boolean2(text2) {
  const value2 = text2.toLowerCase();
  if (value2 === "true" || value2 === "1") return true;
  if (value2 === "false" || value2 === "0") return false;
  return problem(`must be true or false; got ${shown(text2)}`);
}
function integer(min, max) {
  return (text2) => {
    const value2 = /^\d+$/.test(text2) ? Number(text2) : Number.NaN;
    return Number.isSafeInteger(value2) && value2 >= min && value2 <= max ? value2 : problem(`must be a whole number from ${min} to ${max}; got ${shown(text2)}`);
  };
}
function decimal(min, max, { exclusiveMin = false } = {}) {
  return (text2) => {
    const value2 = /^\d+(\.\d+)?$|^\.\d+$/.test(text2) ? Number(text2) : Number.NaN;
    const aboveMin = exclusiveMin ? value2 > min : value2 >= min;
    return aboveMin && value2 <= max ? value2 : problem(
      `must be a number ${exclusiveMin ? "above" : "from"} ${min} ${exclusiveMin ? "and at most" : "to"} ${max}; got ${shown(text2)}`
    );
  };
}
function duration(minMs, maxMs, range) {
  return (text2) => {
    const ms = parseDuration(text2);
    if (ms === null) return problem(`must be ${DURATION_FORMS}; got ${shown(text2)}`);
    if (ms < minMs || ms > maxMs) return problem(`must be ${range}; got ${shown(text2)}`);
    return ms;
  };
}
function required(what, envName) {
  return `is required: ${what}${envName ? ` (or set ${envName})` : ""}`;
}
var SLUG = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
var slugProblem = (text2) => text2 === "." || text2 === ".." || !SLUG.test(text2) || text2.length > 100;
var RELEASE_FORBIDDEN = /[/\\\n\r\t\f]/;
var SHORT_ID2 = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
var MAX_FIXES = 50;
var HOUR = 36e5;
var MAX_CLOCK_SKEW_MS = 6e4;
var DAY = 24 * HOUR;
function schema(context, scanning) {
  return object({
    "auth-token": field("auth-token", (text2) => {
      if (!text2)
        return problem(
          required("a Sentry token with event:read, org:read and project:read", "SENTRY_AUTH_TOKEN")
        );
      if (/\s/.test(text2)) return problem("contains white space; paste the token alone");
      return text2;
    }),
    org: field("org", (text2) => {
      if (!text2) return problem(required("the Sentry organization slug", "SENTRY_ORG"));
      return slugProblem(text2) ? problem(`must be an organization slug such as acme; got ${shown(text2)}`) : text2;
    }),
    project: field("project", (text2) => {
      const slugs = parseList(text2);
      if (slugs.length === 0)
        return problem(required("one or more project slugs, comma-separated", "SENTRY_PROJECT"));
      const bad = slugs.find(slugProblem);
      if (bad !== void 0)
        return problem(`must be project slugs such as web or web,api; ${shown(bad)} is not one`);
      return [...new Set(slugs)];
    }),
    url: field("url", (text2) => {
      let url;
      try {
        url = new URL(text2);
      } catch {
        return problem(`must be an http or https URL such as https://sentry.example.com; got ${shown(text2)}`);
      }
      if (url.protocol !== "https:" && url.protocol !== "http:")
        return problem(`must be an http or https URL; got ${shown(text2)}`);
      if (url.username || url.password)
        return problem("must not carry a user name or password; use auth-token");
      if (url.search || url.hash)
        return problem(`must be a base URL without ?query or #fragment; got ${shown(text2)}`);
      const path = url.pathname.replace(/\/+$/, "").replace(/\/api\/0$/, "");
      return `${url.origin}${path}`;
    }),
    environment: field("environment", (text2) => {
      if (!text2) return null;
      return /[\n\r\t]/.test(text2) || text2.length > 64 ? problem(`must be one Sentry environment name of at most 64 characters; got ${shown(text2)}`) : text2;
    }),
    release: field("release", (text2) => {
      const value2 = text2 || context.deployedCommit || "";
      if (!value2 && scanning) return "";
      if (!value2)
        return problem(
          required(
            "the Sentry release version; it defaults to the deployed commit SHA, which is not known here",
            "SENTRY_RELEASE"
          )
        );
      if (value2.length > 200 || RELEASE_FORBIDDEN.test(value2) || value2 === "." || value2 === "..")
        return problem(
          `must be a Sentry release version: at most 200 characters, no slash, backslash, tab or newline; got ${shown(value2)}`
        );
      return value2;
    }),
    "deployed-at": field("deployed-at", (text2) => {
      if (text2.toLowerCase() === "auto") return "auto";
      const time = ISO_TIME.test(text2) ? new Date(text2) : null;
      if (!time || Number.isNaN(time.getTime()))
        return problem(
          `must be auto or an ISO 8601 time with a time zone, such as 2026-11-25T14:03:00Z; got ${shown(text2)}`
        );
      if (context.now !== void 0 && time.getTime() > context.now + MAX_CLOCK_SKEW_MS)
        return problem(
          `must not be in the future (more than a minute ahead of this machine's clock); got ${shown(text2)}`
        );
      return time;
    }),
    window: field("window", duration(1e3, 6 * HOUR, "from 1s to 6h (a GitHub job runs at most 6 hours)")),
    "poll-interval": field("poll-interval", duration(1e3, HOUR, "from 1s to 1h")),
    settle: field("settle", duration(0, 10 * 6e4, "from 0s to 10m")),
    "fail-fast": field("fail-fast", boolean2),
    "fail-on": field("fail-on", (text2) => {
      const kinds = parseList(text2.toLowerCase());
      if (kinds.length === 1 && kinds[0] === "none") return [];
      const bad = kinds.find((kind) => !FINDING_KINDS.includes(kind));
      if (bad !== void 0 || kinds.length === 0)
        return problem(`must be a comma list of ${FINDING_KINDS.join(", ")}, or none; got ${shown(text2)}`);
      return [...new Set(kinds)];
    }),
    "latency-max-increase": field("latency-max-increase", (text2) => {
      const match = /^(\d+(?:\.\d+)?)%$/.exec(text2);
      const percent2 = match ? Number(match[1]) : Number.NaN;
      return percent2 >= 0 && percent2 <= 1e3 ? percent2 / 100 : problem(`must be a percentage from 0% to 1000%, such as 20%; got ${shown(text2)}`);
    }),
    "spike-alpha": field("spike-alpha", decimal(0, 0.5, { exclusiveMin: true })),
    "spike-min-ratio": field("spike-min-ratio", decimal(1, 1e3)),
    "spike-min-events": field("spike-min-events", integer(1, 1e6)),
    "spike-baseline": field("spike-baseline", duration(HOUR, 30 * DAY, "from 1h to 30d")),
    fixes: field("fixes", (text2) => {
      const lower = text2.toLowerCase();
      if (lower === "auto" || lower === "none") return lower;
      const ids = parseList(text2);
      const bad = ids.find((id) => !SHORT_ID2.test(id));
      if (bad !== void 0)
        return problem(`must be auto, none, or Sentry short IDs such as WEB-123; ${shown(bad)} is not one`);
      const unique = [...new Set(ids.map((id) => id.toUpperCase()))];
      if (unique.length > MAX_FIXES)
        return problem(`must list at most ${MAX_FIXES} short IDs; got ${unique.length}`);
      return unique;
    }),
    "fail-on-inconclusive": field("fail-on-inconclusive", boolean2),
    "min-events": field("min-events", integer(1, 1e9)),
    "min-users": field("min-users", integer(0, 1e9)),
    query: field(
      "query",
      (text2) => /[\n\r]/.test(text2) ? problem("must be Sentry search terms on one line, such as level:[error,fatal]") : text2
    ),
    ignore: field("ignore", (text2) => {
      const rules = parseIgnoreRules(text2);
      return "problem" in rules ? problem(rules.problem) : rules.rules;
    }),
    mode: field("mode", oneOf(["verify", "scan"])),
    lookback: field("lookback", duration(6e4, 90 * DAY, "from 1m to 90d (Sentry keeps 90 days)")),
    comment: field("comment", oneOf(["auto", "always", "never"])),
    "pr-number": field("pr-number", (text2) => text2 ? integer(1, 1e9)(text2) : null),
    "github-token": field("github-token", (text2) => text2.startsWith("${{") ? "" : text2),
    "report-issue": field("report-issue", boolean2),
    "max-listed": field("max-listed", integer(0, 200)),
    "on-error": field("on-error", oneOf(["fail", "warn"])),
    source: field("source", oneOf(["api", "mcp"])),
    "mcp-command": field("mcp-command", (text2) => {
      const command = parseCommand(text2);
      if ("problem" in command) return problem(command.problem);
      return command.words.length > 0 ? command.words : problem(
        "must be the command that starts the Sentry MCP server, e.g. npx -y @sentry/mcp-server@0.39.0"
      );
    }),
    "mcp-url": field("mcp-url", (text2) => {
      if (!text2) return null;
      try {
        const url = new URL(text2);
        if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
      } catch {
      }
      return problem(`must be an http or https URL of a Sentry MCP endpoint; got ${shown(text2)}`);
    })
  });
}
function parseConfig(raw, context = {}) {
  const scanning = (raw.mode?.trim() || inputSpec("mode").default).toLowerCase() === "scan";
  const shape = schema(context, scanning);
  const result = shape.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      input: String(issue.path[0]),
      message: issue.message
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
      mcpUrl: v["mcp-url"]
    }
  };
}

// src/stats/zero-count-bound.ts
function zeroCountUpperBound(trials, confidence = 0.95) {
  if (!(trials >= 1)) return 1;
  return -Math.expm1(Math.log(1 - confidence) / trials);
}

// src/engine/verdict.ts
function verifyScope(release2, environment, windowText) {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `in release ${release2}${where} since its deploy`,
    clean: `no new, regressed or spiking issues in release ${release2}${where} within ${windowText} of its deploy`,
    unseen: (traffic) => {
      const counted = ["error event"];
      const uncounted = [];
      for (const [kind, count4] of [
        ["transaction", traffic?.transactions],
        ["session", traffic?.sessions]
      ])
        (count4 === null ? uncounted : counted).push(kind);
      const kinds = counted.length === 1 ? counted[0] : `${counted.slice(0, -1).join(", ")} or ${counted.at(-1)}`;
      const unknown = uncounted.length > 0 ? `; its ${uncounted.map((kind) => `${kind}s`).join(" and ")} could not be counted` : "";
      return `Sentry received no ${kinds} of release ${release2}${where} since its rollout began (in an issue of any category${unknown}): is the SDK's release set to it?`;
    }
  };
}
function scanScope(environment, lookbackText) {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `${where} in the last ${lookbackText}`.trim(),
    clean: `no new or regressed issues${where} in the last ${lookbackText}`,
    unseen: () => ""
  };
}
var KIND_WORDS = {
  new: ["new issue", "new issues"],
  regressed: ["regressed issue", "regressed issues"],
  spike: ["spiking issue", "spiking issues"],
  unfixed: ["claimed fix that did not work", "claimed fixes that did not work"],
  latency: ["slower transaction", "slower transactions"],
  "failure-rate": ["transaction failing more often", "transactions failing more often"],
  "crash-rate": ["crash-rate regression", "crash-rate regressions"]
};
function zeroCounts() {
  return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0]));
}
function countByKind(findings) {
  const counts = zeroCounts();
  for (const finding2 of findings) counts[finding2.kind] += 1;
  return counts;
}
function describeCounts(counts, kinds = FINDING_KINDS) {
  const parts = kinds.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts[0] ?? "no findings";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
function decideVerdict(input) {
  const counts = countByKind(input.findings);
  const failing = input.failOn.filter((kind) => counts[kind] > 0);
  if (failing.length > 0)
    return { verdict: "fail", reason: `${describeCounts(counts, failing)} ${input.scope.findings}` };
  if (!input.releaseSeen) return { verdict: "inconclusive", reason: input.scope.unseen(input.traffic) };
  if (input.findings.length > 0) {
    const failOn2 = input.failOn.length > 0 ? input.failOn.join(",") : "none";
    return {
      verdict: "pass",
      reason: `${describeCounts(counts)} reported ${input.scope.findings}, none of a kind that fails the check (fail-on: ${failOn2})`
    };
  }
  const received = input.traffic ? describeTraffic(input.traffic) : null;
  return { verdict: "pass", reason: received ? `${input.scope.clean}, in ${received}` : input.scope.clean };
}
function describeTraffic(traffic) {
  const parts = [
    [traffic.transactions, "transaction"],
    [traffic.sessions, "session"],
    [traffic.errors, "error event"]
  ].flatMap(([n, word]) => n !== null && n > 0 ? [count(n, word)] : []);
  if (parts.length === 0) return null;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const requests = traffic.transactions ?? 0;
  if (requests === 0) return `${listed} of it`;
  const bound = zeroCountUpperBound(requests);
  return `${listed} of it (no new error in ${count(requests, "transaction")}: fewer than ${percent(bound)} of them hit one, 95% upper bound)`;
}
function describeFixes(fixes) {
  const confirmed = fixes.filter((fix2) => fix2.status === "confirmed").length;
  const unverified = fixes.filter((fix2) => fix2.status === "unverified").length;
  const parts = [
    ...confirmed > 0 ? [`${confirmed} claimed ${confirmed === 1 ? "fix" : "fixes"} confirmed`] : [],
    ...unverified > 0 ? [`${unverified} claimed ${unverified === 1 ? "fix" : "fixes"} unverified`] : []
  ];
  return parts.length > 0 ? parts.join(", ") : null;
}
function failsJob(verdict, options) {
  if (verdict === "fail") return true;
  if (verdict === "inconclusive") return options.failOnInconclusive;
  if (verdict === "error") return options.onError === "fail";
  return false;
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/server.js
var ExperimentalServerTasks = class {
  constructor(_server) {
    this._server = _server;
  }
  /**
   * Sends a request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * This method provides streaming access to request processing, allowing you to
   * observe intermediate task status updates for task-augmented requests.
   *
   * @param request - The request to send
   * @param resultSchema - Zod schema for validating the result
   * @param options - Optional request options (timeout, signal, task creation params, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  requestStream(request, resultSchema, options) {
    return this._server.requestStream(request, resultSchema, options);
  }
  /**
   * Sends a sampling request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * For task-augmented requests, yields 'taskCreated' and 'taskStatus' messages
   * before the final result.
   *
   * @example
   * ```typescript
   * const stream = server.experimental.tasks.createMessageStream({
   *     messages: [{ role: 'user', content: { type: 'text', text: 'Hello' } }],
   *     maxTokens: 100
   * }, {
   *     onprogress: (progress) => {
   *         // Handle streaming tokens via progress notifications
   *         console.log('Progress:', progress.message);
   *     }
   * });
   *
   * for await (const message of stream) {
   *     switch (message.type) {
   *         case 'taskCreated':
   *             console.log('Task created:', message.task.taskId);
   *             break;
   *         case 'taskStatus':
   *             console.log('Task status:', message.task.status);
   *             break;
   *         case 'result':
   *             console.log('Final result:', message.result);
   *             break;
   *         case 'error':
   *             console.error('Error:', message.error);
   *             break;
   *     }
   * }
   * ```
   *
   * @param params - The sampling request parameters
   * @param options - Optional request options (timeout, signal, task creation params, onprogress, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  createMessageStream(params, options) {
    const clientCapabilities = this._server.getClientCapabilities();
    if ((params.tools || params.toolChoice) && !clientCapabilities?.sampling?.tools) {
      throw new Error("Client does not support sampling tools capability.");
    }
    if (params.messages.length > 0) {
      const lastMessage = params.messages[params.messages.length - 1];
      const lastContent = Array.isArray(lastMessage.content) ? lastMessage.content : [lastMessage.content];
      const hasToolResults = lastContent.some((c) => c.type === "tool_result");
      const previousMessage = params.messages.length > 1 ? params.messages[params.messages.length - 2] : void 0;
      const previousContent = previousMessage ? Array.isArray(previousMessage.content) ? previousMessage.content : [previousMessage.content] : [];
      const hasPreviousToolUse = previousContent.some((c) => c.type === "tool_use");
      if (hasToolResults) {
        if (lastContent.some((c) => c.type !== "tool_result")) {
          throw new Error("The last message must contain only tool_result content if any is present");
        }
        if (!hasPreviousToolUse) {
          throw new Error("tool_result blocks are not matching any tool_use from the previous message");
        }
      }
      if (hasPreviousToolUse) {
        const toolUseIds = new Set(previousContent.filter((c) => c.type === "tool_use").map((c) => c.id));
        const toolResultIds = new Set(lastContent.filter((c) => c.type === "tool_result").map((c) => c.toolUseId));
        if (toolUseIds.size !== toolResultIds.size || ![...toolUseIds].every((id) => toolResultIds.has(id))) {
          throw new Error("ids of tool_result blocks and tool_use blocks from previous message do not match");
        }
      }
    }
    return this.requestStream({
      method: "sampling/createMessage",
      params
    }, CreateMessageResultSchema, options);
  }
  /**
   * Sends an elicitation request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * For task-augmented requests (especially URL-based elicitation), yields 'taskCreated'
   * and 'taskStatus' messages before the final result.
   *
   * @example
   * ```typescript
   * const stream = server.experimental.tasks.elicitInputStream({
   *     mode: 'url',
   *     message: 'Please authenticate',
   *     elicitationId: 'auth-123',
   *     url: 'https://example.com/auth'
   * }, {
   *     task: { ttl: 300000 } // Task-augmented for long-running auth flow
   * });
   *
   * for await (const message of stream) {
   *     switch (message.type) {
   *         case 'taskCreated':
   *             console.log('Task created:', message.task.taskId);
   *             break;
   *         case 'taskStatus':
   *             console.log('Task status:', message.task.status);
   *             break;
   *         case 'result':
   *             console.log('User action:', message.result.action);
   *             break;
   *         case 'error':
   *             console.error('Error:', message.error);
   *             break;
   *     }
   * }
   * ```
   *
   * @param params - The elicitation request parameters
   * @param options - Optional request options (timeout, signal, task creation params, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  elicitInputStream(params, options) {
    const clientCapabilities = this._server.getClientCapabilities();
    const mode = params.mode ?? "form";
    switch (mode) {
      case "url": {
        if (!clientCapabilities?.elicitation?.url) {
          throw new Error("Client does not support url elicitation.");
        }
        break;
      }
      case "form": {
        if (!clientCapabilities?.elicitation?.form) {
          throw new Error("Client does not support form elicitation.");
        }
        break;
      }
    }
    const normalizedParams = mode === "form" && params.mode === void 0 ? { ...params, mode: "form" } : params;
    return this.requestStream({
      method: "elicitation/create",
      params: normalizedParams
    }, ElicitResultSchema, options);
  }
  /**
   * Gets the current status of a task.
   *
   * @param taskId - The task identifier
   * @param options - Optional request options
   * @returns The task status
   *
   * @experimental
   */
  async getTask(taskId, options) {
    return this._server.getTask({ taskId }, options);
  }
  /**
   * Retrieves the result of a completed task.
   *
   * @param taskId - The task identifier
   * @param resultSchema - Zod schema for validating the result
   * @param options - Optional request options
   * @returns The task result
   *
   * @experimental
   */
  async getTaskResult(taskId, resultSchema, options) {
    return this._server.getTaskResult({ taskId }, resultSchema, options);
  }
  /**
   * Lists tasks with optional pagination.
   *
   * @param cursor - Optional pagination cursor
   * @param options - Optional request options
   * @returns List of tasks with optional next cursor
   *
   * @experimental
   */
  async listTasks(cursor, options) {
    return this._server.listTasks(cursor ? { cursor } : void 0, options);
  }
  /**
   * Cancels a running task.
   *
   * @param taskId - The task identifier
   * @param options - Optional request options
   *
   * @experimental
   */
  async cancelTask(taskId, options) {
    return this._server.cancelTask({ taskId }, options);
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js
var Server = class extends Protocol {
  /**
   * Initializes this server with the given name and version information.
   */
  constructor(_serverInfo, options) {
    super(options);
    this._serverInfo = _serverInfo;
    this._loggingLevels = /* @__PURE__ */ new Map();
    this.LOG_LEVEL_SEVERITY = new Map(LoggingLevelSchema.options.map((level, index) => [level, index]));
    this.isMessageIgnored = (level, sessionId) => {
      const currentLevel = this._loggingLevels.get(sessionId);
      return currentLevel ? this.LOG_LEVEL_SEVERITY.get(level) < this.LOG_LEVEL_SEVERITY.get(currentLevel) : false;
    };
    this._capabilities = options?.capabilities ?? {};
    this._instructions = options?.instructions;
    this._jsonSchemaValidator = options?.jsonSchemaValidator ?? new AjvJsonSchemaValidator();
    this.setRequestHandler(InitializeRequestSchema, (request) => this._oninitialize(request));
    this.setNotificationHandler(InitializedNotificationSchema, () => this.oninitialized?.());
    if (this._capabilities.logging) {
      this.setRequestHandler(SetLevelRequestSchema, async (request, extra) => {
        const transportSessionId = extra.sessionId || extra.requestInfo?.headers["mcp-session-id"] || void 0;
        const { level } = request.params;
        const parseResult = LoggingLevelSchema.safeParse(level);
        if (parseResult.success) {
          this._loggingLevels.set(transportSessionId, parseResult.data);
        }
        return {};
      });
    }
  }
  /**
   * Access experimental features.
   *
   * WARNING: These APIs are experimental and may change without notice.
   *
   * @experimental
   */
  get experimental() {
    if (!this._experimental) {
      this._experimental = {
        tasks: new ExperimentalServerTasks(this)
      };
    }
    return this._experimental;
  }
  /**
   * Registers new capabilities. This can only be called before connecting to a transport.
   *
   * The new capabilities will be merged with any existing capabilities previously given (e.g., at initialization).
   */
  registerCapabilities(capabilities) {
    if (this.transport) {
      throw new Error("Cannot register capabilities after connecting to transport");
    }
    this._capabilities = mergeCapabilities(this._capabilities, capabilities);
  }
  /**
   * Override request handler registration to enforce server-side validation for tools/call.
   */
  setRequestHandler(requestSchema, handler) {
    const shape = getObjectShape(requestSchema);
    const methodSchema = shape?.method;
    if (!methodSchema) {
      throw new Error("Schema is missing a method literal");
    }
    const methodValue = getLiteralValue(methodSchema);
    if (typeof methodValue !== "string") {
      throw new Error("Schema method literal must be a string");
    }
    const method = methodValue;
    if (method === "tools/call") {
      const wrappedHandler = async (request, extra) => {
        const validatedRequest = safeParse(CallToolRequestSchema, request);
        if (!validatedRequest.success) {
          const errorMessage = validatedRequest.error instanceof Error ? validatedRequest.error.message : String(validatedRequest.error);
          throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call request: ${errorMessage}`);
        }
        const { params } = validatedRequest.data;
        const result = await Promise.resolve(handler(request, extra));
        if (params.task) {
          const taskValidationResult = safeParse(CreateTaskResultSchema, result);
          if (!taskValidationResult.success) {
            const errorMessage = taskValidationResult.error instanceof Error ? taskValidationResult.error.message : String(taskValidationResult.error);
            throw new McpError(ErrorCode.InvalidParams, `Invalid task creation result: ${errorMessage}`);
          }
          return taskValidationResult.data;
        }
        const validationResult = safeParse(CallToolResultSchema, result);
        if (!validationResult.success) {
          const errorMessage = validationResult.error instanceof Error ? validationResult.error.message : String(validationResult.error);
          throw new McpError(ErrorCode.InvalidParams, `Invalid tools/call result: ${errorMessage}`);
        }
        return validationResult.data;
      };
      return super.setRequestHandler(requestSchema, wrappedHandler);
    }
    return super.setRequestHandler(requestSchema, handler);
  }
  assertCapabilityForMethod(method) {
    switch (method) {
      case "sampling/createMessage":
        if (!this._clientCapabilities?.sampling) {
          throw new Error(`Client does not support sampling (required for ${method})`);
        }
        break;
      case "elicitation/create":
        if (!this._clientCapabilities?.elicitation) {
          throw new Error(`Client does not support elicitation (required for ${method})`);
        }
        break;
      case "roots/list":
        if (!this._clientCapabilities?.roots) {
          throw new Error(`Client does not support listing roots (required for ${method})`);
        }
        break;
      case "ping":
        break;
    }
  }
  assertNotificationCapability(method) {
    switch (method) {
      case "notifications/message":
        if (!this._capabilities.logging) {
          throw new Error(`Server does not support logging (required for ${method})`);
        }
        break;
      case "notifications/resources/updated":
      case "notifications/resources/list_changed":
        if (!this._capabilities.resources) {
          throw new Error(`Server does not support notifying about resources (required for ${method})`);
        }
        break;
      case "notifications/tools/list_changed":
        if (!this._capabilities.tools) {
          throw new Error(`Server does not support notifying of tool list changes (required for ${method})`);
        }
        break;
      case "notifications/prompts/list_changed":
        if (!this._capabilities.prompts) {
          throw new Error(`Server does not support notifying of prompt list changes (required for ${method})`);
        }
        break;
      case "notifications/elicitation/complete":
        if (!this._clientCapabilities?.elicitation?.url) {
          throw new Error(`Client does not support URL elicitation (required for ${method})`);
        }
        break;
      case "notifications/cancelled":
        break;
      case "notifications/progress":
        break;
    }
  }
  assertRequestHandlerCapability(method) {
    if (!this._capabilities) {
      return;
    }
    switch (method) {
      case "completion/complete":
        if (!this._capabilities.completions) {
          throw new Error(`Server does not support completions (required for ${method})`);
        }
        break;
      case "logging/setLevel":
        if (!this._capabilities.logging) {
          throw new Error(`Server does not support logging (required for ${method})`);
        }
        break;
      case "prompts/get":
      case "prompts/list":
        if (!this._capabilities.prompts) {
          throw new Error(`Server does not support prompts (required for ${method})`);
        }
        break;
      case "resources/list":
      case "resources/templates/list":
      case "resources/read":
        if (!this._capabilities.resources) {
          throw new Error(`Server does not support resources (required for ${method})`);
        }
        break;
      case "tools/call":
      case "tools/list":
        if (!this._capabilities.tools) {
          throw new Error(`Server does not support tools (required for ${method})`);
        }
        break;
      case "tasks/get":
      case "tasks/list":
      case "tasks/result":
      case "tasks/cancel":
        if (!this._capabilities.tasks) {
          throw new Error(`Server does not support tasks capability (required for ${method})`);
        }
        break;
      case "ping":
      case "initialize":
        break;
    }
  }
  assertTaskCapability(method) {
    assertClientRequestTaskCapability(this._clientCapabilities?.tasks?.requests, method, "Client");
  }
  assertTaskHandlerCapability(method) {
    if (!this._capabilities) {
      return;
    }
    assertToolsCallTaskCapability(this._capabilities.tasks?.requests, method, "Server");
  }
  async _oninitialize(request) {
    const requestedVersion = request.params.protocolVersion;
    this._clientCapabilities = request.params.capabilities;
    this._clientVersion = request.params.clientInfo;
    const protocolVersion = SUPPORTED_PROTOCOL_VERSIONS.includes(requestedVersion) ? requestedVersion : LATEST_PROTOCOL_VERSION;
    return {
      protocolVersion,
      capabilities: this.getCapabilities(),
      serverInfo: this._serverInfo,
      ...this._instructions && { instructions: this._instructions }
    };
  }
  /**
   * After initialization has completed, this will be populated with the client's reported capabilities.
   */
  getClientCapabilities() {
    return this._clientCapabilities;
  }
  /**
   * After initialization has completed, this will be populated with information about the client's name and version.
   */
  getClientVersion() {
    return this._clientVersion;
  }
  getCapabilities() {
    return this._capabilities;
  }
  async ping() {
    return this.request({ method: "ping" }, EmptyResultSchema);
  }
  // Implementation
  async createMessage(params, options) {
    if (params.tools || params.toolChoice) {
      if (!this._clientCapabilities?.sampling?.tools) {
        throw new Error("Client does not support sampling tools capability.");
      }
    }
    if (params.messages.length > 0) {
      const lastMessage = params.messages[params.messages.length - 1];
      const lastContent = Array.isArray(lastMessage.content) ? lastMessage.content : [lastMessage.content];
      const hasToolResults = lastContent.some((c) => c.type === "tool_result");
      const previousMessage = params.messages.length > 1 ? params.messages[params.messages.length - 2] : void 0;
      const previousContent = previousMessage ? Array.isArray(previousMessage.content) ? previousMessage.content : [previousMessage.content] : [];
      const hasPreviousToolUse = previousContent.some((c) => c.type === "tool_use");
      if (hasToolResults) {
        if (lastContent.some((c) => c.type !== "tool_result")) {
          throw new Error("The last message must contain only tool_result content if any is present");
        }
        if (!hasPreviousToolUse) {
          throw new Error("tool_result blocks are not matching any tool_use from the previous message");
        }
      }
      if (hasPreviousToolUse) {
        const toolUseIds = new Set(previousContent.filter((c) => c.type === "tool_use").map((c) => c.id));
        const toolResultIds = new Set(lastContent.filter((c) => c.type === "tool_result").map((c) => c.toolUseId));
        if (toolUseIds.size !== toolResultIds.size || ![...toolUseIds].every((id) => toolResultIds.has(id))) {
          throw new Error("ids of tool_result blocks and tool_use blocks from previous message do not match");
        }
      }
    }
    if (params.tools) {
      return this.request({ method: "sampling/createMessage", params }, CreateMessageResultWithToolsSchema, options);
    }
    return this.request({ method: "sampling/createMessage", params }, CreateMessageResultSchema, options);
  }
  /**
   * Creates an elicitation request for the given parameters.
   * For backwards compatibility, `mode` may be omitted for form requests and will default to `'form'`.
   * @param params The parameters for the elicitation request.
   * @param options Optional request options.
   * @returns The result of the elicitation request.
   */
  async elicitInput(params, options) {
    const mode = params.mode ?? "form";
    switch (mode) {
      case "url": {
        if (!this._clientCapabilities?.elicitation?.url) {
          throw new Error("Client does not support url elicitation.");
        }
        const urlParams = params;
        return this.request({ method: "elicitation/create", params: urlParams }, ElicitResultSchema, options);
      }
      case "form": {
        if (!this._clientCapabilities?.elicitation?.form) {
          throw new Error("Client does not support form elicitation.");
        }
        const formParams = params.mode === "form" ? params : { ...params, mode: "form" };
        const result = await this.request({ method: "elicitation/create", params: formParams }, ElicitResultSchema, options);
        if (result.action === "accept" && result.content && formParams.requestedSchema) {
          try {
            const validator = this._jsonSchemaValidator.getValidator(formParams.requestedSchema);
            const validationResult = validator(result.content);
            if (!validationResult.valid) {
              throw new McpError(ErrorCode.InvalidParams, `Elicitation response content does not match requested schema: ${validationResult.errorMessage}`);
            }
          } catch (error) {
            if (error instanceof McpError) {
              throw error;
            }
            throw new McpError(ErrorCode.InternalError, `Error validating elicitation response: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        return result;
      }
    }
  }
  /**
   * Creates a reusable callback that, when invoked, will send a `notifications/elicitation/complete`
   * notification for the specified elicitation ID.
   *
   * @param elicitationId The ID of the elicitation to mark as complete.
   * @param options Optional notification options. Useful when the completion notification should be related to a prior request.
   * @returns A function that emits the completion notification when awaited.
   */
  createElicitationCompletionNotifier(elicitationId, options) {
    if (!this._clientCapabilities?.elicitation?.url) {
      throw new Error("Client does not support URL elicitation (required for notifications/elicitation/complete)");
    }
    return () => this.notification({
      method: "notifications/elicitation/complete",
      params: {
        elicitationId
      }
    }, options);
  }
  async listRoots(params, options) {
    return this.request({ method: "roots/list", params }, ListRootsResultSchema, options);
  }
  /**
   * Sends a logging message to the client, if connected.
   * Note: You only need to send the parameters object, not the entire JSON RPC message
   * @see LoggingMessageNotification
   * @param params
   * @param sessionId optional for stateless and backward compatibility
   */
  async sendLoggingMessage(params, sessionId) {
    if (this._capabilities.logging) {
      if (!this.isMessageIgnored(params.level, sessionId)) {
        return this.notification({ method: "notifications/message", params });
      }
    }
  }
  async sendResourceUpdated(params) {
    return this.notification({
      method: "notifications/resources/updated",
      params
    });
  }
  async sendResourceListChanged() {
    return this.notification({
      method: "notifications/resources/list_changed"
    });
  }
  async sendToolListChanged() {
    return this.notification({ method: "notifications/tools/list_changed" });
  }
  async sendPromptListChanged() {
    return this.notification({ method: "notifications/prompts/list_changed" });
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/completable.js
var COMPLETABLE_SYMBOL = /* @__PURE__ */ Symbol.for("mcp.completable");
function isCompletable(schema2) {
  return !!schema2 && typeof schema2 === "object" && COMPLETABLE_SYMBOL in schema2;
}
function getCompleter(schema2) {
  const meta = schema2[COMPLETABLE_SYMBOL];
  return meta?.complete;
}
var McpZodTypeKind;
(function(McpZodTypeKind2) {
  McpZodTypeKind2["Completable"] = "McpCompletable";
})(McpZodTypeKind || (McpZodTypeKind = {}));

// node_modules/@modelcontextprotocol/sdk/dist/esm/shared/toolNameValidation.js
var TOOL_NAME_REGEX = /^[A-Za-z0-9._-]{1,128}$/;
function validateToolName(name) {
  const warnings = [];
  if (name.length === 0) {
    return {
      isValid: false,
      warnings: ["Tool name cannot be empty"]
    };
  }
  if (name.length > 128) {
    return {
      isValid: false,
      warnings: [`Tool name exceeds maximum length of 128 characters (current: ${name.length})`]
    };
  }
  if (name.includes(" ")) {
    warnings.push("Tool name contains spaces, which may cause parsing issues");
  }
  if (name.includes(",")) {
    warnings.push("Tool name contains commas, which may cause parsing issues");
  }
  if (name.startsWith("-") || name.endsWith("-")) {
    warnings.push("Tool name starts or ends with a dash, which may cause parsing issues in some contexts");
  }
  if (name.startsWith(".") || name.endsWith(".")) {
    warnings.push("Tool name starts or ends with a dot, which may cause parsing issues in some contexts");
  }
  if (!TOOL_NAME_REGEX.test(name)) {
    const invalidChars = name.split("").filter((char) => !/[A-Za-z0-9._-]/.test(char)).filter((char, index, arr) => arr.indexOf(char) === index);
    warnings.push(`Tool name contains invalid characters: ${invalidChars.map((c) => `"${c}"`).join(", ")}`, "Allowed characters are: A-Z, a-z, 0-9, underscore (_), dash (-), and dot (.)");
    return {
      isValid: false,
      warnings
    };
  }
  return {
    isValid: true,
    warnings
  };
}
function issueToolNameWarning(name, warnings) {
  if (warnings.length > 0) {
    console.warn(`Tool name validation warning for "${name}":`);
    for (const warning of warnings) {
      console.warn(`  - ${warning}`);
    }
    console.warn("Tool registration will proceed, but this may cause compatibility issues.");
    console.warn("Consider updating the tool name to conform to the MCP tool naming standard.");
    console.warn("See SEP: Specify Format for Tool Names (https://github.com/modelcontextprotocol/modelcontextprotocol/issues/986) for more details.");
  }
}
function validateAndWarnToolName(name) {
  const result = validateToolName(name);
  issueToolNameWarning(name, result.warnings);
  return result.isValid;
}

// node_modules/@modelcontextprotocol/sdk/dist/esm/experimental/tasks/mcp-server.js
var ExperimentalMcpServerTasks = class {
  constructor(_mcpServer) {
    this._mcpServer = _mcpServer;
  }
  registerToolTask(name, config, handler) {
    const execution = { taskSupport: "required", ...config.execution };
    if (execution.taskSupport === "forbidden") {
      throw new Error(`Cannot register task-based tool '${name}' with taskSupport 'forbidden'. Use registerTool() instead.`);
    }
    const mcpServerInternal = this._mcpServer;
    return mcpServerInternal._createRegisteredTool(name, config.title, config.description, config.inputSchema, config.outputSchema, config.annotations, execution, config._meta, handler);
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js
function toolInputElementCount(value2, max) {
  let count4 = 0;
  const stack = [value2];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object")
      continue;
    if (Array.isArray(node)) {
      for (const child of node) {
        if (++count4 > max)
          return count4;
        if (child !== null && typeof child === "object")
          stack.push(child);
      }
    } else {
      for (const key in node) {
        if (!Object.prototype.hasOwnProperty.call(node, key))
          continue;
        if (++count4 > max)
          return count4;
        const child = node[key];
        if (child !== null && typeof child === "object")
          stack.push(child);
      }
    }
  }
  return count4;
}
function resolveMaxToolInputElements(value2) {
  if (value2 === void 0 || value2 === Infinity)
    return void 0;
  if (typeof value2 !== "number" || Number.isNaN(value2) || value2 < 1) {
    throw new RangeError(`maxToolInputElements must be a number of at least 1, or Infinity, got ${String(value2)}`);
  }
  return value2;
}
var McpServer = class {
  constructor(serverInfo, options) {
    this._registeredResources = {};
    this._registeredResourceTemplates = {};
    this._registeredTools = {};
    this._registeredPrompts = {};
    this._toolHandlersInitialized = false;
    this._completionHandlerInitialized = false;
    this._resourceHandlersInitialized = false;
    this._promptHandlersInitialized = false;
    this.server = new Server(serverInfo, options);
    this._maxToolInputElements = resolveMaxToolInputElements(options?.maxToolInputElements);
    if (options?.capabilities?.tools) {
      this.setToolRequestHandlers();
    }
    if (options?.capabilities?.resources) {
      this.setResourceRequestHandlers();
    }
    if (options?.capabilities?.prompts) {
      this.setPromptRequestHandlers();
    }
  }
  /**
   * Access experimental features.
   *
   * WARNING: These APIs are experimental and may change without notice.
   *
   * @experimental
   */
  get experimental() {
    if (!this._experimental) {
      this._experimental = {
        tasks: new ExperimentalMcpServerTasks(this)
      };
    }
    return this._experimental;
  }
  /**
   * Attaches to the given transport, starts it, and starts listening for messages.
   *
   * The `server` object assumes ownership of the Transport, replacing any callbacks that have already been set, and expects that it is the only user of the Transport instance going forward.
   */
  async connect(transport) {
    return await this.server.connect(transport);
  }
  /**
   * Closes the connection.
   */
  async close() {
    await this.server.close();
  }
  setToolRequestHandlers() {
    if (this._toolHandlersInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(ListToolsRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(CallToolRequestSchema));
    this.server.registerCapabilities({
      tools: {
        listChanged: true
      }
    });
    this.server.setRequestHandler(ListToolsRequestSchema, () => ({
      tools: Object.entries(this._registeredTools).filter(([, tool]) => tool.enabled).map(([name, tool]) => {
        const toolDefinition = {
          name,
          title: tool.title,
          description: tool.description,
          inputSchema: (() => {
            const obj = normalizeObjectSchema(tool.inputSchema);
            return obj ? toJsonSchemaCompat(obj, {
              strictUnions: true,
              pipeStrategy: "input"
            }) : EMPTY_OBJECT_JSON_SCHEMA;
          })(),
          annotations: tool.annotations,
          execution: tool.execution,
          _meta: tool._meta
        };
        if (tool.outputSchema) {
          const obj = normalizeObjectSchema(tool.outputSchema);
          if (obj) {
            toolDefinition.outputSchema = toJsonSchemaCompat(obj, {
              strictUnions: true,
              pipeStrategy: "output"
            });
          }
        }
        return toolDefinition;
      })
    }));
    this.server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
      try {
        const tool = this._registeredTools[request.params.name];
        if (!tool) {
          throw new McpError(ErrorCode.InvalidParams, `Tool ${request.params.name} not found`);
        }
        if (!tool.enabled) {
          throw new McpError(ErrorCode.InvalidParams, `Tool ${request.params.name} disabled`);
        }
        const isTaskRequest = !!request.params.task;
        const taskSupport = tool.execution?.taskSupport;
        const isTaskHandler = "createTask" in tool.handler;
        if ((taskSupport === "required" || taskSupport === "optional") && !isTaskHandler) {
          throw new McpError(ErrorCode.InternalError, `Tool ${request.params.name} has taskSupport '${taskSupport}' but was not registered with registerToolTask`);
        }
        if (taskSupport === "required" && !isTaskRequest) {
          throw new McpError(ErrorCode.MethodNotFound, `Tool ${request.params.name} requires task augmentation (taskSupport: 'required')`);
        }
        if (taskSupport === "optional" && !isTaskRequest && isTaskHandler) {
          return await this.handleAutomaticTaskPolling(tool, request, extra);
        }
        const args = await this.validateToolInput(tool, request.params.arguments, request.params.name);
        const result = await this.executeToolHandler(tool, args, extra);
        if (isTaskRequest) {
          return result;
        }
        await this.validateToolOutput(tool, result, request.params.name);
        return result;
      } catch (error) {
        if (error instanceof McpError) {
          if (error.code === ErrorCode.UrlElicitationRequired) {
            throw error;
          }
        }
        return this.createToolError(error instanceof Error ? error.message : String(error));
      }
    });
    this._toolHandlersInitialized = true;
  }
  /**
   * Creates a tool error result.
   *
   * @param errorMessage - The error message.
   * @returns The tool error result.
   */
  createToolError(errorMessage) {
    return {
      content: [
        {
          type: "text",
          text: errorMessage
        }
      ],
      isError: true
    };
  }
  /**
   * Validates tool input arguments against the tool's input schema.
   */
  async validateToolInput(tool, args, toolName) {
    if (this._maxToolInputElements !== void 0 && toolInputElementCount(args, this._maxToolInputElements) > this._maxToolInputElements) {
      throw new McpError(ErrorCode.InvalidParams, `Invalid arguments for tool ${toolName}: arguments contain more than the maximum of ${this._maxToolInputElements} elements`);
    }
    if (!tool.inputSchema) {
      return void 0;
    }
    const inputObj = normalizeObjectSchema(tool.inputSchema);
    const schemaToParse = inputObj ?? tool.inputSchema;
    const parseResult = await safeParseAsync(schemaToParse, args ?? {});
    if (!parseResult.success) {
      const error = "error" in parseResult ? parseResult.error : "Unknown error";
      const errorMessage = getParseErrorMessage(error);
      throw new McpError(ErrorCode.InvalidParams, `Input validation error: Invalid arguments for tool ${toolName}: ${errorMessage}`);
    }
    return parseResult.data;
  }
  /**
   * Validates tool output against the tool's output schema.
   */
  async validateToolOutput(tool, result, toolName) {
    if (!tool.outputSchema) {
      return;
    }
    if (!("content" in result)) {
      return;
    }
    if (result.isError) {
      return;
    }
    if (!result.structuredContent) {
      throw new McpError(ErrorCode.InvalidParams, `Output validation error: Tool ${toolName} has an output schema but no structured content was provided`);
    }
    const outputObj = normalizeObjectSchema(tool.outputSchema);
    const parseResult = await safeParseAsync(outputObj, result.structuredContent);
    if (!parseResult.success) {
      const error = "error" in parseResult ? parseResult.error : "Unknown error";
      const errorMessage = getParseErrorMessage(error);
      throw new McpError(ErrorCode.InvalidParams, `Output validation error: Invalid structured content for tool ${toolName}: ${errorMessage}`);
    }
  }
  /**
   * Executes a tool handler (either regular or task-based).
   */
  async executeToolHandler(tool, args, extra) {
    const handler = tool.handler;
    const isTaskHandler = "createTask" in handler;
    if (isTaskHandler) {
      if (!extra.taskStore) {
        throw new Error("No task store provided.");
      }
      const taskExtra = { ...extra, taskStore: extra.taskStore };
      if (tool.inputSchema) {
        const typedHandler = handler;
        return await Promise.resolve(typedHandler.createTask(args, taskExtra));
      } else {
        const typedHandler = handler;
        return await Promise.resolve(typedHandler.createTask(taskExtra));
      }
    }
    if (tool.inputSchema) {
      const typedHandler = handler;
      return await Promise.resolve(typedHandler(args, extra));
    } else {
      const typedHandler = handler;
      return await Promise.resolve(typedHandler(extra));
    }
  }
  /**
   * Handles automatic task polling for tools with taskSupport 'optional'.
   */
  async handleAutomaticTaskPolling(tool, request, extra) {
    if (!extra.taskStore) {
      throw new Error("No task store provided for task-capable tool.");
    }
    const args = await this.validateToolInput(tool, request.params.arguments, request.params.name);
    const handler = tool.handler;
    const taskExtra = { ...extra, taskStore: extra.taskStore };
    const createTaskResult = args ? await Promise.resolve(handler.createTask(args, taskExtra)) : (
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      await Promise.resolve(handler.createTask(taskExtra))
    );
    const taskId = createTaskResult.task.taskId;
    let task = createTaskResult.task;
    const pollInterval = task.pollInterval ?? 5e3;
    while (task.status !== "completed" && task.status !== "failed" && task.status !== "cancelled") {
      await new Promise((resolve) => setTimeout(resolve, pollInterval));
      const updatedTask = await extra.taskStore.getTask(taskId);
      if (!updatedTask) {
        throw new McpError(ErrorCode.InternalError, `Task ${taskId} not found during polling`);
      }
      task = updatedTask;
    }
    return await extra.taskStore.getTaskResult(taskId);
  }
  setCompletionRequestHandler() {
    if (this._completionHandlerInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(CompleteRequestSchema));
    this.server.registerCapabilities({
      completions: {}
    });
    this.server.setRequestHandler(CompleteRequestSchema, async (request) => {
      switch (request.params.ref.type) {
        case "ref/prompt":
          assertCompleteRequestPrompt(request);
          return this.handlePromptCompletion(request, request.params.ref);
        case "ref/resource":
          assertCompleteRequestResourceTemplate(request);
          return this.handleResourceCompletion(request, request.params.ref);
        default:
          throw new McpError(ErrorCode.InvalidParams, `Invalid completion reference: ${request.params.ref}`);
      }
    });
    this._completionHandlerInitialized = true;
  }
  async handlePromptCompletion(request, ref) {
    const prompt = this._registeredPrompts[ref.name];
    if (!prompt) {
      throw new McpError(ErrorCode.InvalidParams, `Prompt ${ref.name} not found`);
    }
    if (!prompt.enabled) {
      throw new McpError(ErrorCode.InvalidParams, `Prompt ${ref.name} disabled`);
    }
    if (!prompt.argsSchema) {
      return EMPTY_COMPLETION_RESULT;
    }
    const promptShape = getObjectShape(prompt.argsSchema);
    const field2 = promptShape?.[request.params.argument.name];
    if (!isCompletable(field2)) {
      return EMPTY_COMPLETION_RESULT;
    }
    const completer = getCompleter(field2);
    if (!completer) {
      return EMPTY_COMPLETION_RESULT;
    }
    const suggestions = await completer(request.params.argument.value, request.params.context);
    return createCompletionResult(suggestions);
  }
  async handleResourceCompletion(request, ref) {
    const template = Object.values(this._registeredResourceTemplates).find((t) => t.resourceTemplate.uriTemplate.toString() === ref.uri);
    if (!template) {
      if (this._registeredResources[ref.uri]) {
        return EMPTY_COMPLETION_RESULT;
      }
      throw new McpError(ErrorCode.InvalidParams, `Resource template ${request.params.ref.uri} not found`);
    }
    const completer = template.resourceTemplate.completeCallback(request.params.argument.name);
    if (!completer) {
      return EMPTY_COMPLETION_RESULT;
    }
    const suggestions = await completer(request.params.argument.value, request.params.context);
    return createCompletionResult(suggestions);
  }
  setResourceRequestHandlers() {
    if (this._resourceHandlersInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(ListResourcesRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(ListResourceTemplatesRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(ReadResourceRequestSchema));
    this.server.registerCapabilities({
      resources: {
        listChanged: true
      }
    });
    this.server.setRequestHandler(ListResourcesRequestSchema, async (request, extra) => {
      const resources = Object.entries(this._registeredResources).filter(([_, resource]) => resource.enabled).map(([uri, resource]) => ({
        uri,
        name: resource.name,
        ...resource.metadata
      }));
      const templateResources = [];
      for (const template of Object.values(this._registeredResourceTemplates)) {
        if (!template.resourceTemplate.listCallback) {
          continue;
        }
        const result = await template.resourceTemplate.listCallback(extra);
        for (const resource of result.resources) {
          templateResources.push({
            ...template.metadata,
            // the defined resource metadata should override the template metadata if present
            ...resource
          });
        }
      }
      return { resources: [...resources, ...templateResources] };
    });
    this.server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => {
      const resourceTemplates = Object.entries(this._registeredResourceTemplates).map(([name, template]) => ({
        name,
        uriTemplate: template.resourceTemplate.uriTemplate.toString(),
        ...template.metadata
      }));
      return { resourceTemplates };
    });
    this.server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
      const uri = new URL(request.params.uri);
      const resource = this._registeredResources[uri.toString()];
      if (resource) {
        if (!resource.enabled) {
          throw new McpError(ErrorCode.InvalidParams, `Resource ${uri} disabled`);
        }
        return resource.readCallback(uri, extra);
      }
      for (const template of Object.values(this._registeredResourceTemplates)) {
        const variables = template.resourceTemplate.uriTemplate.match(uri.toString());
        if (variables) {
          return template.readCallback(uri, variables, extra);
        }
      }
      throw new McpError(ErrorCode.InvalidParams, `Resource ${uri} not found`);
    });
    this._resourceHandlersInitialized = true;
  }
  setPromptRequestHandlers() {
    if (this._promptHandlersInitialized) {
      return;
    }
    this.server.assertCanSetRequestHandler(getMethodValue(ListPromptsRequestSchema));
    this.server.assertCanSetRequestHandler(getMethodValue(GetPromptRequestSchema));
    this.server.registerCapabilities({
      prompts: {
        listChanged: true
      }
    });
    this.server.setRequestHandler(ListPromptsRequestSchema, () => ({
      prompts: Object.entries(this._registeredPrompts).filter(([, prompt]) => prompt.enabled).map(([name, prompt]) => {
        return {
          name,
          title: prompt.title,
          description: prompt.description,
          arguments: prompt.argsSchema ? promptArgumentsFromSchema(prompt.argsSchema) : void 0
        };
      })
    }));
    this.server.setRequestHandler(GetPromptRequestSchema, async (request, extra) => {
      const prompt = this._registeredPrompts[request.params.name];
      if (!prompt) {
        throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} not found`);
      }
      if (!prompt.enabled) {
        throw new McpError(ErrorCode.InvalidParams, `Prompt ${request.params.name} disabled`);
      }
      if (prompt.argsSchema) {
        const argsObj = normalizeObjectSchema(prompt.argsSchema);
        const parseResult = await safeParseAsync(argsObj, request.params.arguments ?? {});
        if (!parseResult.success) {
          const error = "error" in parseResult ? parseResult.error : "Unknown error";
          const errorMessage = getParseErrorMessage(error);
          throw new McpError(ErrorCode.InvalidParams, `Invalid arguments for prompt ${request.params.name}: ${errorMessage}`);
        }
        const args = parseResult.data;
        const cb = prompt.callback;
        return await Promise.resolve(cb(args, extra));
      } else {
        const cb = prompt.callback;
        return await Promise.resolve(cb(extra));
      }
    });
    this._promptHandlersInitialized = true;
  }
  resource(name, uriOrTemplate, ...rest) {
    let metadata;
    if (typeof rest[0] === "object") {
      metadata = rest.shift();
    }
    const readCallback = rest[0];
    if (typeof uriOrTemplate === "string") {
      if (this._registeredResources[uriOrTemplate]) {
        throw new Error(`Resource ${uriOrTemplate} is already registered`);
      }
      const registeredResource = this._createRegisteredResource(name, void 0, uriOrTemplate, metadata, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResource;
    } else {
      if (this._registeredResourceTemplates[name]) {
        throw new Error(`Resource template ${name} is already registered`);
      }
      const registeredResourceTemplate = this._createRegisteredResourceTemplate(name, void 0, uriOrTemplate, metadata, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResourceTemplate;
    }
  }
  registerResource(name, uriOrTemplate, config, readCallback) {
    if (typeof uriOrTemplate === "string") {
      if (this._registeredResources[uriOrTemplate]) {
        throw new Error(`Resource ${uriOrTemplate} is already registered`);
      }
      const registeredResource = this._createRegisteredResource(name, config.title, uriOrTemplate, config, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResource;
    } else {
      if (this._registeredResourceTemplates[name]) {
        throw new Error(`Resource template ${name} is already registered`);
      }
      const registeredResourceTemplate = this._createRegisteredResourceTemplate(name, config.title, uriOrTemplate, config, readCallback);
      this.setResourceRequestHandlers();
      this.sendResourceListChanged();
      return registeredResourceTemplate;
    }
  }
  _createRegisteredResource(name, title, uri, metadata, readCallback) {
    const registeredResource = {
      name,
      title,
      metadata,
      readCallback,
      enabled: true,
      disable: () => registeredResource.update({ enabled: false }),
      enable: () => registeredResource.update({ enabled: true }),
      remove: () => registeredResource.update({ uri: null }),
      update: (updates) => {
        if (typeof updates.uri !== "undefined" && updates.uri !== uri) {
          delete this._registeredResources[uri];
          if (updates.uri)
            this._registeredResources[updates.uri] = registeredResource;
        }
        if (typeof updates.name !== "undefined")
          registeredResource.name = updates.name;
        if (typeof updates.title !== "undefined")
          registeredResource.title = updates.title;
        if (typeof updates.metadata !== "undefined")
          registeredResource.metadata = updates.metadata;
        if (typeof updates.callback !== "undefined")
          registeredResource.readCallback = updates.callback;
        if (typeof updates.enabled !== "undefined")
          registeredResource.enabled = updates.enabled;
        this.sendResourceListChanged();
      }
    };
    this._registeredResources[uri] = registeredResource;
    return registeredResource;
  }
  _createRegisteredResourceTemplate(name, title, template, metadata, readCallback) {
    const registeredResourceTemplate = {
      resourceTemplate: template,
      title,
      metadata,
      readCallback,
      enabled: true,
      disable: () => registeredResourceTemplate.update({ enabled: false }),
      enable: () => registeredResourceTemplate.update({ enabled: true }),
      remove: () => registeredResourceTemplate.update({ name: null }),
      update: (updates) => {
        if (typeof updates.name !== "undefined" && updates.name !== name) {
          delete this._registeredResourceTemplates[name];
          if (updates.name)
            this._registeredResourceTemplates[updates.name] = registeredResourceTemplate;
        }
        if (typeof updates.title !== "undefined")
          registeredResourceTemplate.title = updates.title;
        if (typeof updates.template !== "undefined")
          registeredResourceTemplate.resourceTemplate = updates.template;
        if (typeof updates.metadata !== "undefined")
          registeredResourceTemplate.metadata = updates.metadata;
        if (typeof updates.callback !== "undefined")
          registeredResourceTemplate.readCallback = updates.callback;
        if (typeof updates.enabled !== "undefined")
          registeredResourceTemplate.enabled = updates.enabled;
        this.sendResourceListChanged();
      }
    };
    this._registeredResourceTemplates[name] = registeredResourceTemplate;
    const variableNames = template.uriTemplate.variableNames;
    const hasCompleter = Array.isArray(variableNames) && variableNames.some((v) => !!template.completeCallback(v));
    if (hasCompleter) {
      this.setCompletionRequestHandler();
    }
    return registeredResourceTemplate;
  }
  _createRegisteredPrompt(name, title, description, argsSchema, callback) {
    const registeredPrompt = {
      title,
      description,
      argsSchema: argsSchema === void 0 ? void 0 : objectFromShape(argsSchema),
      callback,
      enabled: true,
      disable: () => registeredPrompt.update({ enabled: false }),
      enable: () => registeredPrompt.update({ enabled: true }),
      remove: () => registeredPrompt.update({ name: null }),
      update: (updates) => {
        if (typeof updates.name !== "undefined" && updates.name !== name) {
          delete this._registeredPrompts[name];
          if (updates.name)
            this._registeredPrompts[updates.name] = registeredPrompt;
        }
        if (typeof updates.title !== "undefined")
          registeredPrompt.title = updates.title;
        if (typeof updates.description !== "undefined")
          registeredPrompt.description = updates.description;
        if (typeof updates.argsSchema !== "undefined")
          registeredPrompt.argsSchema = objectFromShape(updates.argsSchema);
        if (typeof updates.callback !== "undefined")
          registeredPrompt.callback = updates.callback;
        if (typeof updates.enabled !== "undefined")
          registeredPrompt.enabled = updates.enabled;
        this.sendPromptListChanged();
      }
    };
    this._registeredPrompts[name] = registeredPrompt;
    if (argsSchema) {
      const hasCompletable = Object.values(argsSchema).some((field2) => {
        const inner = field2 instanceof ZodOptional ? field2._def?.innerType : field2;
        return isCompletable(inner);
      });
      if (hasCompletable) {
        this.setCompletionRequestHandler();
      }
    }
    return registeredPrompt;
  }
  _createRegisteredTool(name, title, description, inputSchema, outputSchema, annotations, execution, _meta, handler) {
    validateAndWarnToolName(name);
    const registeredTool = {
      title,
      description,
      inputSchema: getZodSchemaObject(inputSchema),
      outputSchema: getZodSchemaObject(outputSchema),
      annotations,
      execution,
      _meta,
      handler,
      enabled: true,
      disable: () => registeredTool.update({ enabled: false }),
      enable: () => registeredTool.update({ enabled: true }),
      remove: () => registeredTool.update({ name: null }),
      update: (updates) => {
        if (typeof updates.name !== "undefined" && updates.name !== name) {
          if (typeof updates.name === "string") {
            validateAndWarnToolName(updates.name);
          }
          delete this._registeredTools[name];
          if (updates.name)
            this._registeredTools[updates.name] = registeredTool;
        }
        if (typeof updates.title !== "undefined")
          registeredTool.title = updates.title;
        if (typeof updates.description !== "undefined")
          registeredTool.description = updates.description;
        if (typeof updates.paramsSchema !== "undefined")
          registeredTool.inputSchema = objectFromShape(updates.paramsSchema);
        if (typeof updates.outputSchema !== "undefined")
          registeredTool.outputSchema = objectFromShape(updates.outputSchema);
        if (typeof updates.callback !== "undefined")
          registeredTool.handler = updates.callback;
        if (typeof updates.annotations !== "undefined")
          registeredTool.annotations = updates.annotations;
        if (typeof updates._meta !== "undefined")
          registeredTool._meta = updates._meta;
        if (typeof updates.enabled !== "undefined")
          registeredTool.enabled = updates.enabled;
        this.sendToolListChanged();
      }
    };
    this._registeredTools[name] = registeredTool;
    this.setToolRequestHandlers();
    this.sendToolListChanged();
    return registeredTool;
  }
  /**
   * tool() implementation. Parses arguments passed to overrides defined above.
   */
  tool(name, ...rest) {
    if (this._registeredTools[name]) {
      throw new Error(`Tool ${name} is already registered`);
    }
    let description;
    let inputSchema;
    let outputSchema;
    let annotations;
    if (typeof rest[0] === "string") {
      description = rest.shift();
    }
    if (rest.length > 1) {
      const firstArg = rest[0];
      if (isZodRawShapeCompat(firstArg)) {
        inputSchema = rest.shift();
        if (rest.length > 1 && typeof rest[0] === "object" && rest[0] !== null && !isZodRawShapeCompat(rest[0])) {
          annotations = rest.shift();
        }
      } else if (typeof firstArg === "object" && firstArg !== null) {
        if (Object.values(firstArg).some((v) => typeof v === "object" && v !== null)) {
          throw new Error(`Tool ${name} expected a Zod schema or ToolAnnotations, but received an unrecognized object`);
        }
        annotations = rest.shift();
      }
    }
    const callback = rest[0];
    return this._createRegisteredTool(name, void 0, description, inputSchema, outputSchema, annotations, { taskSupport: "forbidden" }, void 0, callback);
  }
  /**
   * Registers a tool with a config object and callback.
   */
  registerTool(name, config, cb) {
    if (this._registeredTools[name]) {
      throw new Error(`Tool ${name} is already registered`);
    }
    const { title, description, inputSchema, outputSchema, annotations, _meta } = config;
    return this._createRegisteredTool(name, title, description, inputSchema, outputSchema, annotations, { taskSupport: "forbidden" }, _meta, cb);
  }
  prompt(name, ...rest) {
    if (this._registeredPrompts[name]) {
      throw new Error(`Prompt ${name} is already registered`);
    }
    let description;
    if (typeof rest[0] === "string") {
      description = rest.shift();
    }
    let argsSchema;
    if (rest.length > 1) {
      argsSchema = rest.shift();
    }
    const cb = rest[0];
    const registeredPrompt = this._createRegisteredPrompt(name, void 0, description, argsSchema, cb);
    this.setPromptRequestHandlers();
    this.sendPromptListChanged();
    return registeredPrompt;
  }
  /**
   * Registers a prompt with a config object and callback.
   */
  registerPrompt(name, config, cb) {
    if (this._registeredPrompts[name]) {
      throw new Error(`Prompt ${name} is already registered`);
    }
    const { title, description, argsSchema } = config;
    const registeredPrompt = this._createRegisteredPrompt(name, title, description, argsSchema, cb);
    this.setPromptRequestHandlers();
    this.sendPromptListChanged();
    return registeredPrompt;
  }
  /**
   * Checks if the server is connected to a transport.
   * @returns True if the server is connected
   */
  isConnected() {
    return this.server.transport !== void 0;
  }
  /**
   * Sends a logging message to the client, if connected.
   * Note: You only need to send the parameters object, not the entire JSON RPC message
   * @see LoggingMessageNotification
   * @param params
   * @param sessionId optional for stateless and backward compatibility
   */
  async sendLoggingMessage(params, sessionId) {
    return this.server.sendLoggingMessage(params, sessionId);
  }
  /**
   * Sends a resource list changed event to the client, if connected.
   */
  sendResourceListChanged() {
    if (this.isConnected()) {
      this.server.sendResourceListChanged();
    }
  }
  /**
   * Sends a tool list changed event to the client, if connected.
   */
  sendToolListChanged() {
    if (this.isConnected()) {
      this.server.sendToolListChanged();
    }
  }
  /**
   * Sends a prompt list changed event to the client, if connected.
   */
  sendPromptListChanged() {
    if (this.isConnected()) {
      this.server.sendPromptListChanged();
    }
  }
};
var EMPTY_OBJECT_JSON_SCHEMA = {
  type: "object",
  properties: {}
};
function isZodTypeLike(value2) {
  return value2 !== null && typeof value2 === "object" && "parse" in value2 && typeof value2.parse === "function" && "safeParse" in value2 && typeof value2.safeParse === "function";
}
function isZodSchemaInstance(obj) {
  return "_def" in obj || "_zod" in obj || isZodTypeLike(obj);
}
function isZodRawShapeCompat(obj) {
  if (typeof obj !== "object" || obj === null) {
    return false;
  }
  if (isZodSchemaInstance(obj)) {
    return false;
  }
  if (Object.keys(obj).length === 0) {
    return true;
  }
  return Object.values(obj).some(isZodTypeLike);
}
function getZodSchemaObject(schema2) {
  if (!schema2) {
    return void 0;
  }
  if (isZodRawShapeCompat(schema2)) {
    return objectFromShape(schema2);
  }
  if (!isZodSchemaInstance(schema2)) {
    throw new Error("inputSchema must be a Zod schema or raw shape, received an unrecognized object");
  }
  return schema2;
}
function promptArgumentsFromSchema(schema2) {
  const shape = getObjectShape(schema2);
  if (!shape)
    return [];
  return Object.entries(shape).map(([name, field2]) => {
    const description = getSchemaDescription(field2);
    const isOptional = isSchemaOptional(field2);
    return {
      name,
      description,
      required: !isOptional
    };
  });
}
function getMethodValue(schema2) {
  const shape = getObjectShape(schema2);
  const methodSchema = shape?.method;
  if (!methodSchema) {
    throw new Error("Schema is missing a method literal");
  }
  const value2 = getLiteralValue(methodSchema);
  if (typeof value2 === "string") {
    return value2;
  }
  throw new Error("Schema method literal must be a string");
}
function createCompletionResult(suggestions) {
  return {
    completion: {
      values: suggestions.slice(0, 100),
      total: suggestions.length,
      hasMore: suggestions.length > 100
    }
  };
}
var EMPTY_COMPLETION_RESULT = {
  completion: {
    values: [],
    hasMore: false
  }
};

// node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js
import process2 from "node:process";
var StdioServerTransport = class {
  constructor(_stdin = process2.stdin, _stdout = process2.stdout, options) {
    this._stdin = _stdin;
    this._stdout = _stdout;
    this._started = false;
    this._ondata = (chunk) => {
      try {
        this._readBuffer.append(chunk);
        this.processReadBuffer();
      } catch (error) {
        this.onerror?.(error);
        this.close().catch(() => {
        });
      }
    };
    this._onerror = (error) => {
      this.onerror?.(error);
    };
    this._readBuffer = new ReadBuffer({ maxBufferSize: options?.maxBufferSize });
  }
  /**
   * Starts listening for messages on stdin.
   */
  async start() {
    if (this._started) {
      throw new Error("StdioServerTransport already started! If using Server class, note that connect() calls start() automatically.");
    }
    this._started = true;
    this._stdin.on("data", this._ondata);
    this._stdin.on("error", this._onerror);
  }
  processReadBuffer() {
    while (true) {
      try {
        const message = this._readBuffer.readMessage();
        if (message === null) {
          break;
        }
        this.onmessage?.(message);
      } catch (error) {
        this.onerror?.(error);
      }
    }
  }
  async close() {
    this._stdin.off("data", this._ondata);
    this._stdin.off("error", this._onerror);
    const remainingDataListeners = this._stdin.listenerCount("data");
    if (remainingDataListeners === 0) {
      this._stdin.pause();
    }
    this._readBuffer.clear();
    this.onclose?.();
  }
  send(message) {
    return new Promise((resolve) => {
      const json = serializeMessage(message);
      if (this._stdout.write(json)) {
        resolve();
      } else {
        this._stdout.once("drain", resolve);
      }
    });
  }
};

// src/engine/findings.ts
function toFinding(kind, issue, deployedAt) {
  const firstSeen2 = issue.firstSeen;
  return {
    kind,
    subject: "issue",
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    project: issue.projectSlug,
    events: issue.events,
    users: issue.users,
    firstSeen: firstSeen2 ? firstSeen2.toISOString() : null,
    permalink: issue.permalink,
    culprit: issue.culprit,
    level: issue.level,
    category: issue.category,
    secondsAfterDeploy: secondsAfter(firstSeen2, deployedAt),
    location: null,
    spike: null,
    latency: null,
    rate: null
  };
}
function secondsAfter(firstSeen2, deployedAt) {
  return firstSeen2 && deployedAt ? Math.round((firstSeen2.getTime() - deployedAt.getTime()) / 1e3) : null;
}
function sortFindings(findings, failOn2) {
  const rank = (finding2) => (failOn2.includes(finding2.kind) ? 0 : FINDING_KINDS.length) + FINDING_KINDS.indexOf(finding2.kind);
  return findings.sort(
    (a, b) => rank(a) - rank(b) || b.events - a.events || a.shortId.localeCompare(b.shortId)
  );
}

// src/engine/build-report.ts
function buildReport(parts) {
  const { config, evaluation } = parts;
  const findings = sortFindings(evaluation.findings, config.failOn);
  const decided = decideVerdict({
    findings,
    failOn: config.failOn,
    releaseSeen: evaluation.releaseSeen,
    scope: parts.scope,
    traffic: parts.traffic
  });
  const fixes = describeFixes(parts.fixes);
  const { verdict } = decided;
  const reason = fixes ? withFixes(decided.reason, fixes) : decided.reason;
  const notes = [...parts.notes];
  if (evaluation.ignored > 0)
    notes.push(
      `${count(evaluation.ignored, "issue")} matched the ignore input and ${evaluation.ignored === 1 ? "was" : "were"} not counted.`
    );
  if (evaluation.belowThresholds > 0)
    notes.push(
      `${count(evaluation.belowThresholds, "issue")} had fewer than min-events (${config.minEvents}) or min-users (${config.minUsers}) ${config.mode === "scan" ? "in the period" : "since the deploy"} and ${evaluation.belowThresholds === 1 ? "was" : "were"} not counted.`
    );
  const listed = Math.min(config.maxListed, findings.length);
  return {
    ...baseReport(config, parts.evaluatedAt),
    verdict,
    reason,
    release: config.mode === "scan" ? null : config.release,
    deployedAt: parts.deploy ? parts.deploy.at.toISOString() : null,
    deployedAtSource: parts.deploy ? parts.deploy.source : null,
    rolloutStartedAt: parts.deploy ? parts.deploy.rolloutStart.toISOString() : null,
    window: parts.windowText,
    windowEnd: parts.windowEnd.toISOString(),
    settledAt: parts.settledPoll ? parts.settledPoll.toISOString() : null,
    final: parts.settledPoll !== null,
    polls: parts.polls,
    counts: countByKind(findings),
    findings,
    fixes: parts.fixes,
    spikeTest: parts.spikeTest,
    traffic: parts.traffic,
    performance: parts.performance,
    listed,
    omitted: findings.length - listed,
    timeline: parts.timeline,
    notes
  };
}
function withFixes(reason, fixes) {
  return /[.?!]$/.test(reason) ? `${reason} ${fixes.charAt(0).toUpperCase()}${fixes.slice(1)}.` : `${reason}; ${fixes}`;
}
function errorReport(config, reason, evaluatedAt) {
  return {
    ...baseReport(config, evaluatedAt),
    verdict: "error",
    reason
  };
}
function baseReport(config, evaluatedAt) {
  return {
    verdict: "error",
    reason: "",
    mode: config?.mode ?? "verify",
    release: config?.release ?? null,
    environment: config?.environment ?? null,
    projects: config?.projects ?? [],
    org: config?.org ?? "",
    deployedAt: null,
    deployedAtSource: null,
    rolloutStartedAt: null,
    window: config ? formatDuration(config.windowMs) : "",
    windowEnd: null,
    settledAt: null,
    final: false,
    evaluatedAt: evaluatedAt.toISOString(),
    polls: 0,
    counts: zeroCounts(),
    findings: [],
    fixes: [],
    spikeTest: null,
    traffic: { errors: null, transactions: null, sessions: null },
    performance: null,
    listed: 0,
    omitted: 0,
    timeline: null,
    notes: []
  };
}

// src/engine/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
};

// src/engine/deadline.ts
var GRACE_AFTER_WINDOW_MS = 2 * 6e4;
function runDeadline(config, now) {
  if (config.mode === "scan") return now + GRACE_AFTER_WINDOW_MS;
  const latestDeploy = config.deployedAt === "auto" ? now : Math.max(now, config.deployedAt.getTime());
  return latestDeploy + config.windowMs + config.settleMs + GRACE_AFTER_WINDOW_MS;
}

// src/engine/filters.ts
function ignoredBy(issue, rules) {
  const shortId = issue.shortId.toUpperCase();
  const title = issue.title.slice(0, 1e3);
  for (const rule of rules) {
    if (rule.kind === "short-id" ? rule.shortId === shortId : rule.pattern.test(title)) return rule;
  }
  return null;
}
function meetsThresholds(issue, minEvents, minUsers) {
  return issue.events >= minEvents && issue.users >= minUsers;
}

// src/engine/collect.ts
async function collectFindings(candidates, config, deployedAt) {
  const findings = /* @__PURE__ */ new Map();
  let ignored = 0;
  let belowThresholds = 0;
  const consider = (kind, issue) => {
    if (findings.has(issue.id)) return;
    if (ignoredBy(issue, config.ignore)) ignored += 1;
    else if (!meetsThresholds(issue, config.minEvents, config.minUsers)) belowThresholds += 1;
    else findings.set(issue.id, toFinding(kind, issue, deployedAt));
  };
  let fresh = 0;
  const [, regressed] = await Promise.all([
    (async () => {
      for await (const issue of candidates.fresh) {
        fresh += 1;
        consider("new", issue);
      }
    })(),
    (async () => {
      const kept = [];
      for await (const issue of candidates.regressed)
        if (await candidates.confirmRegression(issue)) kept.push(issue);
      return kept;
    })()
  ]);
  for (const issue of regressed) consider("regressed", issue);
  return { findings: [...findings.values()], ignored, belowThresholds, candidates: fresh + regressed.length };
}

// src/engine/locations.ts
var CONCURRENT_LOOKUPS = 4;
async function addLocations(source, findings, config, notes) {
  const byIssue = /* @__PURE__ */ new Map();
  for (const finding2 of findings.slice(0, config.maxListed))
    byIssue.set(finding2.id, [...byIssue.get(finding2.id) ?? [], finding2]);
  const queue = [...byIssue.entries()];
  let failed2 = 0;
  let lastError = "";
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [issueId, listed] = next;
      try {
        const location2 = await source.latestEventLocation(issueId, config.environment);
        for (const finding2 of listed) finding2.location = location2;
      } catch (error) {
        failed2 += 1;
        lastError = error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_LOOKUPS }, worker));
  if (failed2 > 0) notes.push(`Could not look up where ${failed2} finding(s) happened: ${lastError}`);
}

// src/engine/regression.ts
function regressionSince(activity, since, release2) {
  let earliest = null;
  for (const entry of activity) {
    if (entry.type !== "set_regression" || entry.dateCreated < since) continue;
    if (release2 !== void 0 && entry.version !== release2) continue;
    if (earliest === null || entry.dateCreated < earliest) earliest = entry.dateCreated;
  }
  return earliest;
}
function regressionsNeedDates(releaseFirstEvent, deployedAt) {
  return releaseFirstEvent !== null && releaseFirstEvent < deployedAt;
}

// src/engine/scan.ts
var REGRESSED_SUBSTATUS_MS = 7 * 24 * 36e5;
async function scanErrors(config, deps) {
  const { source } = deps;
  const now = new Date(deps.clock.now());
  const since = new Date(now.getTime() - config.lookbackMs);
  const projects = await source.resolveProjects(config.projects);
  const search = {
    projects,
    environment: config.environment,
    start: since,
    end: now,
    userQuery: config.query
  };
  const cameBack = /* @__PURE__ */ new Map();
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: since }),
      // is:regressed includes regressions up to a week old; the activity log says whether this one is recent.
      regressed: source.searchIssues({ ...search, regressed: true }),
      confirmRegression: async (issue) => {
        const at = regressionSince(await source.issueActivity(issue.id), since);
        if (at) cameBack.set(issue.id, at);
        return at !== null;
      }
    },
    config,
    null
  );
  for (const finding2 of found.findings) {
    const at = finding2.kind === "regressed" ? cameBack.get(finding2.id) : void 0;
    if (at) finding2.firstSeen = at.toISOString();
  }
  const notes = [...source.limitations];
  if (config.lookbackMs > REGRESSED_SUBSTATUS_MS)
    notes.push(
      "Sentry marks an issue regressed for seven days only: regressions older than that within the lookback are not found."
    );
  sortFindings(found.findings, config.failOn);
  await addLocations(source, found.findings, config, notes);
  const lookback = formatDuration(config.lookbackMs);
  return buildReport({
    config,
    scope: scanScope(config.environment, lookback),
    windowText: lookback,
    deploy: null,
    timeline: null,
    windowEnd: now,
    evaluation: { ...found, releaseSeen: true },
    fixes: [],
    spikeTest: null,
    performance: null,
    traffic: { errors: null, transactions: null, sessions: null },
    polls: 1,
    // A scan never waits: what Sentry had at the scan is its final answer for the lookback.
    settledPoll: now,
    notes,
    evaluatedAt: now
  });
}

// src/engine/deploy-time.ts
var MAX_CLOCK_SKEW_MS2 = 6e4;
var MAX_BEFORE_RELEASE_MS = 24 * 36e5;
function chooseDeployTime(requested, deploys, environment, runStart, releaseCreated = null) {
  if (requested !== "auto") return { at: requested, rolloutStart: requested, source: "input" };
  const notes = [];
  const earliest = releaseCreated === null ? null : releaseCreated.getTime() - MAX_BEFORE_RELEASE_MS;
  const tooEarly = (date) => earliest !== null && date.getTime() < earliest;
  const contradiction = (deploy, what, date) => `Sentry's deploy record ${deploy.id} (${deploy.environment}) ${what} ${date.toISOString()}, more than a day before the release was created (${releaseCreated?.toISOString()})`;
  let newest = null;
  for (const deploy of deploys) {
    if (environment !== null && deploy.environment !== environment) continue;
    const at = deploy.dateFinished ?? deploy.dateStarted;
    if (!at) continue;
    if (at.getTime() > runStart.getTime() + MAX_CLOCK_SKEW_MS2) {
      notes.push(
        `Sentry's deploy record ${deploy.id} (${deploy.environment}) is dated ${at.toISOString()}, after this run began (${runStart.toISOString()}): not used.`
      );
      continue;
    }
    if (tooEarly(at)) {
      notes.push(`${contradiction(deploy, "is dated", at)}: not used.`);
      continue;
    }
    if (newest === null || at > newest.at) newest = { at, started: deploy.dateStarted, record: deploy };
  }
  const withNotes = (time) => notes.length > 0 ? { ...time, notes } : time;
  if (newest === null) return withNotes({ at: runStart, rolloutStart: runStart, source: "run-start" });
  let started = newest.started;
  if (started && tooEarly(started)) {
    notes.push(
      `${contradiction(newest.record, "says its rollout began", started)}: the rollout is counted from its end.`
    );
    started = null;
  }
  if (started && started > newest.at) {
    notes.push(
      `Sentry's deploy record ${newest.record.id} (${newest.record.environment}) says its rollout began ${started.toISOString()}, after it finished (${newest.at.toISOString()}): no rollout is counted.`
    );
  }
  const rolloutStart = started && started < newest.at ? started : newest.at;
  return withNotes({ at: newest.at, rolloutStart, source: "deploy-record" });
}

// src/engine/fix-claims.ts
var KEYWORDS = /* @__PURE__ */ new Set([
  "fix",
  "fixes",
  "fixed",
  "resolve",
  "resolves",
  "resolved",
  "close",
  "closes",
  "closed"
]);
var LONGEST_KEYWORD = 8;
var BASE32_NUMBER = /^[0-9A-HJKMNP-TV-Z]+$/;
var SLUG_PREFIX = /^[A-Z0-9_]+(?:-[A-Z0-9_]+)*$/;
var MAX_SHORT_ID = 80;
var MAX_LINK_DESTINATION = 2048;
var LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
var SPACE = /\s/;
function findFixClaims(texts) {
  const claims = /* @__PURE__ */ new Map();
  for (const { where, text: text2 } of texts) {
    for (const shortId of claimedIn(visibleText(text2))) {
      const claim = claims.get(shortId);
      if (!claim) claims.set(shortId, { shortId, where: [where] });
      else if (!claim.where.includes(where)) claim.where.push(where);
    }
  }
  return [...claims.values()];
}
function claimsForProjects(claims, projectSlugs) {
  const prefixes = new Set(projectSlugs.map((slug) => slug.trim().toUpperCase()));
  const inProjects = [];
  const elsewhere = [];
  for (const claim of claims) {
    const shortId = claim.shortId.toUpperCase();
    const cut = shortId.lastIndexOf("-");
    const ours = cut > 0 && prefixes.has(shortId.slice(0, cut)) && BASE32_NUMBER.test(shortId.slice(cut + 1));
    (ours ? inProjects : elsewhere).push(claim);
  }
  return { inProjects, elsewhere };
}
function isShortId(token) {
  if (token.length > MAX_SHORT_ID) return false;
  const upper = token.toUpperCase();
  const cut = upper.lastIndexOf("-");
  if (cut <= 0) return false;
  const prefix = upper.slice(0, cut);
  return SLUG_PREFIX.test(prefix) && !/^[0-9]+$/.test(prefix) && BASE32_NUMBER.test(upper.slice(cut + 1));
}
function claimedIn(text2) {
  const found = [];
  let i = 0;
  while (i < text2.length) {
    if (!isWordChar(text2, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text2.length && isWordChar(text2, i)) i += 1;
    if (i - start <= LONGEST_KEYWORD && KEYWORDS.has(text2.slice(start, i).toLowerCase())) {
      i = Math.max(i, readList(text2, i, found));
    }
  }
  return found;
}
function readList(text2, at, found) {
  let i = skipStars(text2, at);
  if (text2[i] === ":") i = skipStars(text2, i + 1);
  if (!isSpace(text2, i)) return at;
  while (isSpace(text2, i)) i += 1;
  for (; ; ) {
    const item = readShortId(text2, i);
    if (!item) return i;
    found.push(item.shortId);
    const end = item.end;
    i = end;
    for (; ; ) {
      if (text2[i] === "," || text2[i] === "&" || isSpace(text2, i)) i += 1;
      else if (text2.slice(i, i + 3).toLowerCase() === "and" && !isWordChar(text2, i + 3)) i += 3;
      else break;
    }
    if (i === end) return i;
  }
}
function readShortId(text2, at) {
  let i = skipStars(text2, at);
  const link = text2[i] === "[";
  if (link) i += 1;
  const start = i;
  const limit = start + MAX_SHORT_ID + 1;
  while (i < text2.length && i < limit && isIdChar(text2.charCodeAt(i))) i += 1;
  const token = text2.slice(start, i);
  if (isIdChar(text2.charCodeAt(i)) || !isShortId(token)) return null;
  let end = i;
  if (link) end = linkEnd(text2, i);
  else {
    const next = text2[i];
    if (next === "#" || next === "/" || next === "\\" || isWordChar(text2, i)) end = null;
    else if ((next === "." || next === ":" || next === "@") && isWordChar(text2, i + 1)) end = null;
  }
  return end === null ? null : { shortId: token.toUpperCase(), end: skipStars(text2, end) };
}
function skipStars(text2, at) {
  let i = at;
  while (i < at + 3 && text2[i] === "*") i += 1;
  return i;
}
function linkEnd(text2, at) {
  if (!text2.startsWith("](", at)) return null;
  const limit = Math.min(text2.length, at + 2 + MAX_LINK_DESTINATION);
  for (let i = at + 2; i < limit; i += 1) {
    if (text2[i] === ")") return i + 1;
    if (isSpace(text2, i)) return null;
  }
  return null;
}
function isIdChar(code) {
  return code >= 48 && code <= 57 || // 0-9
  code >= 65 && code <= 90 || // A-Z
  code >= 97 && code <= 122 || // a-z
  code === 95 || // _
  code === 45;
}
function isWordChar(text2, i) {
  if (i >= text2.length) return false;
  const code = text2.charCodeAt(i);
  if (code < 128) return isIdChar(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text2.codePointAt(i) ?? code));
}
function isSpace(text2, i) {
  const c = text2[i];
  return c !== void 0 && SPACE.test(c);
}
function visibleText(text2) {
  const spans = new BacktickRuns(text2);
  const out = [];
  let i = 0;
  let copied = 0;
  const skip = (from, to) => {
    out.push(text2.slice(copied, from), from < to && text2.slice(from, to).includes("\n") ? "\n" : " ");
    copied = to;
  };
  while (i < text2.length) {
    if (i === 0 || text2[i - 1] === "\n") {
      const fence = fenceAt(text2, i);
      if (fence) {
        const end = fenceEnd(text2, fence);
        skip(i, end);
        i = end;
        continue;
      }
    }
    const c = text2[i];
    if (c === "<" && text2.startsWith("<!--", i)) {
      const close = text2.indexOf("-->", i + 4);
      const end = close < 0 ? text2.length : close + 3;
      skip(i, end);
      i = end;
    } else if (c === "`") {
      let run = i;
      while (text2[run] === "`") run += 1;
      const closer = spans.closer(i, run - i);
      if (closer === null) i = run;
      else {
        skip(i, closer + (run - i));
        i = closer + (run - i);
      }
    } else i += 1;
  }
  out.push(text2.slice(copied));
  return out.join("");
}
function fenceAt(text2, at) {
  const lineEnd = endOfLine(text2, at);
  let i = skipIndentAndQuotes(text2, at, lineEnd);
  const char = text2[i];
  if (char !== "`" && char !== "~") return null;
  const start = i;
  while (text2[i] === char) i += 1;
  const length = i - start;
  if (length < 3) return null;
  if (char === "`" && text2.slice(i, lineEnd).includes("`")) return null;
  return { char, length, body: Math.min(text2.length, lineEnd + 1) };
}
function fenceEnd(text2, fence) {
  let line = fence.body;
  while (line < text2.length) {
    const lineEnd = endOfLine(text2, line);
    let i = skipIndentAndQuotes(text2, line, lineEnd);
    const start = i;
    while (i < lineEnd && text2[i] === fence.char) i += 1;
    if (i - start >= fence.length && text2.slice(i, lineEnd).trim() === "") return lineEnd;
    line = lineEnd + 1;
  }
  return text2.length;
}
function skipIndentAndQuotes(text2, at, lineEnd) {
  let i = at;
  while (i < lineEnd && (text2[i] === " " || text2[i] === "	" || text2[i] === ">")) i += 1;
  return i;
}
function endOfLine(text2, at) {
  const newline = text2.indexOf("\n", at);
  return newline < 0 ? text2.length : newline;
}
var BacktickRuns = class {
  byLength = /* @__PURE__ */ new Map();
  /** Starts of blank lines, in order, and the first one not yet passed. */
  blankLines = [];
  nextBlank = 0;
  constructor(text2) {
    for (let i = 0; i < text2.length; ) {
      if (text2[i] !== "`") {
        i += 1;
        continue;
      }
      const start = i;
      while (text2[i] === "`") i += 1;
      const runs = this.byLength.get(i - start) ?? { starts: [], next: 0 };
      runs.starts.push(start);
      this.byLength.set(i - start, runs);
    }
    for (const match of text2.matchAll(/\n[ \t\r]*(?=\n)/g)) this.blankLines.push(match.index + 1);
  }
  /** The start of the run closing a span opened by `length` backticks at `at`, within its paragraph. */
  closer(at, length) {
    const runs = this.byLength.get(length);
    if (!runs) return null;
    while (runs.next < runs.starts.length && (runs.starts[runs.next] ?? 0) <= at) runs.next += 1;
    while (this.nextBlank < this.blankLines.length && (this.blankLines[this.nextBlank] ?? 0) <= at)
      this.nextBlank += 1;
    const candidate = runs.starts[runs.next];
    const paragraphEnd = this.blankLines[this.nextBlank] ?? Number.POSITIVE_INFINITY;
    return candidate !== void 0 && candidate < paragraphEnd ? candidate : null;
  }
};

// src/engine/fix-check.ts
async function claimedFixes(config, texts, notes) {
  if (config.fixes === "none") return [];
  const claims = config.fixes === "auto" ? await claimsInTexts(config.projects, texts, notes) : config.fixes.map((shortId) => ({ shortId, where: ["the fixes input"] }));
  if (claims.length > MAX_FIXES)
    notes.push(
      `${claims.length} fixes were claimed; the first ${MAX_FIXES} were checked: ${claims.slice(MAX_FIXES, MAX_FIXES + 10).map((claim) => claim.shortId).join(", ")}${claims.length > MAX_FIXES + 10 ? " \u2026" : ""} were not.`
    );
  return claims.slice(0, MAX_FIXES);
}
async function claimsInTexts(projects, texts, notes) {
  const { inProjects, elsewhere } = claimsForProjects(findFixClaims(await texts ?? []), projects);
  const named = elsewhere.filter((claim) => /\d/.test(claim.shortId.slice(claim.shortId.lastIndexOf("-"))));
  if (named.length > 0)
    notes.push(
      `Claimed fixes not checked, as they are not in ${projects.join(", ")}: ${named.slice(0, 10).map((claim) => `${claim.shortId} (${claim.where[0]})`).join(", ")}.`
    );
  return inProjects;
}
async function checkFixes(source, config, claims, window) {
  if (claims.length === 0) return { fixes: [], findings: [] };
  const issues = await Promise.all(claims.map((claim) => source.resolveShortId(claim.shortId)));
  const known = issues.filter((issue) => issue !== null);
  const projects = new Map(
    known.map((issue) => [issue.projectId, { id: issue.projectId, slug: issue.projectSlug }])
  );
  const counts = (start, end, release2) => known.length === 0 ? Promise.resolve({ counts: /* @__PURE__ */ new Map(), uncountable: /* @__PURE__ */ new Map() }) : source.issueCounts({
    issues: [...new Map(known.map((issue) => [issue.id, issue])).values()],
    projects: [...projects.values()],
    environment: config.environment,
    start,
    end,
    ...release2 === void 0 ? {} : { release: release2 }
  });
  const baselineStart = new Date(window.since.getTime() - config.spikeBaselineMs);
  const [since, before] = await Promise.all([
    counts(window.since, window.end, config.release),
    counts(baselineStart, window.since)
  ]);
  const baseline = formatDuration(config.spikeBaselineMs);
  const sinceText = window.since < window.deployedAt ? "since its rollout began" : "since the deploy";
  const fixes = [];
  const findings = [];
  claims.forEach((claim, index) => {
    const issue = issues[index];
    if (!issue) {
      fixes.push({
        shortId: claim.shortId,
        status: "unverified",
        events: 0,
        detail: `Sentry knows no issue ${claim.shortId} in ${config.org}.`,
        claimedIn: claim.where,
        title: null,
        permalink: null,
        eventsBefore: null
      });
      return;
    }
    const uncountable = since.uncountable.get(issue.id);
    const after = since.counts.get(issue.id);
    const beforeCount = before.counts.get(issue.id);
    const eventsBefore = before.uncountable.has(issue.id) ? null : beforeCount?.events ?? 0;
    const check2 = {
      shortId: issue.shortId,
      claimedIn: claim.where,
      title: issue.title,
      permalink: issue.permalink,
      eventsBefore
    };
    if (uncountable !== void 0) {
      fixes.push({ ...check2, status: "unverified", events: 0, detail: uncountable });
      return;
    }
    if (after && after.events > 0) {
      const last = after.lastSeen ? `, the last at ${utc(after.lastSeen.toISOString())}` : "";
      fixes.push({
        ...check2,
        status: "unfixed",
        events: after.events,
        detail: `${atLeast(after)} of release ${config.release} ${sinceText}${last}.`
      });
      findings.push(unfixedFinding(issue, after, window.deployedAt));
      return;
    }
    const history = eventsBefore === null ? `its events before could not be counted` : eventsBefore > 0 ? `it had ${atLeast(beforeCount, false)} in the ${baseline} before` : `it had none in the ${baseline} before either, so this shows little`;
    if (!window.releaseSeen) {
      fixes.push({
        ...check2,
        status: "unverified",
        events: 0,
        detail: `Sentry received no event of release ${config.release} ${sinceText}, so the issue's silence proves nothing.`
      });
    } else if (window.end < window.windowEnd) {
      fixes.push({
        ...check2,
        status: "unverified",
        events: 0,
        detail: `No event of release ${config.release} yet, but the watching stopped at ${utc(window.end.toISOString())}, before the window's end; ${history}.`
      });
    } else {
      fixes.push({
        ...check2,
        status: "confirmed",
        events: 0,
        detail: `No event of release ${config.release} ${sinceText}; ${history}.`
      });
    }
  });
  return { fixes, findings };
}
function atLeast(issueCount, unit = true) {
  const events = unit ? count(issueCount.events, "event") : String(issueCount.events);
  return issueCount.capped ? `at least ${events}` : events;
}
function unfixedFinding(issue, count4, deployedAt) {
  return {
    kind: "unfixed",
    subject: "issue",
    id: issue.id,
    shortId: issue.shortId,
    title: issue.title,
    project: issue.projectSlug,
    events: count4.events,
    users: count4.users,
    firstSeen: count4.firstSeen ? count4.firstSeen.toISOString() : null,
    permalink: issue.permalink,
    culprit: issue.culprit,
    level: issue.level,
    category: issue.category,
    secondsAfterDeploy: secondsAfter(count4.firstSeen, deployedAt),
    location: null,
    spike: null,
    latency: null,
    rate: null
  };
}

// src/stats/binomial.ts
var LOG_TWO_PI = Math.log(2 * Math.PI);
var LARGEST_COUNT = Number.MAX_SAFE_INTEGER;
var NEGLIGIBLE = 2 ** -60;
var SUM_TERMS = 4e3;
var SMALL_STIRLING_ERRORS = Array.from({ length: 16 }, (_, n) => {
  let factorial = 1;
  for (let i = 2; i <= n; i++) factorial *= i;
  return Math.log(factorial) - (n + 0.5) * Math.log(n) + n - 0.5 * LOG_TWO_PI;
});
function stirlingError(n) {
  if (n <= 15) return SMALL_STIRLING_ERRORS[n];
  const inverseSquare = 1 / (n * n);
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - inverseSquare / 1188) * inverseSquare) * inverseSquare) * inverseSquare) / n;
}
var SPLITTER = 2 ** 27 + 1;
function productError(a, b, product) {
  const aScaled = SPLITTER * a;
  const aHigh = aScaled - (aScaled - a);
  const aLow = a - aHigh;
  const bScaled = SPLITTER * b;
  const bHigh = bScaled - (bScaled - b);
  const bLow = b - bHigh;
  return aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
function excessOver(x, n, p) {
  const mean = n * p;
  return x - mean - productError(n, p, mean);
}
var DEVIANCE_TERMS = 20;
function deviance(x, mean, excess) {
  if (Math.abs(excess) >= 0.1 * (x + mean)) {
    const relative = excess / mean;
    const logRatio = Number.isFinite(relative) ? Math.log1p(relative) : Math.log(x) - Math.log(mean);
    return x * logRatio - excess;
  }
  const v = excess / (x + mean);
  const vSquared = v * v;
  let sum = excess * v;
  let power = 2 * x * v;
  for (let j = 1; j <= DEVIANCE_TERMS; j++) {
    power *= vSquared;
    const next = sum + power / (2 * j + 1);
    if (next === sum) break;
    sum = next;
  }
  return sum;
}
function logPmf(x, n, p) {
  if (x === 0) return n * Math.log1p(-p);
  if (x === n) return n * Math.log(p);
  const mean = n * p;
  const meanError = productError(n, p, mean);
  const excess = x - mean - meanError;
  const logShareLeft = x <= n / 2 ? Math.log1p(-x / n) : Math.log((n - x) / n);
  return stirlingError(n) - stirlingError(x) - stirlingError(n - x) - deviance(x, mean, excess) - deviance(n - x, n - mean - meanError, -excess) - 0.5 * (LOG_TWO_PI + Math.log(x) + logShareLeft);
}
function tailFrom(start, step, n, p, q, maxTerms) {
  const odds = step === 1 ? p / q : q / p;
  const end = step === 1 ? n : 0;
  let term = 1;
  let sum = 1;
  let done = start === end;
  for (let j = start, terms = 1; !done && terms <= maxTerms; j += step, terms++) {
    const ratio = step === 1 ? (n - j) / (j + 1) * odds : j / (n - j + 1) * odds;
    term *= ratio;
    sum += term;
    done = term * ratio <= sum * NEGLIGIBLE * (1 - ratio) || j + step === end;
  }
  if (!done) return void 0;
  return Math.exp(logPmf(start, n, p) + Math.log(sum));
}
var ERF_NUMERATOR = [3.1611237438705655, 113.86415415105016, 377.485237685302, 3209.3775891384694];
var ERF_DENOMINATOR = [23.601290952344122, 244.02463793444417, 1282.6165260773723, 2844.236833439171];
var ERF_LEADING = 0.18577770618460315;
var ERFC_NUMERATOR = [
  0.5641884969886701,
  8.883149794388377,
  66.11919063714163,
  298.6351381974001,
  881.952221241769,
  1712.0476126340707,
  2051.0783778260716,
  1230.3393547979972
];
var ERFC_DENOMINATOR = [
  15.744926110709835,
  117.6939508913125,
  537.1811018620099,
  1621.3895745666903,
  3290.7992357334597,
  4362.619090143247,
  3439.3676741437216,
  1230.3393548037495
];
var ERFC_LEADING = 21531153547440383e-24;
var ASYMPTOTIC_NUMERATOR = [
  0.30532663496123236,
  0.36034489994980445,
  0.12578172611122926,
  0.016083785148742275,
  6587491615298378e-19
];
var ASYMPTOTIC_DENOMINATOR = [
  2.568520192289822,
  1.8729528499234604,
  0.5279051029514285,
  0.06051834131244132,
  0.0023352049762686918
];
var ASYMPTOTIC_LEADING = 0.016315387137302097;
var ONE_OVER_ROOT_PI = 1 / Math.sqrt(Math.PI);
function rational(t, leading, numerator, denominator) {
  let top = leading * t;
  let bottom = t;
  for (let i = 0; i < numerator.length - 1; i++) {
    top = (top + numerator[i]) * t;
    bottom = (bottom + denominator[i]) * t;
  }
  return (top + numerator.at(-1)) / (bottom + denominator.at(-1));
}
function scaledErfc(x) {
  if (x <= 0.46875) {
    const square = x * x;
    return Math.exp(square) * (1 - x * rational(square, ERF_LEADING, ERF_NUMERATOR, ERF_DENOMINATOR));
  }
  if (x <= 4) return rational(x, ERFC_LEADING, ERFC_NUMERATOR, ERFC_DENOMINATOR);
  const inverseSquare = 1 / (x * x);
  const correction = inverseSquare * rational(inverseSquare, ASYMPTOTIC_LEADING, ASYMPTOTIC_NUMERATOR, ASYMPTOTIC_DENOMINATOR);
  return (ONE_OVER_ROOT_PI - correction) / x;
}
var EXPANSION_TERMS = 20;
var EXPANSION_TOLERANCE = 2 ** -56;
function temmeLowerTail(a, b, lambda) {
  const exponent = deviance(a, a - lambda, lambda) + deviance(b, b + lambda, -lambda);
  const stirlingCorrection = stirlingError(a) + stirlingError(b) - stirlingError(a + b);
  const scale = Math.exp(-exponent - stirlingCorrection);
  if (scale === 0) return 0;
  const root = Math.sqrt(exponent);
  const smaller = Math.min(a, b);
  const larger = Math.max(a, b);
  const h = smaller / larger;
  const r0 = 1 / (1 + h);
  const r1 = (b - a) / larger;
  const w = 1 / Math.sqrt(smaller * (1 + h));
  const e1 = 2 ** -1.5;
  const alpha = new Float64Array(EXPANSION_TERMS + 2);
  const beta = new Float64Array(EXPANSION_TERMS + 2);
  const c = new Float64Array(EXPANSION_TERMS + 2);
  const d = new Float64Array(EXPANSION_TERMS + 2);
  const coefficient = (i) => {
    const power = -(i + 1) / 2;
    beta[1] = power * alpha[1];
    for (let m = 2; m <= i; m++) {
      let convolution = 0;
      for (let j = 1; j < m; j++) {
        convolution += (j * power - (m - j)) * alpha[j] * beta[m - j];
      }
      beta[m] = power * alpha[m] + convolution / m;
    }
    c[i] = beta[i] / (i + 1);
    let reverted = 0;
    for (let j = 1; j < i; j++) reverted += d[i - j] * c[j];
    d[i] = -(reverted + c[i]);
  };
  alpha[1] = 2 / 3 * r1;
  coefficient(1);
  let j0 = Math.sqrt(Math.PI) / 4 * scaledErfc(root);
  let j1 = e1;
  let sum = j0 + d[1] * w * j1;
  const twiceExponent = 2 * exponent;
  let oddPower = Math.sqrt(twiceExponent);
  let evenPower = twiceExponent;
  let hPower = 1;
  let evenPowersOfH = 1;
  let wPower = w;
  for (let n = 2; n <= EXPANSION_TERMS; n += 2) {
    hPower *= h * h;
    evenPowersOfH += hPower;
    alpha[n] = 2 * r0 * (1 + h * hPower) / (n + 2);
    alpha[n + 1] = 2 * r1 * evenPowersOfH / (n + 3);
    coefficient(n);
    coefficient(n + 1);
    j0 = e1 * oddPower + (n - 1) * j0;
    j1 = e1 * evenPower + n * j1;
    oddPower *= twiceExponent;
    evenPower *= twiceExponent;
    wPower *= w;
    const even = d[n] * wPower * j0;
    wPower *= w;
    const odd = d[n + 1] * wPower * j1;
    sum += even + odd;
    if (Math.abs(even) + Math.abs(odd) <= EXPANSION_TOLERANCE * sum) break;
  }
  return 2 / Math.sqrt(Math.PI) * scale * sum;
}
function asymptoticUpperTail(k, n, p) {
  const a = k;
  const b = n - k + 1;
  const lambda = excessOver(a, n + 1, p);
  return lambda >= 0 ? temmeLowerTail(a, b, lambda) : 1 - temmeLowerTail(b, a, -lambda);
}
var MOST_TERMS = 1e6;
function summedUpperTail(k, n, p, maxTerms) {
  const q = 1 - p;
  const terms = Math.min(maxTerms, MOST_TERMS);
  if (k > n * p) return tailFrom(k, 1, n, p, q, terms);
  const lower = tailFrom(k - 1, -1, n, p, q, terms);
  return lower === void 0 ? void 0 : 1 - lower;
}
function shown2(value2) {
  return typeof value2 === "number" || typeof value2 === "bigint" ? String(value2) : JSON.stringify(value2);
}
function binomialUpperTail(k, n, p) {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(
      `binomialUpperTail: n must be a whole number from 0 to ${LARGEST_COUNT}, got ${shown2(n)}`
    );
  }
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(
      `binomialUpperTail: k must be a whole number from ${-LARGEST_COUNT} to ${LARGEST_COUNT}, got ${shown2(k)}`
    );
  }
  if (!(typeof p === "number" && p >= 0 && p <= 1)) {
    throw new RangeError(`binomialUpperTail: p must be a probability from 0 to 1, got ${shown2(p)}`);
  }
  if (k <= 0) return 1;
  if (k > n || p === 0) return 0;
  if (p === 1) return 1;
  const tail = summedUpperTail(k, n, p, SUM_TERMS) ?? asymptoticUpperTail(k, n, p);
  return Math.min(1, Math.max(0, tail));
}

// src/stats/rate-ratio-test.ts
var LARGEST_COUNT2 = Number.MAX_SAFE_INTEGER;
var SMALLEST_NORMAL = 2 ** -1022;
function shown3(value2) {
  return typeof value2 === "number" || typeof value2 === "bigint" ? String(value2) : JSON.stringify(value2);
}
function checkExposures(exposures, minRatio) {
  for (const field2 of ["beforeSeconds", "afterSeconds"]) {
    const value2 = exposures[field2];
    if (!(typeof value2 === "number" && value2 > 0 && Number.isFinite(value2))) {
      throw new RangeError(
        `rate-ratio test: ${field2} must be a finite number of seconds above 0, got ${shown3(value2)}`
      );
    }
  }
  if (!(typeof minRatio === "number" && minRatio > 0 && Number.isFinite(minRatio))) {
    throw new RangeError(`rate-ratio test: minRatio must be a finite number above 0, got ${shown3(minRatio)}`);
  }
}
function checkArguments(counts, minRatio) {
  const fields = [
    ["before", "events before the deploy"],
    ["after", "events after the deploy"]
  ];
  for (const [field2, meaning] of fields) {
    const value2 = counts[field2];
    if (!Number.isSafeInteger(value2) || value2 < 0) {
      throw new RangeError(
        `rate-ratio test: ${field2} (${meaning}) must be a whole number from 0 to ${LARGEST_COUNT2}, got ${shown3(value2)}`
      );
    }
  }
  if (counts.before + counts.after > LARGEST_COUNT2) {
    throw new RangeError(
      `rate-ratio test: before + after must be at most ${LARGEST_COUNT2}, got ${counts.before} + ${counts.after}`
    );
  }
  checkExposures(counts, minRatio);
}
function nullShareAfter(exposures, minRatio) {
  checkExposures(exposures, minRatio);
  const weightedAfter = minRatio * exposures.afterSeconds;
  const total2 = exposures.beforeSeconds + weightedAfter;
  if (weightedAfter >= SMALLEST_NORMAL && Number.isFinite(total2)) return weightedAfter / total2;
  return 1 / (1 + exposures.beforeSeconds / exposures.afterSeconds / minRatio);
}
function rateRatioPValue(counts, minRatio) {
  checkArguments(counts, minRatio);
  return binomialUpperTail(counts.after, counts.before + counts.after, nullShareAfter(counts, minRatio));
}

// src/stats/holm.ts
function checkProbabilities(name, probabilities, alpha) {
  if (!(typeof alpha === "number" && alpha >= 0 && alpha <= 1)) {
    throw new RangeError(`${name}: alpha must be a number from 0 to 1, got ${String(alpha)}`);
  }
  const index = probabilities.findIndex((value2) => !(typeof value2 === "number" && value2 >= 0 && value2 <= 1));
  if (index !== -1) {
    throw new RangeError(
      `${name}: every p-value must be a number from 0 to 1, got ${String(probabilities[index])} at ${index}`
    );
  }
}
function holm(pValues, alpha, familySize = pValues.length) {
  checkProbabilities("holm", pValues, alpha);
  if (!Number.isSafeInteger(familySize) || familySize < 0) {
    throw new RangeError(
      `holm: familySize must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${String(familySize)}`
    );
  }
  const ranked = pValues.map((pValue2, index) => ({ pValue: pValue2, index })).sort((a, b) => a.pValue - b.pValue);
  const rejected = pValues.map(() => false);
  const m = Math.max(familySize, pValues.length);
  for (const [rank, { pValue: pValue2, index }] of ranked.entries()) {
    if (!(pValue2 <= alpha / (m - rank))) break;
    rejected[index] = true;
  }
  return rejected;
}

// src/engine/spike-test.ts
var SPIKE_JUMP = 3;
function* spikeFamily(settings, nullShare) {
  const minTotal = (k) => Math.max(settings.minEvents, Math.ceil(Math.log(settings.alpha / k) / Math.log(nullShare)));
  const counts = /* @__PURE__ */ new Map();
  function* count4(n) {
    let known = counts.get(n);
    if (known === void 0) {
      known = yield n;
      counts.set(n, known);
    }
    return known;
  }
  const most = yield* count4(settings.minEvents);
  let low = 1;
  let high = Math.max(most, 1);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if ((yield* count4(minTotal(middle))) <= middle) high = middle;
    else low = middle + 1;
  }
  return { size: yield* count4(minTotal(low)), minTotal: minTotal(low) };
}
function sampleInsufficient(counts, settings, familySize) {
  if (counts.before === 0) return false;
  const jumpedAfter = Math.round(SPIKE_JUMP * counts.before * counts.afterSeconds / counts.beforeSeconds);
  if (jumpedAfter < settings.minEvents) return true;
  if (!Number.isSafeInteger(counts.before + jumpedAfter)) return false;
  const jumpedPValue = rateRatioPValue({ ...counts, after: jumpedAfter }, settings.minRatio);
  return jumpedPValue > settings.alpha / Math.max(familySize, 1);
}
function runSpikeTest(candidates, settings, family) {
  const pValues = candidates.map((candidate) => rateRatioPValue(candidate, settings.minRatio));
  const inFamily = candidates.map((candidate) => candidate.before + candidate.after >= family.minTotal);
  const familyIndices = candidates.flatMap((_, index) => inFamily[index] ? [index] : []);
  const familyRejections = holm(
    familyIndices.map((index) => pValues[index]),
    settings.alpha,
    family.size
  );
  const rejected = candidates.map(() => false);
  for (const [position, index] of familyIndices.entries())
    rejected[index] = familyRejections[position];
  return candidates.map((candidate, index) => {
    const spike = rejected[index] && candidate.after >= settings.minEvents && candidate.users >= settings.minUsers;
    return {
      id: candidate.id,
      pValue: pValues[index],
      ratio: candidate.before === 0 ? null : candidate.after / candidate.afterSeconds / (candidate.before / candidate.beforeSeconds),
      inFamily: inFamily[index],
      spike,
      insufficient: !spike && sampleInsufficient(candidate, settings, family.size)
    };
  });
}

// src/stats/hypergeometric.ts
var NEGLIGIBLE2 = 2 ** -60;
var MOST_TERMS2 = 1e5;
var LARGEST_COUNT3 = Number.MAX_SAFE_INTEGER;
function checkCount(name, value2) {
  if (!Number.isSafeInteger(value2) || value2 < 0) {
    throw new RangeError(
      `hypergeometricUpperTail: ${name} must be a whole number from 0 to ${LARGEST_COUNT3}, got ${String(value2)}`
    );
  }
}
function hypergeometricUpperTail(k, marked, unmarked, draws) {
  if (!Number.isSafeInteger(k)) {
    throw new RangeError(`hypergeometricUpperTail: k must be a whole number, got ${String(k)}`);
  }
  checkCount("marked", marked);
  checkCount("unmarked", unmarked);
  checkCount("draws", draws);
  const total2 = marked + unmarked;
  if (total2 > LARGEST_COUNT3) {
    throw new RangeError(`hypergeometricUpperTail: marked + unmarked must be at most ${LARGEST_COUNT3}`);
  }
  if (draws > total2) {
    throw new RangeError(
      `hypergeometricUpperTail: draws must be at most marked + unmarked (${total2}), got ${draws}`
    );
  }
  const lowest = Math.max(0, draws - unmarked);
  const highest = Math.min(marked, draws);
  if (k <= lowest) return 1;
  if (k > highest) return 0;
  const p = draws / total2;
  const logTerm = (x) => logPmf(x, marked, p) + logPmf(draws - x, unmarked, p) - logPmf(draws, total2, p);
  const up = (x) => (marked - x) * (draws - x) / ((x + 1) * (unmarked - draws + x + 1));
  const down = (x) => x * (unmarked - draws + x) / ((marked - x + 1) * (draws - x + 1));
  const mode = Math.floor((draws + 1) * (marked + 1) / (total2 + 2));
  if (k > mode) {
    const sum = sumFrom(k, 1, highest, up);
    return Math.min(1, Math.exp(logTerm(k) + Math.log(sum.total + sum.rest)));
  }
  const lower = sumFrom(k - 1, -1, lowest, down);
  return Math.min(1, Math.max(0, 1 - Math.exp(logTerm(k - 1) + Math.log(lower.total))));
}
function sumFrom(start, step, end, ratioAt) {
  let term = 1;
  let total2 = 1;
  for (let x = start, terms = 1; x !== end; x += step, terms++) {
    const ratio = ratioAt(x);
    term *= ratio;
    total2 += term;
    const rest = ratio < 1 ? term * ratio / (1 - ratio) : Number.POSITIVE_INFINITY;
    if (rest <= total2 * NEGLIGIBLE2 || x + step === end) return { total: total2, rest: 0 };
    if (terms === MOST_TERMS2) return { total: total2, rest };
  }
  return { total: total2, rest: 0 };
}

// src/stats/exceedance-test.ts
function checkCount2(name, value2, least) {
  if (!Number.isSafeInteger(value2) || value2 < least) {
    throw new RangeError(
      `exceedancePValue: ${name} must be a whole number from ${least} to ${Number.MAX_SAFE_INTEGER}, got ${String(value2)}`
    );
  }
}
function atOrAboveP95(baselineSamples) {
  return baselineSamples - Math.max(1, Math.floor(baselineSamples * 19 / 20)) + 1;
}
function exceedancePValue(slower, samples, baselineSamples) {
  checkCount2("samples", samples, 0);
  checkCount2("slower", slower, 0);
  checkCount2("baselineSamples", baselineSamples, 1);
  if (slower > samples) {
    throw new RangeError(`exceedancePValue: slower (${slower}) must be at most samples (${samples})`);
  }
  if (samples + baselineSamples > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(
      `exceedancePValue: samples + baselineSamples must be at most ${Number.MAX_SAFE_INTEGER}`
    );
  }
  if (slower === 0) return 1;
  return hypergeometricUpperTail(
    slower,
    samples,
    baselineSamples,
    slower + atOrAboveP95(baselineSamples) - 1
  );
}

// src/engine/performance/latency.ts
var LATENCY_METHOD = "one-sided exact exceedance test of the share of samples slower than (1 + latency-max-increase) \xD7 the baseline p95 (hypergeometric, against the baseline's samples above its p95), Holm's procedure over Tarone's family";
var LATENCY_MIN_SAMPLES = 50;
var LATENCY_MIN_SLOWER = 5;
var SLOWDOWN_SHARE = 0.25;
function latencyThreshold(baselineP95Ms, maxIncrease) {
  return (1 + maxIncrease) * baselineP95Ms;
}
function latencyTest(seen, settings) {
  const { baseline, after, concurrent } = seen;
  if (baseline === null || baseline.samples === 0 || baseline.p95Ms === null) return null;
  const thresholdMs = latencyThreshold(baseline.p95Ms, settings.maxIncrease);
  const samples = after?.samples ?? 0;
  const slower = Math.min(after?.slower ?? 0, samples);
  const p95Ms = samples > 0 ? after?.p95Ms ?? null : null;
  const concurrentSamples = concurrent?.samples ?? 0;
  const concurrentP95Ms = concurrentSamples > 0 ? concurrent?.p95Ms ?? null : null;
  const tested = baseline.samples >= LATENCY_MIN_SAMPLES && samples >= LATENCY_MIN_SAMPLES && after?.slower != null;
  const pValue2 = tested ? exceedancePValue(slower, samples, baseline.samples) : null;
  const aboveConcurrent = concurrentSamples < LATENCY_MIN_SAMPLES || concurrentP95Ms === null || p95Ms !== null && p95Ms > latencyThreshold(concurrentP95Ms, settings.maxIncrease);
  return {
    check: {
      baselineP95Ms: baseline.p95Ms,
      baselineSamples: baseline.samples,
      thresholdMs,
      samples,
      slower,
      p95Ms,
      concurrentP95Ms,
      concurrentSamples,
      pValue: pValue2,
      finding: false,
      insufficient: false
    },
    test: {
      pValue: pValue2,
      // All samples slower; n and the baseline's size are what the test is conditional on.
      smallestPValue: tested ? exceedancePValue(samples, samples, baseline.samples) : Number.POSITIVE_INFINITY,
      floorsHold: slower >= LATENCY_MIN_SLOWER && p95Ms !== null && p95Ms > thresholdMs && aboveConcurrent,
      insufficient: (familySize) => !tested || exceedancePValue(Math.round(samples * SLOWDOWN_SHARE), samples, baseline.samples) > settings.alpha / Math.max(familySize, 1)
    }
  };
}

// src/engine/performance/failure-rate.ts
var RATE_METHOD = "one-sided exact conditional binomial test (Przyborowski\u2013Wilenski) with requests or sessions as the exposure, Holm's procedure over Tarone's family";
function rateTest(totals, settings, alsoAbove = true) {
  const counts = {
    before: totals.before,
    beforeSeconds: totals.beforeTotal,
    after: totals.after,
    afterSeconds: totals.afterTotal
  };
  const tested = totals.beforeTotal > 0 && totals.afterTotal > 0;
  const pValue2 = tested ? rateRatioPValue(counts, settings.minRatio) : null;
  const total2 = totals.before + totals.after;
  return {
    check: {
      ...totals,
      ratio: tested && totals.before > 0 ? totals.after / totals.afterTotal / (totals.before / totals.beforeTotal) : null,
      pValue: pValue2,
      finding: false,
      insufficient: false
    },
    test: {
      pValue: pValue2,
      // All N after, as in the spike test's family; below the floor no outcome can be a finding.
      smallestPValue: tested && total2 >= settings.minEvents ? Math.exp(total2 * Math.log(nullShareAfter(counts, settings.minRatio))) : Number.POSITIVE_INFINITY,
      floorsHold: totals.after >= settings.minEvents && alsoAbove,
      insufficient: (familySize) => !tested || sampleInsufficient(counts, settings, familySize)
    }
  };
}
function failureRateTest(baseline, after, concurrent, settings) {
  const afterFailures = after?.failures ?? 0;
  const afterTotal = after?.samples ?? 0;
  const aboveConcurrent = concurrent === null || concurrent.samples < LATENCY_MIN_SAMPLES || afterTotal > 0 && afterFailures / afterTotal > settings.minRatio * (concurrent.failures / concurrent.samples);
  return rateTest(
    { before: baseline.failures, beforeTotal: baseline.samples, after: afterFailures, afterTotal },
    settings,
    aboveConcurrent
  );
}

// src/engine/performance/crash-rate.ts
function previousRelease(baseline, release2) {
  let previous = null;
  for (const entry of baseline) {
    if (entry.release === release2 || entry.sessions === 0) continue;
    if (previous === null || entry.sessions > previous.sessions || entry.sessions === previous.sessions && entry.release < previous.release)
      previous = entry;
  }
  return previous;
}
function crashFree(sessions) {
  return sessions && sessions.sessions > 0 ? 1 - sessions.crashed / sessions.sessions : null;
}
function crashRateTest(previous, current, settings) {
  const { check: check2, test } = rateTest(
    {
      before: previous?.crashed ?? 0,
      beforeTotal: previous?.sessions ?? 0,
      after: current?.crashed ?? 0,
      afterTotal: current?.sessions ?? 0
    },
    settings
  );
  return {
    check: {
      ...check2,
      previousRelease: previous?.release ?? null,
      crashFreeBefore: crashFree(previous),
      crashFreeAfter: crashFree(current)
    },
    test
  };
}

// src/engine/performance/family.ts
function taroneFamily(smallestPValues, alpha) {
  const sorted = smallestPValues.filter((value2) => value2 !== null).sort((a, b) => a - b);
  let k = 1;
  while ((sorted[k] ?? Number.POSITIVE_INFINITY) <= alpha / k) k++;
  return smallestPValues.map((value2) => value2 !== null && value2 <= alpha / k);
}
function decideFamily(tests, alpha) {
  const inFamily = taroneFamily(
    tests.map((test) => test.pValue === null ? null : test.smallestPValue),
    alpha
  );
  const members = tests.flatMap((_, index) => inFamily[index] ? [index] : []);
  const rejections = holm(
    members.map((index) => tests[index]?.pValue),
    alpha
  );
  const rejected = tests.map(() => false);
  for (const [position, index] of members.entries()) rejected[index] = rejections[position];
  return {
    size: members.length,
    outcomes: tests.map((test, index) => {
      const finding2 = rejected[index] && test.floorsHold;
      return { finding: finding2, insufficient: !finding2 && test.insufficient(members.length) };
    })
  };
}
function assessPerformance(transactions, sessions, settings) {
  const latency = transactions.map((seen) => latencyTest(seen, settings));
  const failureRate = transactions.map(
    (seen) => seen.baseline && seen.baseline.samples > 0 ? failureRateTest(seen.baseline, seen.after, seen.concurrent, settings) : null
  );
  const crashRate = sessions && crashRateTest(sessions.previous, sessions.current, settings);
  const all = [...latency, ...failureRate, crashRate].filter((assessed) => assessed !== null);
  const { size, outcomes } = decideFamily(
    all.map((assessed) => assessed.test),
    settings.alpha
  );
  const outcomeOf = new Map(
    all.map((assessed, index) => [assessed, outcomes[index]])
  );
  const decided = (assessed) => assessed && { ...assessed.check, ...outcomeOf.get(assessed) };
  return {
    transactions: transactions.map((seen, index) => ({
      transaction: seen.transaction,
      latency: decided(latency[index] ?? null),
      failureRate: decided(failureRate[index] ?? null)
    })),
    crashRate: decided(crashRate),
    tested: size,
    insufficientSample: outcomes.filter((outcome) => outcome.insufficient).length
  };
}

// src/engine/performance/check.ts
var TRANSACTIONS_LISTED = 20;
var PAGE = 100;
var ABOUT_TRACING = /latency|failure rate|transaction|span|tracing/i;
var ABOUT_SESSIONS = /crash|session|release health/i;
async function checkPerformance(source, config, window, links, limitations) {
  const settings = {
    alpha: config.spikeAlpha,
    maxIncrease: config.latencyMaxIncrease,
    minRatio: config.spikeMinRatio,
    minEvents: config.spikeMinEvents
  };
  const scope = { projects: window.projects, environment: config.environment };
  const baseline = {
    ...scope,
    start: new Date(window.since.getTime() - config.spikeBaselineMs),
    end: window.since
  };
  const after = { ...scope, start: window.since, end: window.end };
  const [read, sessions] = await Promise.all([
    readTransactions(source, baseline, after, window.release, settings.maxIncrease),
    readSessions(source, baseline, after, window.release)
  ]);
  const transactions = read?.seen ?? null;
  const baselineText = formatDuration(config.spikeBaselineMs);
  const tracing = transactions === null ? null : transactions.length > 0;
  const releaseHealth = sessions === null ? null : sessions.baseline.some((entry) => entry.sessions > 0);
  const unavailable = [
    unavailability(tracing, limitations, {
      about: ABOUT_TRACING,
      signal: "tracing data (spans)",
      checks: "latency and failure rates",
      baseline: baselineText
    }),
    unavailability(releaseHealth, limitations, {
      about: ABOUT_SESSIONS,
      signal: "release health (sessions)",
      checks: "crash rate",
      baseline: baselineText
    })
  ].filter((text2) => text2 !== null);
  const assessment = assessPerformance(
    transactions ?? [],
    sessions && releaseHealth ? { previous: previousRelease(sessions.baseline, window.release), current: sessions.current } : null,
    settings
  );
  const project = window.projects.map((ref) => ref.slug).join(", ");
  const findings = [];
  const checks = assessment.transactions.map((check2, index) => {
    const permalink2 = links.transaction(check2.transaction);
    const about = { id: check2.transaction, project, permalink: permalink2 };
    if (check2.latency?.finding) {
      findings.push(
        toFinding2("latency", about, latencyTitle(check2.latency, baselineText), check2.latency.samples, {
          latency: check2.latency
        })
      );
    }
    if (check2.failureRate?.finding) {
      const title = failureTitle(check2.failureRate, baselineText);
      findings.push(
        toFinding2("failure-rate", about, title, check2.failureRate.after, { rate: check2.failureRate })
      );
    }
    return {
      check: { ...check2, permalink: permalink2 },
      finding: Boolean(check2.latency?.finding || check2.failureRate?.finding),
      samples: transactions?.[index]?.after?.samples ?? 0,
      baselineSamples: transactions?.[index]?.baseline?.samples ?? 0
    };
  });
  const crashRate = assessment.crashRate && {
    ...assessment.crashRate,
    permalink: links.release(window.release)
  };
  if (crashRate?.finding) {
    const about = { id: window.release, project, permalink: crashRate.permalink };
    const title = crashTitle(crashRate);
    findings.push(toFinding2("crash-rate", about, title, crashRate.after, { rate: crashRate }));
  }
  checks.sort(
    (a, b) => Number(b.finding) - Number(a.finding) || b.samples - a.samples || b.baselineSamples - a.baselineSamples || a.check.transaction.localeCompare(b.check.transaction)
  );
  return {
    findings,
    summary: {
      methods: { latency: LATENCY_METHOD, rate: RATE_METHOD },
      alpha: config.spikeAlpha,
      latencyMaxIncrease: config.latencyMaxIncrease,
      minRatio: config.spikeMinRatio,
      baseline: baselineText,
      unavailable: [...new Set(unavailable)],
      transactions: checks.slice(0, TRANSACTIONS_LISTED).map((entry) => entry.check),
      transactionsOmitted: Math.max(0, checks.length - TRANSACTIONS_LISTED),
      crashRate,
      tested: assessment.tested,
      insufficientSample: assessment.insufficientSample
    },
    seen: { tracing, releaseHealth },
    counted: {
      transactions: read?.releaseTotal ?? null,
      sessions: sessions ? sessions.current?.sessions ?? 0 : null
    }
  };
}
function unavailability(seen, limitations, what) {
  if (seen === null) {
    return limitations.find((text2) => what.about.test(text2)) ?? `${what.signal} could not be read from this Sentry (it refused the query, as an older self-hosted Sentry does): ${what.checks} not checked`;
  }
  return seen ? null : `no ${what.signal} in the projects in the ${what.baseline} before the rollout: ${what.checks} not checked`;
}
function toFinding2(kind, about, title, events, evidence) {
  const category = kind === "crash-rate" ? "release" : "transaction";
  return {
    kind,
    subject: category,
    id: about.id,
    shortId: about.id,
    title,
    project: about.project,
    events,
    users: 0,
    firstSeen: null,
    permalink: about.permalink ?? "",
    culprit: null,
    level: "warning",
    category,
    secondsAfterDeploy: null,
    location: null,
    spike: null,
    latency: evidence.latency ?? null,
    rate: evidence.rate ?? null
  };
}
async function readTransactions(source, baseline, after, release2, maxIncrease) {
  const busiest = await source.transactionStats({ ...baseline, maxResults: PAGE });
  if (busiest === null) return null;
  if (!busiest.some((stats) => stats.samples > 0)) return { seen: [], releaseTotal: null };
  const before = byName(busiest);
  const releaseAfter = { ...after, release: release2 };
  const first = await source.transactionStats({
    ...releaseAfter,
    slowerThan: thresholds(busiest, maxIncrease),
    maxResults: PAGE
  });
  if (first === null) return null;
  const since = byName(first);
  const fresh = first.filter((stats) => !before.has(stats.transaction)).map((stats) => stats.transaction);
  const unread = first.length < PAGE ? [] : busiest.filter((stats) => !since.has(stats.transaction));
  const [freshBaseline, concurrent, unreadAfter] = await Promise.all([
    pages(source, { ...baseline, transactions: fresh }),
    pages(source, {
      ...after,
      exceptRelease: release2,
      transactions: [
        ...first.filter((stats) => stats.samples >= LATENCY_MIN_SAMPLES).map((stats) => stats.transaction),
        ...unread.map((stats) => stats.transaction)
      ]
    }),
    readAgainst(source, releaseAfter, unread, maxIncrease)
  ]);
  if (freshBaseline === null || concurrent === null || unreadAfter === null) return null;
  for (const stats of freshBaseline) before.set(stats.transaction, stats);
  const enoughSince = (stats) => (since.get(stats.transaction)?.samples ?? 0) >= LATENCY_MIN_SAMPLES;
  const freshAfter = await readAgainst(
    source,
    releaseAfter,
    freshBaseline.filter((stats) => testable(stats) && enoughSince(stats)),
    maxIncrease
  );
  if (freshAfter === null) return null;
  for (const stats of [...unreadAfter, ...freshAfter]) since.set(stats.transaction, stats);
  const others = byName(concurrent);
  return {
    seen: [.../* @__PURE__ */ new Set([...before.keys(), ...since.keys()])].map((transaction) => ({
      transaction,
      baseline: before.get(transaction) ?? null,
      after: since.get(transaction) ?? null,
      concurrent: others.get(transaction) ?? null
    })),
    releaseTotal: first.length < PAGE ? first.reduce((sum, stats) => sum + stats.samples, 0) : null
  };
}
function testable(baseline) {
  return baseline.p95Ms !== null && baseline.samples >= LATENCY_MIN_SAMPLES;
}
function thresholds(baseline, maxIncrease) {
  return new Map(
    baseline.filter(testable).map((stats) => [stats.transaction, latencyThreshold(stats.p95Ms, maxIncrease)])
  );
}
function readAgainst(source, releaseAfter, baseline, maxIncrease) {
  return pages(source, {
    ...releaseAfter,
    transactions: baseline.map((stats) => stats.transaction),
    slowerThan: thresholds(baseline, maxIncrease)
  });
}
async function pages(source, query) {
  const names = query.transactions;
  const answers = await Promise.all(
    Array.from({ length: Math.ceil(names.length / PAGE) }, (_, index) => {
      const transactions = names.slice(index * PAGE, (index + 1) * PAGE);
      return source.transactionStats({ ...query, transactions, maxResults: transactions.length });
    })
  );
  return answers.some((answer2) => answer2 === null) ? null : answers.flatMap((answer2) => answer2 ?? []);
}
function byName(stats) {
  return new Map(stats.map((entry) => [entry.transaction, entry]));
}
async function readSessions(source, baseline, after, release2) {
  const [before, since] = await Promise.all([
    source.releaseSessions(baseline),
    source.releaseSessions({ ...after, release: release2 })
  ]);
  if (before === null || since === null) return null;
  return { baseline: before, current: since.find((entry) => entry.release === release2) ?? null };
}
function latencyTitle(check2, baseline) {
  const ratio = (check2.p95Ms ?? 0) / check2.baselineP95Ms;
  return `Slower since the deploy: p95 ${Number(ratio.toPrecision(2))}\xD7 its ${baseline} before (${milliseconds(check2.baselineP95Ms)} \u2192 ${milliseconds(check2.p95Ms ?? 0)})`;
}
function failureTitle(check2, baseline) {
  return `Fails more often since the deploy: ${percent(check2.after / check2.afterTotal)} of requests, ${percent(check2.before / check2.beforeTotal)} in the ${baseline} before`;
}
function crashTitle(check2) {
  const crashed = (share) => share === null ? "\u2014" : percent(1 - share);
  return `Crashes more often: ${crashed(check2.crashFreeAfter)} of sessions since the deploy, ${crashed(check2.crashFreeBefore)} in release ${check2.previousRelease}`;
}

// src/engine/spikes.ts
var SPIKE_METHOD = "one-sided exact conditional binomial test (Przyborowski\u2013Wilenski), Holm's procedure over Tarone's family";
var INSUFFICIENT_EXAMPLES = 20;
var BUSIEST = 100;
var HOUR_SECONDS = 3600;
async function findSpikes(source, config, window) {
  const { since, deployedAt, end } = window;
  const baselineStart = new Date(since.getTime() - config.spikeBaselineMs);
  const settings = {
    alpha: config.spikeAlpha,
    minRatio: config.spikeMinRatio,
    minEvents: Math.max(config.spikeMinEvents, config.minEvents),
    minUsers: config.minUsers
  };
  const afterSeconds = Math.max(1, (end.getTime() - since.getTime()) / 1e3);
  const baselineSeconds = config.spikeBaselineMs / 1e3;
  const existing = {
    projects: window.projects,
    environment: config.environment,
    unresolved: true,
    firstSeenBefore: since,
    userQuery: config.query
  };
  const counted = (issue) => !window.exclude.has(issue.id) && !window.exclude.has(issue.shortId.toUpperCase()) && ignoredBy(issue, config.ignore) === null;
  const mayBeSpikes = { ...existing, start: since, end, minEvents: settings.minEvents };
  const [after, busiest, family] = await Promise.all([
    collect(source.searchIssues(mayBeSpikes), counted),
    collect(
      source.searchIssues({
        ...existing,
        start: baselineStart,
        end: since,
        sort: "freq",
        maxResults: BUSIEST
      }),
      counted
    ),
    countFamily(source, { ...existing, start: baselineStart, end }, settings, {
      beforeSeconds: baselineSeconds,
      afterSeconds
    })
  ]);
  const [bornWithin, before] = after.length === 0 ? [[], { counts: /* @__PURE__ */ new Map(), uncountable: /* @__PURE__ */ new Map() }] : await Promise.all([
    // Born within the baseline: its rate is over its own life, not the whole baseline.
    collect(source.searchIssues({ ...mayBeSpikes, firstSeenFrom: baselineStart }), () => true),
    source.issueCounts({
      issues: after,
      projects: window.projects,
      environment: config.environment,
      start: baselineStart,
      end: since
    })
  ]);
  const born = new Set(bornWithin.map((issue) => issue.id));
  const candidates = [];
  const untested = [];
  for (const issue of after) {
    const count4 = before.counts.get(issue.id);
    if (before.uncountable.has(issue.id) || count4?.capped) {
      untested.push(issue.shortId);
      continue;
    }
    const from = born.has(issue.id) && count4?.firstSeen ? count4.firstSeen.getTime() : baselineStart.getTime();
    candidates.push({
      id: issue.id,
      before: count4?.events ?? 0,
      beforeSeconds: Math.max(1, (since.getTime() - from) / 1e3),
      after: issue.events,
      afterSeconds,
      users: issue.users
    });
  }
  const byId = new Map(after.map((issue) => [issue.id, issue]));
  for (const issue of busiest.filter((one) => !byId.has(one.id))) {
    byId.set(issue.id, issue);
    candidates.push({
      id: issue.id,
      before: issue.events,
      beforeSeconds: baselineSeconds,
      after: 0,
      afterSeconds,
      users: 0
    });
  }
  const outcomes = runSpikeTest(candidates, settings, family);
  const findings = [];
  const insufficient = [];
  outcomes.forEach((outcome, index) => {
    const counts = candidates[index];
    const issue = byId.get(outcome.id);
    if (outcome.spike && issue) {
      findings.push({
        ...toFinding("spike", issue, deployedAt),
        spike: {
          before: counts.before,
          beforeSeconds: counts.beforeSeconds,
          after: counts.after,
          afterSeconds: counts.afterSeconds,
          beforePerHour: counts.before / counts.beforeSeconds * HOUR_SECONDS,
          afterPerHour: counts.after / counts.afterSeconds * HOUR_SECONDS,
          ratio: outcome.ratio,
          pValue: outcome.pValue
        }
      });
    } else if (outcome.insufficient) {
      insufficient.push({ shortId: issue?.shortId ?? outcome.id, events: counts.before });
    }
  });
  insufficient.sort((a, b) => b.events - a.events || a.shortId.localeCompare(b.shortId));
  return {
    findings,
    summary: {
      method: SPIKE_METHOD,
      alpha: config.spikeAlpha,
      minRatio: config.spikeMinRatio,
      minEvents: settings.minEvents,
      baseline: formatDuration(config.spikeBaselineMs),
      candidates: after.length,
      tested: family.size,
      insufficientSample: insufficient.length,
      insufficientExamples: insufficient.slice(0, INSUFFICIENT_EXAMPLES).map((entry) => entry.shortId),
      untested
    }
  };
}
async function collect(issues, keep) {
  const kept = [];
  for await (const issue of issues) if (keep(issue)) kept.push(issue);
  return kept;
}
async function countFamily(source, both, settings, exposures) {
  const search = spikeFamily(settings, nullShareAfter(exposures, settings.minRatio));
  for (let step = search.next(); ; ) {
    if (step.done) return step.value;
    step = search.next(await source.countIssues({ ...both, minEvents: step.value }));
  }
}

// src/engine/timeline.ts
var BUCKETS_PER_WINDOW = 10;
var MIN_INTERVAL_SECONDS = 60;
async function errorTimeline(source, query, notes) {
  const intervalSeconds = Math.max(
    MIN_INTERVAL_SECONDS,
    Math.ceil(query.windowMs / 1e3 / BUCKETS_PER_WINDOW)
  );
  const intervalMs = intervalSeconds * 1e3;
  const deployBucket = Math.floor(query.deployedAt.getTime() / intervalMs) * intervalMs;
  const start = new Date(deployBucket - BUCKETS_PER_WINDOW * intervalMs);
  try {
    const buckets = await source.errorTimeline({
      projects: query.projects,
      environment: query.environment,
      start,
      end: query.end,
      intervalSeconds
    });
    return {
      intervalSeconds,
      buckets: buckets.map((b) => ({ start: b.start.toISOString(), events: b.events }))
    };
  } catch (error) {
    notes.push(
      `Could not chart the error events around the deploy: ${error instanceof Error ? error.message : String(error)}`
    );
    return null;
  }
}

// src/engine/verify.ts
var MIN_RANGE_MS = 1e3;
async function verifyRelease(config, deps) {
  const { source, clock } = deps;
  const runStart = new Date(clock.now());
  const projects = await source.resolveProjects(config.projects);
  const [release2, deploys] = await Promise.all([
    source.release(config.release),
    config.deployedAt === "auto" ? source.deploys(config.release) : Promise.resolve([])
  ]);
  const deploy = chooseDeployTime(
    config.deployedAt,
    deploys,
    config.environment,
    runStart,
    release2?.dateCreated ?? null
  );
  const since = deploy.rolloutStart;
  const windowEnd = new Date(deploy.at.getTime() + config.windowMs);
  const settledAt = new Date(windowEnd.getTime() + config.settleMs);
  const unknownRelease = release2 === null ? `Sentry knows no release ${config.release} in ${config.org}.` : null;
  deps.onDeployTime?.(deploy, { windowEnd, settledAt }, unknownRelease ? [unknownRelease] : []);
  const firstPollAt = Math.min(since.getTime() + MIN_RANGE_MS, windowEnd.getTime());
  if (clock.now() < firstPollAt) await clock.sleep(firstPollAt - clock.now());
  const context = {
    source,
    config,
    projects,
    deployedAt: deploy.at,
    since,
    needRegressionDates: regressionsNeedDates(release2?.firstEvent ?? null, since),
    regressionDates: /* @__PURE__ */ new Map(),
    releaseSeen: false,
    trafficKinds: ["transactions", "sessions"]
  };
  const notes = [...source.limitations, ...deploy.notes ?? []];
  if (unknownRelease) notes.push(unknownRelease);
  const windowText = formatDuration(config.windowMs);
  const scope = verifyScope(config.release, config.environment, windowText);
  let last = null;
  let lastFailed = false;
  let polls = 0;
  let settledPoll = null;
  let lastLook = false;
  let pollError = null;
  for (; ; ) {
    const now = clock.now();
    const settled = now >= settledAt.getTime();
    const final = deps.once === true || settled;
    const end = new Date(Math.min(now, windowEnd.getTime()));
    try {
      last = await poll(context, end);
      polls += 1;
      lastFailed = decideVerdict({ ...last, failOn: config.failOn, scope }).verdict === "fail";
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind(last.findings)
      });
      if (settled) settledPoll = new Date(now);
      if (final || lastLook || config.failFast && lastFailed) break;
    } catch (error) {
      pollError = error;
      const message = error instanceof Error ? error.message : String(error);
      if (lastFailed) {
        notes.push(`A later poll failed, so the window was not watched to its end: ${message}`);
        break;
      }
      if (final || !(error instanceof SentryError) || !error.retryable) throw error;
      if (lastLook && last !== null) {
        notes.push(`The last poll before answering, at ${end.toISOString()}, failed: ${message}`);
        break;
      }
      if (lastLook) throw error;
      notes.push(`A poll at ${end.toISOString()} failed and was tried again at the next: ${message}`);
      deps.onProgress?.({
        poll: polls,
        evaluatedAt: end,
        windowEnd,
        final,
        counts: countByKind([]),
        error: message
      });
    }
    const next = nextPollAt(clock.now(), config.pollIntervalMs, windowEnd, settledAt);
    if (deps.stopWaitingAt !== void 0 && next > deps.stopWaitingAt) {
      if (clock.now() >= deps.stopWaitingAt) {
        if (last === null) throw pollError;
        break;
      }
      lastLook = true;
      await clock.sleep(deps.stopWaitingAt - clock.now());
      continue;
    }
    await clock.sleep(next - clock.now());
  }
  const evaluation = last;
  const evaluatedUntil = new Date(Math.min(clock.now(), windowEnd.getTime()));
  let fixes = [];
  let spikeTest = null;
  let performance = null;
  let traffic = { errors: null, transactions: null, sessions: null };
  try {
    const claims = await claimedFixes(config, deps.fixClaimTexts, notes);
    const exclude = /* @__PURE__ */ new Set([
      ...evaluation.findings.map((finding2) => finding2.id),
      ...claims.map((claim) => claim.shortId)
    ]);
    const counted = { since, deployedAt: deploy.at, end: evaluatedUntil };
    const links = sentryLinks(
      config.url,
      config.org,
      projects.map((project) => project.id),
      config.environment
    );
    const [fixCheck, spikes, checked] = await Promise.all([
      checkFixes(source, config, claims, { ...counted, windowEnd, releaseSeen: evaluation.releaseSeen }),
      findSpikes(source, config, { ...counted, projects, exclude }),
      checkPerformance(
        source,
        config,
        { ...counted, projects, release: config.release },
        links,
        source.limitations
      )
    ]);
    fixes = fixCheck.fixes;
    spikeTest = spikes.summary;
    performance = checked.summary;
    traffic = await countTraffic(source, releaseQuery(context, evaluatedUntil), checked);
    evaluation.releaseSeen ||= hasTraffic(traffic);
    evaluation.findings.push(...fixCheck.findings, ...spikes.findings, ...checked.findings);
  } catch (error) {
    if (!lastFailed) throw error;
    const message = error instanceof Error ? error.message : String(error);
    notes.push(`The spike test, the performance checks and the fix check could not run: ${message}`);
  }
  sortFindings(evaluation.findings, config.failOn);
  const [, timeline] = await Promise.all([
    addLocations(source, evaluation.findings, config, notes),
    errorTimeline(
      source,
      {
        projects,
        environment: config.environment,
        deployedAt: deploy.at,
        windowMs: config.windowMs,
        end: evaluatedUntil
      },
      notes
    )
  ]);
  return buildReport({
    config,
    scope,
    windowText,
    timeline,
    deploy,
    windowEnd,
    evaluation,
    fixes,
    spikeTest,
    performance,
    traffic,
    polls,
    settledPoll,
    notes,
    evaluatedAt: new Date(clock.now())
  });
}
function nextPollAt(now, intervalMs, windowEnd, settledAt) {
  const next = now + intervalMs;
  return next >= windowEnd.getTime() ? Math.max(now, settledAt.getTime()) : next;
}
async function poll(context, end) {
  const { source, config, since } = context;
  const search = {
    projects: context.projects,
    environment: config.environment,
    start: since,
    end,
    userQuery: config.query
  };
  const found = await collectFindings(
    {
      fresh: source.searchIssues({ ...search, firstSeenFrom: since, firstRelease: config.release }),
      regressed: source.searchIssues({ ...search, regressedInRelease: config.release }),
      confirmRegression: (issue) => regressedAfterDeploy(context, issue)
    },
    config,
    context.deployedAt
  );
  if (!context.releaseSeen && found.candidates > 0) context.releaseSeen = true;
  if (!context.releaseSeen) {
    const query = releaseQuery(context, end);
    context.releaseSeen = await source.hasReleaseEvents(query);
    if (!context.releaseSeen && context.trafficKinds.length > 0) {
      const traffic = await source.releaseTraffic(query, context.trafficKinds);
      context.releaseSeen = hasTraffic(traffic);
      context.trafficKinds = context.trafficKinds.filter((kind) => traffic[kind] !== null);
    }
  }
  return {
    findings: found.findings,
    ignored: found.ignored,
    belowThresholds: found.belowThresholds,
    releaseSeen: context.releaseSeen
  };
}
function releaseQuery(context, end) {
  return {
    projects: context.projects,
    environment: context.config.environment,
    release: context.config.release,
    start: context.since,
    end
  };
}
async function countTraffic(source, query, checked) {
  const readable = { transactions: checked.seen.tracing, sessions: checked.seen.releaseHealth };
  const ask = [
    "errors",
    ...["transactions", "sessions"].filter(
      (kind) => checked.counted[kind] === null && readable[kind] !== null
    )
  ];
  const received = await source.releaseTraffic(query, ask);
  const count4 = (kind) => {
    const known = checked.counted[kind] ?? received[kind];
    return readable[kind] === false && known === 0 ? null : known;
  };
  return { errors: received.errors, transactions: count4("transactions"), sessions: count4("sessions") };
}
function hasTraffic(traffic) {
  return (traffic.errors ?? 0) > 0 || (traffic.transactions ?? 0) > 0 || (traffic.sessions ?? 0) > 0;
}
async function regressedAfterDeploy(context, issue) {
  if (!context.needRegressionDates) return true;
  let date = context.regressionDates.get(issue.id);
  if (date === void 0) {
    const activity = await context.source.issueActivity(issue.id);
    date = regressionSince(activity, context.since, context.config.release);
    context.regressionDates.set(issue.id, date);
  }
  return date !== null;
}

// src/sentry/rest/frames.ts
function innermostInAppFrame(exceptions, threads) {
  const frames2 = newestExceptionFrames(exceptions) ?? crashedThreadFrames(threads) ?? [];
  for (let index = frames2.length - 1; index >= 0; index--) {
    const frame = frames2[index];
    const file = frame.filename || frame.absPath;
    if (frame.inApp === true && file)
      return { file, line: frame.lineNo ?? null, function: frame.function ?? null };
  }
  return null;
}
function newestExceptionFrames(exceptions) {
  const values = exceptions.flatMap((data) => data.values ?? []);
  const withFrames = values.findLast((value2) => (value2.stacktrace?.frames?.length ?? 0) > 0);
  return withFrames?.stacktrace?.frames ?? null;
}
function crashedThreadFrames(threads) {
  const values = threads.flatMap((data) => data.values ?? []);
  const thread = values.find((value2) => value2.crashed === true) ?? values.find((value2) => value2.current === true);
  return thread?.stacktrace?.frames ?? null;
}

// src/sentry/rest/http.ts
var BACKOFF_BASE_MS = 250;
var BACKOFF_CAP_MS = 4e3;
var MAX_BODY_BYTES = 32 * 1024 * 1024;
var MAX_JSON_DEPTH = 512;
var PATH_SHOWN = 160;
var PROBLEM_SHOWN = 160;
function createGet(options) {
  const { token, redact, now } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const minAttemptMs = Math.min(1e3, options.requestTimeoutMs, options.retryBudgetMs / 4);
  const iso2 = (ms) => new Date(ms).toISOString();
  const backoff = (failures) => {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** failures);
    return ceiling / 2 + Math.random() * ceiling / 2;
  };
  async function attempt(url, endpoint, timeoutMs) {
    const signal = AbortSignal.timeout(Math.max(1, Math.floor(timeoutMs)));
    try {
      const response = await options.fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: "application/json" },
        // A redirect would carry the Authorization header to wherever Sentry (or a proxy) points.
        redirect: "manual",
        signal
      });
      const text2 = await readBody(response, signal, maxBodyBytes);
      if (text2 === null) {
        return {
          final: new SentryError(
            "malformed",
            `Sentry's answer to ${endpoint} is larger than ${maxBodyBytes / 1024 / 1024} MB: not read.`
          )
        };
      }
      return { response, text: text2 };
    } catch (error) {
      return failureOf(error, url, timeoutMs, redact);
    }
  }
  function pastDeadline(endpoint, failures, problem2) {
    const tried = problem2 === null ? "" : ` (${failures} ${failures === 1 ? "try" : "tries"}, last: ${problem2})`;
    return new SentryError(
      "unavailable",
      redact.text(
        `Sentry did not answer ${endpoint} by this run's deadline (${iso2(options.deadlineAt)})${tried}.`
      )
    );
  }
  async function waitOutRateLimit(headers, endpoint, limitedBefore) {
    const at = now();
    const reset = Number(headers.get("x-sentry-rate-limit-reset") ?? Number.NaN) * 1e3;
    if (Number.isFinite(reset) && reset > at) {
      if (reset > options.deadlineAt) {
        throw new SentryError(
          "rate-limited",
          `Sentry rate-limited ${endpoint} until ${reset < 864e13 ? iso2(reset) : "an impossible time"}, after this run's deadline (${iso2(options.deadlineAt)}): run again later or poll less often.`,
          429
        );
      }
      await options.sleep(reset - at);
      return;
    }
    const delay = backoff(limitedBefore);
    if (at + delay > options.deadlineAt) {
      throw new SentryError(
        "rate-limited",
        `Sentry rate-limited ${endpoint} and waiting longer would pass this run's deadline (${iso2(options.deadlineAt)}): run again later or poll less often.`,
        429
      );
    }
    await options.sleep(delay);
  }
  return async function get(url, call) {
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      throw new SentryError(
        "unsafe",
        redact.text(
          `Refusing to send the Sentry token to a ${url.protocol.slice(0, 20)} address: only http(s) is asked.`
        )
      );
    }
    if (!options.trusted.has(url.origin)) {
      const hosts = [...options.trusted].map((origin) => new URL(origin).host).join(", ");
      throw new SentryError(
        "unsafe",
        redact.text(`Refusing to send the Sentry token to ${url.host}: only ${hosts} may receive it.`)
      );
    }
    const endpoint = endpointOf(url, redact);
    if (url.username || url.password) {
      throw new SentryError(
        "unsafe",
        `Refusing to request ${endpoint}: its address carries a user name or password (user:pass@).`
      );
    }
    let failingSince = null;
    let failures = 0;
    let rateLimited = 0;
    let lastProblem = null;
    for (; ; ) {
      const startedAt = now();
      const toDeadline = options.deadlineAt - startedAt;
      if (toDeadline <= 0) throw pastDeadline(endpoint, failures, lastProblem);
      const budgetLeft = failingSince === null ? Number.POSITIVE_INFINITY : failingSince + options.retryBudgetMs - startedAt;
      const timeoutMs = Math.min(options.requestTimeoutMs, Math.max(budgetLeft, minAttemptMs), toDeadline);
      const result = await attempt(url, endpoint, timeoutMs);
      options.onRequest({
        method: "GET",
        url: redact.text(url.href),
        status: "response" in result ? result.response.status : null
      });
      if ("final" in result) throw result.final;
      let problem2;
      if ("problem" in result) {
        problem2 = result.problem;
      } else {
        const { response, text: text2 } = result;
        const { status } = response;
        if (status >= 200 && status < 300) {
          const link = response.headers.get("link");
          return { body: parseJson(text2, endpoint, redact), link: link && redact.text(link), endpoint };
        }
        if (status === 429) {
          await waitOutRateLimit(response.headers, endpoint, rateLimited++);
          failingSince = null;
          continue;
        }
        if (status >= 300 && status < 400) throw redirectError(status, response.headers, endpoint, redact);
        if (status < 500 && status !== 408) throw errorForStatus(status, endpoint, call, text2, token, redact);
        problem2 = `HTTP ${status}`;
      }
      failingSince ??= startedAt;
      lastProblem = problem2;
      const at = now();
      const left = Math.min(failingSince + options.retryBudgetMs, options.deadlineAt) - at;
      if (left <= 0) {
        if (failingSince + options.retryBudgetMs > options.deadlineAt)
          throw pastDeadline(endpoint, failures + 1, problem2);
        throw new SentryError(
          "unavailable",
          redact.text(
            `Sentry is unavailable: ${endpoint} failed ${failures + 1} times in ${seconds(at - failingSince)} (last: ${problem2}).`
          )
        );
      }
      await options.sleep(Math.min(backoff(failures++), left));
    }
  };
}
function endpointOf(url, redact) {
  const path = redact.text(url.pathname);
  const shown4 = path.length > PATH_SHOWN ? `${path.slice(0, PATH_SHOWN)}\u2026 (${path.length} characters)` : path;
  return `GET ${redact.text(url.origin)}${shown4}`;
}
async function readBody(response, signal, limit) {
  if (!response.body) return "";
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body.cancel().catch(() => {
    });
    return null;
  }
  const reader = response.body.getReader();
  const aborted = new Promise((_resolve, reject) => {
    const fail = () => reject(signal.reason ?? new DOMException("The operation was aborted", "AbortError"));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
  aborted.catch(() => {
  });
  const decoder = new TextDecoder();
  const parts = [];
  let bytes = 0;
  try {
    for (; ; ) {
      const { done, value: value2 } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      bytes += value2.byteLength;
      if (bytes > limit) return null;
      parts.push(decoder.decode(value2, { stream: true }));
    }
  } catch (error) {
    reader.cancel().catch(() => {
    });
    throw error;
  }
  parts.push(decoder.decode());
  return parts.join("");
}
function redirectError(status, headers, endpoint, redact) {
  const location2 = headers.get("location");
  if (location2 === null || location2.trim() === "") {
    return new SentryError(
      "malformed",
      `Sentry answered ${endpoint} with HTTP ${status}${status === 304 ? " (Not Modified, though nothing was asked conditionally)" : ""} and no Location to go to: not an answer this request can use.`,
      status
    );
  }
  return new SentryError(
    "unsafe",
    `Sentry answered ${endpoint} with a redirect (${status}) to "${redact.quote(location2)}"; the token is not sent across redirects: set url to the address Sentry answers on.`,
    status
  );
}
function failureOf(error, url, timeoutMs, redact) {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return { problem: `no answer within ${seconds(timeoutMs)}` };
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  if (code === "ENOTFOUND") {
    return {
      final: new SentryError(
        "bad-request",
        redact.text(`Sentry's host ${url.hostname} cannot be found (DNS: ENOTFOUND): check url.`)
      )
    };
  }
  if (error instanceof TypeError && !(error.cause instanceof Error)) {
    return {
      final: new SentryError(
        "unsafe",
        redact.quote(`Refusing to request ${url.host}: ${error.message.replace(/:\s*\S+:\/\/\S*/g, "")}`)
      )
    };
  }
  const message = cause instanceof Error ? cause.message : String(cause);
  const text2 = redact.text(`network error: ${code && !message.includes(code) ? `${code} ` : ""}${message}`);
  return { problem: text2.length > PROBLEM_SHOWN ? `${text2.slice(0, PROBLEM_SHOWN)}\u2026` : text2 };
}
function seconds(ms) {
  return `${Math.round(ms / 100) / 10} s`;
}
function nesting(text2, limit) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return deepest;
}
function parseJson(text2, endpoint, redact) {
  if (nesting(text2, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint} nests more than ${MAX_JSON_DEPTH} levels deep, far more than any Sentry answer: not read.`
    );
  }
  try {
    return JSON.parse(
      text2,
      (_key, value2) => typeof value2 === "string" ? redact.text(value2) : value2
    );
  } catch {
    throw new SentryError(
      "malformed",
      `Sentry's answer to ${endpoint} is not JSON${text2 ? `: "${redact.quote(text2)}"` : " (empty body)"}.`
    );
  }
}

// src/sentry/rest/link-header.ts
var LINK = /<([^>]*)>([^<]*)/g;
var PARAM = /;\s*([A-Za-z]+)\s*=\s*"([^"]*)"/g;
function nextPage(header) {
  if (!header) return null;
  for (const [, target = "", rest = ""] of header.matchAll(LINK)) {
    const params = new Map(
      [...rest.matchAll(PARAM)].map(([, name = "", value2 = ""]) => [name.toLowerCase(), value2])
    );
    if (params.get("rel") === "next") {
      return params.get("results") === "true" ? { target, cursor: params.get("cursor") ?? null } : null;
    }
  }
  return null;
}
function nextPageLink(header) {
  return nextPage(header)?.target ?? null;
}

// src/sentry/rest/parse.ts
function parseAs(schema2, body, endpoint, at = []) {
  const result = schema2.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = fieldPath([...at, ...issue?.path ?? []]);
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${endpoint} does not have the expected shape at ${path}: ${issue?.message ?? "invalid"}.`
  );
}
function fieldPath(path) {
  const text2 = path.map((key) => typeof key === "number" ? `[${key}]` : `.${String(key)}`).join("").replace(/^\./, "");
  return text2 || "(body)";
}

// src/sentry/rest/issue-event-counts.ts
var MAX_EVENT_PAGES = 10;
async function countListedEvents(pages3) {
  let events = 0;
  let first = null;
  let last = null;
  const users = /* @__PURE__ */ new Set();
  let read = 0;
  let capped = false;
  for await (const answer2 of pages3) {
    for (const event of parseAs(issueEventsSchema, answer2.body, answer2.endpoint)) {
      events += 1;
      if (first === null || event.dateCreated < first) first = event.dateCreated;
      if (last === null || event.dateCreated > last) last = event.dateCreated;
      const user = userKey(event.user);
      if (user !== null) users.add(user);
    }
    read += 1;
    if (read === MAX_EVENT_PAGES) {
      capped = nextPageLink(answer2.link) !== null;
      break;
    }
  }
  if (events === 0) return null;
  return { events, users: users.size, firstSeen: first, lastSeen: last, ...capped ? { capped } : {} };
}
function userKey(user) {
  if (!user) return null;
  if (user.id) return `id:${user.id}`;
  if (user.username) return `username:${user.username}`;
  if (user.email) return `email:${user.email}`;
  if (user.ip_address) return `ip:${user.ip_address}`;
  return null;
}

// src/sentry/rest/paginate.ts
import { createHash } from "node:crypto";
var MAX_LIST_ITEMS = 1e5;
var MAX_LIST_PAGES = 1e3;
var LIMITS = { items: MAX_LIST_ITEMS, pages: MAX_LIST_PAGES };
async function* pages2(get, first, call, limits = LIMITS) {
  const fetched = /* @__PURE__ */ new Set();
  const cursors = /* @__PURE__ */ new Set();
  let items = 0;
  let read = 0;
  let url = first;
  for (; ; ) {
    fetched.add(digest(url.href));
    const answer2 = await get(url, call);
    read += 1;
    items += itemsIn(answer2.body);
    yield answer2;
    const next = nextPage(answer2.link);
    if (next === null) return;
    const from = `Sentry's next-page link in its answer to ${answer2.endpoint}`;
    if (!URL.canParse(next.target, url.href)) throw new SentryError("malformed", `${from} is not a URL.`);
    const nextUrl = new URL(next.target, url);
    if (nextUrl.protocol !== "https:" && nextUrl.protocol !== "http:")
      throw new SentryError("unsafe", `${from} is not an http(s) address: not followed.`);
    if (nextUrl.username || nextUrl.password)
      throw new SentryError("unsafe", `${from} carries a user name or password (user:pass@): not followed.`);
    const cursor = next.cursor ?? nextUrl.searchParams.get("cursor");
    if (fetched.has(digest(nextUrl.href)) || cursor !== null && cursors.has(digest(cursor))) {
      throw new SentryError(
        "unsafe",
        `${from} leads back to a page already read (cursor ${quoteCursor(cursor)}, after ${read} pages): Sentry's pagination loops, so the list was not read to an end.`
      );
    }
    if (read >= limits.pages || items >= limits.items) {
      throw new SentryError(
        "bad-request",
        `Sentry's list at ${answer2.endpoint} goes on past ${items.toLocaleString("en-US")} items in ${read.toLocaleString("en-US")} pages, the most that is read (${limits.items.toLocaleString("en-US")} items, ${limits.pages.toLocaleString("en-US")} pages): narrow project, environment or query.`
      );
    }
    if (cursor !== null) cursors.add(digest(cursor));
    url = nextUrl;
  }
}
function itemsIn(body) {
  if (Array.isArray(body)) return body.length;
  if (typeof body === "object" && body !== null && "data" in body && Array.isArray(body.data))
    return body.data.length;
  return 0;
}
function digest(text2) {
  return createHash("sha256").update(text2).digest("base64");
}
function quoteCursor(cursor) {
  return cursor === null ? "none" : `"${excerpt(cursor, 40).replaceAll('"', "?")}"`;
}

// src/sentry/rest/paths.ts
function apiPath(parts, ...values) {
  let path = "/api/0";
  parts.forEach((part, index) => {
    path += part;
    const value2 = values[index];
    if (value2 === void 0) return;
    if (value2 === "" || value2 === "." || value2 === "..") {
      throw new SentryError("bad-request", `"${value2}" cannot be used as a name in a Sentry API path.`);
    }
    path += encodeURIComponent(value2);
  });
  return path;
}
function apiUrl(base, path, query = []) {
  const url = new URL(`${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`);
  for (const [name, value2] of query) url.searchParams.append(name, value2);
  return url;
}
function scopeParams(scope) {
  return [
    ...scope.projects.map((project) => ["project", project.id]),
    ...scope.environment ? [["environment", scope.environment]] : [],
    ["start", scope.start.toISOString()],
    ["end", scope.end.toISOString()]
  ];
}

// src/sentry/rest/region.ts
function controlHostOf(base, controlHosts) {
  return controlHosts.find((host) => host.toLowerCase() === base.hostname) ?? null;
}
function trustedRegion(regionUrl, controlHost) {
  if (!regionUrl || !URL.canParse(regionUrl)) return null;
  const url = new URL(regionUrl);
  const host = controlHost.toLowerCase();
  const sameService = url.hostname === host || url.hostname.endsWith(`.${host}`);
  if (url.protocol !== "https:" || !sameService || url.username || url.password) return null;
  return new URL(url.origin);
}
async function discoverRegion(get, base, org, controlHost) {
  const url = apiUrl(base, apiPath`/organizations/${org}/`);
  const answer2 = await get(url, {
    what: "read the organization",
    scope: "org:read",
    notFound: `Sentry has no organization "${org}" that this token can see: check org`
  });
  const organization = parseAs(organizationSchema, answer2.body, answer2.endpoint);
  return trustedRegion(organization.links?.regionUrl, controlHost) ?? base;
}

// src/sentry/rest/sessions.ts
var SUM = "sum(session)";
var MINUTE_MS = 6e4;
var HOUR_MINUTES = 60;
var DAY_MINUTES = 24 * HOUR_MINUTES;
var MAX_SESSION_INTERVALS = 1e3;
var MINUTE_RESOLUTION_MS = 30 * DAY_MINUTES * MINUTE_MS;
var CLOCK_MARGIN_MS = HOUR_MINUTES * MINUTE_MS;
var INTERVALS = Array.from({ length: DAY_MINUTES }, (_, index) => index + 1).filter(
  (minutes) => DAY_MINUTES % minutes === 0
);
var UNSUPPORTED = /^invalid (field|groupby)\b|minimum interval of one hour|one-minute resolution/i;
function sessionsInterval(start, end, now, hoursOnly = false) {
  const hours = hoursOnly || now - start.getTime() > MINUTE_RESOLUTION_MS - CLOCK_MARGIN_MS;
  const fits = INTERVALS.find((minutes) => {
    if (hours && minutes % HOUR_MINUTES !== 0) return false;
    const ms = minutes * MINUTE_MS;
    const from = Math.floor(start.getTime() / ms) * ms;
    return Math.ceil((end.getTime() + 1e3 - from) / ms) <= MAX_SESSION_INTERVALS;
  });
  if (fits === void 0) {
    throw new SentryError(
      "bad-request",
      `Sentry counts sessions over at most ${MAX_SESSION_INTERVALS} days, not ${start.toISOString()} to ${end.toISOString()}.`
    );
  }
  return fits;
}
async function releaseSessions(getApi, org, query, now) {
  const call = {
    ...sentryCalls(org).count(query.environment),
    what: "read release health (sessions)",
    unsupported: UNSUPPORTED
  };
  const ask = (minutes2) => orUnsupported(
    getApi(
      apiPath`/organizations/${org}/sessions/`,
      [
        ["field", SUM],
        ["groupBy", "release"],
        ["groupBy", "session.status"],
        ...scopeParams(query),
        ["interval", minutes2 % HOUR_MINUTES === 0 ? `${minutes2 / HOUR_MINUTES}h` : `${minutes2}m`],
        ["includeSeries", "0"],
        ...query.release === void 0 ? [] : [["query", `release:${quoteSearchValue(query.release)}`]]
      ],
      call
    )
  );
  const minutes = sessionsInterval(query.start, query.end, now);
  let answer2 = await ask(minutes);
  if (answer2 === null && minutes % HOUR_MINUTES !== 0)
    answer2 = await ask(sessionsInterval(query.start, query.end, now, true));
  if (answer2 === null) return null;
  const releases = /* @__PURE__ */ new Map();
  for (const { by, totals } of parseAs(sessionGroupsSchema, answer2.body, answer2.endpoint).groups) {
    if (query.release !== void 0 && by.release !== query.release) {
      throw new SentryError(
        "malformed",
        `Sentry's answer to ${answer2.endpoint} counts sessions of release "${excerpt(by.release, 60)}", which was not asked for.`
      );
    }
    const release2 = releases.get(by.release) ?? { release: by.release, sessions: 0, crashed: 0 };
    release2.sessions += totals[SUM];
    if (by["session.status"] === "crashed") release2.crashed += totals[SUM];
    releases.set(by.release, release2);
  }
  return [...releases.values()].sort((a, b) => b.sessions - a.sessions);
}

// src/sentry/rest/spans.ts
var REFERRER = "sentry-deploy-verify";
var COUNT = "count()";
var STATS_FIELDS = ["transaction", COUNT, "failure_count()", "p95(span.duration)"];
var MAX_TRANSACTIONS = 100;
var SLOWER_NAMES_PER_REQUEST = 50;
var MAX_SLOWER_QUERY_CHARS = 6e3;
var UNKNOWN_DATASET_OR_FUNCTION = /dataset|(unknown|invalid|not a valid) (function|field|column)/i;
async function countTransactions(getApi, org, query) {
  const answer2 = await askSpans(getApi, org, query, {
    fields: [COUNT],
    terms: [`release:${quoteSearchValue(query.release)}`],
    perPage: 1
  });
  if (answer2 === null) return null;
  return parseAs(totalCountSchema, answer2.body, answer2.endpoint).data[0]?.[COUNT] ?? 0;
}
async function transactionStats(getApi, org, query) {
  if (!Number.isSafeInteger(query.maxResults) || query.maxResults < 1) {
    throw new SentryError(
      "bad-request",
      `Transaction stats need a whole, positive number of transactions, not ${query.maxResults}.`
    );
  }
  if (query.transactions?.length === 0) return [];
  const releases = [];
  if (query.release !== void 0) releases.push(`release:${quoteSearchValue(query.release)}`);
  if (query.exceptRelease !== void 0) releases.push(`!release:${quoteSearchValue(query.exceptRelease)}`);
  const names = query.transactions === void 0 ? [] : [`transaction:[${query.transactions.map(quoteExactValue).join(",")}]`];
  const slowerTerms = [...query.slowerThan ?? []].map(([name, ms]) => slowerTerm(name, ms));
  const [stats, ...slower] = await Promise.all([
    askSpans(getApi, org, query, {
      fields: STATS_FIELDS,
      terms: [...releases, ...names],
      sort: `-${COUNT}`,
      perPage: Math.min(query.maxResults, MAX_TRANSACTIONS)
    }),
    // The names come with their thresholds, so the list of names is not needed there.
    ...slowerBatches(
      slowerTerms,
      MAX_SLOWER_QUERY_CHARS - encodedLength(spansQuery([...releases, "()"]))
    ).map(
      (batch) => askSpans(getApi, org, query, {
        fields: ["transaction", COUNT],
        terms: [...releases, `(${batch.map((term) => term.text).join(" OR ")})`],
        sort: `-${COUNT}`,
        perPage: batch.length
      }).then((answer2) => answer2 && slowerCounts(answer2, batch))
    )
  ]);
  if (stats === null || slower.includes(null)) return null;
  const slowerOf = new Map(slower.flatMap((counts) => [...counts ?? []]));
  const asked = query.transactions === void 0 ? null : new Set(query.transactions);
  const rows = parseAs(transactionStatsSchema, stats.body, stats.endpoint).data.map((row) => {
    if (asked !== null && !asked.has(row.transaction)) notAsked(stats, row.transaction);
    const samples = row[COUNT];
    return {
      transaction: row.transaction,
      samples,
      failures: row["failure_count()"],
      p95Ms: row["p95(span.duration)"],
      // Counted by a second request, which may see samples that arrived after the first: never above them.
      slower: query.slowerThan?.has(row.transaction) ? Math.min(slowerOf.get(row.transaction) ?? 0, samples) : null
    };
  });
  return rows.sort((a, b) => b.samples - a.samples);
}
function slowerTerm(name, ms) {
  if (!(ms >= 0 && ms <= Number.MAX_SAFE_INTEGER)) {
    throw new SentryError(
      "bad-request",
      `A duration threshold for transaction "${excerpt(name, 100)}" must be a number of milliseconds from 0, not ${ms}.`
    );
  }
  const duration3 = ms.toFixed(3).replace(/\.?0+$/, "");
  return { name, text: `transaction:${quoteExactValue(name)} span.duration:>${duration3}ms` };
}
function slowerBatches(terms, room) {
  const batches = [];
  let batch = [];
  let length = 0;
  for (const term of terms) {
    const more = encodedLength(` OR ${term.text}`);
    if (batch.length === SLOWER_NAMES_PER_REQUEST || batch.length > 0 && length + more > room) {
      batches.push(batch);
      batch = [];
      length = 0;
    }
    batch.push(term);
    length += more;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
function slowerCounts(answer2, batch) {
  const asked = new Set(batch.map((term) => term.name));
  const counts = /* @__PURE__ */ new Map();
  for (const row of parseAs(transactionCountsSchema, answer2.body, answer2.endpoint).data) {
    if (!asked.has(row.transaction)) notAsked(answer2, row.transaction);
    counts.set(row.transaction, row[COUNT]);
  }
  return counts;
}
function notAsked(answer2, transaction) {
  throw new SentryError(
    "malformed",
    `Sentry's answer to ${answer2.endpoint} counts transaction "${excerpt(transaction, 60)}", which was not asked for.`
  );
}
function spansQuery(terms) {
  return ["is_transaction:true", ...terms].join(" ");
}
function encodedLength(text2) {
  return encodeURIComponent(text2).length;
}
function askSpans(getApi, org, scope, ask) {
  const params = [
    ["dataset", "spans"],
    ...ask.fields.map((field2) => ["field", field2]),
    ["query", spansQuery(ask.terms)],
    ...ask.sort === void 0 ? [] : [["sort", ask.sort]],
    ...scopeParams(scope),
    ["disableAggregateExtrapolation", "1"],
    ["per_page", String(ask.perPage)],
    ["referrer", REFERRER]
  ];
  return orUnsupported(
    getApi(apiPath`/organizations/${org}/events/`, params, spansCall(org, scope.environment))
  );
}
function spansCall(org, environment) {
  return {
    ...sentryCalls(org).count(environment),
    what: "read transactions (the spans dataset)",
    unsupported: UNKNOWN_DATASET_OR_FUNCTION
  };
}

// src/sentry/rest/timeline.ts
var MAX_SENTRY_POINTS = 1e4;
var MAX_TIMELINE_CALLS = 5;
function planTimeline(query) {
  const { start, end, intervalSeconds } = query;
  if (!Number.isSafeInteger(intervalSeconds) || intervalSeconds <= 0) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a whole, positive number of seconds per bucket, not ${intervalSeconds}.`
    );
  }
  const spanMs = end.getTime() - start.getTime();
  if (!(spanMs > 0)) {
    throw new SentryError(
      "bad-request",
      `An error timeline needs a start before its end (${start.toISOString()} \u2192 ${end.toISOString()}).`
    );
  }
  const offset = mod(Math.floor(start.getTime() / 1e3), intervalSeconds);
  const fetchSeconds = gcd(intervalSeconds, offset);
  const callMs = MAX_SENTRY_POINTS * fetchSeconds * 1e3;
  const callCount = Math.ceil(spanMs / callMs);
  if (callCount > MAX_TIMELINE_CALLS) {
    const points = Math.ceil(spanMs / 1e3 / fetchSeconds);
    const aligned = offset === 0 ? "" : ` Its start is ${offset} s off Sentry's ${intervalSeconds} s grid, so it needs ${fetchSeconds} s buckets: start it on a multiple of the interval.`;
    throw new SentryError(
      "bad-request",
      `An error timeline from ${start.toISOString()} to ${end.toISOString()} needs ${points} of Sentry's buckets, more than the ${MAX_TIMELINE_CALLS * MAX_SENTRY_POINTS} it may ask for: use a larger interval or a shorter range.${aligned}`
    );
  }
  const calls = Array.from({ length: callCount }, (_, index) => ({
    start: new Date(start.getTime() + index * callMs),
    end: new Date(Math.min(end.getTime(), start.getTime() + (index + 1) * callMs))
  }));
  return { fetchSeconds, buckets: Math.ceil(spanMs / (intervalSeconds * 1e3)), calls };
}
function sumIntoTimeline(query, plan, values) {
  const startMs = query.start.getTime();
  const intervalMs = query.intervalSeconds * 1e3;
  const counts = new Array(plan.buckets).fill(0);
  const fromMs = Math.floor(startMs / 1e3) * 1e3;
  for (const { timestamp, value: value2 } of values) {
    if (timestamp >= query.end.getTime() || timestamp + plan.fetchSeconds * 1e3 <= fromMs) continue;
    const index = Math.min(plan.buckets - 1, Math.max(0, Math.floor((timestamp - fromMs) / intervalMs)));
    counts[index] = counts[index] + value2;
  }
  return counts.map((events, index) => ({ start: new Date(startMs + index * intervalMs), events }));
}
function gcd(a, b) {
  let [x, y] = [a, b];
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}
function mod(a, n) {
  return (a % n + n) % n;
}

// src/sentry/rest/traffic.ts
async function releaseTraffic(getApi, org, query, kinds, now) {
  const count4 = (kind, read) => kinds.includes(kind) ? read() : Promise.resolve(null);
  const [errors, transactions, sessions] = await Promise.all([
    count4("errors", () => countErrors(getApi, org, query)),
    count4("transactions", () => countTransactions(getApi, org, query)),
    count4("sessions", async () => {
      const releases = await releaseSessions(getApi, org, query, now);
      return releases?.reduce((sum, release2) => sum + release2.sessions, 0) ?? null;
    })
  ]);
  return { errors, transactions, sessions };
}
async function countErrors(getApi, org, query) {
  const answer2 = await getApi(
    apiPath`/organizations/${org}/events/`,
    [
      ["dataset", "errors"],
      ["field", "count()"],
      ["query", `release:${quoteSearchValue(query.release)}`],
      ...scopeParams(query)
    ],
    sentryCalls(org).count(query.environment)
  );
  return parseAs(totalCountSchema, answer2.body, answer2.endpoint).data[0]?.["count()"] ?? 0;
}

// src/sentry/rest/source.ts
var RETRY_BUDGET_MS = 15e3;
var REQUEST_TIMEOUT_MS = 1e4;
var shortText = (text2) => excerpt(text2, 60);
var LIST_COLLAPSE = ["stats", "lifetime", "filtered", "unhandled"].map(
  (part) => ["collapse", part]
);
var DETAIL_COLLAPSE = ["stats", "tags", "release"].map((part) => ["collapse", part]);
var PAGE_SIZE = "100";
var COUNT2 = "count()";
var ISSUE_COUNT_FIELDS = ["issue.id", COUNT2, "count_unique(user)", "min(timestamp)", "last_seen()"];
var ISSUES_PER_COUNT = 50;
function createRestSource(options) {
  if (!URL.canParse(options.url)) {
    throw new SentryError(
      "bad-request",
      `url "${options.url}" is not a URL: give Sentry's address, e.g. https://sentry.io.`
    );
  }
  const configured = new URL(options.url);
  const { org } = options;
  const redact = createRedactor(options.token);
  const trusted = /* @__PURE__ */ new Set([configured.origin]);
  const now = options.now ?? Date.now;
  const get = createGet({
    token: options.token,
    redact,
    trusted,
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now,
    onRequest: options.onRequest ?? (() => {
    }),
    requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    retryBudgetMs: options.retryBudgetMs ?? RETRY_BUDGET_MS,
    deadlineAt: options.deadlineAt
  });
  const controlHost = controlHostOf(configured, options.controlHosts ?? ["sentry.io"]);
  let base;
  function apiBase() {
    if (controlHost === null) return Promise.resolve(configured);
    base ??= discoverRegion(get, configured, org, controlHost).then(
      (region) => {
        trusted.add(region.origin);
        return region;
      },
      (error) => {
        base = void 0;
        throw error;
      }
    );
    return base;
  }
  function permalinkOf(permalink2, issueId) {
    if (URL.canParse(permalink2)) {
      const url = new URL(permalink2);
      const own = url.hostname === configured.hostname || controlHost !== null && (url.hostname === controlHost || url.hostname.endsWith(`.${controlHost}`));
      if ((url.protocol === "https:" || url.protocol === "http:") && own && !url.username && !url.password)
        return url.href;
    }
    return issueLink(configured.href, org, issueId);
  }
  function describeIssue(issue) {
    return {
      id: issue.id,
      shortId: issue.shortId,
      title: issue.title,
      culprit: issue.culprit ?? null,
      permalink: permalinkOf(issue.permalink, issue.id),
      level: issue.level,
      category: issue.issueCategory ?? ERROR_CATEGORY
    };
  }
  async function getApi(path, query, call) {
    return get(apiUrl(await apiBase(), path, query), call);
  }
  async function orNull(promise) {
    try {
      return await promise;
    } catch (error) {
      if (error instanceof SentryError && error.kind === "not-found") return null;
      throw error;
    }
  }
  const releaseCall = (version) => ({
    what: "read releases",
    scope: "project:read",
    notFound: `Sentry has no release "${version}" in organization "${org}": check release and org`
  });
  function issueListQuery(search, query, extra) {
    return [...scopeParams(search), ["query", query], ...extra, ...LIST_COLLAPSE];
  }
  const calls = sentryCalls(org);
  async function countErrorEvents(issueIds, query, counts) {
    for (let from = 0; from < issueIds.length; from += ISSUES_PER_COUNT) {
      const ids = issueIds.slice(from, from + ISSUES_PER_COUNT);
      if (!ids.every((id) => /^\d+$/.test(id)))
        throw new SentryError("malformed", `Sentry gave an issue ID that is not a number: ${ids.join(", ")}`);
      const terms = [`issue.id:[${ids.join(",")}]`];
      if (query.release !== void 0) terms.push(`release:${quoteSearchValue(query.release)}`);
      const params = [
        ["dataset", "errors"],
        ...ISSUE_COUNT_FIELDS.map((field2) => ["field", field2]),
        ["query", terms.join(" ")],
        ["start", query.start.toISOString()],
        ["end", query.end.toISOString()],
        ...query.projects.map((project) => ["project", project.id]),
        ...query.environment ? [["environment", query.environment]] : [],
        ["per_page", PAGE_SIZE]
      ];
      const answer2 = await getApi(
        apiPath`/organizations/${org}/events/`,
        params,
        calls.count(query.environment)
      );
      const asked = new Set(ids);
      for (const row of parseAs(issueCountRowsSchema, answer2.body, answer2.endpoint).data) {
        if (!asked.has(row["issue.id"])) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer2.endpoint} counts issue ${shortText(row["issue.id"])}, which was not asked for.`
          );
        }
        counts.set(row["issue.id"], {
          events: row["count()"],
          users: row["count_unique(user)"],
          firstSeen: row["min(timestamp)"] ?? null,
          lastSeen: row["last_seen()"] ?? null
        });
      }
    }
  }
  async function countIssueEvents(issueId, query) {
    const params = [
      ["start", query.start.toISOString()],
      ["end", query.end.toISOString()],
      ...query.environment ? [["environment", query.environment]] : [],
      ...query.release === void 0 ? [] : [["query", `release:${quoteSearchValue(query.release)}`]],
      ["per_page", PAGE_SIZE]
    ];
    const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/${issueId}/events/`, params);
    return countListedEvents(pages2(get, first, calls.issue(issueId)));
  }
  return {
    limitations: [],
    async resolveProjects(slugs) {
      const answers = await Promise.allSettled(
        slugs.map(async (slug) => {
          const answer2 = await getApi(apiPath`/projects/${org}/${slug}/`, [], {
            what: "read projects",
            scope: "project:read",
            notFound: `Sentry has no project "${slug}" in organization "${org}" that this token can see: check project and org`
          });
          const project = parseAs(projectSchema, answer2.body, answer2.endpoint);
          if (project.slug !== slug && project.id !== slug) {
            throw new SentryError(
              "malformed",
              `Sentry's answer to ${answer2.endpoint} describes project "${shortText(project.slug)}" (ID ${shortText(project.id)}), not the project "${slug}" asked for.`
            );
          }
          return { id: project.id, slug: project.slug };
        })
      );
      const projects = [];
      const missing = [];
      for (const [index, answer2] of answers.entries()) {
        if (answer2.status === "fulfilled") {
          projects.push(answer2.value);
          continue;
        }
        const error = answer2.reason;
        if (!(error instanceof SentryError && error.kind === "not-found")) throw error;
        missing.push({ slug: slugs[index], error });
      }
      if (missing.length === 1) throw missing[0]?.error;
      if (missing.length > 1) {
        throw new SentryError(
          "not-found",
          `Sentry has no projects ${missing.map(({ slug }) => `"${slug}"`).join(", ")} in organization "${org}" that this token can see (404 on each): check project and org.`,
          404
        );
      }
      return projects;
    },
    async release(version) {
      const answer2 = await orNull(
        getApi(apiPath`/organizations/${org}/releases/${version}/`, [], releaseCall(version))
      );
      if (answer2 === null) return null;
      const release2 = parseAs(releaseSchema, answer2.body, answer2.endpoint);
      if (release2.version !== version) {
        throw new SentryError(
          "malformed",
          `Sentry's answer to ${answer2.endpoint} describes release "${shortText(release2.version)}", not the release "${shortText(version)}" asked for.`
        );
      }
      return {
        version: release2.version,
        dateCreated: release2.dateCreated,
        firstEvent: release2.firstEvent ?? null,
        lastEvent: release2.lastEvent ?? null
      };
    },
    async deploys(version) {
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/releases/${version}/deploys/`);
      const deploys = [];
      try {
        for await (const answer2 of pages2(get, first, releaseCall(version))) {
          for (const deploy of parseAs(deploysSchema, answer2.body, answer2.endpoint)) {
            deploys.push({
              id: deploy.id,
              environment: deploy.environment,
              dateStarted: deploy.dateStarted ?? null,
              dateFinished: deploy.dateFinished ?? null
            });
          }
        }
      } catch (error) {
        if (error instanceof SentryError && error.kind === "not-found" && deploys.length === 0) return [];
        throw error;
      }
      return deploys;
    },
    async *searchIssues(search) {
      let left = search.maxResults ?? Number.POSITIVE_INFINITY;
      const query = issueListQuery(search, issueQuery(search), [
        ["sort", search.sort ?? "new"],
        ["limit", String(Math.min(Number(PAGE_SIZE), left))]
      ]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      for await (const answer2 of pages2(get, first, calls.issues(search.environment))) {
        for (const issue of parseAs(issuesSchema, answer2.body, answer2.endpoint)) {
          if (left <= 0) return;
          left -= 1;
          yield {
            ...describeIssue(issue),
            projectSlug: issue.project.slug,
            events: issue.count,
            users: issue.userCount,
            firstSeen: issue.firstSeen,
            lastSeen: issue.lastSeen
          };
        }
        if (left <= 0) return;
      }
    },
    async countIssues(search) {
      const query = issueListQuery(search, issueQuery(search), [["limit", PAGE_SIZE]]);
      const first = apiUrl(await apiBase(), apiPath`/organizations/${org}/issues/`, query);
      let count4 = 0;
      for await (const answer2 of pages2(get, first, calls.issues(search.environment)))
        count4 += parseAs(issuesSchema, answer2.body, answer2.endpoint).length;
      return count4;
    },
    async resolveShortId(shortId) {
      const answer2 = await orNull(
        getApi(apiPath`/organizations/${org}/shortids/${shortId}/`, [], {
          what: "read issues",
          scope: "event:read",
          notFound: `Sentry has no issue ${shortId} in organization "${org}"`
        })
      );
      if (answer2 === null) return null;
      const { group } = parseAs(shortIdSchema, answer2.body, answer2.endpoint);
      return { ...describeIssue(group), projectSlug: group.project.slug, projectId: group.project.id };
    },
    async issueCounts(query) {
      const counts = /* @__PURE__ */ new Map();
      const errors = query.issues.filter((issue) => issue.category === ERROR_CATEGORY).map((issue) => issue.id);
      const others = query.issues.filter((issue) => issue.category !== ERROR_CATEGORY).map((issue) => issue.id);
      await Promise.all([
        countErrorEvents(errors, query, counts),
        ...others.map(async (id) => {
          const count4 = await countIssueEvents(id, query);
          if (count4 !== null) counts.set(id, count4);
        })
      ]);
      return { counts, uncountable: /* @__PURE__ */ new Map() };
    },
    async issueActivity(issueId) {
      const answer2 = await getApi(
        apiPath`/organizations/${org}/issues/${issueId}/`,
        DETAIL_COLLAPSE,
        calls.issue(issueId)
      );
      return parseAs(issueDetailSchema, answer2.body, answer2.endpoint).activity.map((activity) => ({
        type: activity.type,
        dateCreated: activity.dateCreated,
        version: activity.data?.version ?? null
      }));
    },
    async latestEventLocation(issueId, environment) {
      const answer2 = await orNull(
        getApi(
          apiPath`/organizations/${org}/issues/${issueId}/events/latest/`,
          environment ? [["environment", environment]] : [],
          calls.issue(issueId)
        )
      );
      if (answer2 === null) return null;
      const exceptions = [];
      const threads = [];
      parseAs(eventSchema, answer2.body, answer2.endpoint).entries.forEach((entry, index) => {
        const at = ["entries", index, "data"];
        if (entry.type === "exception")
          exceptions.push(parseAs(exceptionDataSchema, entry.data, answer2.endpoint, at));
        if (entry.type === "threads")
          threads.push(parseAs(threadsDataSchema, entry.data, answer2.endpoint, at));
      });
      return innermostInAppFrame(exceptions, threads);
    },
    async hasReleaseEvents(query) {
      const params = issueListQuery(query, issueQuery({ release: query.release, userQuery: "" }), [
        ["limit", "1"]
      ]);
      const answer2 = await getApi(
        apiPath`/organizations/${org}/issues/`,
        params,
        calls.issues(query.environment)
      );
      return parseAs(issuesSchema, answer2.body, answer2.endpoint).length > 0;
    },
    async errorTimeline(query) {
      const plan = planTimeline(query);
      const call = calls.count(query.environment);
      const values = [];
      for (const range of plan.calls) {
        const params = [
          ["dataset", "errors"],
          ["yAxis", COUNT2],
          ["interval", String(plan.fetchSeconds)],
          ["start", range.start.toISOString()],
          ["end", range.end.toISOString()],
          ...query.projects.map((project) => ["project", project.id]),
          ...query.environment ? [["environment", query.environment]] : []
        ];
        const answer2 = await getApi(apiPath`/organizations/${org}/events-timeseries/`, params, call);
        const { timeSeries } = parseAs(timeseriesSchema, answer2.body, answer2.endpoint);
        if (timeSeries.length === 0) continue;
        const index = timeSeries.findIndex((series2) => series2.yAxis === COUNT2);
        const series = timeSeries[index];
        if (!series) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer2.endpoint} has no ${COUNT2} series (yAxis: ${timeSeries.map((s) => s.yAxis).join(", ")}).`
          );
        }
        if (series.meta.interval !== plan.fetchSeconds * 1e3) {
          throw new SentryError(
            "malformed",
            `Sentry's answer to ${answer2.endpoint} has buckets of ${series.meta.interval / 1e3} s at timeSeries[${index}].meta.interval, not the ${plan.fetchSeconds} s asked for.`
          );
        }
        for (const value2 of series.values) values.push(value2);
      }
      return sumIntoTimeline(query, plan, values);
    },
    releaseTraffic: (query, kinds) => releaseTraffic(getApi, org, query, kinds, now()),
    transactionStats: (query) => transactionStats(getApi, org, query),
    releaseSessions: (query) => releaseSessions(getApi, org, query, now())
  };
}

// src/entries/check.ts
async function runCheck(config, options = {}) {
  const { clock = systemClock, deadlineAt = Number.POSITIVE_INFINITY, ...deps } = options;
  let close = async () => {
  };
  try {
    const source = await sentrySource(config, Math.min(runDeadline(config, clock.now()), deadlineAt));
    close = source.close;
    if (config.mode === "scan") return await scanErrors(config, { source, clock });
    return await verifyRelease(config, { source, clock, ...deps });
  } catch (error) {
    return errorReport(config, error instanceof Error ? error.message : String(error), new Date(clock.now()));
  } finally {
    await close();
  }
}
async function sentrySource(config, deadlineAt) {
  const where = { url: config.url, org: config.org, token: config.authToken, deadlineAt };
  if (config.source === "mcp") {
    const { createMcpSource } = await import("./chunks/source-WUANMUPQ.js");
    return createMcpSource({
      ...where,
      server: config.mcpUrl ? { url: config.mcpUrl } : { command: config.mcpCommand }
    });
  }
  return { ...createRestSource(where), close: async () => {
  } };
}

// src/entries/problems.ts
function describeProblems(problems, name) {
  return problems.map((problem2) => `${name(problem2.input)} ${problem2.message}`).join("; ");
}
function unsupported(config, name) {
  if (config.source === "mcp" && new URL(config.url).pathname.replace(/\/+$/, "") !== "")
    return `${name("source")} mcp needs Sentry at the root of its host (the Sentry MCP server takes --host only); ${name("url")} has a path`;
  return null;
}

// src/report/escape.ts
var CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
var ZERO_WIDTH_SPACE = "\u200B";
function plainLine(text2, max = 200) {
  const flat = text2.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : flat;
}
function markdownText(text2, max = 200) {
  return plainLine(text2, max).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~$]/g, "\\$&").replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/#/g, `#${ZERO_WIDTH_SPACE}`).replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/www\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`).replace(/\b(gh)-(\d)/gi, `$1-${ZERO_WIDTH_SPACE}$2`);
}
function codeSpan(text2, max = 200) {
  const line = plainLine(text2, max).replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`).replace(/\|/g, "\\|").replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`);
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}
function safeLink(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// src/report/format.ts
var VERDICT_ICON = {
  pass: "\u2705",
  fail: "\u274C",
  inconclusive: "\u26A0\uFE0F",
  error: "\u{1F6D1}"
};
var KIND_LABEL = {
  new: "new",
  regressed: "regressed",
  spike: "spike",
  unfixed: "unfixed",
  latency: "latency",
  "failure-rate": "failure rate",
  "crash-rate": "crash rate"
};
var DEPLOY_SOURCE = {
  input: "from deployed-at",
  "deploy-record": "Sentry deploy record",
  "run-start": "no deploy record: start of this run"
};
function deployedLine(report) {
  if (!report.deployedAt || !report.deployedAtSource) return "unknown";
  const rollout = report.rolloutStartedAt && report.rolloutStartedAt < report.deployedAt ? `, rollout from ${utc(report.rolloutStartedAt)}` : "";
  return `${utc(report.deployedAt)} (${DEPLOY_SOURCE[report.deployedAtSource]}${rollout})`;
}
function windowLine(report) {
  if (!report.windowEnd) return report.window;
  const period = `${report.window}, until ${utc(report.windowEnd)}`;
  if (report.mode === "scan") return period;
  return report.settledAt ? `${period}; settled at ${utc(report.settledAt)}` : `${period}; not settled: the verdict so far`;
}
var TRAFFIC_WORDS = {
  errors: ["error event", "error events"],
  transactions: ["transaction", "transactions"],
  sessions: ["session", "sessions"]
};
function trafficLine(report) {
  if (report.mode === "scan" || report.verdict === "error") return null;
  const kinds = Object.keys(TRAFFIC_WORDS);
  if (kinds.every((kind) => report.traffic[kind] === null)) return null;
  return kinds.map((kind) => {
    const sent = report.traffic[kind];
    const [one, many] = TRAFFIC_WORDS[kind];
    return sent === null ? `${many} not known` : count(sent, one, many);
  }).join(", ");
}
function categoryLabel(finding2) {
  return finding2.subject !== "issue" || finding2.category === ERROR_CATEGORY ? null : finding2.category;
}
function appeared(report, finding2) {
  if (report.mode !== "scan") return afterDeploy(finding2);
  if (!finding2.firstSeen) return "\u2014";
  return finding2.kind === "regressed" ? `came back ${utc(finding2.firstSeen)}` : utc(finding2.firstSeen);
}
function appearedColumn(report) {
  return report.mode === "scan" ? "First seen (or came back)" : "After deploy";
}
function afterDeploy(finding2) {
  const seconds2 = finding2.secondsAfterDeploy;
  if (seconds2 === null) return "\u2014";
  return seconds2 < 0 ? `\u2212${formatDuration(-seconds2 * 1e3)} (rollout)` : `+${formatDuration(seconds2 * 1e3)}`;
}
function shortReason(report) {
  const release2 = report.release;
  return release2 && shortRelease(release2) !== release2 ? report.reason.split(release2).join(shortRelease(release2)) : report.reason;
}
function reportNotes(report) {
  return [
    ...[
      spikeInsufficientNote(report.spikeTest, report.window),
      performanceInsufficientNote(report.performance)
    ].filter((note) => note !== null),
    ...report.notes
  ];
}
function evaluatedLine(report) {
  const at = `evaluated ${utc(report.evaluatedAt)}`;
  return report.mode === "scan" ? at : `${at} after ${count(report.polls, "poll")}`;
}
function verdictHeadline(report) {
  return `${report.verdict.toUpperCase()}: ${report.reason}`;
}
function verdictHeading(report) {
  const verdict = report.verdict.toUpperCase();
  const where = report.environment ? ` in ${report.environment}` : "";
  if (report.mode === "scan") return `${verdict}: scan${where}, last ${report.window}`;
  if (!report.release) return verdict;
  return `${verdict}: release ${shortRelease(report.release)}${where}`;
}
function shortRelease(release2) {
  return /^[0-9a-f]{40}$/i.test(release2) ? release2.slice(0, 7) : release2;
}
function omittedLine(report) {
  return report.omitted > 0 ? `\u2026 and ${report.omitted} more (the JSON report lists all ${report.findings.length})` : null;
}
var FIX_ICON = {
  confirmed: "\u2705",
  unfixed: "\u274C",
  unverified: "\u26A0\uFE0F"
};
function spikeLine(spike) {
  const ratio = spike.ratio === null ? "none before" : `\xD7${rounded(spike.ratio)}`;
  return `${rounded(spike.beforePerHour)}/h \u2192 ${rounded(spike.afterPerHour)}/h (${ratio}, p ${pValue(spike.pValue)})`;
}
function evidenceLines(finding2) {
  return [
    ...finding2.spike ? [spikeLine(finding2.spike)] : [],
    ...finding2.latency ? [latencyLine(finding2.latency)] : [],
    ...finding2.rate ? [rateLine(finding2.rate, finding2.kind === "crash-rate" ? "crashed" : "failed")] : []
  ];
}
function latencyLine(latency) {
  return `p95 ${p95Change(latency)}; ${slowerCount(latency)} (${pNote(latency.pValue)})`;
}
function rateLine(rate, what) {
  const ratio = rate.ratio === null ? "" : `\xD7${rounded(rate.ratio)}, `;
  return `${what} ${rateChange(rate)} (${ratio}${pNote(rate.pValue)})`;
}
function transactionCells(latency, failureRate) {
  return [
    { text: latency ? p95Change(latency) : "\u2014", mark: null },
    latency ? testedCell(slowerCount(latency), latency) : { text: "\u2014", mark: null },
    failureRate ? testedCell(rateChange(failureRate), failureRate) : { text: "\u2014", mark: null }
  ];
}
var PERFORMANCE_COLUMNS = [
  "Transaction",
  "p95 before \u2192 after",
  "Slower than the threshold",
  "Failed before \u2192 after"
];
function crashRowLabel(crash, show) {
  return crash.previousRelease ? `crash rate vs previous release ${show(crash.previousRelease)}` : "crash rate (no earlier release had sessions)";
}
function crashFreeCell(crash) {
  const share = (value2) => value2 === null ? "\u2014" : percent(value2);
  return testedCell(`crash-free ${share(crash.crashFreeBefore)} \u2192 ${share(crash.crashFreeAfter)}`, crash);
}
function performanceHeadline(summary2) {
  const checks = [...summary2.transactions.flatMap((t) => [t.latency, t.failureRate]), summary2.crashRate];
  const findings = checks.filter((check2) => check2?.finding).length;
  const transactions = summary2.transactions.length + summary2.transactionsOmitted;
  const looked = [
    ...transactions > 0 ? [count(transactions, "transaction")] : [],
    ...summary2.crashRate ? ["the crash rate"] : []
  ].join(" and ");
  return `Performance: ${looked}; ${count(findings, "finding")}, ${summary2.insufficientSample} with an insufficient sample`;
}
function performanceTestLine(summary2) {
  return `Family-wise \u03B1 ${summary2.alpha} over ${count(summary2.tested, "latency, failure-rate and crash-rate test")}: a latency finding is a p95 significantly more than ${percent(summary2.latencyMaxIncrease)} above the p95 in the ${summary2.baseline} before the deploy, a failure-rate or crash-rate finding a share significantly above ${summary2.minRatio}\xD7 the one before.`;
}
function performanceInsufficientNote(summary2) {
  const n = summary2?.insufficientSample ?? 0;
  if (n === 0) return null;
  return `Insufficient sample, not clean: ${count(n, "performance check")} had too few samples for a finding to be likely.`;
}
function testedCell(text2, check2) {
  return {
    text: `${text2} (${testNote(check2)})`,
    mark: check2.finding ? "finding" : check2.insufficient ? "insufficient" : null
  };
}
function testNote(check2) {
  const p = pNote(check2.pValue);
  if (check2.finding) return `${p}, finding`;
  return check2.insufficient ? `${p}, insufficient sample` : p;
}
function pNote(value2) {
  return value2 === null ? "not tested" : `p ${pValue(value2)}`;
}
function p95Change(latency) {
  return `${milliseconds(latency.baselineP95Ms)} \u2192 ${latency.p95Ms === null ? "no samples" : milliseconds(latency.p95Ms)}`;
}
function slowerCount(latency) {
  return `${thousands(latency.slower)} of ${thousands(latency.samples)} over ${milliseconds(latency.thresholdMs)}`;
}
function rateChange(rate) {
  const share = (part, total2) => total2 > 0 ? percent(part / total2) : "\u2014";
  return `${share(rate.before, rate.beforeTotal)} \u2192 ${share(rate.after, rate.afterTotal)}`;
}
function spikeTestLine(summary2) {
  if (!summary2) return null;
  const one = summary2.candidates === 1;
  const tested = `Spike test: ${count(summary2.candidates, "existing issue")} with at least ${count(summary2.minEvents, "event")} since the rollout began ${one ? "was" : "were"} tested against a rate over ${summary2.minRatio}\xD7 ${one ? "its" : "their"} last ${summary2.baseline}, at a family-wise \u03B1 of ${summary2.alpha} over the ${count(summary2.tested, "issue")} whose counts could reach significance`;
  const untested = summary2.untested.length > 0 ? `; not tested, their baseline could not be counted: ${summary2.untested.join(", ")}` : "";
  return `${tested}${untested}.`;
}
function spikeInsufficientNote(summary2, window) {
  if (!summary2 || summary2.insufficientSample === 0) return null;
  const n = summary2.insufficientSample;
  const more = n - summary2.insufficientExamples.length;
  const examples = `${summary2.insufficientExamples.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
  return `Insufficient sample, not clean: ${count(n, "issue")} (among those and the busiest others) had too few events for a ${SPIKE_JUMP}\xD7 jump to show within ${window}: ${examples}.`;
}
function rounded(value2) {
  if (value2 === 0) return "0";
  if (value2 >= 100) return String(Math.round(value2));
  return String(Number(value2.toPrecision(2)));
}
function pValue(value2) {
  if (value2 < 1e-12) return "< 1e-12";
  return `= ${value2 < 1e-3 ? value2.toExponential(1) : String(Number(value2.toPrecision(2)))}`;
}

// src/mcp/budget.ts
var WAIT_PER_CALL_MS = 3e4;
var CALL_DEADLINE_MS = 5e4;
var WAIT_WORDS = `${WAIT_PER_CALL_MS / 1e3} seconds`;
function waitPerCallMs(env) {
  const text2 = env.SENTRY_DEPLOY_VERIFY_TEST_WAIT_PER_CALL_MS;
  const ms = text2 && /^\d+$/.test(text2) ? Number(text2) : Number.NaN;
  return ms >= 1 && ms <= WAIT_PER_CALL_MS ? ms : WAIT_PER_CALL_MS;
}

// src/mcp/arguments.ts
var camelCase = (input) => input.replace(/-([a-z])/g, (_match, c) => c.toUpperCase());
var text = (description) => string().optional().describe(description);
var list = (description) => union([string(), array(string())]).optional().describe(description);
var describe = (input) => inputSpec(input).description;
var withDefault = (input) => `${describe(input)} Default: ${inputSpec(input).default}.`;
var common = {
  org: text(`${describe("org")} Default: SENTRY_ORG.`),
  project: list(`${describe("project")} Default: SENTRY_PROJECT.`),
  environment: text(`${describe("environment")} Default: SENTRY_ENVIRONMENT.`)
};
var release = {
  release: text(
    "Sentry release version. Default: SENTRY_RELEASE, else the git HEAD commit of the server's working directory."
  ),
  deployedAt: text(
    "When the release reached the environment: auto (the newest Sentry deploy record of the release in the environment, else now) or an ISO 8601 time with a time zone, such as 2026-11-25T14:03:00Z. Default: auto."
  ),
  window: text(withDefault("window")),
  settle: text(withDefault("settle")),
  wait: boolean().optional().describe(
    `Keep polling Sentry during this call, for up to about ${WAIT_WORDS}, instead of evaluating once. Either way, while the window is open or not yet settled the report has final: false and callAgainAt: call again then (or later) until final: true. Default false.`
  )
};
var failOn = (kinds, byDefault) => list(
  `Finding kinds that make the verdict fail: ${kinds.join(", ")}; or none to only report them. Default: ${byDefault}.`
);
var filters = {
  minEvents: union([number(), string()]).optional().describe(withDefault("min-events")),
  query: text(describe("query")),
  ignore: list(describe("ignore"))
};
var SCAN_KINDS = ["new", "regressed"];
var verifyArguments = strict("verify_release", {
  ...common,
  ...release,
  failOn: failOn(FINDING_KINDS, inputSpec("fail-on").default),
  ...filters,
  latencyMaxIncrease: text(withDefault("latency-max-increase"))
});
var scanArguments = strict("scan_errors", {
  ...common,
  lookback: text(
    "How far back from now the scan looks: a duration such as 90m, 24h, 7d or ISO 8601 P7D, from 1m to 90d. Default: 24h."
  ),
  failOn: failOn(SCAN_KINDS, "new,regressed"),
  ...filters
});
var fixArguments = strict("check_fixes", {
  ...common,
  ...release,
  issues: union([string(), array(string()).min(1)]).describe('The Sentry short IDs the change claims to fix, e.g. ["WEB-123", "API-7"].')
});
function strict(tool, shape) {
  const takes = `it takes ${Object.keys(shape).join(", ")}`;
  return strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return void 0;
      const token = issue.keys.some((key) => /token/i.test(key)) ? "; the Sentry token is read from the server's environment variable SENTRY_AUTH_TOKEN, never passed to a tool" : "";
      const names = issue.keys.map((key) => JSON.stringify(key)).join(", ");
      return `${tool} has no argument ${names} (${takes})${token}`;
    }
  });
}
var ARGUMENT_OF = new Map([
  ...INPUTS.map((spec) => [camelCase(spec.name), spec.name]),
  ["issues", "fixes"]
]);
function rawInputs(args, env) {
  const raw = {};
  for (const spec of INPUTS) if ("env" in spec && env[spec.env]) raw[spec.name] = env[spec.env];
  for (const [argument, value2] of Object.entries(args)) {
    const input = ARGUMENT_OF.get(argument);
    if (!input || value2 === void 0) continue;
    raw[input] = Array.isArray(value2) ? value2.join(",") : String(value2);
  }
  return raw;
}
function listItems(value2) {
  return parseList(typeof value2 === "string" ? value2 : value2.join(","));
}
function argumentName(input) {
  if (input === "fixes") return 'argument "issues"';
  if (input === "auth-token" || input === "url")
    return `the server's environment variable ${inputSpec(input).env}`;
  return `argument "${camelCase(input)}"`;
}

// src/mcp/report-schema.ts
var count2 = number().int().nonnegative();
var finding = looseObject({
  kind: _enum(FINDING_KINDS),
  subject: _enum(["issue", "transaction", "release"]).describe(
    "What it is about: a Sentry issue; a transaction (latency, failure-rate), whose id and shortId are its name; the release (crash-rate), whose id and shortId are its version."
  ),
  id: string(),
  shortId: string().describe("An issue's short ID, a transaction's name, or the release's version."),
  title: string().describe("From Sentry, or a sentence about a transaction or release: untrusted text."),
  project: string(),
  events: count2.describe("Events since the deploy (or in the scan's lookback)."),
  users: count2,
  firstSeen: string().nullable(),
  permalink: string(),
  culprit: string().nullable(),
  category: string().describe("Sentry's issue category: error, performance, \u2026")
});
var fix = looseObject({
  shortId: string(),
  status: _enum(["confirmed", "unfixed", "unverified"]),
  events: count2.describe("Events of the release since the deploy."),
  detail: string().describe("The evidence, in one sentence.")
});
var reportSchema = looseObject({
  verdict: _enum(["pass", "fail", "inconclusive", "error"]),
  reason: string().describe("Why, in one line."),
  mode: _enum(["verify", "scan"]),
  release: string().nullable(),
  environment: string().nullable(),
  projects: array(string()),
  deployedAt: string().nullable(),
  rolloutStartedAt: string().nullable().describe("When the release began to roll out; as deployedAt when unknown."),
  window: string(),
  settledAt: string().nullable().describe("When the window's last, settled poll ran; null before."),
  final: boolean().describe(
    "false: the verdict so far; the window is not over or not settled yet (or the watching stopped at a failure). Call again at callAgainAt for the final one."
  ),
  windowEnd: string().nullable().describe("When the watch window ends."),
  callAgainAt: string().optional().describe(
    "Only when final is false: when a call gets the final verdict (the window's end and settle). ISO 8601."
  ),
  retryAfterSeconds: count2.optional().describe("Only when final is false: seconds from this answer to callAgainAt."),
  notes: array(string()).describe("What the verdict rests on or could not see, a sentence each."),
  evaluatedAt: string(),
  counts: object(
    Object.fromEntries(FINDING_KINDS.map((kind) => [kind, count2]))
  ),
  findings: array(finding),
  fixes: array(fix),
  listed: count2,
  omitted: count2,
  traffic: object({ errors: count2.nullable(), transactions: count2.nullable(), sessions: count2.nullable() }).describe(
    "What Sentry received from the release since the rollout began; null where it could not say (no tracing, no release health, a source that cannot tell, or a scan)."
  ),
  performance: looseObject({
    unavailable: array(string()).describe("Signals that could not be read, and why: never clean, only unknown."),
    transactions: array(
      looseObject({
        transaction: string().describe("From Sentry: untrusted text."),
        latency: looseObject({}).nullable(),
        failureRate: looseObject({}).nullable()
      })
    ),
    transactionsOmitted: count2,
    crashRate: looseObject({ previousRelease: string().nullable() }).nullable(),
    tested: count2.describe("The tests the family-wise level holds over."),
    insufficientSample: count2.describe("Checks whose sample was too small to be called clean.")
  }).nullable().describe(
    "The latency, failure-rate and crash-rate tests: each listed transaction's p95 and failed share before and since the deploy, the release's crash-free sessions against the previous release's, and what could not be read; null when they did not run (a scan, or a run that stopped before them)."
  )
});

// src/mcp/server.ts
var VERSION = "0.1.0";
var READ_ONLY = { readOnlyHint: true, destructiveHint: false, openWorldHint: true };
var INSTRUCTIONS = `Tells from what Sentry recorded whether a deploy broke production. Read-only; the Sentry organization, projects, environment and token come from the server's environment (pass org, project or environment only to override them).
- After deploying a release: verify_release. It evaluates now over as much of the watch window (default 10 minutes after the deploy) as has passed; wait: true keeps polling for up to ${WAIT_WORDS} per call. While the report says final: false, call it again at callAgainAt (or later) until final: true: a pass before then is only "so far".
- When a change claims to fix Sentry issues: check_fixes with their short IDs, once the release is deployed, called again the same way until final: true.
- For what is new or regressed lately in any release, with no deploy in question: scan_errors.
A verdict is pass, fail (findings list what failed it) or inconclusive (Sentry received nothing from the release). A tool error says which argument or setting to fix.`;
function createMcpServer(options) {
  const server = new McpServer(
    { name: "sentry-deploy-verify", version: VERSION },
    { instructions: INSTRUCTIONS }
  );
  const waitMs = waitPerCallMs(options.env);
  const check2 = (tool) => async (raw, checkOptions2) => {
    const startedAt = Date.now();
    const parsed = parseConfig(raw, {
      ...options.deployedCommit ? { deployedCommit: options.deployedCommit } : {},
      now: startedAt
    });
    if (!parsed.ok) return toolError(describeProblems(parsed.problems, argumentName));
    const notYet = unsupported(parsed.config, argumentName);
    if (notYet) return toolError(notYet);
    const redactor = createRedactor([parsed.config.authToken]);
    const report = await runCheck(parsed.config, {
      ...localClaimTexts(parsed.config),
      ...checkOptions2,
      // Whatever Sentry does, the answer comes before a standard client stops waiting for it.
      deadlineAt: startedAt + CALL_DEADLINE_MS,
      ...checkOptions2.once === false ? { stopWaitingAt: startedAt + waitMs } : {}
    });
    const safe = JSON.parse(redactor.text(JSON.stringify(report)));
    if (safe.verdict === "error") return toolError(`Sentry could not be asked: ${safe.reason}`);
    const again = safe.final || safe.windowEnd === null ? null : callAgain(safe.windowEnd, parsed.config.settleMs);
    return {
      structuredContent: { ...safe, ...again },
      content: [{ type: "text", text: summary(safe, again, tool) }]
    };
  };
  server.registerTool(
    "verify_release",
    {
      title: "Verify a release",
      description: `Did this release break production? From Sentry: issues new in the release or regressed by it since its deploy, spikes of older issues, slower or more often failing transactions, a worse crash rate, and claimed fixes that did not hold. Evaluates now by default; wait: true keeps polling for up to ${WAIT_WORDS}. A report with final: false is the verdict so far: call again at its callAgainAt until final: true.`,
      inputSchema: verifyArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY
    },
    async (args, extra) => check2("verify_release")(
      { ...rawInputs(args, options.env), mode: "verify" },
      { once: args.wait !== true, ...progressOf(extra) }
    )
  );
  server.registerTool(
    "scan_errors",
    {
      title: "Scan for new and regressed issues",
      description: "What is new or regressed in the environment within the lookback (default 24h), in any release: no deploy needed. Answers at once, final.",
      inputSchema: scanArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY
    },
    async (args) => {
      const notFound2 = kindsAScanCannotFind(args.failOn);
      if (notFound2) return toolError(notFound2);
      return check2("scan_errors")({ ...rawInputs(args, options.env), mode: "scan" }, {});
    }
  );
  server.registerTool(
    "check_fixes",
    {
      title: "Check claimed fixes",
      description: `Did these Sentry issues stop in this release? Each is confirmed (the release had traffic and the issue got none of it since the deploy), unfixed, or unverified (with why); the verdict fails only on unfixed ones. Evaluates now by default; wait: true keeps polling for up to ${WAIT_WORDS}. A report with final: false is the answer so far: call again at its callAgainAt until final: true.`,
      inputSchema: fixArguments,
      outputSchema: reportSchema,
      annotations: READ_ONLY
    },
    async (args, extra) => {
      const notIssues = notShortIds(args.issues);
      if (notIssues) return toolError(notIssues);
      return check2("check_fixes")(
        { ...rawInputs(args, options.env), mode: "verify", "fail-on": "unfixed" },
        { once: args.wait !== true, ...progressOf(extra) }
      );
    }
  );
  return server;
}
function notShortIds(issues) {
  const word = listItems(issues).find((issue) => /^(auto|none)$/i.test(issue));
  if (word === void 0) return null;
  return `argument "issues" must be the Sentry short IDs the change claims to fix, such as ["WEB-123"]; got ${JSON.stringify(word)}, which is not an issue (to see what a release broke, call verify_release)`;
}
function kindsAScanCannotFind(failOn2) {
  if (failOn2 === void 0) return null;
  const kinds = listItems(failOn2).map((kind) => kind.toLowerCase());
  if (kinds.length === 1 && kinds[0] === "none") return null;
  const other = kinds.filter((kind) => !SCAN_KINDS.includes(kind));
  if (other.length === 0) return null;
  return `argument "failOn" of scan_errors must be new, regressed (what a scan finds), or none; got ${other.map((kind) => JSON.stringify(kind)).join(", ")}${other.some((kind) => kind !== "none") ? " (verify_release finds the others)" : ""}`;
}
function callAgain(windowEnd, settleMs, now = Date.now()) {
  const at = Math.max(Date.parse(windowEnd) + settleMs, now);
  return {
    windowEnd,
    callAgainAt: new Date(at).toISOString(),
    retryAfterSeconds: Math.max(0, Math.ceil((at - now) / 1e3))
  };
}
function progressOf(extra) {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === void 0) return {};
  return {
    onProgress: (progress) => void extra.sendNotification({
      method: "notifications/progress",
      params: {
        progressToken,
        progress: progress.poll,
        message: progress.error ? `poll failed, trying again: ${progress.error}` : `poll ${progress.poll}: ${progress.counts.new} new, ${progress.counts.regressed} regressed`
      }
    }).catch(() => {
    })
  };
}
function toolError(message) {
  return { isError: true, content: [{ type: "text", text: message }] };
}
function summary(report, again, tool) {
  const kinds = [...new Set(report.findings.map((finding2) => finding2.kind))];
  const findings = kinds.map(
    (kind) => `${kind} ${report.findings.filter((finding2) => finding2.kind === kind).map((finding2) => plainLine(finding2.shortId, 80)).join(", ")}`
  );
  const headline = again ? `${report.verdict.toUpperCase()} so far: ${report.reason}` : verdictHeadline(report);
  const lines = [`${headline}${findings.length > 0 ? `. Findings: ${findings.join("; ")}.` : ""}`];
  if (again)
    lines.push(
      `Not final: the window ${Date.parse(again.windowEnd) > Date.now() ? "ends" : "ended"} at ${again.windowEnd}; call ${tool} again at ${again.callAgainAt} (or later).`
    );
  for (const note of report.notes) lines.push(`Note: ${plainLine(note, 300)}`);
  return lines.join("\n");
}
async function serveMcp(env) {
  const deployedCommit = gitHead();
  const server = createMcpServer({ env, ...deployedCommit ? { deployedCommit } : {} });
  const closed = new Promise((resolve) => {
    server.server.onclose = resolve;
  });
  await server.connect(new StdioServerTransport());
  process.stdin.once("end", () => void server.close());
  await closed;
  return 0;
}

// src/report/chart.ts
var mermaidLabel = (text2) => text2.replace(/[^A-Za-z0-9 _.:+-]/g, " ").slice(0, 60);
var MAX_LABELS = 9;
var ZERO_WIDTH_SPACE2 = "\u200B";
var BEFORE_COLOUR = "#8c959f";
var AFTER_COLOUR = "#cf222e";
function renderChart(timeline, deployedAt, environment) {
  if (timeline.buckets.length === 0) return [];
  const deploy = Date.parse(deployedAt);
  const deployIndex = timeline.buckets.findLastIndex((bucket) => Date.parse(bucket.start) <= deploy);
  const every = labelEvery(timeline.buckets.length);
  const labels = timeline.buckets.map((_, index) => {
    const steps = index - deployIndex;
    if (steps === 0) return '"deploy"';
    if (steps % every !== 0) return `"${ZERO_WIDTH_SPACE2.repeat(index + 1)}"`;
    return `"${steps < 0 ? "-" : "+"}${formatDuration(Math.abs(steps) * timeline.intervalSeconds * 1e3)}"`;
  });
  const events = timeline.buckets.map((bucket) => bucket.events);
  const before = events.map((count4, index) => index < deployIndex ? count4 : 0);
  const after = events.map((count4, index) => index < deployIndex ? 0 : count4);
  const interval = formatDuration(timeline.intervalSeconds * 1e3);
  const where = environment ? ` in ${mermaidLabel(environment)}` : "";
  const theme = {
    themeVariables: { xyChart: { plotColorPalette: `${AFTER_COLOUR}, ${BEFORE_COLOUR}` } }
  };
  return [
    "```mermaid",
    `%%{init: ${JSON.stringify(theme)}}%%`,
    "xychart-beta",
    `    title "Error events${where} per ${interval}: grey before the deploy, red from it"`,
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "events" 0 --> ${axisTop(Math.max(...events))}`,
    `    bar [${after.join(", ")}]`,
    `    bar [${before.join(", ")}]`,
    "```"
  ];
}
function labelEvery(buckets) {
  for (let scale = 1; ; scale *= 10)
    for (const step of [1, 2, 5]) if (Math.ceil(buckets / (step * scale)) <= MAX_LABELS) return step * scale;
}
function axisTop(max) {
  if (max <= 10) return 10;
  const unit = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / unit) * unit;
}

// src/report/markdown.ts
function renderMarkdown(report, extras = {}) {
  const lines = [
    `### ${VERDICT_ICON[report.verdict]} ${markdownText(verdictHeading(report), 90)}`,
    "",
    markdownText(sentence(shortReason(report)), 600),
    ""
  ];
  const environment = report.environment ? markdownText(report.environment) : "all";
  lines.push(
    ...report.mode === "scan" ? [
      "| Environment | Period | Projects |",
      "| --- | --- | --- |",
      `| ${environment} | ${windowLine(report)} | ${report.projects.map((p) => markdownText(p)).join(", ")} |`
    ] : [
      "| Release | Environment | Deployed | Window |",
      "| --- | --- | --- | --- |",
      `| ${report.release ? codeSpan(report.release) : "\u2014"} | ${environment} | ${deployedLine(report)} | ${windowLine(report)} |`
    ],
    ""
  );
  const traffic = trafficLine(report);
  if (traffic) lines.push(`Traffic of this release since the rollout began: ${traffic}.`, "");
  if (report.findings.length > 0) {
    const listed = report.findings.slice(0, report.listed);
    const subject = listed.some((finding2) => finding2.subject !== "issue") ? "Issue / transaction" : "Issue";
    lines.push(
      `| Kind | ${subject} | Title | Events | Users | ${appearedColumn(report)} | Where |`,
      "| --- | --- | --- | ---: | ---: | ---: | --- |",
      ...listed.map((finding2) => findingRow(report, finding2, extras.codeLinks?.get(finding2.id))),
      ""
    );
    const omitted = omittedLine(report);
    if (omitted) lines.push(omitted, "");
  }
  if (report.fixes.length > 0) {
    lines.push(
      "**Claimed fixes**",
      "",
      "| Issue | Status | Events of the release | Evidence | Claimed in |",
      "| --- | --- | ---: | --- | --- |",
      ...report.fixes.map((fix2) => {
        const link = fix2.permalink ? safeLink(fix2.permalink) : null;
        const id = shortIdText(fix2.shortId);
        const title = fix2.title ? ` ${markdownText(fix2.title, 80)}` : "";
        return `| ${link ? `[${id}](${link})` : id}${title} | ${FIX_ICON[fix2.status]} ${fix2.status} | ${fix2.events} | ${markdownText(fix2.detail, 300)} | ${fix2.claimedIn.map((where) => claimPlace(where, extras.repositoryUrl)).join(", ")} |`;
      }),
      ""
    );
  }
  if (report.performance) lines.push(...performanceSection(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest);
  if (spikeTest) lines.push(`<sub>${markdownText(spikeTest, 1500)}</sub>`, "");
  if (report.timeline && report.deployedAt) {
    const chart = renderChart(report.timeline, report.deployedAt, report.environment);
    if (chart.length > 0) lines.push(...chart, "");
  }
  const notes = reportNotes(report);
  if (notes.length > 0)
    lines.push("**Notes**", "", ...notes.map((note) => `- ${markdownText(note, 500)}`), "");
  if (extras.posted) {
    const link = extras.posted.url ? safeLink(extras.posted.url) : null;
    const text2 = withCode(link ? extras.posted.text : sentence(extras.posted.text), extras.repositoryUrl);
    lines.push(`> ${text2}${link ? `: ${link}` : ""}`, "");
  }
  lines.push(
    `<sub>sentry-deploy-verify \xB7 ${markdownText(report.org)} / ${report.projects.map((p) => markdownText(p)).join(", ")} \xB7 ${evaluatedLine(report)}</sub>`,
    ""
  );
  return lines.join("\n");
}
function sentence(text2) {
  const trimmed = text2.trimEnd().replace(/\.{2,}$/, ".");
  return /[.?!:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function withCode(text2, repositoryUrl) {
  return plainLine(text2, 500).split(/`([^`]+)`|(pull request #\d+)/).map((part, index) => {
    if (part === void 0 || part === "") return "";
    if (index % 3 === 1) return codeSpan(part, 100);
    if (index % 3 === 2) return claimPlace(part, repositoryUrl);
    const before = /^\s/.test(part) ? " " : "";
    const after = /\s$/.test(part) && part.trim() !== "" ? " " : "";
    return `${before}${markdownText(part, 500)}${after}`;
  }).join("");
}
var WORD_JOINER = "\u2060";
function shortIdText(shortId) {
  return markdownText(shortId, 40).replace(/-/g, `-${WORD_JOINER}`);
}
function claimPlace(where, repositoryUrl) {
  const pull = /^pull request #(\d+)$/.exec(where);
  const commit = /^commit ([0-9a-f]{7,40})$/.exec(where);
  const base = repositoryUrl ? safeLink(repositoryUrl)?.replace(/\/+$/, "") : null;
  const text2 = pull ? `pull\xA0request\xA0#${pull[1]}` : `commit\xA0${commit?.[1]}`;
  if (pull) return base ? `[${text2}](${base}/pull/${pull[1]})` : `pull request #${pull[1]}`;
  if (commit && base) return `[${text2}](${base}/commit/${commit[1]})`;
  return markdownText(where, 60);
}
function findingRow(report, finding2, code) {
  const link = safeLink(finding2.permalink);
  const id = finding2.subject === "issue" ? shortIdText(finding2.shortId) : codeSpan(finding2.shortId, 80);
  const issue = link ? `[${id}](${link})` : id;
  const line = finding2.location?.line === null || !finding2.location ? "" : `:${finding2.location.line}`;
  const where = code ? `[${markdownText(code.path, 120)}${line}](${safeLink(code.url) ?? ""})${code.changedInPullRequest ? " \u270F\uFE0F changed in this pull request" : ""}` : finding2.location ? `${markdownText(finding2.location.file, 120)}${line}` : finding2.culprit ? markdownText(finding2.culprit, 120) : "\u2014";
  const category = categoryLabel(finding2);
  const notes = [...category ? [`${markdownText(category, 40)} issue`] : [], ...evidenceLines(finding2)];
  const kind = [KIND_LABEL[finding2.kind], ...notes.map((note) => `<sub>${note}</sub>`)].join("<br>");
  const users = finding2.subject === "issue" ? finding2.users : "\u2014";
  return `| ${kind} | ${issue} | ${markdownText(finding2.title, 120)} | ${finding2.events} | ${users} | ${appeared(report, finding2)} | ${where} |`;
}
function performanceSection(summary2) {
  const rows = [
    ...summary2.transactions.map(transactionRow),
    ...summary2.crashRate ? [crashRow(summary2.crashRate)] : []
  ];
  const lines = [];
  if (rows.length > 0) {
    lines.push(
      `<details><summary>${performanceHeadline(summary2)}</summary>`,
      "",
      `| ${PERFORMANCE_COLUMNS.join(" | ")} |`,
      "| --- | ---: | ---: | ---: |",
      ...rows,
      ""
    );
    if (summary2.transactionsOmitted > 0)
      lines.push(`\u2026 and ${summary2.transactionsOmitted} more transactions`, "");
    lines.push(`<sub>${markdownText(performanceTestLine(summary2), 1e3)}</sub>`, "", "</details>", "");
  }
  for (const reason of summary2.unavailable) lines.push(`\u26A0\uFE0F ${markdownText(reason, 300)}`, "");
  return lines;
}
function transactionRow(check2) {
  const link = check2.permalink ? safeLink(check2.permalink) : null;
  const name = codeSpan(check2.transaction, 80);
  const cells = transactionCells(check2.latency, check2.failureRate).map(markedCell);
  return `| ${link ? `[${name}](${link})` : name} | ${cells.join(" | ")} |`;
}
function crashRow(crash) {
  const link = crash.permalink ? safeLink(crash.permalink) : null;
  const label = crashRowLabel(crash, (version) => codeSpan(version, 60));
  return `| ${link ? `[${label}](${link})` : label} | \u2014 | \u2014 | ${markedCell(crashFreeCell(crash))} |`;
}
function markedCell(cell) {
  if (cell.mark === "finding") return `\u274C **${cell.text}**`;
  return cell.mark === "insufficient" ? `\u26A0\uFE0F ${cell.text}` : cell.text;
}

// src/report/text.ts
var KIND_WIDTH = Math.max(...Object.values(KIND_LABEL).map((label) => label.length));
var DETAIL = " ".repeat(KIND_WIDTH + 3);
function renderText(report) {
  const lines = [
    plainLine(verdictHeadline(report), 400),
    ...report.mode === "scan" ? [`  environment: ${plainLine(report.environment ?? "all")}`, `  period:      ${windowLine(report)}`] : [
      `  release:     ${plainLine(report.release ?? "\u2014")}`,
      `  environment: ${plainLine(report.environment ?? "all")}`,
      `  deployed:    ${deployedLine(report)}`,
      `  window:      ${windowLine(report)}`
    ]
  ];
  const traffic = trafficLine(report);
  if (traffic) lines.push(`  traffic:     since the rollout began, ${traffic}`);
  if (report.findings.length > 0) lines.push("", `Findings (${report.findings.length}):`);
  for (const finding2 of report.findings.slice(0, report.listed)) {
    const where = finding2.location ? `${plainLine(finding2.location.file, 120)}${finding2.location.line === null ? "" : `:${finding2.location.line}`}` : plainLine(finding2.culprit ?? "", 120);
    const category = categoryLabel(finding2);
    const issue = finding2.subject === "issue";
    lines.push(
      `  ${KIND_LABEL[finding2.kind].padEnd(KIND_WIDTH)} ${plainLine(finding2.shortId, issue ? 40 : 80)}  ${plainLine(finding2.title, 100)}${category ? ` (${plainLine(category, 40)} issue)` : ""}`,
      ...issue ? [
        `${DETAIL}${count(finding2.events, "event")}, ${count(finding2.users, "user")}${firstSeen(report, finding2)}${where ? ` at ${where}` : ""}`
      ] : [],
      ...evidenceLines(finding2).map((line) => `${DETAIL}${line}`),
      ...finding2.permalink ? [`${DETAIL}${plainLine(finding2.permalink, 200)}`] : []
    );
  }
  const omitted = omittedLine(report);
  if (omitted) lines.push(`  ${omitted}`);
  if (report.fixes.length > 0) lines.push("", `Claimed fixes (${report.fixes.length}):`);
  for (const fix2 of report.fixes) {
    lines.push(
      `  ${fix2.status.padEnd(10)} ${plainLine(fix2.shortId, 40)}  ${plainLine(fix2.title ?? "", 100)}`,
      `             ${plainLine(fix2.detail, 300)} Claimed in ${plainLine(fix2.claimedIn.join(", "), 200)}.`
    );
  }
  if (report.performance) lines.push(...performanceSection2(report.performance));
  const spikeTest = spikeTestLine(report.spikeTest);
  if (spikeTest) lines.push("", plainLine(spikeTest, 1500));
  const notes = reportNotes(report);
  if (notes.length > 0) lines.push("");
  for (const note of notes) lines.push(`Note: ${plainLine(note, 500)}`);
  return `${lines.join("\n")}
`;
}
function performanceSection2(summary2) {
  const crash = summary2.crashRate;
  const rows = [
    ...summary2.transactions.map((check2) => [
      plainLine(check2.transaction, 60),
      ...transactionCells(check2.latency, check2.failureRate).map((cell) => cell.text)
    ]),
    ...crash ? [[crashRowLabel(crash, (version) => plainLine(version, 60)), "\u2014", "\u2014", crashFreeCell(crash).text]] : []
  ];
  const table = rows.length === 0 ? [] : [
    `${performanceHeadline(summary2)}:`,
    ...columns([PERFORMANCE_COLUMNS, ...rows]),
    ...summary2.transactionsOmitted > 0 ? [`  \u2026 and ${summary2.transactionsOmitted} more transactions`] : [],
    `  ${performanceTestLine(summary2)}`
  ];
  const unavailable = summary2.unavailable.map((reason) => plainLine(reason, 300));
  return table.length + unavailable.length > 0 ? ["", ...table, ...unavailable] : [];
}
function columns(rows) {
  const width = (cell) => [...cell].length;
  const widths = rows[0]?.map((_, column2) => Math.max(...rows.map((row) => width(row[column2] ?? "")))) ?? [];
  return rows.map(
    (row) => `  ${row.map((cell, column2) => `${cell}${" ".repeat((widths[column2] ?? 0) - width(cell))}`).join("  ")}`.trimEnd()
  );
}
function firstSeen(report, finding2) {
  if (report.mode === "scan") {
    const when = appeared(report, finding2);
    return when.startsWith("came back") ? `, ${when}` : `, first seen ${when}`;
  }
  const seconds2 = finding2.secondsAfterDeploy;
  if (seconds2 === null) return "";
  return seconds2 < 0 ? `, first ${formatDuration(-seconds2 * 1e3)} before the deploy finished, during its rollout` : `, first ${afterDeploy(finding2)} after deploy`;
}

// src/simulator/http.ts
var ApiError = class extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
  status;
  body;
  name = "ApiError";
};
var notFound = () => new ApiError(404, { detail: "The requested resource does not exist" });
var badRequest = (detail) => new ApiError(400, { detail });
var permissionDenied = () => new ApiError(403, { detail: "You do not have permission to perform this action." });
function sendJson(response, status, body, headers = {}) {
  if (response.destroyed || response.writableEnded) return;
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}
function iso(date) {
  return date ? date.toISOString() : null;
}

// src/simulator/auth.ts
var SIMULATOR_TOKEN = `sntryu_${"5e7a1c0d".repeat(8)}`;
var FULL_SCOPES = [
  "org:read",
  "project:read",
  "project:releases",
  "event:read",
  "team:read",
  "member:read"
];
function authenticate(header, tokens) {
  const match = header ? /^Bearer(?:\s+(.*))?$/i.exec(header.trim()) : null;
  if (!match) throw new ApiError(401, { detail: "Authentication credentials were not provided." });
  const token = match[1]?.trim();
  if (!token) throw new ApiError(401, { detail: "Invalid token header. No credentials provided." });
  if (!tokens.has(token)) throw new ApiError(401, { detail: "Invalid token" });
  return token;
}
function authorize(token, tokens, accepted) {
  const scopes = tokens.get(token);
  if (!scopes || !accepted.some((scope) => scopes.has(scope))) throw permissionDenied();
}

// src/simulator/random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function uniform(random, who) {
  const u = random();
  if (!(u >= 0 && u < 1)) throw new Error(`${who}: random() must return a number in [0, 1), got ${u}`);
  return u;
}
function poissonArrivals(startMs, endMs, perMinute, random, onArrival, who) {
  if (!(Number.isFinite(perMinute) && perMinute >= 0)) {
    throw new Error(`${who}: "perMinute" must be a finite rate >= 0, got ${perMinute}`);
  }
  if (perMinute === 0) return;
  const meanGapMs = 6e4 / perMinute;
  const gap = () => -meanGapMs * Math.log(1 - uniform(random, who));
  for (let at = startMs + gap(); at < endMs; at += gap()) onArrival(at);
}
function logNormal(median, spread, random, who) {
  const radius = Math.sqrt(-2 * Math.log(1 - uniform(random, who)));
  const z = radius * Math.cos(2 * Math.PI * uniform(random, who));
  return median * Math.exp(spread * z);
}

// src/simulator/relative-time.ts
var UNIT_MS2 = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
var EXPRESSION = /^\s*([A-Za-z_][\w-]*)\s*(?:([+-])\s*(.+?))?\s*$/;
var TERM = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/gy;
function parseDurationMs(text2) {
  const compact = text2.replace(/\s+/g, "");
  TERM.lastIndex = 0;
  let total2 = 0;
  let consumed = 0;
  for (let match = TERM.exec(compact); match; match = TERM.exec(compact)) {
    total2 += Number(match[1]) * UNIT_MS2[match[2]];
    consumed = TERM.lastIndex;
  }
  if (consumed === 0 || consumed !== compact.length) {
    throw new Error(`Not a duration: ${JSON.stringify(text2)} (write e.g. 90s, 10m, 2d or 1h30m)`);
  }
  return total2;
}
function resolveTime(input, anchors) {
  if (input instanceof Date) return new Date(input.getTime());
  const relative = EXPRESSION.exec(input);
  if (relative && !/^\d/.test(input.trim())) {
    const [, name, sign, duration3] = relative;
    const anchor = anchors[name];
    if (!anchor) {
      const known = Object.keys(anchors).join(", ") || "none";
      throw new Error(`Unknown time anchor "${name}" in ${JSON.stringify(input)} (known: ${known})`);
    }
    const offset = sign ? parseDurationMs(duration3) * (sign === "-" ? -1 : 1) : 0;
    return new Date(anchor.getTime() + offset);
  }
  const parsed = Date.parse(input);
  if (Number.isNaN(parsed)) throw new Error(`Not a time: ${JSON.stringify(input)}`);
  return new Date(parsed);
}

// src/simulator/traffic.ts
var NOT_FAILURES = /* @__PURE__ */ new Set(["ok", "cancelled", "unknown"]);
function isFailure(status) {
  return !NOT_FAILURES.has(status);
}
function addTransactions(world, inputs) {
  const record = recorder(world);
  for (const input of inputs) {
    const sampleRate = input.sampleRate ?? 1;
    if (!(sampleRate > 0 && sampleRate <= 1))
      throw new Error(`sampleRate must be in (0, 1], got ${sampleRate}`);
    if (!(Number.isFinite(input.durationMs) && input.durationMs >= 0)) {
      throw new Error(`durationMs must be 0 or more, got ${input.durationMs}`);
    }
    const [project, at, processedAt] = record(input);
    world.transactions.push({
      project,
      transaction: input.transaction,
      at,
      processedAt,
      durationMs: input.durationMs,
      status: input.status ?? "ok",
      release: input.release ?? null,
      environment: input.environment ?? "production",
      sampleRate
    });
  }
}
function addSessions(world, inputs) {
  const record = recorder(world);
  for (const input of inputs) {
    const [project, at, processedAt] = record(input);
    world.sessions.push({
      project,
      at,
      processedAt,
      release: input.release,
      environment: input.environment ?? "production",
      status: input.status ?? "healthy",
      user: input.user ?? null
    });
  }
}
function recorder(world) {
  const slugs = new Set(world.projects.map((p) => p.slug));
  const time = (input) => input instanceof Date ? input.getTime() : resolveTime(input, world.anchors).getTime();
  return (input) => {
    const project = input.project ?? world.projects[0]?.slug;
    if (project === void 0 || !slugs.has(project)) {
      throw new Error(`Unknown project ${String(project)}: add it before its traffic`);
    }
    const at = time(input.at);
    const processedAt = input.processedAt ? time(input.processedAt) : at + world.processingDelayMs;
    return [project, at, Math.max(processedAt, at)];
  };
}

// src/simulator/world.ts
function createWorld(options = {}) {
  const anchors = { ...options.anchors ?? {} };
  const org = typeof options.org === "string" || options.org === void 0 ? { slug: options.org ?? "acme" } : options.org;
  const epoch = anchors.now ?? /* @__PURE__ */ new Date();
  return {
    org: {
      id: org.id ?? "1",
      slug: org.slug,
      name: org.name ?? titleCase(org.slug),
      dateCreated: org.dateCreated ? resolveTime(org.dateCreated, anchors) : new Date(epoch.getTime() - 365 * 864e5),
      regionUrl: org.regionUrl ?? null
    },
    projects: [],
    releases: [],
    issues: [],
    transactions: [],
    sessions: [],
    anchors,
    serial: 0,
    processingDelayMs: delayMs(options.processingDelay ?? 0)
  };
}
function delayMs(delay) {
  const ms = typeof delay === "number" ? delay : parseDurationMs(delay);
  if (!(Number.isFinite(ms) && ms >= 0)) throw new Error(`processingDelay must be 0 or more, got ${delay}`);
  return ms;
}
var PROJECT_ID_BASE = 4509e12;
function addProject(world, input) {
  if (world.projects.some((p) => p.slug === input.slug))
    throw new Error(`Project ${input.slug} already exists`);
  const project = {
    id: String(input.id ?? PROJECT_ID_BASE + world.projects.length + 1),
    slug: input.slug,
    name: input.name ?? input.slug,
    platform: input.platform === void 0 ? "javascript" : input.platform,
    dateCreated: world.org.dateCreated
  };
  world.projects.push(project);
  return project;
}
function addRelease(world, input) {
  if (world.releases.some((r) => r.version === input.version))
    throw new Error(`Release ${input.version} already exists`);
  const release2 = {
    id: 1e3 + world.releases.length + 1,
    version: input.version,
    dateCreated: resolveTime(input.created, world.anchors),
    dateReleased: input.released ? resolveTime(input.released, world.anchors) : null,
    projects: input.projects ?? world.projects.map((p) => p.slug),
    deploys: []
  };
  world.releases.push(release2);
  for (const deploy of input.deploys ?? []) addDeploy(world, release2.version, deploy);
  return release2;
}
function addDeploy(world, version, input) {
  const release2 = world.releases.find((r) => r.version === version);
  if (!release2) throw new Error(`Unknown release ${version}`);
  const projects = input.projects ?? release2.projects;
  const invalid = projects.filter((slug) => !release2.projects.includes(slug));
  if (invalid.length > 0) throw new Error(`Invalid projects (${invalid.join(", ")}) for release ${version}`);
  const deploy = {
    id: String(nextSerial(world)),
    environment: input.environment,
    projects: [...projects],
    dateStarted: input.started ? resolveTime(input.started, world.anchors) : null,
    dateFinished: resolveTime(input.finished, world.anchors),
    name: input.name ?? null,
    url: input.url ?? null
  };
  release2.deploys.push(deploy);
  return deploy;
}
var ISSUE_ID_BASE = 6e9;
function addIssue(world, input) {
  const projectSlug = input.project ?? world.projects[0]?.slug;
  const project = world.projects.find((p) => p.slug === projectSlug);
  if (!project) throw new Error(`Unknown project ${String(projectSlug)}: add it before its issues`);
  const number2 = nextShortIdNumber(world, project.slug);
  const category = input.category ?? "error";
  const performance = category === "performance";
  const frames2 = input.frames === void 0 ? performance ? null : defaultFrames(project.slug, number2) : input.frames === null ? null : input.frames.map(toFrame);
  const type = performance ? "transaction" : input.type ?? "error";
  const issue = {
    id: String(input.id ?? ISSUE_ID_BASE + world.issues.length + 1),
    shortId: input.shortId ?? `${project.slug.toUpperCase()}-${base32(number2)}`,
    project: project.slug,
    title: input.title,
    culprit: input.culprit === void 0 ? culpritOf(frames2) : input.culprit,
    level: input.level ?? (performance ? "info" : "error"),
    type,
    category,
    issueType: input.issueType ?? (performance ? "performance_n_plus_one_db_queries" : "error"),
    metadata: input.metadata ?? metadataOf(input.title, type, frames2),
    resolvedAt: (input.resolvedAt ?? []).map((r) => toResolution(r, world.anchors)).sort((a, b) => a.at.getTime() - b.at.getTime()),
    ignored: input.ignored ?? false,
    events: []
  };
  world.issues.push(issue);
  issueFrames.set(issue, frames2);
  for (const event of input.events ?? []) appendEvent(world, issue, event);
  return issue;
}
var shortIdNumbers = /* @__PURE__ */ new WeakMap();
function nextShortIdNumber(world, projectSlug) {
  let numbers = shortIdNumbers.get(world);
  if (!numbers) {
    numbers = /* @__PURE__ */ new Map();
    for (const issue of world.issues) numbers.set(issue.project, (numbers.get(issue.project) ?? 0) + 1);
    shortIdNumbers.set(world, numbers);
  }
  const number2 = (numbers.get(projectSlug) ?? 0) + 1;
  numbers.set(projectSlug, number2);
  return number2;
}
var issueFrames = /* @__PURE__ */ new WeakMap();
function appendEvent(world, issue, input) {
  const at = resolveTime(input.at, world.anchors);
  const processedMs = input.processedAt ? resolveTime(input.processedAt, world.anchors).getTime() : at.getTime() + world.processingDelayMs;
  const event = {
    id: input.id ?? eventId(nextSerial(world)),
    at,
    // Sentry moves a timestamp from the future back to when it received the event, so an event is
    // never processed before its timestamp.
    processedAt: new Date(Math.max(processedMs, at.getTime())),
    environment: input.environment ?? "production",
    release: input.release ?? null,
    user: input.user ?? null,
    tags: input.tags ?? {},
    frames: input.frames === void 0 ? issueFrames.get(issue) ?? null : input.frames === null ? null : input.frames.map(toFrame),
    handled: input.handled ?? true
  };
  let index = issue.events.length;
  while (index > 0 && issue.events[index - 1].at > event.at) index--;
  issue.events.splice(index, 0, event);
  return event;
}
function nextSerial(world) {
  world.serial += 1;
  return world.serial;
}
function toResolution(input, anchors) {
  if (typeof input === "string" || input instanceof Date)
    return { at: resolveTime(input, anchors), inRelease: null };
  return { at: resolveTime(input.at, anchors), inRelease: input.inRelease };
}
function toFrame(input) {
  return {
    filename: input.filename,
    absPath: input.absPath ?? (input.filename.startsWith("/") ? input.filename : `/app/${input.filename}`),
    module: input.module ?? null,
    function: input.function ?? null,
    lineNo: input.lineNo ?? null,
    colNo: input.colNo ?? null,
    inApp: input.inApp ?? true
  };
}
function defaultFrames(projectSlug, number2) {
  return [
    toFrame({
      filename: "node_modules/express/lib/router/layer.js",
      function: "Layer.handle",
      lineNo: 95,
      inApp: false
    }),
    toFrame({
      filename: `src/${projectSlug}/handlers.ts`,
      function: `handle${number2}`,
      lineNo: 10 + number2,
      colNo: 7
    })
  ];
}
function innermostInApp(frames2) {
  return frames2 ? [...frames2].reverse().find((f) => f.inApp) : void 0;
}
function culpritOf(frames2) {
  const frame = innermostInApp(frames2);
  if (!frame) return null;
  return frame.function ? `${frame.function}(${frame.filename})` : frame.filename;
}
function metadataOf(title, type, frames2) {
  if (type !== "error") return { title };
  const colon = title.indexOf(": ");
  const frame = innermostInApp(frames2);
  return {
    type: colon > 0 ? title.slice(0, colon) : "Error",
    value: colon > 0 ? title.slice(colon + 2) : title,
    ...frame ? { filename: frame.filename, function: frame.function } : {},
    in_app_frame_mix: frames2 ? frames2.every((f) => f.inApp) ? "in-app-only" : "mixed" : "system-only"
  };
}
var BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function base32(n) {
  let text2 = "";
  for (let rest = n; rest > 0; rest = Math.floor(rest / 32)) text2 = BASE32[rest % 32] + text2;
  return text2 || "0";
}
function eventId(serial) {
  let state = Math.imul(serial, 2654435761) >>> 0;
  let hex = "";
  for (let i = 0; i < 4; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    hex += state.toString(16).padStart(8, "0");
  }
  return hex;
}
function titleCase(slug) {
  return slug.replace(/(^|[-_])(\w)/g, (_m, sep, c) => (sep ? " " : "") + c.toUpperCase());
}

// src/simulator/builder.ts
var WorldBuilder = class {
  world;
  constructor(options = {}) {
    this.world = createWorld(options);
  }
  /** Names an instant that later relative times can use ("deploy + 3m"). */
  anchor(name, time) {
    this.world.anchors[name] = resolveTime(time, this.world.anchors);
    return this;
  }
  project(slug, options = {}) {
    addProject(this.world, { slug, ...options });
    return this;
  }
  release(version, options) {
    addRelease(this.world, { version, ...options });
    return this;
  }
  deploy(version, deploy) {
    addDeploy(this.world, version, deploy);
    return this;
  }
  issue(input) {
    addIssue(this.world, input);
    return this;
  }
  /** Evenly spaced events in [from, to), e.g. a steady background error. */
  series(input) {
    const { from, to, every, users, ...event } = input;
    const start = this.time(from);
    const end = this.time(to);
    const step = parseDurationMs(every);
    if (step <= 0) throw new Error(`series: "every" must be positive, got ${every}`);
    const events = [];
    for (let at = start, i = 0; at < end; at += step, i++) {
      events.push({
        ...event,
        at: new Date(at),
        user: users?.length ? users[i % users.length] : null
      });
    }
    return events;
  }
  /**
   * Events of a homogeneous Poisson process with rate `perMinute` in [from, to): the gaps between
   * events are independent exponential draws (inverse transform, -ln(1 - U) / λ, U from `random`), so
   * the count in any window of length t is Poisson(λt). For statistics tests on seeded random worlds.
   */
  poissonSeries(input) {
    const { from, to, perMinute, random, users, ...event } = input;
    const events = [];
    poissonArrivals(
      this.time(from),
      this.time(to),
      perMinute,
      random,
      (at) => {
        const user = users?.length ? pick(users, random, "poissonSeries") : null;
        events.push({ ...event, at: new Date(at), user });
      },
      "poissonSeries"
    );
    return events;
  }
  /** Adds sampled transactions (segment spans), e.g. from transactionSeries. */
  transactions(inputs) {
    addTransactions(this.world, inputs);
    return this;
  }
  /** Adds release-health sessions, e.g. from sessionSeries. */
  sessions(inputs) {
    addSessions(this.world, inputs);
    return this;
  }
  /**
   * Transactions arriving as poissonSeries' events do, each with a log-normal duration, then failing
   * with probability `failureRate`: per arrival, two draws for the duration and one for the failure.
   */
  transactionSeries(input) {
    const { from, to, perMinute, random, medianMs, spread, failureRate = 0, failureStatus, ...rest } = input;
    const who = "transactionSeries";
    const transactions = [];
    poissonArrivals(
      this.time(from),
      this.time(to),
      perMinute,
      random,
      (at) => {
        const durationMs = logNormal(medianMs, spread, random, who);
        const failed2 = uniform(random, who) < failureRate;
        transactions.push({
          transaction: rest.transaction,
          project: rest.project,
          release: rest.release,
          environment: rest.environment,
          sampleRate: rest.sampleRate,
          at: new Date(at),
          durationMs,
          status: failed2 ? failureStatus ?? "internal_error" : "ok"
        });
      },
      who
    );
    return transactions;
  }
  /** Sessions arriving as poissonSeries' events do; per arrival, one draw for the status, one for the user. */
  sessionSeries(input) {
    const { from, to, perMinute, random, crashRate = 0, erroredRate = 0, users, ...rest } = input;
    const who = "sessionSeries";
    const sessions = [];
    poissonArrivals(
      this.time(from),
      this.time(to),
      perMinute,
      random,
      (at) => {
        const u = uniform(random, who);
        const status = u < crashRate ? "crashed" : u < crashRate + erroredRate ? "errored" : "healthy";
        const user = users?.length ? pick(users, random, who) : null;
        sessions.push({
          release: rest.release,
          project: rest.project,
          environment: rest.environment,
          at: new Date(at),
          status,
          user
        });
      },
      who
    );
    return sessions;
  }
  time(input) {
    return resolveTime(input, this.world.anchors).getTime();
  }
  build() {
    return this.world;
  }
};
function pick(items, random, who) {
  return items[Math.floor(uniform(random, who) * items.length)];
}

// src/simulator/clock.ts
var systemClock2 = () => /* @__PURE__ */ new Date();
function fixedClock(at) {
  return () => new Date(at.getTime());
}
function toClock(now) {
  if (now === void 0) return systemClock2;
  return now instanceof Date ? fixedClock(now) : now;
}

// src/simulator/rate-limit.ts
var SENTRY_RATE_LIMITS = {
  limit: 40,
  windowSeconds: 1,
  concurrentLimit: 25,
  // events and events-timeseries: 30/s (their RateLimitConfig; their concurrency cap of 15 is not
  // modelled per route).
  routes: { issue: 5, "issue-event": 15, events: 30, "events-timeseries": 30 }
};
function tooFrequent(limit, windowSeconds) {
  return {
    detail: `You are attempting to use this endpoint too frequently. Limit is ${limit} requests in ${windowSeconds} seconds`
  };
}
var RateLimiter = class {
  constructor(options, clockMs = Date.now) {
    this.options = options;
    this.clockMs = clockMs;
  }
  options;
  clockMs;
  windows = /* @__PURE__ */ new Map();
  inFlight = /* @__PURE__ */ new Map();
  admit(caller, route) {
    const key = `${caller}\0${route}`;
    const limit = this.options.routes?.[route] ?? this.options.limit;
    const window = this.options.windowSeconds;
    const nowSeconds = this.clockMs() / 1e3;
    const start = Math.floor(nowSeconds / window) * window;
    const current = this.windows.get(key);
    const entry = current && current.start === start ? current : { start, count: 0 };
    entry.count += 1;
    this.windows.set(key, entry);
    const concurrent = (this.inFlight.get(key) ?? 0) + 1;
    const { concurrentLimit } = this.options;
    let refusal = null;
    if (entry.count > limit) {
      refusal = tooFrequent(limit, window);
    } else if (concurrent > concurrentLimit) {
      refusal = {
        detail: `You are attempting to go above the allowed concurrency for this endpoint. Concurrency limit is ${concurrentLimit}`
      };
    }
    const admitted = refusal === null;
    if (admitted) this.inFlight.set(key, concurrent);
    const headers = rateLimitHeaders({
      limit,
      remaining: Math.max(0, limit - entry.count),
      resetSeconds: start + window,
      concurrentLimit,
      concurrentRemaining: Math.max(0, concurrentLimit - (admitted ? concurrent : concurrent - 1))
    });
    let released = !admitted;
    return {
      headers,
      refusal,
      done: () => {
        if (released) return;
        released = true;
        this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1);
      }
    };
  }
};
function rateLimitHeaders(values) {
  return {
    "X-Sentry-Rate-Limit-Limit": String(values.limit),
    "X-Sentry-Rate-Limit-Remaining": String(values.remaining),
    "X-Sentry-Rate-Limit-Reset": String(Math.ceil(values.resetSeconds)),
    "X-Sentry-Rate-Limit-ConcurrentLimit": String(values.concurrentLimit),
    "X-Sentry-Rate-Limit-ConcurrentRemaining": String(values.concurrentRemaining)
  };
}

// src/simulator/scenarios.ts
var RELEASES = {
  current: "3f2c9a1e7b6d5c4a3b2e1f0d9c8b7a6f5e4d3c21",
  previous: "9b1de0c3f6a2e4b58d7c1a0f2e3d4c5b6a798812",
  old: "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d"
};
var ORG = "acme";
var ENVIRONMENT = "production";
var HOSTILE_TITLE = "TypeError: cart.items is undefined @octocat <img src=x onerror=alert(1)> | `total` | [reset password](https://evil.example/phish)";
var frames = (file, fn, line) => [
  {
    filename: "node_modules/express/lib/router/layer.js",
    function: "Layer.handle",
    lineNo: 95,
    inApp: false
  },
  { filename: "src/server/routes.ts", function: "router.post", lineNo: 41 },
  { filename: file, function: fn, lineNo: line, colNo: 13 },
  { filename: "node_modules/lodash/lodash.js", function: "baseGet", lineNo: 3077, inApp: false }
];
function baseWorld(now) {
  const deploy = new Date(now.getTime() - 12 * 6e4);
  return new WorldBuilder({ org: ORG, anchors: { now, deploy }, processingDelay: "20s" }).project("web", { platform: "javascript" }).project("api", { platform: "node" }).release(RELEASES.old, {
    created: "deploy - 30d",
    deploys: [{ environment: ENVIRONMENT, finished: "deploy - 30d" }]
  }).release(RELEASES.previous, {
    created: "deploy - 5d 2h",
    deploys: [
      { environment: "staging", finished: "deploy - 5d 1h" },
      { environment: ENVIRONMENT, started: "deploy - 5d 2m", finished: "deploy - 5d" }
    ]
  }).release(RELEASES.current, {
    created: "deploy - 50m",
    deploys: [
      { environment: "staging", finished: "deploy - 40m" },
      { environment: ENVIRONMENT, started: "deploy - 5m", finished: "deploy", name: "production deploy" }
    ]
  });
}
function addNoisyIssue(b, currentRelease) {
  const users = ["u101", "u102", "u103", "u104", "u105"];
  const base = { environment: ENVIRONMENT, users };
  b.issue({
    project: "web",
    title: "Error: Request aborted",
    level: "error",
    frames: frames("src/api/client.ts", "fetchJson", 58),
    events: [
      ...b.series({ ...base, from: "deploy - 20d", to: "deploy - 5d", every: "6h", release: RELEASES.old }),
      ...b.series({ ...base, from: "deploy - 5d", to: "deploy", every: "10m", release: RELEASES.previous }),
      ...b.series({ ...base, from: "deploy + 30s", to: "now", every: "10m", release: currentRelease })
    ]
  });
}
var CHECKOUT = "POST /api/checkout";
function addTraffic(b, checkoutSlowdown) {
  const transactions = [
    { project: "web", transaction: "GET /", perMinute: 4, medianMs: 250, failureRate: 2e-3 },
    { project: "api", transaction: "GET /api/products", perMinute: 6, medianMs: 80, failureRate: 3e-3 },
    { project: "api", transaction: CHECKOUT, perMinute: 24, medianMs: 140, failureRate: 0.01 }
  ];
  const users = Array.from({ length: 400 }, (_, i) => `u${1e3 + i}`);
  const releases = [
    { release: RELEASES.previous, from: "deploy - 24h", to: "deploy", slowdown: 1 },
    { release: RELEASES.current, from: "deploy", to: "now", slowdown: checkoutSlowdown }
  ];
  let seed = 7;
  for (const { release: release2, from, to, slowdown } of releases) {
    const common2 = { release: release2, from, to, environment: ENVIRONMENT };
    for (const { medianMs, transaction, ...rest } of transactions) {
      b.transactions(
        b.transactionSeries({
          ...common2,
          ...rest,
          transaction,
          medianMs: transaction === CHECKOUT ? medianMs * slowdown : medianMs,
          spread: 0.3,
          sampleRate: 0.5,
          random: seededRandom(seed++)
        })
      );
    }
    b.sessions(
      b.sessionSeries({
        ...common2,
        project: "web",
        perMinute: 8,
        crashRate: 2e-3,
        erroredRate: 0.02,
        users,
        random: seededRandom(seed++)
      })
    );
  }
}
var UNCLAIMED = "Refactors the cart; no issue fixed.";
function scenario(name, description, b, expected, pullRequestBody = UNCLAIMED) {
  return {
    name,
    description,
    pullRequestBody,
    world: b.build(),
    org: ORG,
    projects: ["web", "api"],
    release: RELEASES.current,
    environment: ENVIRONMENT,
    deployedAt: b.world.anchors.deploy,
    token: SIMULATOR_TOKEN,
    expected
  };
}
function regressionScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  const current = { release: RELEASES.current, environment: ENVIRONMENT };
  b.issue({
    project: "web",
    title: HOSTILE_TITLE,
    frames: frames("src/checkout/cart.ts", "getTotal", 87),
    events: [
      { ...current, at: "deploy + 2m", user: "u1", handled: false },
      { ...current, at: "deploy + 3m", user: "u2", handled: false },
      { ...current, at: "deploy + 5m", user: "u1", handled: false },
      { ...current, at: "deploy + 8m", user: "u3", handled: false },
      { ...current, at: "deploy + 11m", user: "u4", handled: false }
    ]
  });
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    frames: frames("src/auth/session.ts", "restoreSession", 23),
    resolvedAt: ["deploy - 6d"],
    events: [
      ...b.series({
        from: "deploy - 20d",
        to: "deploy - 8d",
        every: "12h",
        release: RELEASES.old,
        environment: ENVIRONMENT,
        users: ["u7", "u8"]
      }),
      { ...current, at: "deploy + 4m", user: "u9" },
      { ...current, at: "deploy + 6m", user: "u10" },
      { ...current, at: "deploy + 10m", user: "u9" }
    ]
  });
  addNoisyIssue(b, RELEASES.current);
  addTraffic(b, 2.5);
  b.issue({
    project: "web",
    title: "RangeError: Maximum call stack size exceeded",
    frames: frames("src/components/Tree.tsx", "renderNode", 112),
    events: b.series({
      from: "deploy - 35m",
      to: "now",
      every: "7m",
      release: RELEASES.current,
      environment: "staging",
      users: ["qa1"]
    })
  });
  b.issue({
    project: "web",
    title: "TypeError: price.toFixed is not a function",
    frames: frames("src/checkout/price.ts", "formatPrice", 14),
    events: [
      { release: RELEASES.current, environment: "staging", at: "deploy - 30m", user: "qa1" },
      { release: RELEASES.current, environment: "staging", at: "deploy - 20m", user: "qa2" },
      { ...current, at: "deploy - 3m", user: "u11" },
      { ...current, at: "deploy + 9m", user: "u12" }
    ]
  });
  b.issue({
    project: "web",
    title: "ChunkLoadError: Loading chunk 42 failed",
    ignored: true,
    events: [
      ...b.series({
        from: "deploy - 10d",
        to: "deploy",
        every: "1d",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["u20"]
      }),
      { ...current, at: "deploy + 7m", user: "u21" }
    ]
  });
  b.issue({
    project: "api",
    title: "Error: Redis connection timeout",
    frames: frames("src/db/redis.ts", "connect", 66),
    resolvedAt: ["deploy - 4d"],
    events: [
      ...b.series({
        from: "deploy - 15d",
        to: "deploy - 4d 1h",
        every: "1d",
        release: RELEASES.old,
        environment: ENVIRONMENT,
        users: ["svc"]
      }),
      ...b.series({
        from: "deploy - 3d",
        to: "deploy",
        every: "2h",
        release: RELEASES.previous,
        environment: ENVIRONMENT,
        users: ["svc"]
      }),
      { ...current, at: "deploy + 1m", user: "svc" },
      { ...current, at: "deploy + 5m", user: "svc" },
      { ...current, at: "deploy + 8m", user: "svc" }
    ]
  });
  const previous = { release: RELEASES.previous, environment: ENVIRONMENT };
  b.issue({
    project: "api",
    title: "TimeoutError: payment gateway took too long",
    frames: frames("src/payments/gateway.ts", "charge", 131),
    events: [
      ...b.series({ ...previous, from: "deploy - 3d", to: "deploy", every: "10m", users: ["u30", "u31"] }),
      ...b.series({
        ...current,
        from: "deploy + 20s",
        to: "now",
        every: "15s",
        users: ["u32", "u33", "u34"]
      })
    ]
  });
  b.issue({
    project: "web",
    title: "TypeError: discount is null",
    frames: frames("src/checkout/discount.ts", "applyDiscount", 19),
    events: b.series({ ...previous, from: "deploy - 2d", to: "deploy", every: "30m", users: ["u40", "u41"] })
  });
  b.issue({
    project: "web",
    title: "Error: coupon code rejected",
    frames: frames("src/checkout/coupon.ts", "redeem", 52),
    events: [
      ...b.series({ ...previous, from: "deploy - 2d", to: "deploy", every: "1h", users: ["u42"] }),
      { ...current, at: "deploy + 4m", user: "u43" },
      { ...current, at: "deploy + 9m", user: "u44" }
    ]
  });
  const shortId = (title) => b.world.issues.find((i) => i.title === title)?.shortId;
  const discount = shortId("TypeError: discount is null");
  const coupon = shortId("Error: coupon code rejected");
  return scenario(
    "regression",
    "A release that broke production: two new issues (one during its rollout), one regression, a spike, and a claimed fix that did not hold.",
    b,
    {
      verdict: "fail",
      new: [shortId(HOSTILE_TITLE), shortId("TypeError: price.toFixed is not a function")],
      regressed: [shortId("ReferenceError: session is not defined")],
      spike: [shortId("TimeoutError: payment gateway took too long")],
      latency: [CHECKOUT],
      fixes: { [discount]: "confirmed", [coupon]: "unfixed" }
    },
    `Checkout fixes.

Fixes ${discount} and resolves ${coupon.toLowerCase()}.

<!-- Template: write "Fixes WEB-123" to link a Sentry issue. -->
`
  );
}
function cleanScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  addNoisyIssue(b, RELEASES.current);
  b.issue({
    project: "web",
    title: "ReferenceError: session is not defined",
    resolvedAt: ["deploy - 6d"],
    events: b.series({
      from: "deploy - 20d",
      to: "deploy - 8d",
      every: "12h",
      release: RELEASES.old,
      environment: ENVIRONMENT
    })
  });
  return scenario("clean", "A healthy release: traffic from it, nothing new or regressed.", b, {
    verdict: "pass",
    new: [],
    regressed: [],
    spike: [],
    fixes: {}
  });
}
function quietScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  addTraffic(b, 1);
  b.issue({
    project: "api",
    title: "Error: connection reset by peer",
    events: b.series({
      from: "deploy - 3d",
      to: "deploy - 1d",
      every: "6h",
      release: RELEASES.previous,
      environment: ENVIRONMENT
    })
  });
  return scenario("quiet", "A healthy release that sent no error at all: its traffic shows it ran.", b, {
    verdict: "pass",
    new: [],
    regressed: [],
    spike: [],
    latency: [],
    fixes: {}
  });
}
function silentScenario(now = /* @__PURE__ */ new Date()) {
  const b = baseWorld(now);
  addNoisyIssue(b, null);
  return scenario("silent", "No event from the release since the deploy: inconclusive.", b, {
    verdict: "inconclusive",
    new: [],
    regressed: [],
    spike: [],
    fixes: {}
  });
}
function scenarioInputs(scenario2, url) {
  return {
    "auth-token": scenario2.token,
    org: scenario2.org,
    project: scenario2.projects.join(","),
    url,
    environment: scenario2.environment,
    release: scenario2.release
  };
}
var SCENARIOS = {
  regression: regressionScenario,
  clean: cleanScenario,
  quiet: quietScenario,
  silent: silentScenario
};

// src/simulator/server.ts
import { createServer } from "node:http";

// src/simulator/faults.ts
var FaultQueue = class {
  queue = [];
  push(fault) {
    this.queue.push({ fault, left: fault.times ?? 1 });
  }
  clear() {
    this.queue.length = 0;
  }
  get pending() {
    return this.queue.length;
  }
  /** The fault for this request, if one matches; it is used up after `times` requests. */
  take(route, path, query) {
    const index = this.queue.findIndex(
      ({ fault }) => matches(fault.match, route, path) && hasParams(fault.params, query)
    );
    const entry = this.queue[index];
    if (!entry) return void 0;
    entry.left -= 1;
    if (entry.left <= 0) this.queue.splice(index, 1);
    return entry.fault;
  }
};
function matches(match, route, path) {
  if (match === void 0) return true;
  return typeof match === "string" ? match === route : match.test(path);
}
function hasParams(params, query) {
  if (params === void 0) return true;
  return Object.entries(params).every(([name, value2]) => query?.getAll(name).includes(value2) ?? false);
}
function breakShape(body) {
  const target = Array.isArray(body) ? body[0] : body;
  if (target && typeof target === "object") {
    const record = target;
    delete record.shortId;
    record.count = { value: record.count ?? 0 };
    if ("version" in record) record.version = 42;
  }
  return body;
}

// src/simulator/derived.ts
var DAY_MS = 864e5;
var TRANSITION_AFTER_MS = 7 * DAY_MS;
function visibleEvents(issue, now) {
  const events = issue.events;
  const nowMs = now.getTime();
  let lateness = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const at = event.at.getTime();
    if (i > 0 && events[i - 1].at.getTime() > at) {
      events.sort((a, b) => a.at.getTime() - b.at.getTime());
      return visibleEvents(issue, now);
    }
    lateness = Math.max(lateness, event.processedAt.getTime() - at);
  }
  const end = firstIndexAfter(events, nowMs);
  let visible = null;
  for (let i = lateness === 0 ? end : firstIndexAfter(events, nowMs - lateness); i < end; i++) {
    const event = events[i];
    if (event.processedAt.getTime() <= nowMs) visible?.push(event);
    else visible ??= events.slice(0, i);
  }
  return visible ?? (end === events.length ? events : events.slice(0, end));
}
function eventsBetween(events, startMs, endMs) {
  const from = firstIndexAtOrAfter(events, startMs);
  const to = firstIndexAtOrAfter(events, endMs);
  return from === 0 && to === events.length ? events : events.slice(from, Math.max(from, to));
}
function firstIndexAtOrAfter(events, ms) {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (events[mid].at.getTime() < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}
function firstIndexAfter(events, ms) {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (events[mid].at.getTime() <= ms) low = mid + 1;
    else high = mid;
  }
  return low;
}
function firstProcessed(events) {
  let first = events[0];
  for (const event of events) {
    if (event.processedAt.getTime() < first.processedAt.getTime()) first = event;
  }
  return first;
}
function groupFirstRelease(events) {
  return firstProcessed(events)?.release ?? null;
}
function groupEnvironments(events, environments) {
  const firsts = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (environments && !environments.has(event.environment)) continue;
    const first = firsts.get(event.environment);
    if (!first || event.processedAt.getTime() < first.processedAt.getTime())
      firsts.set(event.environment, event);
  }
  return [...firsts.values()];
}
function detailReleases(events) {
  let earliest = null;
  const rows = /* @__PURE__ */ new Map();
  for (const event of events) {
    if (event.release === null) continue;
    const key = `${event.release}\0${event.environment}`;
    const row = rows.get(key);
    if (!row || event.processedAt.getTime() < row.processedAt.getTime()) rows.set(key, event);
  }
  for (const row of rows.values()) {
    if (!earliest || row.at.getTime() < earliest.at)
      earliest = { at: row.at.getTime(), release: row.release };
  }
  const last = events.findLast((event) => event.release !== null)?.release ?? null;
  return { first: groupFirstRelease(events) ?? earliest?.release ?? null, last };
}
function issueState(issue, events, now, order) {
  const first = events[0];
  if (!first) throw new Error(`Issue ${issue.shortId} has no event yet, so it does not exist`);
  if (issue.ignored) {
    return {
      status: "ignored",
      substatus: "archived_forever",
      resolutions: [],
      regressions: [],
      resolvedInRelease: null
    };
  }
  const resolutions = [];
  const regressions = [];
  let resolved = null;
  if (issue.resolvedAt.length > 0) {
    const created = firstProcessed(events).processedAt.getTime();
    const processed = byProcessing(events);
    let next = 0;
    const processUntil = (ms) => {
      for (; next < processed.length; next++) {
        const event = processed[next];
        if (event.processedAt.getTime() > ms) return;
        if (!resolved || resolutionHolds(resolved, event.release, order)) continue;
        regressions.push({
          at: event.processedAt,
          release: event.release,
          eventId: event.id,
          resolvedInVersion: resolved.inRelease
        });
        resolved = null;
      }
    };
    for (const resolution of issue.resolvedAt) {
      const at = resolution.at.getTime();
      if (at > now.getTime()) break;
      if (at < created) continue;
      processUntil(at);
      if (resolved) continue;
      resolutions.push(resolution);
      resolved = resolution;
    }
    processUntil(now.getTime());
  }
  const current = resolved;
  if (current) {
    return {
      status: "resolved",
      substatus: null,
      resolutions,
      regressions,
      resolvedInRelease: current.inRelease
    };
  }
  const lastRegression = regressions.at(-1);
  const since = lastRegression ? lastRegression.at : first.at;
  const fresh = now.getTime() - since.getTime() < TRANSITION_AFTER_MS;
  const substatus = fresh ? lastRegression ? "regressed" : "new" : "ongoing";
  return { status: "unresolved", substatus, resolutions, regressions, resolvedInRelease: null };
}
function byProcessing(events) {
  for (let i = 1; i < events.length; i++) {
    if (events[i - 1].processedAt.getTime() > events[i].processedAt.getTime()) {
      return [...events].sort((a, b) => a.processedAt.getTime() - b.processedAt.getTime());
    }
  }
  return events;
}
function resolutionHolds(resolution, release2, order) {
  if (resolution.inRelease === null) return false;
  if (release2 === null) return true;
  if (release2 === resolution.inRelease) return false;
  const resolvedIn = order(resolution.inRelease);
  if (resolvedIn === null)
    throw new Error(`Resolved in release ${resolution.inRelease}, which Sentry does not know`);
  return resolvedIn >= order(release2);
}
function issueActivity(issue, events, now, order) {
  const state = issueState(issue, events, now, order);
  const first = events[0];
  const entries = [];
  for (const { at, inRelease } of state.resolutions) {
    entries.push(
      inRelease === null ? { type: "set_resolved", dateCreated: at, data: {} } : { type: "set_resolved_in_release", dateCreated: at, data: { version: inRelease } }
    );
  }
  for (const r of state.regressions) {
    const compared = r.resolvedInVersion === null ? {} : { follows_semver: false, resolved_in_version: r.resolvedInVersion };
    entries.push({
      type: "set_regression",
      dateCreated: r.at,
      data: { event_id: r.eventId, version: r.release ?? "", ...compared }
    });
  }
  const changes = [
    first.at,
    ...state.resolutions.map((r) => r.at),
    ...state.regressions.map((r) => r.at)
  ].sort((a, b) => a.getTime() - b.getTime());
  const becameUnresolved = [first.at, ...state.regressions.map((r) => r.at)];
  for (const start of becameUnresolved) {
    const ongoingAt = new Date(start.getTime() + TRANSITION_AFTER_MS);
    const interrupted = changes.some((c) => c > start && c <= ongoingAt);
    if (!issue.ignored && !interrupted && ongoingAt <= now) {
      entries.push({ type: "auto_set_ongoing", dateCreated: ongoingAt, data: { after_days: 7 } });
    }
  }
  entries.sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
  const numbered = entries.map((entry, index) => ({
    id: `${issue.id}${String(entries.length - index).padStart(3, "0")}`,
    ...entry
  }));
  return [...numbered, { id: "0", type: "first_seen", dateCreated: first.at, data: {} }];
}

// src/simulator/releases.ts
function releaseViews(world, now) {
  const views = /* @__PURE__ */ new Map();
  for (const release2 of world.releases) {
    if (release2.dateCreated > now) continue;
    views.set(release2.version, {
      id: release2.id,
      version: release2.version,
      dateCreated: release2.dateCreated,
      dateReleased: release2.dateReleased,
      projects: new Set(release2.projects),
      // A deploy record exists from dateFinished on, so the newest is also the last one created.
      deploys: release2.deploys.filter((d) => d.dateFinished <= now).sort((a, b) => b.dateFinished.getTime() - a.dateFinished.getTime() || Number(b.id) - Number(a.id)),
      firstEvent: null,
      lastEvent: null,
      newGroups: /* @__PURE__ */ new Map()
    });
  }
  const createdAt = /* @__PURE__ */ new Map();
  for (const issue of world.issues) {
    const events = visibleEvents(issue, now);
    for (const event of events) {
      if (event.release === null) continue;
      let view2 = views.get(event.release);
      if (!view2) {
        view2 = {
          id: 1e5 + views.size,
          version: event.release,
          dateCreated: event.at,
          dateReleased: null,
          projects: /* @__PURE__ */ new Set(),
          deploys: [],
          firstEvent: null,
          lastEvent: null,
          newGroups: /* @__PURE__ */ new Map()
        };
        views.set(event.release, view2);
        createdAt.set(event.release, event.processedAt.getTime());
      }
      const created = createdAt.get(event.release);
      if (created !== void 0 && event.processedAt.getTime() < created) {
        view2.dateCreated = event.at;
        createdAt.set(event.release, event.processedAt.getTime());
      }
      view2.projects.add(issue.project);
      if (!view2.firstEvent || event.at.getTime() < view2.firstEvent.getTime()) view2.firstEvent = event.at;
      if (!view2.lastEvent || event.at.getTime() > view2.lastEvent.getTime()) view2.lastEvent = event.at;
    }
    const first = groupFirstRelease(events);
    const view = first === null ? void 0 : views.get(first);
    if (view) view.newGroups.set(issue.project, (view.newGroups.get(issue.project) ?? 0) + 1);
  }
  return views;
}
function latestDeploys(view, projects) {
  const pairs = /* @__PURE__ */ new Set();
  return view.deploys.filter((deploy) => {
    let latest = false;
    for (const project of deploy.projects) {
      const pair = `${project}\0${deploy.environment}`;
      if (pairs.has(pair)) continue;
      pairs.add(pair);
      if (projects.has(project)) latest = true;
    }
    return latest;
  });
}
function releaseOrder(world, now) {
  let views;
  return (version) => {
    views ??= releaseViews(world, now);
    const view = views.get(version);
    return view ? (view.dateReleased ?? view.dateCreated).getTime() : null;
  };
}
function latestReleaseVersion(views, projects) {
  let latest = null;
  for (const view of views.values()) {
    if (![...view.projects].some((p) => projects.has(p))) continue;
    if (!latest || view.dateCreated > latest.dateCreated) latest = view;
  }
  return latest?.version ?? null;
}

// src/simulator/search-query.ts
var SearchQueryError = class extends Error {
  name = "SearchQueryError";
};
var KEY = /^[A-Za-z_][\w.\-[\]]*$/;
function parseSearchQuery(query) {
  return tokenize(query, false);
}
function compileBooleanQuery(query, term) {
  if (query === null) return () => true;
  if (!("items" in query)) return term(query);
  const tests = query.items.map((item) => compileBooleanQuery(item, term));
  return query.kind === "and" ? (x) => tests.every((test) => test(x)) : (x) => tests.some((test) => test(x));
}
function parseBooleanSearchQuery(query) {
  const tokens = tokenize(query, true);
  if (tokens.length === 0) return null;
  let i = 0;
  const orExpression = () => {
    const items = [andExpression()];
    while (tokens[i] === "OR") {
      i++;
      if (i === tokens.length || tokens[i] === ")") {
        throw new SearchQueryError("Condition is missing on the right side of 'OR' operator");
      }
      items.push(andExpression());
    }
    return items.length === 1 ? items[0] : { kind: "or", items };
  };
  const andExpression = () => {
    const items = [operand()];
    for (let token = tokens[i]; token !== void 0 && token !== "OR" && token !== ")"; token = tokens[i]) {
      if (token === "AND") {
        i++;
        if (i === tokens.length || tokens[i] === ")" || tokens[i] === "OR") {
          throw new SearchQueryError("Condition is missing on the right side of 'AND' operator");
        }
      }
      items.push(operand());
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  };
  const operand = () => {
    const token = tokens[i++];
    if (token === "(") {
      const inner = orExpression();
      if (tokens[i++] !== ")") throw new SearchQueryError("Unbalanced parentheses in the search query");
      return inner;
    }
    if (token === "AND" || token === "OR") {
      throw new SearchQueryError(`Condition is missing on the left side of '${token}' operator`);
    }
    if (token === ")" || token === void 0) {
      throw new SearchQueryError("Unbalanced parentheses in the search query");
    }
    return token;
  };
  const expression = orExpression();
  if (i < tokens.length) throw new SearchQueryError("Unbalanced parentheses in the search query");
  return expression;
}
function tokenize(query, boolean3) {
  const tokens = [];
  let freeWords = [];
  const flushFree = () => {
    if (freeWords.length > 0) tokens.push({ kind: "text", text: freeWords.join(" ") });
    freeWords = [];
  };
  const wordEnd = boolean3 ? /[\s()]/ : /\s/;
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (boolean3 && (c === "(" || c === ")")) {
      flushFree();
      tokens.push(c);
      i++;
      continue;
    }
    if (c === '"') {
      const [text2, next] = readQuoted(query, i);
      flushFree();
      tokens.push({ kind: "text", text: text2 });
      i = next;
      continue;
    }
    const filter = readFilter(query, i, wordEnd);
    if (filter) {
      flushFree();
      tokens.push(filter.term);
      i = filter.next;
      continue;
    }
    let end = i;
    while (end < query.length && !wordEnd.test(query[end])) end++;
    const word = query.slice(i, end);
    const operator = word.toUpperCase();
    if (operator === "AND" || operator === "OR") {
      if (!boolean3) {
        throw new SearchQueryError(
          'Boolean statements containing "OR" or "AND" are not supported in this search'
        );
      }
      flushFree();
      tokens.push(operator);
    } else {
      freeWords.push(word);
    }
    i = end;
  }
  flushFree();
  return tokens;
}
function readFilter(query, start, valueEnd) {
  const colon = query.indexOf(":", start);
  if (colon < 0) return null;
  const head = query.slice(start, colon);
  const negated = head.startsWith("!");
  const key = negated ? head.slice(1) : head;
  if (!KEY.test(key)) return null;
  let i = colon + 1;
  const base = { kind: "filter", key, negated };
  if (query[i] === '"') {
    const [value3, next] = readQuoted(query, i);
    return { term: { ...base, values: [value3], list: false, quoted: true }, next };
  }
  if (query[i] === "[") {
    const close = findListEnd(query, i);
    const values = splitList(query.slice(i + 1, close));
    if (values.length === 0 || values.some((v) => v === "")) {
      throw new SearchQueryError(
        `Invalid list in "${query.slice(start, close + 1)}": lists need values separated by commas`
      );
    }
    return { term: { ...base, values, list: true, quoted: false }, next: close + 1 };
  }
  while (i < query.length && !valueEnd.test(query[i])) i++;
  const value2 = query.slice(colon + 1, i);
  if (value2 === "") return null;
  return { term: { ...base, values: [value2], list: false, quoted: false }, next: i };
}
function readQuoted(query, start) {
  let text2 = "";
  for (let i = start + 1; i < query.length; i++) {
    const c = query[i];
    if (c === "\\" && query[i + 1] === '"') {
      text2 += '"';
      i++;
    } else if (c === '"') {
      return [text2, i + 1];
    } else {
      text2 += c;
    }
  }
  throw new SearchQueryError(`Unterminated quote in "${query.slice(start)}"`);
}
function findListEnd(query, open) {
  let quoted = false;
  for (let i = open + 1; i < query.length; i++) {
    if (quoted && query[i] === "\\" && query[i + 1] === '"') i++;
    else if (query[i] === '"') quoted = !quoted;
    else if (query[i] === "]" && !quoted) return i;
  }
  throw new SearchQueryError(`Unterminated list in "${query.slice(open)}"`);
}
function splitList(inner) {
  const values = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "\\" && inner[i + 1] === '"') {
      current += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      values.push(current.trim());
      current = "";
    } else current += c;
  }
  values.push(current.trim());
  return values;
}

// src/simulator/issue-search.ts
var SORT_KEYS = ["date", "new", "freq", "user", "trends", "recommended"];
function hitEvents(hit, params, result) {
  const { environments } = params;
  const inEnvironments = environments ? hit.events.filter((e) => environments.has(e.environment)) : hit.events;
  return {
    inEnvironments,
    inWindow: eventsBetween(inEnvironments, params.start.getTime(), params.end.getTime()),
    conditionEvents: result.hasEventConditions ? inEnvironments.filter((e) => result.eventTest(e, hit.issue)) : inEnvironments
  };
}
function seenStats(events) {
  const users = /* @__PURE__ */ new Set();
  for (const event of events) if (event.user !== null) users.add(event.user);
  return {
    count: events.length,
    userCount: users.size,
    firstSeen: events[0]?.at ?? null,
    lastSeen: events.at(-1)?.at ?? null
  };
}
var Candidate = class {
  constructor(issue, events, environments, now, order) {
    this.issue = issue;
    this.events = events;
    this.environments = environments;
    this.now = now;
    this.order = order;
  }
  issue;
  events;
  environments;
  now;
  order;
  cachedState;
  cachedRows;
  state() {
    this.cachedState ??= issueState(this.issue, this.events, this.now, this.order);
    return this.cachedState;
  }
  /** The selected environments' GroupEnvironment rows, as the first event processed in each. */
  environmentRows() {
    this.cachedRows ??= groupEnvironments(this.events, this.environments);
    return this.cachedRows;
  }
};
function searchIssues(world, params, now) {
  const { issueTests, eventTests, aggregateTests } = compileQuery(
    parseSearchQuery(params.query),
    world,
    params.projects,
    now
  );
  const eventTest = (event, issue) => eventTests.every((test) => test(event, issue));
  const start = params.start.getTime();
  const end = params.end.getTime();
  const { environments, projects } = params;
  const order = releaseOrder(world, now);
  const hits = [];
  for (const issue of world.issues) {
    if (!projects.has(issue.project)) continue;
    const events = visibleEvents(issue, now);
    const matched = [];
    for (let i = firstIndexAtOrAfter(events, start); i < events.length; i++) {
      const event = events[i];
      if (event.at.getTime() >= end) break;
      if (environments && !environments.has(event.environment)) continue;
      if (eventTests.length === 0 || eventTest(event, issue)) matched.push(event);
    }
    if (matched.length === 0) continue;
    if (issueTests.length > 0) {
      const candidate = new Candidate(issue, events, environments, now, order);
      if (!issueTests.every((test) => test(candidate))) continue;
    }
    if (!aggregateTests.every((test) => test(matched))) continue;
    hits.push({ issue, events, matched, score: score(params.sort, events, matched) });
  }
  hits.sort((a, b) => b.score - a.score || compareIds(b.issue.id, a.issue.id));
  return { hits, hasEventConditions: eventTests.length > 0, eventTest };
}
function score(sort, events, matched) {
  switch (sort) {
    case "new":
      return events[0].at.getTime();
    case "freq":
      return matched.length;
    case "user":
      return seenStats(matched).userCount;
    default:
      return matched.at(-1).at.getTime();
  }
}
function compareIds(a, b) {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
var KEY_ALIASES = {
  age: "firstSeen",
  first_seen: "firstSeen",
  last_seen: "lastSeen",
  "first-release": "firstRelease",
  first_release: "firstRelease",
  times_seen: "timesSeen",
  user_count: "userCount",
  users: "userCount"
};
var substatusIs = (substatus) => (s) => s.status === "unresolved" && s.substatus === substatus;
var IS_VALUES = {
  unresolved: (s) => s.status === "unresolved",
  resolved: (s) => s.status === "resolved",
  ignored: (s) => s.status === "ignored",
  archived: (s) => s.status === "ignored",
  archived_forever: (s) => s.status === "ignored",
  archived_until_escalating: () => false,
  archived_until_condition_met: () => false,
  escalating: () => false,
  new: substatusIs("new"),
  ongoing: substatusIs("ongoing"),
  regressed: substatusIs("regressed"),
  // The inbox holds new and regressed issues (GroupInbox reasons NEW and REGRESSION) for 7 days.
  for_review: (s) => s.status === "unresolved" && (s.substatus === "new" || s.substatus === "regressed"),
  assigned: () => false,
  unassigned: () => true,
  linked: () => false,
  unlinked: () => true
};
function eventConditions(query, world, projects, now) {
  const { eventTests } = compileQuery(parseSearchQuery(query), world, projects, now);
  return (event, issue) => eventTests.every((test) => test(event, issue));
}
function latestResolver(world, projects, now) {
  let latest;
  return (values) => values.map((value2) => {
    if (value2 !== "latest") return value2;
    latest ??= latestReleaseVersion(releaseViews(world, now), projects);
    return latest ?? "\0no-release";
  });
}
function compileQuery(terms, world, projects, now) {
  const compiled = { issueTests: [], eventTests: [], aggregateTests: [] };
  const resolveLatest = latestResolver(world, projects, now);
  for (const term of terms) {
    const eventTest = compileEventTerm(term, resolveLatest);
    if (eventTest && term.kind === "filter" && CATEGORY_KEYS.has(canonicalKey(term.key))) {
      compiled.issueTests.push((c) => eventTest(c.events[0], c.issue));
      continue;
    }
    if (eventTest) {
      compiled.eventTests.push(eventTest);
      continue;
    }
    const filter = term;
    const key = canonicalKey(filter.key);
    const not = (test) => filter.negated ? !test : test;
    switch (key) {
      case "is": {
        const tests = filter.values.map((value2) => {
          const test = IS_VALUES[value2];
          if (!test) {
            throw new SearchQueryError(
              `Invalid value for "is" search, valid values are ${JSON.stringify(Object.keys(IS_VALUES).sort())}`
            );
          }
          return test;
        });
        compiled.issueTests.push((c) => not(tests.some((test) => test(c.state()))));
        break;
      }
      case "firstSeen": {
        const test = dateTest(filter, now);
        compiled.issueTests.push(
          (c) => not(
            c.environments ? c.environmentRows().some((e) => test(e.processedAt)) : test(c.events[0].at)
          )
        );
        break;
      }
      case "firstRelease": {
        const versions = resolveLatest(filter.values);
        const matches2 = (release2) => release2 !== null && matchesAny(versions, release2);
        compiled.issueTests.push(
          (c) => not(
            c.environments ? c.environmentRows().some((e) => matches2(e.release)) : matches2(groupFirstRelease(c.events))
          )
        );
        break;
      }
      case "regressed_in_release": {
        const versions = resolveLatest(filter.values);
        compiled.issueTests.push(
          (c) => not(c.state().regressions.some((r) => r.release !== null && versions.includes(r.release)))
        );
        break;
      }
      case "issue.priority":
        compiled.issueTests.push((c) => not(filter.values.includes(priorityOf(c.issue.level))));
        break;
      case "lastSeen": {
        const test = dateTest(filter, now);
        compiled.aggregateTests.push((matched) => not(test(matched.at(-1).at)));
        break;
      }
      case "timesSeen": {
        const test = numberTest(filter);
        compiled.aggregateTests.push((matched) => not(test(matched.length)));
        break;
      }
      case "userCount": {
        const test = numberTest(filter);
        compiled.aggregateTests.push((matched) => not(test(seenStats(matched).userCount)));
        break;
      }
    }
  }
  return compiled;
}
var CATEGORY_KEYS = /* @__PURE__ */ new Set(["issue.category", "issue.type"]);
var ISSUE_LEVEL_KEYS = /* @__PURE__ */ new Set([
  "is",
  "firstSeen",
  "firstRelease",
  "regressed_in_release",
  "issue.priority",
  "lastSeen",
  "timesSeen",
  "userCount"
]);
function canonicalKey(key) {
  return KEY_ALIASES[key] ?? key;
}
function compileEventTerm(term, resolveLatest) {
  if (term.kind === "text") {
    const needle = term.text.toLowerCase();
    return (_e, issue) => issue.title.toLowerCase().includes(needle);
  }
  const key = canonicalKey(term.key);
  if (ISSUE_LEVEL_KEYS.has(key)) return null;
  const not = (test) => term.negated ? !test : test;
  switch (key) {
    case "issue.category":
      return (_e, issue) => not(term.values.includes(issue.category));
    case "issue.type":
      return (_e, issue) => not(term.values.includes(issue.issueType));
    case "error.unhandled":
    case "error.handled": {
      const wanted = booleanValue(term) === (key === "error.unhandled");
      return (e) => not(!e.handled === wanted);
    }
    case "level":
      return (_e, issue) => not(matchesAny(term.values, issue.level));
    case "has":
      return (e, issue) => not(term.values.some((tag) => Boolean(eventTag(e, issue, tag))));
    case "release": {
      const versions = resolveLatest(term.values);
      return (e) => not(e.release !== null && matchesAny(versions, e.release));
    }
    default:
      return (e, issue) => not(matchesAny(term.values, eventTag(e, issue, term.key) ?? ""));
  }
}
function priorityOf(level) {
  return level === "fatal" || level === "error" ? "high" : level === "warning" ? "medium" : "low";
}
function eventTag(event, issue, key) {
  switch (key) {
    case "environment":
      return event.environment;
    case "release":
    case "sentry:release":
      return event.release ?? void 0;
    case "level":
      return issue.level;
    case "handled":
      return event.handled ? "yes" : "no";
    case "mechanism":
      return "generic";
    case "user":
      return event.user === null ? void 0 : `id:${event.user}`;
    case "user.id":
      return event.user ?? void 0;
    default:
      return event.tags[key];
  }
}
function matchesAny(patterns, value2) {
  return patterns.some(
    (pattern) => isWildcard(pattern) ? wildcardRegExp(pattern).test(value2) : pattern.replace(/\\\*/g, "*") === value2
  );
}
var isWildcard = (value2) => /(?<!\\)(\\\\)*\*/.test(value2);
function wildcardRegExp(pattern) {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else source += c === "*" ? ".*" : escapeRegExp(c);
  }
  return new RegExp(`^${source}$`, "s");
}
var escapeRegExp = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var OPERATOR = /^(>=|<=|>|<|=)?(.*)$/s;
var RELATIVE = /^([+-])(\d+)([wdhm])$/;
var ISO2 = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?))?(Z|[+-]\d{2}:?\d{2})?$/;
var DAY_MS2 = 864e5;
var UNIT_MS3 = { m: 6e4, h: 36e5, d: DAY_MS2, w: 7 * DAY_MS2 };
function single(term) {
  if (term.list) throw new SearchQueryError(`"${term.key}" does not take a list of values`);
  return term.values[0];
}
function compare(operator, actual, expected) {
  switch (operator) {
    case ">":
      return actual > expected;
    case ">=":
      return actual >= expected;
    case "<":
      return actual < expected;
    case "<=":
      return actual <= expected;
    default:
      return actual === expected;
  }
}
function dateTest(term, now) {
  const [, operator, rest] = OPERATOR.exec(single(term));
  const relative = RELATIVE.exec(rest);
  if (relative) {
    const [, sign, amount, unit] = relative;
    const at2 = now.getTime() - Number(amount) * UNIT_MS3[unit];
    const op = operator ?? (sign === "-" ? ">=" : "<=");
    return (d) => compare(op, d.getTime(), at2);
  }
  const iso2 = ISO2.exec(rest);
  if (!iso2) {
    throw new SearchQueryError(
      `${term.key}: Invalid date: ${rest}. Expected +/-duration (i.e. +1h) or ISO 8601-like (i.e. 2024-01-01T12:00:00).`
    );
  }
  const [, day, time, zone] = iso2;
  const fraction = time?.replace(/(\.\d{3})\d+$/, "$1");
  const at = Date.parse(`${day}T${fraction ?? "00:00:00"}${zone ?? "Z"}`);
  if (Number.isNaN(at)) throw new SearchQueryError(`${term.key}: Invalid date: ${rest}`);
  if (!operator && !time) return (d) => d.getTime() >= at && d.getTime() < at + DAY_MS2;
  return (d) => compare(operator ?? "=", d.getTime(), at);
}
function numberTest(term) {
  const [, operator, rest] = OPERATOR.exec(single(term));
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(rest);
  if (!match) throw new SearchQueryError(`${term.key}: Invalid number: ${rest}`);
  const scale = { "": 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()];
  const expected = Number(match[1]) * scale;
  return (n) => compare(operator ?? "=", n, expected);
}
function booleanValue(term) {
  const value2 = single(term).toLowerCase();
  if (value2 === "true" || value2 === "1") return true;
  if (value2 === "false" || value2 === "0") return false;
  throw new SearchQueryError(`${term.key}: Invalid boolean field: ${value2}`);
}

// src/simulator/params.ts
var DEFAULT_RANGE_MS = 90 * 864e5;
var PERIOD_UNIT_MS = {
  "": 1e3,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
};
function dateRange(query, now) {
  let start = new Date(now.getTime() - DEFAULT_RANGE_MS);
  let end = now;
  const statsPeriod = query.get("statsPeriod");
  const startText = query.get("start");
  const endText = query.get("end");
  if (statsPeriod !== null) {
    start = new Date(now.getTime() - parseStatsPeriod(statsPeriod));
  } else if (startText || endText) {
    if (!startText || !endText) throw badRequest("start and end are both required");
    start = parseDateTime(startText);
    end = parseDateTime(endText);
  }
  if (start >= end) throw badRequest("start must be before end");
  return { start, end };
}
function parseStatsPeriod(text2) {
  const ms = statsPeriodMs(text2);
  if (ms === null) throw badRequest(`Invalid statsPeriod: '${text2}'`);
  return ms;
}
function statsPeriodMs(text2) {
  const match = /^(\d+)([hdmsw]?)$/.exec(text2);
  return match ? Number(match[1]) * PERIOD_UNIT_MS[match[2]] : null;
}
function parseDateTime(text2) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text2
  );
  const at = match ? Date.parse(`${match[1]}T${(match[2] ?? "00:00:00").replace(/(\.\d{3})\d+$/, "$1")}${match[3] ?? "Z"}`) : Number.NaN;
  if (Number.isNaN(at)) throw badRequest(`${text2} is not a valid ISO8601 date query`);
  return new Date(at);
}
function environmentExists(world, now, name) {
  for (const release2 of world.releases) {
    if (release2.deploys.some((d) => d.environment === name && d.dateFinished <= now)) return true;
  }
  const nowMs = now.getTime();
  return world.issues.some((issue) => visibleEvents(issue, now).some((e) => e.environment === name)) || world.transactions.some((t) => t.environment === name && t.processedAt <= nowMs);
}
function requestedEnvironments(query, world, now) {
  const names = query.getAll("environment").filter((name) => name !== "");
  if (names.length === 0) return null;
  if (names.some((name) => !environmentExists(world, now, name))) throw notFound();
  return new Set(names);
}
function requestedProjects(query, world) {
  const values = query.getAll("project").filter((value2) => value2 !== "");
  if (values.length === 0 || values.includes("-1")) return world.projects;
  return values.map((value2) => {
    const project = world.projects.find((p) => p.id === value2 || p.slug === value2);
    if (!project) throw permissionDenied();
    return project;
  });
}
function requireOrganization(world, ref) {
  if (ref !== world.org.slug && ref !== world.org.id) throw notFound();
  return world.org;
}

// src/simulator/spans-columns.ts
var string2 = (value2) => ({
  type: "string",
  unit: null,
  value: value2
});
function spansColumn(field2, projectId) {
  const call = /^(\w+)\((.*)\)$/.exec(field2);
  if (call) return aggregateColumn(call[1], call[2].trim());
  switch (field2) {
    case "transaction":
      return string2((t) => t.transaction);
    case "release":
      return string2((t) => t.release);
    case "environment":
      return string2((t) => t.environment);
    case "project":
      return string2((t) => t.project);
    case "span.status":
      return string2((t) => t.status);
    case "project.id":
      return { type: "integer", unit: null, value: (t) => projectId(t.project) };
    case "is_transaction":
      return { type: "boolean", unit: null, value: () => true };
    case "span.duration":
      return { type: "duration", unit: "millisecond", value: (t) => t.durationMs };
    default:
      return string2(() => null);
  }
}
var weight = (t, extrapolate) => extrapolate ? Math.round(1 / t.sampleRate) : 1;
function total(spans, extrapolate, only) {
  let sum = 0;
  for (const t of spans) if (!only || only(t)) sum += weight(t, extrapolate);
  return sum;
}
var failed = (t) => isFailure(t.status);
var count3 = () => ({ type: "integer", unit: null, aggregate: total });
var duration2 = (aggregate) => ({
  type: "duration",
  unit: "millisecond",
  aggregate
});
var PERCENTILES = { p50: 0.5, p75: 0.75, p90: 0.9, p95: 0.95, p99: 0.99, p100: 1 };
function aggregateColumn(name, argument) {
  const known = name in PERCENTILES || ["count", "count_sample", "avg", "sum", "min", "max"].includes(name) ? argument === "" || argument === "span.duration" : ["failure_count", "failure_rate"].includes(name) ? argument === "" : null;
  if (known === null) throw badRequest(`Unknown function ${name}`);
  if (!known) throw badRequest(`${argument} is not a valid argument of ${name}`);
  const level = PERCENTILES[name];
  if (level !== void 0) return duration2((spans, extrapolate) => percentile(spans, level, extrapolate));
  switch (name) {
    case "count":
      return count3();
    case "count_sample":
      return { ...count3(), aggregate: (spans) => spans.length };
    case "failure_count":
      return { ...count3(), aggregate: (spans, extrapolate) => total(spans, extrapolate, failed) };
    case "failure_rate":
      return {
        type: "percentage",
        unit: null,
        aggregate: (spans, extrapolate) => {
          const all = total(spans, extrapolate);
          return all === 0 ? null : total(spans, extrapolate, failed) / all;
        }
      };
    case "avg":
      return duration2((spans, extrapolate) => {
        const all = total(spans, extrapolate);
        return all === 0 ? null : sumOfDurations(spans, extrapolate) / all;
      });
    case "sum":
      return duration2(
        (spans, extrapolate) => spans.length === 0 ? null : sumOfDurations(spans, extrapolate)
      );
    case "min":
      return duration2((spans) => extreme(spans, (a, b) => a < b));
    default:
      return duration2((spans) => extreme(spans, (a, b) => a > b));
  }
}
function extreme(spans, better) {
  let found = null;
  for (const t of spans) if (found === null || better(t.durationMs, found)) found = t.durationMs;
  return found;
}
function sumOfDurations(spans, extrapolate) {
  let sum = 0;
  for (const t of spans) sum += t.durationMs * weight(t, extrapolate);
  return sum;
}
function percentile(spans, level, extrapolate) {
  if (spans.length === 0) return null;
  const sorted = [...spans].sort((a, b) => a.durationMs - b.durationMs);
  const rank = level * (total(sorted, extrapolate) - 1);
  const below = Math.floor(rank);
  let covered = 0;
  let lower = null;
  for (const t of sorted) {
    covered += weight(t, extrapolate);
    if (lower === null && covered > below) lower = t.durationMs;
    if (covered > below + 1 || covered > below && rank === below) {
      return lower + (rank - below) * (t.durationMs - lower);
    }
  }
  return lower;
}

// src/simulator/spans-query.ts
function compileSpansQuery(text2) {
  return compileBooleanQuery(parseBooleanSearchQuery(text2), (term) => {
    if (term.kind === "text") {
      throw new SearchQueryError("The Sentry simulator does not simulate free text in a spans query.");
    }
    return compileFilter(term);
  });
}
var STRING_KEYS = {
  transaction: (t) => t.transaction,
  release: (t) => t.release,
  environment: (t) => t.environment,
  project: (t) => t.project,
  "span.status": (t) => t.status
};
function compileFilter(term) {
  const not = (test) => term.negated ? !test : test;
  if (term.key === "is_transaction") {
    const wanted = booleanValue(term);
    return () => not(wanted);
  }
  if (term.key === "span.duration") {
    const [operator, ms] = durationCondition(term);
    return (t) => not(compare(operator, t.durationMs, ms));
  }
  const value2 = STRING_KEYS[term.key];
  if (!value2) return () => not(false);
  for (const pattern of term.values.filter(isWildcard)) {
    const escaped = /\\(.)/g;
    for (let match = escaped.exec(pattern); match; match = escaped.exec(pattern)) {
      if (match[1] !== "*" && match[1] !== "\\") {
        throw new SearchQueryError(`Unexpected escape character: ${match[1]}`);
      }
    }
  }
  return (t) => {
    const actual = value2(t);
    return not(actual !== null && matchesAny(term.values, actual));
  };
}
var DURATION = /^(>=|<=|>|<|=)?(-?\d+(?:\.\d+)?)(ms|s|min|m|hr|h|day|d|wk|w)?$/;
var UNIT_MS4 = {
  "": 1,
  ms: 1,
  s: 1e3,
  min: 6e4,
  m: 6e4,
  hr: 36e5,
  h: 36e5,
  day: 864e5,
  d: 864e5,
  wk: 6048e5,
  w: 6048e5
};
function durationCondition(term) {
  const match = term.quoted ? null : DURATION.exec(single(term));
  if (!match) {
    throw new SearchQueryError(
      `${term.key}: Invalid duration: ${term.values.join(",")}. Expected a number and a unit (ms, s, min, hr, day, wk).`
    );
  }
  const [, operator = "=", amount, unit = ""] = match;
  return [operator, Number(amount) * UNIT_MS4[unit]];
}

// src/simulator/pagination.ts
var MAX_PER_PAGE = 100;
function parseCursor(text2) {
  if (!text2) return null;
  const match = /^(-?\d+(?:\.\d+)?):(\d+):([01])$/.exec(text2);
  if (!match) throw badRequest("Invalid cursor parameter.");
  return { value: Number(match[1]), offset: Number(match[2]), isPrev: match[3] === "1", hasResults: true };
}
function formatCursor(cursor) {
  return `${cursor.value}:${cursor.offset}:${cursor.isPrev ? 1 : 0}`;
}
function perPage(query) {
  const text2 = query.get("per_page");
  if (text2 === null) return MAX_PER_PAGE;
  const value2 = Number.parseInt(text2, 10);
  if (Number.isNaN(value2)) throw badRequest("Invalid per_page parameter.");
  if (value2 > MAX_PER_PAGE) throw badRequest(`Invalid per_page value. Cannot exceed ${MAX_PER_PAGE}.`);
  return Math.max(value2, 1);
}
function paginate(items, cursor, limit) {
  const offset = cursor?.offset ?? 0;
  return {
    items: items.slice(offset, offset + limit),
    previous: { value: 0, offset: Math.max(0, offset - limit), isPrev: true, hasResults: offset > 0 },
    next: { value: 0, offset: offset + limit, isPrev: false, hasResults: offset + limit < items.length }
  };
}
function linkHeader(baseUrl, rawPath, query, page) {
  const rest = new URLSearchParams(query);
  rest.delete("cursor");
  const link = (name, cursor) => {
    const value2 = formatCursor(cursor);
    return `<${baseUrl}${rawPath}?${rest.toString()}&cursor=${value2}>; rel="${name}"; results="${cursor.hasResults}"; cursor="${value2}"`;
  };
  return `${link("previous", page.previous)}, ${link("next", page.next)}`;
}

// src/simulator/routes/table.ts
function tableResult(ctx, rows, columns2, extraMeta) {
  const { query } = ctx;
  const limit = perPage(query);
  const cursor = parseCursor(query.get("cursor"));
  const sort = query.get("sort");
  const sortName = sort?.replace(/^-/, "");
  const sortField = sortName ? columns2.find(({ field: field2 }) => field2 === sortName || alias(field2) === sortName)?.field : void 0;
  if (sort && !sortField) throw badRequest("Cannot order by a field that is not selected.");
  if (sortField) {
    const direction = sort?.startsWith("-") ? -1 : 1;
    rows.sort((a, b) => direction * compareValues(a[sortField] ?? null, b[sortField] ?? null));
  }
  const page = paginate(rows, cursor, limit);
  return {
    body: {
      data: page.items,
      meta: {
        fields: Object.fromEntries(columns2.map(({ field: field2, type }) => [field2, type])),
        units: Object.fromEntries(columns2.map(({ field: field2, unit }) => [field2, unit])),
        isMetricsData: false,
        isMetricsExtractedData: false,
        tips: {},
        datasetReason: "unchanged",
        ...extraMeta
      }
    },
    headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page) }
  };
}
function alias(field2) {
  return field2.replace(/\W/g, "_").replace(/_+$/, "");
}
function compareValues(a, b) {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
function groupedRows(items, plain, aggregates, ungroupedRowWithoutItems) {
  const plainRow = (item) => Object.fromEntries(plain.map(([field2, value2]) => [field2, value2(item)]));
  if (aggregates.length === 0) return items.map(plainRow);
  const groups = /* @__PURE__ */ new Map();
  const keyOf = (row) => JSON.stringify(plain.map(([field2]) => row[field2]));
  if (plain.length === 0 && ungroupedRowWithoutItems) groups.set(keyOf({}), { row: {}, items: [] });
  for (const item of items) {
    const row = plainRow(item);
    const key = keyOf(row);
    const group = groups.get(key) ?? { row, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ row, items: group }) => ({
    ...row,
    ...Object.fromEntries(aggregates.map(([field2, aggregate]) => [field2, aggregate(group)]))
  }));
}

// src/simulator/routes/spans.ts
function spansTable(ctx, fields) {
  const { world, now, query } = ctx;
  const ids = new Map(world.projects.map((p) => [p.slug, Number(p.id)]));
  const columns2 = fields.map((field2) => [field2, spansColumn(field2, (slug) => ids.get(slug) ?? 0)]);
  const range = dateRange(query, now);
  const environments = requestedEnvironments(query, world, now);
  const projects = new Set(requestedProjects(query, world).map((p) => p.slug));
  const test = compile(query.get("query") ?? "");
  const extrapolate = query.get("disableAggregateExtrapolation") !== "1";
  const start = range.start.getTime();
  const end = range.end.getTime();
  const nowMs = now.getTime();
  const matched = world.transactions.filter(
    (t) => t.processedAt <= nowMs && t.at >= start && t.at < end && projects.has(t.project) && (!environments || environments.has(t.environment)) && test(t)
  );
  const result = tableResult(
    ctx,
    buildRows(matched, columns2, extrapolate),
    columns2.map(([field2, c]) => ({ field: field2, type: c.type, unit: c.unit })),
    { dataset: "spans", dataScanned: "full" }
  );
  const body = result.body;
  if (body.data.length === 0) return result;
  const aggregates = columns2.filter(([, c]) => c.aggregate).map(([field2]) => [field2, null]);
  return { ...result, body: { ...body, confidence: body.data.map(() => Object.fromEntries(aggregates)) } };
}
function compile(text2) {
  try {
    return compileSpansQuery(text2);
  } catch (error) {
    if (error instanceof SearchQueryError) throw badRequest(error.message);
    throw error;
  }
}
function buildRows(spans, columns2, extrapolate) {
  return groupedRows(
    spans,
    columns2.flatMap(([field2, { value: value2 }]) => value2 ? [[field2, value2]] : []),
    columns2.flatMap(
      ([field2, { aggregate }]) => aggregate ? [[field2, (group) => aggregate(group, extrapolate)]] : []
    ),
    true
  );
}

// src/simulator/routes/types.ts
var ORG_READ = ["org:read", "org:write", "org:admin"];
var PROJECT_READ = ["project:read", "project:write", "project:admin"];
var RELEASE_READ = ["org:ci", "project:read", "project:releases", "project:write", "project:admin"];
var EVENT_READ = ["event:read", "event:write", "event:admin"];

// src/simulator/routes/discover.ts
var DATASETS = [
  "errors",
  "discover",
  "logs",
  "profile_functions",
  "spans",
  "tracemetrics",
  "uptime_results"
];
var MAX_FIELDS = 20;
var COLUMNS = {
  issue: { type: "string", value: (_e, issue) => issue.shortId },
  "issue.id": { type: "integer", value: (_e, issue) => Number(issue.id) },
  title: { type: "string", value: (_e, issue) => issue.title },
  message: { type: "string", value: (_e, issue) => issue.title },
  culprit: { type: "string", value: (_e, issue) => issue.culprit },
  project: { type: "string", value: (_e, _i, project) => project.slug },
  "project.id": { type: "integer", value: (_e, _i, project) => Number(project.id) },
  id: { type: "string", value: (e) => e.id },
  timestamp: { type: "date", value: (e) => snubaDateTime(e.at) },
  release: { type: "string", value: (e) => e.release },
  environment: { type: "string", value: (e) => e.environment },
  level: { type: "string", value: (_e, issue) => issue.level },
  user: { type: "string", value: (e) => e.user === null ? null : `id:${e.user}` },
  "user.id": { type: "string", value: (e) => e.user },
  "count()": { type: "integer", aggregate: (events) => events.length },
  // uniq(user) (DiscoverDatasetConfig, src/sentry/search/events/datasets/discover.py); `user` is the
  // sentry:user tag ("id:…"). Events without a user are left out here, as the issue list's userCount
  // leaves them out. Unconfirmed: Snuba maps a missing tag to '' (events.yaml, nullable: false), which
  // ClickHouse's uniq would count as one more value.
  "count_unique(user)": {
    type: "integer",
    aggregate: (events) => new Set(events.filter((e) => e.user !== null).map((e) => e.user)).size
  },
  // max(timestamp), result type "date".
  "last_seen()": {
    type: "date",
    aggregate: (events) => snubaDateTime(new Date(events.reduce((latest, e) => Math.max(latest, e.at.getTime()), 0)))
  },
  // min over a NumericColumn, which admits timestamp (fields.py NumericColumn._normalize), typed
  // "date" by reflective_result_type.
  "min(timestamp)": {
    type: "date",
    aggregate: (events) => snubaDateTime(new Date(events.reduce((first, e) => Math.min(first, e.at.getTime()), Infinity)))
  },
  // The exception_frames arrays (ARRAY_FIELDS in src/sentry/search/events/constants.py), one entry
  // per frame of every exception, caller first, stack_level the exception's index. A simulated event
  // has one exception. How Sentry types these in meta and returns in_app (ClickHouse UInt8, here 0/1)
  // was not confirmed.
  "stack.filename": frameColumn((f) => f.filename),
  "stack.abs_path": frameColumn((f) => f.absPath),
  "stack.function": frameColumn((f) => f.function),
  "stack.lineno": frameColumn((f) => f.lineNo),
  "stack.in_app": frameColumn((f) => f.inApp ? 1 : 0),
  "stack.stack_level": frameColumn(() => 0)
};
function frameColumn(value2) {
  return { type: "array", value: (e) => (e.frames ?? []).map(value2) };
}
function snubaDateTime(date) {
  const seconds2 = Math.floor(date.getTime() / 1e3) * 1e3;
  return `${new Date(seconds2).toISOString().slice(0, 19)}+00:00`;
}
function column(field2) {
  const known = COLUMNS[field2];
  if (known) return known;
  if (/^\w+\(.*\)$/.test(field2)) throw badRequest(`${field2} is not a valid function`);
  return { type: "string", value: (e, issue) => eventTag(e, issue, field2) ?? null };
}
var discoverRoute = {
  name: "events",
  pattern: /^\/organizations\/([^/]+)\/events\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const dataset = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(dataset)) throw badRequest(`${dataset} is not a valid dataset`);
    const fields = query.getAll("field");
    if (fields.length === 0) throw badRequest("No columns selected");
    if (fields.length > MAX_FIELDS) {
      throw badRequest(
        `You can view up to ${MAX_FIELDS} fields at a time. Please delete some and try again.`
      );
    }
    if (dataset === "spans") return spansTable(ctx, fields);
    const selected = fields.includes("issue") && !fields.includes("issue.id") ? [...fields, "issue.id"] : fields;
    const columns2 = selected.map((field2) => [field2, column(field2)]);
    const range = dateRange(query, now);
    const environments = requestedEnvironments(query, world, now);
    const projects = requestedProjects(query, world);
    const test = compileDiscoverQuery(query.get("query") ?? "", world, projects, now);
    const matched = [];
    if (dataset === "errors" || dataset === "discover") {
      for (const issue of world.issues) {
        const project = projects.find((p) => p.slug === issue.project);
        if (!project || issue.category !== "error") continue;
        for (const event of eventsBetween(
          visibleEvents(issue, now),
          range.start.getTime(),
          range.end.getTime()
        )) {
          if (environments && !environments.has(event.environment)) continue;
          if (test(event, issue)) matched.push({ event, issue, project });
        }
      }
    }
    return tableResult(
      ctx,
      buildRows2(matched, columns2),
      columns2.map(([field2, c]) => ({ field: field2, type: c.type, unit: null })),
      { dataset }
    );
  }
};
function buildRows2(matched, columns2) {
  return groupedRows(
    matched,
    columns2.flatMap(
      ([field2, { value: value2 }]) => value2 ? [[field2, ({ event, issue, project }) => value2(event, issue, project)]] : []
    ),
    columns2.flatMap(
      ([field2, { aggregate }]) => aggregate ? [[field2, (group) => aggregate(group.map(({ event }) => event))]] : []
    ),
    false
  );
}
function compileDiscoverQuery(text2, world, projects, now) {
  let terms;
  const tests = [];
  try {
    terms = parseSearchQuery(text2);
    const resolveLatest = latestResolver(world, new Set(projects.map((p) => p.slug)), now);
    for (const term of terms) {
      const key = term.kind === "filter" ? canonicalKey(term.key) : "";
      if (term.kind === "filter" && ["issue", "issue.id", "project", "timestamp"].includes(key)) {
        const not = (test2) => term.negated ? !test2 : test2;
        if (key === "timestamp") {
          const at = dateTest(term, now);
          tests.push((e) => not(at(e.at)));
        } else if (key === "project") {
          tests.push((_e, issue) => not(matchesAny(term.values, issue.project)));
        } else if (key === "issue") {
          const upper = term.values.map((v) => v.toUpperCase());
          tests.push((_e, issue) => not(upper.includes(issue.shortId.toUpperCase())));
        } else {
          const test2 = issueIdTest(term);
          tests.push((_e, issue) => not(test2(Number(issue.id))));
        }
        continue;
      }
      const test = compileEventTerm(term, resolveLatest);
      if (!test) throw new SearchQueryError(`${key} is an issue search key, not a Discover field`);
      tests.push(test);
    }
  } catch (error) {
    if (error instanceof SearchQueryError) throw badRequest(error.message);
    throw error;
  }
  return (event, issue) => tests.every((test) => test(event, issue));
}
function issueIdTest(term) {
  const raw = term.list ? `[${term.values.map((v) => `'${v}'`).join(", ")}]` : term.values[0];
  const invalid = () => new SearchQueryError(
    `issue.id: Invalid number: ${raw}. Expected number then optional k, m, or b suffix (e.g. 500k).`
  );
  if (term.list) {
    const ids = term.values.map((value2) => numericValue(value2) ?? Number.NaN);
    if (ids.some(Number.isNaN)) throw invalid();
    return (id) => ids.includes(id);
  }
  const [, operator, rest] = /^(>=|<=|>|<|=|!=)?(.*)$/s.exec(term.values[0]);
  const expected = numericValue(rest);
  if (expected === null || term.quoted) throw invalid();
  switch (operator) {
    case ">":
      return (id) => id > expected;
    case ">=":
      return (id) => id >= expected;
    case "<":
      return (id) => id < expected;
    case "<=":
      return (id) => id <= expected;
    case "!=":
      return (id) => id !== expected;
    default:
      return (id) => id === expected;
  }
}
function numericValue(text2) {
  const match = /^(-?\d+(?:\.\d*)?)([kmb]?)$/.exec(text2);
  if (!match) return null;
  const scale = { "": 1, k: 1e3, m: 1e6, b: 1e9 }[match[2]];
  return Number(match[1]) * scale;
}

// src/simulator/routes/events-timeseries.ts
var MAX_TOP_EVENTS = 10;
var MAX_ROLLUP_POINTS = 1e4;
var INGESTION_DELAY_SECONDS = 90;
var INCOMPLETE = "INCOMPLETE_BUCKET";
var UNIT_SECONDS = { "": 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
var DAY2 = 86400;
var AXES = {
  "count()": (events) => events.length,
  "count_unique(user)": (events) => new Set(events.flatMap((e) => e.user === null ? [] : [e.user])).size
};
var eventsTimeseriesRoute = {
  name: "events-timeseries",
  pattern: /^\/organizations\/([^/]+)\/events-timeseries\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const topEvents = readTopEvents(query.get("topEvents"));
    const comparisonDelta = query.get("comparisonDelta");
    if (comparisonDelta !== null && !/^[+-]?\d+$/.test(comparisonDelta.trim())) {
      throw badRequest("comparisonDelta must be an integer");
    }
    const dataset = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(dataset)) throw badRequest(`${dataset} is not a valid dataset`);
    if (dataset === "spans") throw badRequest("The Sentry simulator does not simulate the spans timeseries.");
    const projects = requestedProjects(query, world);
    if (projects.length === 0) return { body: { timeSeries: [] } };
    const environments = requestedEnvironments(query, world, now);
    const range = dateRange(query, now);
    const rollup = rollupSeconds(query.get("interval"), (range.end.getTime() - range.start.getTime()) / 1e3);
    if (topEvents > 0 && query.getAll("groupBy").filter(Boolean).length === 0) {
      throw badRequest("groupBy is a required parameter when doing topEvents");
    }
    if (topEvents > 0) throw badRequest("The Sentry simulator does not simulate topEvents.");
    if (comparisonDelta !== null) throw badRequest("The Sentry simulator does not simulate comparisonDelta.");
    const axes = query.getAll("yAxis");
    if (axes.length === 0) axes.push("count()");
    for (const axis of axes) if (!AXES[axis]) throw badRequest(`${axis} is not a valid function`);
    const test = compileDiscoverQuery(query.get("query") ?? "", world, projects, now);
    const first = Math.floor(range.start.getTime() / 1e3 / rollup) * rollup;
    const last = Math.floor(range.end.getTime() / 1e3 / rollup) * rollup;
    const buckets = [];
    for (let t = first; t <= last; t += rollup) buckets.push([]);
    if (dataset === "errors" || dataset === "discover") {
      const slugs = new Set(projects.map((p) => p.slug));
      for (const issue of world.issues) {
        if (!slugs.has(issue.project) || issue.category !== "error") continue;
        for (const event of eventsBetween(
          visibleEvents(issue, now),
          range.start.getTime(),
          range.end.getTime()
        )) {
          if (environments && !environments.has(event.environment)) continue;
          if (!test(event, issue)) continue;
          buckets[Math.floor((event.at.getTime() / 1e3 - first) / rollup)]?.push(event);
        }
      }
    }
    const nowSeconds = now.getTime() / 1e3;
    return {
      body: {
        meta: { dataset, start: range.start.getTime(), end: range.end.getTime() },
        timeSeries: axes.map((axis) => ({
          values: buckets.map((events, index) => {
            const time = first + index * rollup;
            const incomplete = time + rollup >= nowSeconds - INGESTION_DELAY_SECONDS;
            return {
              timestamp: time * 1e3,
              value: AXES[axis](events),
              incomplete,
              ...incomplete ? { incompleteReason: INCOMPLETE } : {}
            };
          }),
          yAxis: axis,
          meta: { valueType: "integer", valueUnit: null, interval: rollup * 1e3 }
        }))
      }
    };
  }
};
function readTopEvents(text2) {
  if (text2 === null) return 0;
  if (!/^\s*[+-]?\d+\s*$/.test(text2)) throw badRequest("topEvents must be an integer");
  const value2 = Number.parseInt(text2, 10);
  if (value2 > MAX_TOP_EVENTS) throw badRequest(`Can only get up to ${MAX_TOP_EVENTS} top events`);
  if (value2 <= 0) throw badRequest("topEvents needs to be at least 1");
  return value2;
}
function rollupSeconds(text2, rangeSeconds) {
  const fallback = defaultIntervalSeconds(rangeSeconds);
  if (text2 === null) return fallback;
  const match = /^(\d+)([hdmsw]?)$/.exec(text2);
  const interval = match ? Number(match[1]) * UNIT_SECONDS[match[2]] : 3600;
  if (interval <= 0 || rangeSeconds / interval > MAX_ROLLUP_POINTS) return fallback;
  return interval;
}
function defaultIntervalSeconds(rangeSeconds) {
  if (rangeSeconds >= 60 * DAY2) return DAY2;
  if (rangeSeconds >= 30 * DAY2) return 4 * 3600;
  if (rangeSeconds > DAY2) return 3600;
  if (rangeSeconds > 3600) return 300;
  return 900;
}

// src/simulator/routes/events-validate.ts
var RPC_DATASETS = /* @__PURE__ */ new Set(["logs", "profile_functions", "spans", "tracemetrics", "uptime_results"]);
function answer(parts) {
  const invalid = [...parts.dataset ?? [], ...parts.environment ?? [], ...parts.projects ?? []].some(
    (v) => !v.valid
  );
  return {
    status: invalid ? 400 : 200,
    body: {
      valid: !invalid,
      dataset: parts.dataset ?? [],
      environment: parts.environment ?? [],
      field: [],
      orderby: [],
      projects: parts.projects ?? [],
      query: { valid: true, error: null, fields: [] }
    }
  };
}
var eventsValidateRoute = {
  name: "events-validate",
  pattern: /^\/organizations\/([^/]+)\/events\/validate\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    dateRange(query, now);
    if (requestedProjects(query, world).length === 0) {
      return answer({
        projects: [{ valid: false, error: "At least one valid project is required to query" }]
      });
    }
    const name = query.get("dataset") ?? "discover";
    if (!DATASETS.includes(name)) {
      return answer({ dataset: [{ name, valid: false, error: `${name} is not a valid dataset` }] });
    }
    if (RPC_DATASETS.has(name)) {
      return answer({
        dataset: [{ name, valid: false, error: `The Sentry simulator holds no ${name} to validate against` }]
      });
    }
    return answer({
      dataset: [
        {
          name,
          valid: true,
          error: "This dataset is not compatible with the validate endpoint, your request may still be valid"
        }
      ]
    });
  }
};

// src/simulator/serializers/release.ts
function serializeDeploy(deploy) {
  return {
    id: deploy.id,
    environment: deploy.environment,
    dateStarted: iso(deploy.dateStarted),
    dateFinished: iso(deploy.dateFinished),
    name: deploy.name,
    url: deploy.url
  };
}
function shortVersion(version) {
  if (/^[0-9a-f]{40}$/i.test(version)) return version.slice(0, 7);
  const at = version.indexOf("@");
  return at > 0 ? version.slice(at + 1) : version;
}
function versionInfo(version) {
  const at = version.indexOf("@");
  const raw = at > 0 ? version.slice(at + 1) : version;
  return {
    package: at > 0 ? version.slice(0, at) : null,
    version: { raw },
    description: shortVersion(version),
    buildHash: /^[0-9a-f]{40}$/i.test(raw) ? raw : null
  };
}
function serializeReleaseSummary(view) {
  return {
    id: view.id,
    version: view.version,
    shortVersion: shortVersion(view.version),
    status: "open",
    dateCreated: iso(view.dateCreated),
    dateReleased: iso(view.dateReleased),
    ref: null,
    url: null,
    data: {},
    commitCount: 0,
    deployCount: view.deploys.length,
    lastCommit: null,
    lastDeploy: view.deploys[0] ? serializeDeploy(view.deploys[0]) : null,
    userAgent: null,
    versionInfo: versionInfo(view.version)
  };
}
function serializeRelease(view, projects) {
  return {
    ...serializeReleaseSummary(view),
    owner: null,
    dateStarted: null,
    firstEvent: iso(view.firstEvent),
    lastEvent: iso(view.lastEvent),
    currentProjectMeta: {},
    newGroups: [...view.newGroups.values()].reduce((a, b) => a + b, 0),
    authors: [],
    projects: projects.filter((p) => view.projects.has(p.slug)).map((p) => ({
      id: Number(p.id),
      slug: p.slug,
      name: p.name,
      platform: p.platform,
      platforms: p.platform === null ? [] : [p.platform],
      newGroups: view.newGroups.get(p.slug) ?? 0,
      hasHealthData: false
    }))
  };
}

// src/simulator/serializers/issue.ts
function permalink(ctx, issue) {
  return `${ctx.baseUrl}/organizations/${ctx.org.slug}/issues/${issue.id}/`;
}
function convertSeenStats(stats) {
  return {
    // Sentry sends the count as a string: it can exceed what JavaScript numbers hold exactly.
    count: String(stats.count),
    userCount: stats.userCount,
    firstSeen: iso(stats.firstSeen),
    lastSeen: iso(stats.lastSeen)
  };
}
function baseIssue(issue, state, ctx) {
  return {
    id: issue.id,
    shareId: null,
    shortId: issue.shortId,
    title: issue.title,
    culprit: issue.culprit,
    permalink: permalink(ctx, issue),
    logger: null,
    level: issue.level,
    status: state.status,
    // The serializer's _get_status also names the resolution's actor, a user the simulator has not.
    statusDetails: state.resolvedInRelease === null ? {} : { inRelease: state.resolvedInRelease },
    substatus: state.substatus,
    isPublic: false,
    platform: ctx.project.platform,
    priority: priorityOf(issue.level),
    priorityLockedAt: null,
    seerFixabilityScore: null,
    seerAutofixLastTriggered: null,
    seerExplorerAutofixLastTriggered: null,
    project: {
      id: ctx.project.id,
      name: ctx.project.name,
      slug: ctx.project.slug,
      platform: ctx.project.platform
    },
    // Group.get_event_type: the type of the event that created it; "transaction" for a performance
    // issue detected in a transaction (ingest.materialize_metadata).
    type: issue.type,
    issueType: issue.issueType,
    issueCategory: issue.category,
    metadata: issue.metadata,
    numComments: 0,
    assignedTo: null,
    isBookmarked: false,
    isSubscribed: false,
    subscriptionDetails: null,
    hasSeen: false,
    annotations: [],
    // Seer's view of the issue; the values of an issue nobody ran Seer on are not documented.
    derivedData: {
      blocker: "none",
      progress: "none",
      status: "open",
      viewCount: 0,
      hasOpenFixPr: false,
      isAssigned: false,
      hasRootCause: false,
      lastCompletedAutofixStep: "none",
      lastProgressedAt: null
    }
  };
}
function serializeListItem(input, ctx, options) {
  const { collapse, statsPeriod } = options;
  const window = convertSeenStats(seenStats(input.inWindow));
  const unhandled = collapse.has("unhandled") ? {} : { isUnhandled: input.inWindow.some((e) => !e.handled) };
  const result = collapse.has("base") ? { id: input.issue.id, ...window, ...unhandled } : { ...baseIssue(input.issue, input.state, ctx), ...unhandled, ...window };
  if (!collapse.has("stats")) {
    if (statsPeriod) result.stats = { [statsPeriod]: options.stats(input.inEnvironments) };
    if (!collapse.has("lifetime")) {
      result.lifetime = {
        ...convertSeenStats(seenStats(input.inEnvironments)),
        ...statsPeriod ? { stats: null } : {}
      };
    }
    if (!collapse.has("filtered")) {
      result.filtered = options.hasEventConditions ? {
        ...convertSeenStats(seenStats(input.matched)),
        ...statsPeriod ? { stats: { [statsPeriod]: options.stats(input.conditionEvents) } } : {}
      } : null;
    }
  }
  return result;
}
function serializeGroup(input, ctx) {
  const latest = input.events.at(-1);
  return {
    ...baseIssue(input.issue, input.state, ctx),
    isUnhandled: latest ? !latest.handled : false,
    ...convertSeenStats(seenStats(input.events))
  };
}
function serializeIssueDetail(input, ctx) {
  const { issue, collapse } = input;
  const releaseOf = (version) => {
    if (version === null) return null;
    const view = input.releases.get(version);
    return view ? serializeReleaseSummary(view) : { version };
  };
  const releases = detailReleases(input.allEvents);
  return {
    ...baseIssue(issue, input.state, ctx),
    isUnhandled: input.events.some((e) => !e.handled),
    ...convertSeenStats(seenStats(input.events)),
    activity: input.activity.map(serializeActivity),
    seenBy: [],
    participants: [],
    userReportCount: 0,
    ...collapse.has("release") ? {} : { firstRelease: releaseOf(releases.first), lastRelease: releaseOf(releases.last) },
    ...collapse.has("tags") ? {} : { tags: tagSummary(issue, input.events) },
    ...collapse.has("stats") ? {} : { stats: input.stats }
  };
}
function serializeActivity(entry) {
  return {
    id: entry.id,
    user: null,
    sentry_app: null,
    type: entry.type,
    data: entry.data,
    dateCreated: iso(entry.dateCreated)
  };
}
var BUILTIN_TAGS = ["environment", "handled", "level", "mechanism", "release", "user"];
function tagSummary(issue, events) {
  const keys = new Set(BUILTIN_TAGS);
  for (const event of events) for (const key of Object.keys(event.tags)) keys.add(key);
  return [...keys].sort().map((key) => ({
    key,
    name: key.charAt(0).toUpperCase() + key.slice(1),
    totalValues: events.filter((e) => eventTag(e, issue, key) !== void 0).length
  })).filter((tag) => tag.totalValues > 0);
}

// src/simulator/stats.ts
var HOUR2 = 3600;
var DAY3 = 86400;
function eventSeries(events, start, end, rollupSeconds2) {
  const rollup = Math.max(1, Math.floor(rollupSeconds2));
  const first = Math.floor(start.getTime() / 1e3 / rollup) * rollup;
  const last = Math.floor(end.getTime() / 1e3 / rollup) * rollup;
  const series = [];
  for (let t = first; t <= last; t += rollup) series.push([t, 0]);
  for (let i = firstIndexAtOrAfter(events, first * 1e3); i < events.length; i++) {
    const seconds2 = events[i].at.getTime() / 1e3;
    if (seconds2 >= last + rollup) break;
    const bucket = series[Math.floor((seconds2 - first) / rollup)];
    if (bucket) bucket[1] += 1;
  }
  return series;
}
function periodSeries(events, period, now) {
  const [segments, interval] = period === "24h" ? [24, HOUR2] : period === "14d" ? [14, DAY3] : [30, DAY3];
  const start = new Date(now.getTime() - (segments - 1) * interval * 1e3);
  return eventSeries(events, start, now, interval);
}
function autoRollupSeconds(start, end) {
  const total2 = (end.getTime() - start.getTime()) / 1e3;
  if (total2 < 24 * HOUR2) return Math.max(Math.floor(total2 / 29), 1);
  for (const hours of [1, 2, 3, 6]) if (total2 < 29 * hours * HOUR2) return hours * HOUR2;
  if (total2 < 35 * 12 * HOUR2) return 12 * HOUR2;
  if (total2 < 29 * DAY3) return DAY3;
  return Math.round(total2 / (29 * DAY3)) * DAY3;
}

// src/simulator/routes/lookup.ts
function requireIssue(ctx, ref) {
  const issue = resolveIssueRef(ctx.world, ref);
  const project = issue && ctx.world.projects.find((p) => p.slug === issue.project);
  const events = issue ? visibleEvents(issue, ctx.now) : [];
  if (!issue || !project || events.length === 0) throw notFound();
  return { issue, project, events };
}
function resolveIssueRef(world, ref) {
  if (/^\d+$/.test(ref)) {
    const id = ref.replace(/^0+(?=\d)/, "");
    return world.issues.find((issue) => issue.id === id);
  }
  const wanted = parseShortId(ref);
  if (!wanted) return void 0;
  return world.issues.find((issue) => {
    const own = parseShortId(issue.shortId);
    if (!own) return issue.shortId.toUpperCase() === ref.trim().toUpperCase();
    return own.projectSlug === wanted.projectSlug && own.number === wanted.number;
  });
}
var SHORT_ID3 = /^(?:issue+:)?(.*?)[\s_-]([A-Za-z0-9]+)$/;
var BASE322 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
var MAX_SHORT_ID2 = 2n ** 63n - 1n;
function parseShortId(text2) {
  const match = SHORT_ID3.exec(text2.trim());
  if (!match) return null;
  const digits = match[2].toUpperCase().replaceAll("O", "0").replaceAll("I", "1").replaceAll("L", "1");
  let number2 = 0n;
  for (const digit of digits) {
    const value2 = BASE322.indexOf(digit);
    if (value2 < 0) return null;
    number2 = number2 * 32n + BigInt(value2);
  }
  if (number2 > MAX_SHORT_ID2) return null;
  return { projectSlug: match[1].toLowerCase(), number: number2 };
}

// src/simulator/routes/issues.ts
var ERR_INVALID_STATS_PERIOD = "Invalid stats_period. Valid choices are '', '24h', '14d' and 'auto'";
var EVENT_ID = /^[0-9a-f]{32}$/i;
var issuesRoute = {
  name: "issues",
  pattern: /^\/organizations\/([^/]+)\/issues\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const range = dateRange(query, now);
    const groupStatsPeriod = query.get("groupStatsPeriod");
    if (groupStatsPeriod !== null && !["", "24h", "14d", "auto"].includes(groupStatsPeriod)) {
      throw badRequest(ERR_INVALID_STATS_PERIOD);
    }
    const environments = requestedEnvironments(query, world, now);
    const projects = new Set(requestedProjects(query, world).map((p) => p.slug));
    const limit = readLimit(query.get("limit"));
    const cursor = parseCursor(query.get("cursor"));
    const text2 = (query.get("query") ?? "is:unresolved").trim();
    const sort = readSort(query.get("sort"));
    const options = {
      collapse: new Set(query.getAll("collapse")),
      // groupStatsPeriod absent means 24h; '' turns stats off.
      statsPeriod: groupStatsPeriod === null ? "24h" : groupStatsPeriod || null,
      stats: statsFunction(groupStatsPeriod ?? "24h", range, now),
      hasEventConditions: false
    };
    const order = releaseOrder(world, now);
    const serialize = (issue, events, sets) => serializeListItem(
      { issue, state: issueState(issue, events, now, order), ...sets },
      issueContext(ctx, issue.project),
      options
    );
    const direct = directHit(ctx, text2, projects, environments);
    if (direct) {
      const { issue, events, inEnvironments } = direct;
      const sets = {
        inEnvironments,
        inWindow: inEnvironments,
        matched: inEnvironments,
        conditionEvents: inEnvironments
      };
      return {
        body: [{ ...serialize(issue, events, sets), ...direct.extra }],
        headers: { "X-Sentry-Direct-Hit": "1" }
      };
    }
    const params = { projects, environments, ...range, query: text2, sort };
    let result;
    try {
      result = searchIssues(world, params, now);
    } catch (error) {
      if (error instanceof SearchQueryError) throw badRequest(`Error parsing search query: ${error.message}`);
      throw error;
    }
    options.hasEventConditions = result.hasEventConditions;
    const page = paginate(result.hits, cursor, limit);
    return {
      body: page.items.map(
        (hit) => serialize(hit.issue, hit.events, { ...hitEvents(hit, params, result), matched: hit.matched })
      ),
      headers: {
        Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page),
        "X-Hits": String(result.hits.length)
      }
    };
  }
};
function readLimit(text2) {
  if (!text2) return MAX_PER_PAGE;
  const value2 = Number.parseInt(text2, 10);
  if (Number.isNaN(value2)) throw badRequest("invalid limit");
  return Math.min(Math.max(value2, 1), MAX_PER_PAGE);
}
function readSort(text2) {
  const sort = text2 ?? "date";
  if (SORT_KEYS.includes(sort)) return sort;
  if (sort === "inbox") throw badRequest("Sort key 'inbox' only supported for inbox search");
  throw badRequest(`Sort key '${sort}' not supported.`);
}
function statsFunction(period, range, now) {
  if (period === "auto") {
    const rollup = autoRollupSeconds(range.start, range.end);
    return (events) => eventSeries(events, range.start, range.end, rollup);
  }
  const fixed = period === "14d" ? "14d" : "24h";
  return (events) => periodSeries(events, fixed, now);
}
function issueContext(ctx, projectSlug) {
  const project = ctx.world.projects.find((p) => p.slug === projectSlug);
  if (!project) throw new Error(`Issue of unknown project ${projectSlug}`);
  return { org: ctx.world.org, project, baseUrl: ctx.baseUrl };
}
function directHit(ctx, text2, projects, environments) {
  const byEvent = EVENT_ID.test(text2);
  const byShortId = !byEvent && ctx.query.get("shortIdLookup") === "1" && parseShortId(text2) !== null;
  if (!byEvent && !byShortId) return null;
  const wanted = text2.toLowerCase();
  const candidates = byEvent ? ctx.world.issues.filter((issue) => projects.has(issue.project) && issue.category === "error") : [resolveIssueRef(ctx.world, text2)];
  for (const issue of candidates) {
    if (!issue) continue;
    const events = visibleEvents(issue, ctx.now);
    if (events.length === 0 || byEvent && !events.some((e) => e.id === wanted)) continue;
    const inEnvironments = environments ? events.filter((e) => environments.has(e.environment)) : events;
    return { issue, events, inEnvironments, extra: byEvent ? { matchingEventId: wanted } : {} };
  }
  return null;
}

// src/simulator/routes/issue.ts
var issueRoute = {
  name: "issue",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const { issue, events } = requireIssue(ctx, ctx.params[1]);
    const environments = requestedEnvironments(query, world, now);
    const inEnvironments = environments ? events.filter((e) => environments.has(e.environment)) : events;
    const order = releaseOrder(world, now);
    const body = serializeIssueDetail(
      {
        issue,
        state: issueState(issue, events, now, order),
        events: inEnvironments,
        allEvents: events,
        activity: issueActivity(issue, events, now, order),
        releases: releaseViews(world, now),
        stats: {
          "24h": periodSeries(inEnvironments, "24h", now),
          "30d": periodSeries(inEnvironments, "30d", now)
        },
        collapse: new Set(query.getAll("collapse"))
      },
      issueContext(ctx, issue.project)
    );
    return { body };
  }
};
var activitiesRoute = {
  name: "issue-activities",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/activities\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    requireOrganization(ctx.world, ctx.params[0]);
    const { issue, events } = requireIssue(ctx, ctx.params[1]);
    const activity = issueActivity(issue, events, ctx.now, releaseOrder(ctx.world, ctx.now));
    return { body: { activity: activity.slice(0, 100).map(serializeActivity) } };
  }
};

// src/simulator/serializers/event.ts
var TAG_KEYS = ["environment", "handled", "level", "mechanism", "release", "user"];
function eventTags(event, issue) {
  return [.../* @__PURE__ */ new Set([...TAG_KEYS, ...Object.keys(event.tags)])].map((key) => ({ key, value: eventTag(event, issue, key) })).filter((tag) => tag.value !== void 0).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function eventUser(event) {
  if (event.user === null) return null;
  return { id: event.user, email: null, username: null, ip_address: null, name: null, geo: null, data: null };
}
function location(event) {
  const innermost = event.frames ? [...event.frames].reverse().find((f) => f.inApp) : void 0;
  return innermost?.filename ?? null;
}
function eventBasics(event, { issue, project }) {
  return {
    id: event.id,
    eventID: event.id,
    groupID: issue.id,
    projectID: project.id,
    message: "",
    title: issue.title,
    location: location(event),
    culprit: issue.culprit,
    user: eventUser(event),
    platform: project.platform ?? "other",
    dateCreated: iso(event.at)
  };
}
function serializeSimpleEvent(event, context) {
  const { issue } = context;
  return {
    ...eventBasics(event, context),
    "event.type": issue.type,
    // convert_user_tag_to_query: the user tag comes with the search that finds that user.
    tags: eventTags(event, issue).map(
      (tag) => tag.key === "user" && event.user !== null ? { ...tag, query: `user.id:"${event.user.replaceAll('"', '\\"')}"` } : tag
    ),
    crashFile: null,
    metadata: issue.metadata
  };
}
function serializeFullEvent(event, context) {
  const { issue, project } = context;
  return {
    ...eventBasics(event, context),
    tags: eventTags(event, issue),
    // The simulator's processing delay is time after receipt, so Relay received the event at its timestamp.
    dateReceived: iso(event.at),
    contexts: {},
    context: {},
    size: 2048,
    entries: issue.type === "transaction" ? [] : issue.type === "error" ? [exceptionEntry(event, issue)] : [messageEntry(issue)],
    dist: null,
    sdk: { name: `sentry.${project.platform ?? "other"}`, version: "9.0.0" },
    packages: {},
    type: issue.type,
    metadata: issue.metadata,
    errors: [],
    occurrence: null,
    _meta: {},
    crashFile: null,
    fingerprints: ["{{ default }}"],
    groupingConfig: { id: "newstyle:2023-01-11", enhancements: "" }
  };
}
function serializeEvent(event, ctx) {
  return {
    ...serializeFullEvent(event, ctx),
    release: ctx.release ? serializeReleaseSummary(ctx.release) : null,
    userReport: null,
    sdkUpdates: [],
    resolvedWith: [],
    nextEventID: ctx.nextEventID,
    previousEventID: ctx.previousEventID
  };
}
function exceptionEntry(event, issue) {
  const frames2 = event.frames;
  const hasSystemFrames = frames2 ? frames2.some((f) => !f.inApp) : false;
  const metadata = issue.metadata;
  return {
    type: "exception",
    data: {
      values: [
        {
          type: typeof metadata.type === "string" ? metadata.type : "Error",
          value: typeof metadata.value === "string" ? metadata.value : issue.title,
          module: null,
          mechanism: { type: "generic", handled: event.handled },
          threadId: null,
          stacktrace: frames2 ? { frames: frames2.map(serializeFrame), framesOmitted: null, registers: null, hasSystemFrames } : null,
          rawStacktrace: null
        }
      ],
      excOmitted: null,
      hasSystemFrames
    }
  };
}
function messageEntry(issue) {
  return { type: "message", data: { formatted: issue.title, message: null, params: null } };
}
function serializeFrame(frame) {
  return {
    filename: frame.filename,
    absPath: frame.absPath,
    module: frame.module,
    package: null,
    platform: null,
    instructionAddr: null,
    symbolAddr: null,
    function: frame.function,
    rawFunction: null,
    symbol: null,
    context: [],
    lineNo: frame.lineNo,
    colNo: frame.colNo,
    inApp: frame.inApp,
    trust: null,
    errors: null,
    lock: null,
    sourceLink: null,
    vars: null
  };
}

// src/simulator/routes/issue-event.ts
var NO_EVENT = new ApiError(404, {
  detail: "No matching event found, try changing the environments, date range, or query."
});
var issueEventRoute = {
  name: "issue-event",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/events\/(latest|oldest|recommended|\d+|[A-Fa-f0-9-]{32,36})\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const { issue, project, events } = requireIssue(ctx, ctx.params[1]);
    const environments = requestedEnvironments(query, world, now);
    const ranged = ["statsPeriod", "start", "end"].some((name) => query.has(name));
    const range = ranged ? dateRange(query, now) : null;
    let condition = () => true;
    const text2 = query.get("query")?.trim();
    if (text2) {
      try {
        const test = eventConditions(text2, world, /* @__PURE__ */ new Set([project.slug]), now);
        condition = (event2) => test(event2, issue);
      } catch (error) {
        if (error instanceof SearchQueryError) throw new ApiError(400, { detail: error.message });
        throw error;
      }
    }
    const candidates = events.filter(
      (e) => (!environments || environments.has(e.environment)) && (!range || e.at >= range.start && e.at < range.end) && condition(e)
    );
    const event = pick2(candidates, ctx.params[2]);
    if (!event) throw NO_EVENT;
    const index = candidates.indexOf(event);
    const release2 = event.release === null ? null : releaseViews(world, now).get(event.release) ?? null;
    return {
      body: serializeEvent(event, {
        issue,
        project,
        release: release2,
        previousEventID: candidates[index - 1]?.id ?? null,
        nextEventID: candidates[index + 1]?.id ?? null
      })
    };
  }
};
function pick2(events, which) {
  switch (which) {
    case "latest":
      return events.at(-1);
    case "oldest":
      return events[0];
    case "recommended":
      return events.findLast((e) => e.frames !== null) ?? events.at(-1);
    default:
      return events.find((e) => e.id === which.replaceAll("-", "").toLowerCase());
  }
}

// src/simulator/routes/issue-events.ts
var issueEventsRoute = {
  name: "issue-events",
  pattern: /^\/organizations\/([^/]+)\/issues\/([^/]+)\/events\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const { issue, project, events } = requireIssue(ctx, ctx.params[1]);
    const environments = environmentsOrNone(ctx);
    if (environments === "unknown") return { body: [] };
    const text2 = query.get("query")?.trim() ?? "";
    let condition;
    try {
      const test = eventConditions(text2, world, /* @__PURE__ */ new Set([project.slug]), now);
      condition = (event) => test(event, issue);
    } catch (error) {
      if (error instanceof SearchQueryError) throw badRequest(error.message);
      throw error;
    }
    const range = dateRange(query, now);
    const inRange = events.filter((e) => e.at >= range.start && e.at < range.end);
    const context = { issue, project };
    const hit = directHit2(text2, inRange);
    if (hit) return { body: [serializeFullEvent(hit, context)], headers: { "X-Sentry-Direct-Hit": "1" } };
    const matched = inRange.filter((e) => (!environments || environments.has(e.environment)) && condition(e)).reverse();
    const page = paginate(matched, parseCursor(query.get("cursor")), perPage(query));
    const full = ["1", "true"].includes(query.get("full") ?? "");
    return {
      body: page.items.map(
        (event) => full ? serializeFullEvent(event, context) : serializeSimpleEvent(event, context)
      ),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, query, page) }
    };
  }
};
function environmentsOrNone(ctx) {
  try {
    return requestedEnvironments(ctx.query, ctx.world, ctx.now);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return "unknown";
    throw error;
  }
}
function directHit2(text2, events) {
  const free = parseSearchQuery(text2).flatMap((term) => term.kind === "text" ? [term.text] : []);
  if (free.length !== 1) return void 0;
  const id = free[0].replaceAll("-", "").toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(id)) return void 0;
  return events.find((e) => e.id === id);
}

// src/simulator/serializers/organization.ts
var AVATAR = { avatarType: "letter_avatar", avatarUuid: null, avatarUrl: null };
function serializeOrganization(org, baseUrl) {
  return {
    id: org.id,
    slug: org.slug,
    status: { id: "active", name: "active" },
    name: org.name,
    dateCreated: iso(org.dateCreated),
    isEarlyAdopter: false,
    require2FA: false,
    avatar: AVATAR,
    // A self-hosted Sentry has no region split: both are its own URL.
    links: { organizationUrl: baseUrl, regionUrl: org.regionUrl ?? baseUrl },
    hasAuthProvider: false,
    allowMemberInvite: true,
    allowMemberProjectCreation: true,
    allowSuperuserAccess: false,
    features: ["discover-basic", "global-views", "advanced-search", "event-attachments"],
    extraOptions: {},
    access: ["org:read", "project:read", "event:read", "team:read", "member:read"],
    onboardingTasks: []
  };
}
function projectBase(project, org, latestRelease) {
  const team = { id: "1", name: org.name, slug: org.slug };
  return {
    id: project.id,
    slug: project.slug,
    name: project.name,
    platform: project.platform,
    dateCreated: iso(project.dateCreated),
    isBookmarked: false,
    isMember: true,
    features: ["releases", "minidump", "similarity-indexing"],
    firstEvent: iso(project.dateCreated),
    firstTransactionEvent: false,
    access: ["project:read", "event:read"],
    hasAccess: true,
    hasFeedbacks: false,
    hasFlags: false,
    hasMinifiedStackTrace: false,
    hasMonitors: false,
    hasNewFeedbacks: false,
    hasProfiles: false,
    hasReplays: false,
    hasSessions: false,
    hasInsightsHttp: false,
    hasInsightsDb: false,
    hasInsightsAssets: false,
    hasInsightsAppStart: false,
    hasInsightsScreenLoad: false,
    hasInsightsVitals: false,
    hasInsightsCaches: false,
    hasInsightsQueues: false,
    hasInsightsAgentMonitoring: false,
    hasInsightsMCP: false,
    hasLogs: false,
    hasTraceMetrics: false,
    team,
    teams: [team],
    latestRelease: latestRelease === null ? null : { version: latestRelease },
    platforms: project.platform === null ? [] : [project.platform]
  };
}
function serializeProjectSummary(project, org, latestRelease, environments) {
  return { ...projectBase(project, org, latestRelease), hasUserReports: false, environments };
}
function serializeProject(project, org, baseUrl, latestRelease) {
  return {
    ...projectBase(project, org, latestRelease),
    isInternal: false,
    isPublic: false,
    avatar: AVATAR,
    color: "#3f70bf",
    status: "active",
    options: {},
    digestsMinDelay: 300,
    digestsMaxDelay: 1800,
    subjectPrefix: "",
    allowedDomains: ["*"],
    resolveAge: 0,
    dataScrubber: true,
    dataScrubberDefaults: true,
    safeFields: [],
    storeCrashReports: null,
    sensitiveFields: [],
    subjectTemplate: "$shortID - $title",
    securityToken: "0".repeat(32),
    securityTokenHeader: null,
    verifySSL: false,
    scrubIPAddresses: false,
    scrapeJavaScript: true,
    enableAutoReleaseCreation: true,
    highlightTags: ["handled", "level"],
    highlightContext: {},
    highlightPreset: { tags: ["handled", "level"], context: {} },
    groupingConfig: "newstyle:2023-01-11",
    derivedGroupingEnhancements: "",
    groupingEnhancements: "",
    secondaryGroupingExpiry: 0,
    secondaryGroupingConfig: null,
    fingerprintingRules: "",
    organization: serializeOrganization(org, baseUrl),
    processingIssues: 0,
    defaultEnvironment: null,
    relayPiiConfig: null,
    builtinSymbolSources: [],
    dynamicSamplingBiases: null,
    symbolSources: "[]",
    isDynamicallySampled: false,
    tempestFetchScreenshots: false,
    autofixAutomationTuning: "off",
    seerScannerAutomation: false,
    seerNightshiftTweaks: null,
    scmSourceContextEnabled: false,
    debugFilesRole: null
  };
}

// src/simulator/routes/organization.ts
var organizationRoute = {
  name: "organization",
  pattern: /^\/organizations\/([^/]+)\/$/,
  scopes: ORG_READ,
  handle: ({ world, params, baseUrl }) => {
    const org = requireOrganization(world, params[0]);
    return { body: serializeOrganization(org, baseUrl) };
  }
};
var projectRoute = {
  name: "project",
  pattern: /^\/projects\/([^/]+)\/([^/]+)\/$/,
  scopes: PROJECT_READ,
  handle: ({ world, now, params, baseUrl }) => {
    const org = requireOrganization(world, params[0]);
    const project = world.projects.find((p) => p.slug === params[1] || p.id === params[1]);
    if (!project) throw notFound();
    const latest = latestReleaseVersion(releaseViews(world, now), /* @__PURE__ */ new Set([project.slug]));
    return { body: serializeProject(project, org, baseUrl, latest) };
  }
};
var organizationProjectsRoute = {
  name: "organization-projects",
  pattern: /^\/organizations\/([^/]+)\/projects\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const org = requireOrganization(ctx.world, ctx.params[0]);
    const projects = matchingProjects(ctx, ctx.query.get("query") ?? "").sort(
      (a, b) => a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
    );
    const page = paginate(projects, parseCursor(ctx.query.get("cursor")), perPage(ctx.query));
    const releases = releaseViews(ctx.world, ctx.now);
    return {
      body: page.items.map(
        (project) => serializeProjectSummary(
          project,
          org,
          latestReleaseVersion(releases, /* @__PURE__ */ new Set([project.slug])),
          projectEnvironments(ctx.world, project, ctx.now)
        )
      ),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, ctx.query, page) }
    };
  }
};
function matchingProjects(ctx, query) {
  let projects = [...ctx.world.projects];
  for (const [key, values] of tokenizeQuery(query)) {
    if (key === "query") {
      const text2 = values.join(" ").toLowerCase();
      projects = projects.filter(
        (p) => p.name.toLowerCase().includes(text2) || p.slug.toLowerCase().includes(text2)
      );
    } else if (key === "id") {
      if (!values.every((v) => /^\d+$/.test(v))) {
        throw new ApiError(400, {
          error: { params: { stats_period: { message: "All 'id' values must be integers." } } }
        });
      }
      projects = projects.filter((p) => values.includes(p.id));
    } else if (key === "slug") {
      projects = projects.filter((p) => values.includes(p.slug));
    } else if (key === "team") {
      projects = values.includes(ctx.world.org.slug) ? projects : [];
    } else if (key === "!team") {
      projects = values.includes(ctx.world.org.slug) ? [] : projects;
    } else if (key !== "is_member") {
      projects = [];
    }
  }
  return projects;
}
function tokenizeQuery(query) {
  const tokens = /* @__PURE__ */ new Map();
  for (const token of query.match(/(?:[^\s"]+|"[^"]*")+/g) ?? []) {
    const colon = token.indexOf(":");
    const [key, value2] = colon > 0 ? [token.slice(0, colon), token.slice(colon + 1)] : ["query", token];
    tokens.set(key, [...tokens.get(key) ?? [], value2.replace(/^"(.*)"$/, "$1")]);
  }
  return tokens;
}
function projectEnvironments(world, project, now) {
  const names = /* @__PURE__ */ new Set();
  for (const issue of world.issues) {
    if (issue.project !== project.slug) continue;
    for (const event of visibleEvents(issue, now)) names.add(event.environment);
  }
  return [...names].sort();
}

// src/simulator/routes/releases.ts
function requireRelease(ctx) {
  requireOrganization(ctx.world, ctx.params[0]);
  const view = releaseViews(ctx.world, ctx.now).get(ctx.params[1]);
  if (!view) throw notFound();
  return view;
}
var releaseRoute = {
  name: "release",
  pattern: /^\/organizations\/([^/]+)\/releases\/([^/]+)\/$/,
  scopes: RELEASE_READ,
  handle: (ctx) => ({ body: serializeRelease(requireRelease(ctx), ctx.world.projects) })
};
var deploysRoute = {
  name: "release-deploys",
  pattern: /^\/organizations\/([^/]+)\/releases\/([^/]+)\/deploys\/$/,
  scopes: RELEASE_READ,
  handle: (ctx) => {
    const view = requireRelease(ctx);
    const projects = new Set(requestedProjects(ctx.query, ctx.world).map((p) => p.slug));
    const deploys = latestDeploys(view, projects);
    const page = paginate(deploys, parseCursor(ctx.query.get("cursor")), perPage(ctx.query));
    return {
      body: page.items.map(serializeDeploy),
      headers: { Link: linkHeader(ctx.baseUrl, ctx.rawPath, ctx.query, page) }
    };
  }
};

// src/simulator/session-intervals.ts
var MAX_INTERVALS = 1e3;
var DAY_SECONDS = 86400;
var SMALLEST_SECONDS = 10;
function sessionIntervals(query, now) {
  const intervalMs = statsPeriodMs(query.get("interval") ?? "1h") ?? 36e5;
  const interval = Math.floor(intervalMs / 1e3);
  if (interval % SMALLEST_SECONDS !== 0 || interval < SMALLEST_SECONDS) {
    throw badRequest("The interval has to be a multiple of the minimum interval of ten seconds.");
  }
  if (interval > DAY_SECONDS) throw badRequest("The interval has to be less than one day.");
  if (DAY_SECONDS % interval !== 0) {
    throw badRequest("The interval should divide one day without a remainder.");
  }
  const range = dateRange(query, now);
  const startSeconds = Math.min(range.start.getTime(), now.getTime()) / 1e3;
  const first = Math.floor(startSeconds / interval) * interval;
  const count4 = Math.ceil((range.end.getTime() / 1e3 - first) / interval);
  if (count4 > MAX_INTERVALS) {
    throw badRequest(
      "Your interval and date range would create too many results. Use a larger interval, or a smaller date range."
    );
  }
  return {
    start: new Date(first * 1e3),
    end: new Date((first + count4 * interval) * 1e3),
    intervalSeconds: interval,
    starts: Array.from({ length: Math.max(count4, 0) }, (_, i) => new Date((first + i * interval) * 1e3))
  };
}
function isoformatZ(date) {
  return `${date.toISOString().slice(0, 19)}Z`;
}

// src/simulator/routes/sessions.ts
var MAX_POINTS = 1e4;
var STATUSES = ["abnormal", "crashed", "errored", "healthy", "unhandled"];
var GROUP_BY = ["project", "release", "environment", "session.status"];
var COUNTS = ["sum(session)", "count_unique(user)"];
var RATES = [
  "crash_rate(session)",
  "crash_rate(user)",
  "crash_free_rate(session)",
  "crash_free_rate(user)"
];
var NOT_SIMULATED = [
  "avg(session.duration)",
  "p50(session.duration)",
  "p75(session.duration)",
  "p90(session.duration)",
  "p95(session.duration)",
  "p99(session.duration)",
  "max(session.duration)",
  "anr_rate()",
  "foreground_anr_rate()",
  "unhandled_rate(session)",
  "unhandled_rate(user)",
  "errored_rate(session)",
  "errored_rate(user)",
  "abnormal_rate(session)",
  "abnormal_rate(user)",
  "unhealthy_rate(session)"
];
var sessionsRoute = {
  name: "sessions",
  pattern: /^\/organizations\/([^/]+)\/sessions\/$/,
  scopes: ORG_READ,
  handle: (ctx) => {
    const { world, now, query } = ctx;
    requireOrganization(world, ctx.params[0]);
    const fields = query.getAll("field");
    if (fields.length === 0) throw badRequest('Request is missing a "field"');
    for (const field2 of fields) {
      if (NOT_SIMULATED.includes(field2)) throw badRequest(`The Sentry simulator does not simulate ${field2}.`);
      if (!COUNTS.includes(field2) && !RATES.includes(field2)) throw badRequest(`Invalid field: "${field2}"`);
    }
    const groupBy = query.getAll("groupBy");
    const invalid = groupBy.find((key) => !GROUP_BY.includes(key));
    if (invalid !== void 0) throw badRequest(`Invalid groupBy: "${invalid}"`);
    const byStatus = groupBy.includes("session.status");
    const rate = fields.find((field2) => RATES.includes(field2));
    if (byStatus && rate) throw badRequest(`Cannot group field ${rate} by session.status`);
    const orderBy = readOrderBy(query.getAll("orderBy"), fields, byStatus);
    for (const name of ["per_page", "cursor"]) {
      if (query.has(name)) throw badRequest(`The Sentry simulator does not simulate ${name} on sessions.`);
    }
    const projects = requestedProjects(query, world);
    if (projects.length === 0) throw badRequest("No projects available");
    const environments = requestedEnvironments(query, world, now);
    const text2 = query.get("query") ?? "";
    const test = compileSessionsQuery(text2);
    const grid = sessionIntervals(query, now);
    const slugs = new Set(projects.map((p) => p.slug));
    const found = groupSessions(
      world,
      grid,
      (session) => {
        if (session.processedAt > now.getTime() || !slugs.has(session.project)) return false;
        return (!environments || environments.has(session.environment)) && test(session);
      },
      groupBy.filter((key) => key !== "session.status")
    );
    const primary = orderBy?.field ?? (fields.includes("sum(session)") ? "sum(session)" : fields[0]);
    const direction = orderBy?.descending === false ? 1 : -1;
    const kept = found.map((group) => ({ ...group, score: value(primary, group.sessions, null) ?? -1 })).sort((a, b) => direction * (a.score - b.score)).slice(0, Math.max(1, Math.floor(MAX_POINTS / grid.starts.length)));
    if (kept.length === 0 && groupBy.every((key) => key === "session.status"))
      kept.push({ by: {}, sessions: [], score: 0 });
    const output = kept.flatMap(({ by, sessions }) => splitByStatus(by, sessions, fields, grid, byStatus));
    return {
      body: {
        groups: output,
        start: isoformatZ(grid.start),
        end: isoformatZ(grid.end),
        intervals: grid.starts.map(isoformatZ),
        query: text2
      }
    };
  }
};
function groupSessions(world, grid, keep, keys) {
  const start = grid.start.getTime();
  const end = grid.end.getTime();
  const groups = /* @__PURE__ */ new Map();
  for (const session of world.sessions) {
    if (session.at < start || session.at >= end || !keep(session)) continue;
    const by = Object.fromEntries(keys.map((key) => [key, keyValue(world, session, key)]));
    const id = JSON.stringify(by);
    const group = groups.get(id) ?? { by, sessions: [] };
    group.sessions.push(session);
    groups.set(id, group);
  }
  return [...groups.values()];
}
function splitByStatus(by, sessions, fields, grid, byStatus) {
  const start = grid.start.getTime();
  const intervalMs = grid.intervalSeconds * 1e3;
  const buckets = grid.starts.map(() => []);
  for (const session of sessions) buckets[Math.floor((session.at - start) / intervalMs)]?.push(session);
  const statuses = byStatus ? [...STATUSES] : [null];
  return statuses.map((status) => ({
    by: status ? { ...by, "session.status": status } : by,
    totals: Object.fromEntries(fields.map((field2) => [field2, value(field2, sessions, status)])),
    series: Object.fromEntries(
      fields.map((field2) => [field2, buckets.map((bucket) => value(field2, bucket, status))])
    )
  }));
}
function keyValue(world, session, key) {
  if (key === "project") return Number(world.projects.find((p) => p.slug === session.project)?.id);
  return key === "release" ? session.release : session.environment;
}
function readOrderBy(orderBy, fields, byStatus) {
  if (orderBy.length === 0) return null;
  if (orderBy.length > 1) throw badRequest("Cannot order by multiple fields");
  if (byStatus) throw badRequest("Cannot use 'orderBy' when grouping by sessions.status");
  const field2 = orderBy[0].replace(/^-/, "");
  if (!fields.includes(field2)) throw badRequest("'orderBy' must be one of the provided 'fields'");
  return { field: field2, descending: orderBy[0].startsWith("-") };
}
function value(field2, sessions, status) {
  const [kind, unit] = field2.replace(")", "").split("(");
  if (kind === "sum") return status ? sessions.filter((s) => s.status === status).length : sessions.length;
  const users = unit === "user" ? userCounts(sessions) : null;
  if (kind === "count_unique") return users[status ?? "all"];
  const all = users ? users.all : sessions.length;
  const crashed = users ? users.crashed : sessions.filter((s) => s.status === "crashed").length;
  if (all === 0) return null;
  return kind === "crash_rate" ? crashed / all : 1 - crashed / all;
}
function userCounts(sessions) {
  const all = /* @__PURE__ */ new Set();
  const byStatus = { crashed: /* @__PURE__ */ new Set(), abnormal: /* @__PURE__ */ new Set(), unhealthy: /* @__PURE__ */ new Set() };
  for (const { user, status } of sessions) {
    if (user === null) continue;
    all.add(user);
    if (status === "crashed" || status === "abnormal") byStatus[status].add(user);
    if (status !== "healthy") byStatus.unhealthy.add(user);
  }
  const { crashed, abnormal, unhealthy } = byStatus;
  return {
    all: all.size,
    crashed: crashed.size,
    abnormal: abnormal.size,
    errored: Math.max(0, unhealthy.size - crashed.size - abnormal.size),
    healthy: Math.max(0, all.size - unhealthy.size),
    unhandled: 0
  };
}
function compileSessionsQuery(text2) {
  try {
    return compileBooleanQuery(parseBooleanSearchQuery(text2), compileTerm);
  } catch (error) {
    if (error instanceof SearchQueryError) throw badRequest(error.message);
    throw error;
  }
}
var KEYS = {
  release: (s) => s.release,
  environment: (s) => s.environment,
  project: (s) => s.project
};
function compileTerm(node) {
  if (node.kind === "text") throw new SearchQueryError("Invalid query field: free text");
  if (node.key === "session.status") {
    throw new SearchQueryError("The Sentry simulator does not simulate session.status in a sessions query.");
  }
  const key = KEYS[node.key];
  if (!key) throw new SearchQueryError(`Invalid query field: "${node.key}"`);
  if (node.values.some((v) => v.includes("*"))) {
    throw new SearchQueryError("Invalid condition: wildcard search is not supported");
  }
  return (s) => matchesAny(node.values, key(s)) !== node.negated;
}

// src/simulator/routes/shortid.ts
var shortIdRoute = {
  name: "shortid",
  pattern: /^\/organizations\/([^/]+)\/shortids\/([^/]+)\/$/,
  scopes: EVENT_READ,
  handle: (ctx) => {
    const org = requireOrganization(ctx.world, ctx.params[0]);
    const { issue, project, events } = requireIssue(ctx, ctx.params[1]);
    const group = serializeGroup(
      { issue, state: issueState(issue, events, ctx.now, releaseOrder(ctx.world, ctx.now)), events },
      issueContext(ctx, issue.project)
    );
    return {
      body: {
        organizationSlug: org.slug,
        projectSlug: project.slug,
        groupId: issue.id,
        group,
        // group.qualified_short_id: the canonical spelling, whatever case was asked.
        shortId: issue.shortId
      }
    };
  }
};

// src/simulator/routes/index.ts
var ROUTES = [
  organizationRoute,
  organizationProjectsRoute,
  projectRoute,
  releaseRoute,
  deploysRoute,
  issuesRoute,
  issueRoute,
  activitiesRoute,
  issueEventRoute,
  issueEventsRoute,
  shortIdRoute,
  discoverRoute,
  eventsValidateRoute,
  eventsTimeseriesRoute,
  sessionsRoute
];
function matchRoute(apiPath2) {
  for (const route of ROUTES) {
    const match = route.pattern.exec(apiPath2);
    if (!match) continue;
    try {
      return { route, params: match.slice(1).map((segment) => decodeURIComponent(segment)) };
    } catch {
      return null;
    }
  }
  return null;
}

// src/simulator/server.ts
async function startSimulator(options) {
  const tokens = new Map([
    [options.token ?? SIMULATOR_TOKEN, new Set(FULL_SCOPES)],
    ...Object.entries(options.tokens ?? {}).map(([token, scopes]) => [token, new Set(scopes)])
  ]);
  const clock = toClock(options.now);
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? SENTRY_RATE_LIMITS);
  const requests = [];
  const faults = new FaultQueue();
  let baseUrl = "";
  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      sendJson(res, 500, { detail: "Internal Error" });
      console.error("sentry simulator:", error);
    });
  });
  async function handle(req, res) {
    const url = new URL(req.url ?? "/", baseUrl);
    const match = url.pathname.startsWith("/api/0/") ? matchRoute(url.pathname.slice("/api/0".length)) : null;
    const record = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization ?? null,
      userAgent: req.headers["user-agent"] ?? null,
      route: match?.route.name ?? null,
      fault: null,
      at: /* @__PURE__ */ new Date(),
      status: null
    };
    requests.push(record);
    const fault = faults.take(record.route, url.pathname, url.searchParams);
    record.fault = fault?.type ?? null;
    let admission = null;
    const respond = (status, body, headers = {}) => {
      record.status = status;
      admission?.done();
      deliver(res, status, body, { ...admission?.headers ?? {}, ...headers }, fault, baseUrl);
    };
    if (fault?.type === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.type === "status") {
      if (fault.raw === void 0)
        return respond(fault.status, fault.body ?? { detail: "Internal Error" }, fault.headers);
      record.status = fault.status;
      res.writeHead(fault.status, { "Content-Type": "text/html", ...fault.headers }).end(fault.raw);
      return;
    }
    if (fault?.type === "echo-token") {
      return respond(fault.status ?? 500, {
        detail: `Request failed; Authorization: ${req.headers.authorization ?? ""}`
      });
    }
    if (fault?.type === "rate-limit") {
      const { limit, windowSeconds, concurrentLimit } = options.rateLimit || SENTRY_RATE_LIMITS;
      const headers = rateLimitHeaders({
        limit,
        remaining: 0,
        resetSeconds: Date.now() / 1e3 + fault.resetInSeconds,
        concurrentLimit,
        concurrentRemaining: concurrentLimit
      });
      return respond(429, tooFrequent(limit, windowSeconds), headers);
    }
    if (!match) return respond(404, { detail: "The requested resource does not exist" });
    if (record.method !== "GET") return respond(405, { detail: `Method "${record.method}" not allowed.` });
    try {
      const token = authenticate(req.headers.authorization, tokens);
      authorize(token, tokens, match.route.scopes);
      admission = limiter ? limiter.admit(token, match.route.name) : null;
      if (admission?.refusal) return respond(429, admission.refusal);
      if (fault?.type === "delay") await new Promise((resolve) => setTimeout(resolve, fault.ms).unref());
      const result = match.route.handle({
        world: options.world,
        now: clock(),
        params: match.params,
        query: url.searchParams,
        baseUrl,
        rawPath: url.pathname
      });
      return respond(result.status ?? 200, result.body, result.headers);
    } catch (error) {
      if (error instanceof ApiError) return respond(error.status, error.body);
      record.error = error instanceof Error ? error.stack ?? error.message : String(error);
      return respond(500, { detail: "Internal Error" });
    }
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address();
  baseUrl = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  return {
    url: baseUrl,
    requests,
    faults,
    world: options.world,
    clock,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    })
  };
}
function deliver(res, status, body, headers, fault, baseUrl) {
  if (res.destroyed || res.writableEnded) return;
  const ok = status >= 200 && status < 300;
  if (ok && fault?.type === "malformed") {
    sendJson(res, status, (fault.mutate ?? breakShape)(structuredClone(body)), headers);
    return;
  }
  if (ok && fault?.type === "foreign-link") {
    const origin = fault.origin ?? "https://sentry.attacker.example";
    const link = headers.Link?.replaceAll(baseUrl, origin).replace(
      'rel="next"; results="false"',
      'rel="next"; results="true"'
    ) ?? `<${origin}/api/0/?&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", <${origin}/api/0/?&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"`;
    sendJson(res, status, body, { ...headers, Link: link });
    return;
  }
  if (ok && fault?.type === "truncate") {
    const text2 = JSON.stringify(body);
    res.writeHead(status, {
      "Content-Type": "application/json",
      "Content-Length": String(Buffer.byteLength(text2)),
      ...headers
    });
    res.write(text2.slice(0, Math.floor(text2.length / 2)), () => res.destroy());
    return;
  }
  sendJson(res, status, body, headers);
}

// src/entries/cli.ts
var SCENARIO_NAMES = Object.keys(SCENARIOS);
var USAGE = `Usage: sentry-deploy-verify <command> [options]

Commands:
  verify   Did this release break production? Watches it for --window after its deploy.
  scan     What is new or regressed in the last --lookback, in any release.
  demo [scenario] [--format text|markdown|json]
           The whole check against the built-in Sentry simulator: no account needed.
           Scenarios: ${SCENARIO_NAMES.join(", ")} (default regression).
  simulator [--port N] [--scenario name]
           Serve the Sentry simulator on 127.0.0.1 until interrupted, for trying the action or the CLI by hand.
  mcp      An MCP server on stdio for coding agents (tools verify_release, scan_errors, check_fixes).

Run \`sentry-deploy-verify <command> --help\` for a command's flags.
Exit codes: 0 pass (and inconclusive, unless --fail-on-inconclusive), 1 fail, 2 error or bad usage.
`;
var CHECK_USAGE = {
  verify: `Usage: sentry-deploy-verify verify --org acme --project web --environment production [--release SHA] [--window 10m] [--format text|json|markdown]

Watches the release for --window after its deploy and says whether it broke anything. Without
--release, the release is \`git rev-parse HEAD\` of this directory. With --fixes auto, the release
commit's message is read for "Fixes WEB-123".`,
  scan: `Usage: sentry-deploy-verify scan --org acme --project web,api [--environment production] [--lookback 24h] [--format text|json|markdown]

Everything new or regressed in the environment within --lookback, in any release.`
};
function checkHelp(command) {
  return `${CHECK_USAGE[command]}

Flags (each also read from its environment variable when not given):
${flagHelp(command)}
`;
}
function checkHint(command) {
  return `Flags of ${command}:
${flagNames(command)}
Run \`sentry-deploy-verify ${command} --help\` for what each means.
`;
}
function scenarioList() {
  const now = /* @__PURE__ */ new Date();
  return SCENARIO_NAMES.map((name) => {
    const scenario2 = SCENARIOS[name](now);
    return `  ${name.padEnd(11)}${scenario2.description}${name === "regression" ? " (default)" : ""}`;
  }).join("\n");
}
function demoHelp() {
  return `Usage: sentry-deploy-verify demo [scenario] [--format text|markdown|json]

The whole check (verify, with --fixes auto) against the built-in Sentry simulator, started on
127.0.0.1 for the run: no account, token or network needed. Exits 0 whatever the verdict.

Scenarios:
${scenarioList()}

Flags:
  --format text|markdown|json
      Output (default text).
  -h, --help
      This help.
`;
}
function simulatorHelp() {
  const sample = SCENARIOS.regression(/* @__PURE__ */ new Date());
  return `Usage: sentry-deploy-verify simulator [--port N] [--scenario name]

Serves the built-in Sentry simulator on 127.0.0.1 until Ctrl-C, and prints the \`export\` lines that
point the CLI (or the action, as inputs) at it. It answers Sentry's REST API as sentry.io would, for:
  token        ${sample.token} (as a Bearer token; any other gets 401)
  org          ${sample.org}
  projects     ${sample.projects.join(", ")}
  environment  ${sample.environment}
  release      ${sample.release}

Scenarios (the world it serves, written relative to its start):
${scenarioList()}

Flags:
  --port N
      The port to listen on, 0 to 65535 (default 0: any free port).
  --scenario name
      One of ${SCENARIO_NAMES.join(", ")} (default regression).
  -h, --help
      This help.
`;
}
function mcpHelp() {
  const variables = INPUTS.flatMap(
    (spec) => "env" in spec ? [`  ${spec.env.padEnd(20)}--${spec.name}`] : []
  );
  return `Usage: sentry-deploy-verify mcp

An MCP server on stdio for coding agents (Claude Code, Cursor and others start it themselves): its
tools verify_release, scan_errors and check_fixes are read-only. Nothing but protocol messages is
written to stdout; run by hand, it waits for a client on stdin.

Configuration, as environment variables (each a default for the tools' arguments; the token is
never an argument):
${variables.join("\n")}
The release defaults to \`git rev-parse HEAD\` of the server's directory.

Flags:
  -h, --help
      This help.
`;
}
function render(report, format) {
  if (format === "json") return `${JSON.stringify(report, null, 2)}
`;
  return format === "markdown" ? `${renderMarkdown(report)}
` : renderText(report);
}
function exitCode(report, config) {
  if (!failsJob(report.verdict, config)) return 0;
  return report.verdict === "error" ? 2 : 1;
}
async function withHint(hint, run) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UsageError && error.hint === void 0) throw new UsageError(error.message, hint);
    throw error;
  }
}
async function check(mode, args) {
  const hint = checkHint(mode);
  const parsed = await withHint(hint, () => parseCommandArgs(args, process.env, { command: mode }));
  if (parsed.help) {
    process.stdout.write(checkHelp(mode));
    return 0;
  }
  const result = parseConfig({ ...parsed.raw, mode }, { deployedCommit: gitHead(), now: Date.now() });
  const flag = (input) => `--${input}`;
  if (!result.ok) throw new UsageError(describeProblems(result.problems, flag), hint);
  const { config } = result;
  const notYet = unsupported(config, flag);
  if (notYet) throw new UsageError(notYet, hint);
  const redactor = createRedactor([config.authToken]);
  const progress = terminalProgress(process.stderr, config.release);
  const report = await runCheck(config, {
    ...localClaimTexts(config),
    onDeployTime: (deploy, watch, warnings) => {
      for (const warning of warnings) {
        progress.say(
          redactor.text(
            `sentry-deploy-verify: ${warning} Watching until ${watch.settledAt.toISOString()} anyway, as the release's first event creates it; if --release is wrong, stop with Ctrl-C.`
          )
        );
      }
      progress.onDeployTime(deploy, watch, warnings);
    },
    onProgress: progress.onProgress
  });
  progress.stop();
  if (report.verdict === "error") {
    process.stderr.write(`sentry-deploy-verify: ${redactor.text(`ERROR: ${report.reason}`)}
`);
    if (parsed.format === "json") process.stdout.write(redactor.text(render(report, "json")));
  } else {
    process.stdout.write(redactor.text(render(report, parsed.format)));
  }
  return exitCode(report, config);
}
function scenarioNamed(name) {
  const make = SCENARIOS[name ?? "regression"];
  if (!make) throw new UsageError(`unknown scenario "${name}": choose one of ${SCENARIO_NAMES.join(", ")}`);
  return make(/* @__PURE__ */ new Date());
}
async function demo(args) {
  const hint = `Run \`sentry-deploy-verify demo --help\` for its scenarios and flags.
`;
  const { format, help, positionals } = await withHint(
    hint,
    () => parseCommandArgs(args, {}, { command: "demo" })
  );
  if (help) {
    process.stdout.write(demoHelp());
    return 0;
  }
  if (positionals.length > 1)
    throw new UsageError(`demo takes one scenario; got "${positionals.join(" ")}"`, hint);
  const scenario2 = await withHint(hint, () => scenarioNamed(positionals[0]));
  const simulator = await startSimulator({ world: scenario2.world, token: scenario2.token });
  try {
    const parsed = parseConfig(scenarioInputs(scenario2, simulator.url), { now: Date.now() });
    if (!parsed.ok) throw new Error(describeProblems(parsed.problems, (input) => `--${input}`));
    const fixClaimTexts = Promise.resolve([{ where: "the pull request", text: scenario2.pullRequestBody }]);
    const report = await runCheck(parsed.config, { fixClaimTexts });
    if (format === "text") {
      process.stdout.write(
        `Scenario "${scenario2.name}": ${scenario2.description}
Sentry simulator at ${simulator.url}

`
      );
    }
    process.stdout.write(render(report, format));
    if (format === "text") {
      process.stdout.write(
        `
${simulator.requests.length} Sentry requests. In a workflow, this verdict would ${report.verdict === "fail" ? "fail" : "pass"} the job.
`
      );
    }
    return 0;
  } finally {
    await simulator.close();
  }
}
async function serve(args) {
  const hint = `Run \`sentry-deploy-verify simulator --help\` for its flags.
`;
  const { values } = await withHint(
    hint,
    () => parseFlags(args, {
      port: { type: "string", default: "0" },
      scenario: { type: "string" },
      help: { type: "boolean", short: "h" }
    })
  );
  if (values.help) {
    process.stdout.write(simulatorHelp());
    return 0;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(String(values.port)) || port > 65535)
    throw new UsageError(`--port must be a port number from 0 to 65535; got "${values.port}"`, hint);
  const scenario2 = await withHint(hint, () => scenarioNamed(values.scenario));
  const simulator = await startSimulator({ world: scenario2.world, token: scenario2.token, port });
  const exports = Object.entries(scenarioInputs(scenario2, simulator.url)).map(
    ([input, value2]) => `export ${inputSpec(input).env}=${shellWord(value2)}`
  );
  process.stdout.write(
    [
      `Sentry simulator: scenario "${scenario2.name}" at ${simulator.url}`,
      `  ${scenario2.description}`,
      "",
      "Point the CLI at it: paste these lines into a shell, then run `sentry-deploy-verify verify`",
      "(the action takes the same values as inputs).",
      "",
      ...exports,
      "",
      "Ctrl-C stops it.",
      ""
    ].join("\n")
  );
  await new Promise((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await simulator.close();
  return 0;
}
async function mcp(args) {
  const hint = `Run \`sentry-deploy-verify mcp --help\` for how it is configured.
`;
  const { values } = await withHint(hint, () => parseFlags(args, { help: { type: "boolean", short: "h" } }));
  if (values.help) {
    process.stdout.write(mcpHelp());
    return 0;
  }
  return serveMcp(process.env);
}
async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case "verify":
    case "scan":
      return check(command, rest);
    case "demo":
      return demo(rest);
    case "simulator":
      return serve(rest);
    case "mcp":
      return mcp(rest);
    case void 0:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const usage = error instanceof UsageError || error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
    const hint = error instanceof UsageError && error.hint ? error.hint : USAGE;
    process.stderr.write(
      `sentry-deploy-verify: ${error instanceof Error ? error.message : String(error)}
${usage ? `
${hint}` : ""}`
    );
    process.exitCode = 2;
  }
);
