// Every input of the product, once: its name, the environment variable read when it is empty,
// its default and what it means. action.yml, the CLI's flags and the README are checked against it.

export interface InputSpec {
  readonly name: string;
  /** Read when the input itself is empty, as sentry-cli does. */
  readonly env?: string;
  /** The default as text; empty means none. */
  readonly default: string;
  readonly description: string;
}

export const PINNED_SENTRY_MCP = "@sentry/mcp-server@0.39.0";

export const INPUTS = [
  {
    name: "auth-token",
    env: "SENTRY_AUTH_TOKEN",
    default: "",
    description:
      "Sentry token with event:read, org:read and project:read (an internal integration token or a user token; organization tokens cannot read issues). Masked at once.",
  },
  { name: "org", env: "SENTRY_ORG", default: "", description: "Sentry organization slug." },
  {
    name: "project",
    env: "SENTRY_PROJECT",
    default: "",
    description: "One or more Sentry project slugs, comma- or newline-separated.",
  },
  {
    name: "url",
    env: "SENTRY_URL",
    default: "https://sentry.io",
    description:
      "Sentry base URL. On sentry.io the organization's region is discovered; self-hosted URLs are used as given.",
  },
  {
    name: "environment",
    env: "SENTRY_ENVIRONMENT",
    default: "",
    description: "Sentry environment, e.g. production. Empty: all environments.",
  },
  {
    name: "release",
    env: "SENTRY_RELEASE",
    default: "",
    description: "Sentry release version. Default: the deployed commit SHA.",
  },
  {
    name: "deployed-at",
    default: "auto",
    description:
      "When the release reached the environment: auto (the newest Sentry deploy record of the release in the environment, else the start of this run) or an ISO 8601 time with a time zone.",
  },
  {
    name: "window",
    default: "10m",
    description: "How long to watch after the deploy: 90s, 10m, 1h or ISO 8601 PT10M (at most 6h).",
  },
  { name: "poll-interval", default: "1m", description: "How often to ask Sentry during the window." },
  {
    name: "settle",
    default: "30s",
    description:
      "How long after the window's end the last poll is made, so that Sentry has processed the window's last events (0s to 10m).",
  },
  { name: "fail-fast", default: "true", description: "Stop at the first poll that finds a failing issue." },
  {
    name: "fail-on",
    default: "new,regressed,unfixed",
    description:
      "Comma list of finding kinds that fail the job: new, regressed, spike, unfixed, latency, failure-rate, crash-rate; or none to only report.",
  },
  {
    name: "latency-max-increase",
    default: "20%",
    description:
      "A latency finding needs a transaction's p95 since the deploy significantly above (1 + this) × its p95 before the deploy.",
  },
  {
    name: "spike-alpha",
    default: "0.01",
    description: "One-sided significance level of the spike test, family-wise over the issues tested.",
  },
  {
    name: "spike-min-ratio",
    default: "2",
    description:
      "The spike test's null hypothesis: the rate after the deploy is at most this many times the rate before.",
  },
  {
    name: "spike-min-events",
    default: "10",
    description: "A spike needs at least this many events since the deploy.",
  },
  {
    name: "spike-baseline",
    default: "24h",
    description: "The period just before the deploy that gives each issue's usual rate.",
  },
  {
    name: "fixes",
    default: "auto",
    description:
      "Issues the deploy claims to fix: auto (Fixes/Resolves/Closes SHORT-ID in the pull request and the deployed commits), a list of short IDs, or none.",
  },
  {
    name: "fail-on-inconclusive",
    default: "false",
    description: "Fail when Sentry received no event of the release since the deploy.",
  },
  {
    name: "min-events",
    default: "1",
    description: "A finding counts only with at least this many events since the deploy.",
  },
  { name: "min-users", default: "0", description: "… and at least this many affected users." },
  {
    name: "query",
    default: "",
    description: "Extra Sentry issue-search terms ANDed into every issue query, e.g. level:[error,fatal].",
  },
  {
    name: "ignore",
    default: "",
    description:
      "Issues never to count: short IDs (WEB-12) or /regex/ on the title, comma- or newline-separated.",
  },
  {
    name: "mode",
    default: "verify",
    description: "verify (a release after its deploy) or scan (everything new or regressed in the lookback).",
  },
  { name: "lookback", default: "24h", description: "The period a scan covers." },
  {
    name: "comment",
    default: "auto",
    description:
      "auto (comment on the deployed commit's pull request when there are findings, and update an earlier comment whatever the result), always, or never.",
  },
  {
    name: "pr-number",
    default: "",
    description: "The pull request to comment on, when the trigger does not tell.",
  },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, which action.yml must carry as written.
  { name: "github-token", default: "${{ github.token }}", description: "Token for comments and issues." },
  {
    name: "report-issue",
    default: "false",
    description: "In scan mode: keep one GitHub issue updated with the latest report.",
  },
  {
    name: "max-listed",
    default: "10",
    description: "Findings listed in full in a comment or summary; the rest are counted.",
  },
  {
    name: "on-error",
    default: "fail",
    description: "When Sentry cannot be asked: fail the job, or warn and pass.",
  },
  { name: "source", default: "api", description: "api: Sentry's REST API; mcp: a Sentry MCP server." },
  {
    name: "mcp-command",
    default: `npx -y ${PINNED_SENTRY_MCP}`,
    description: "How to start the Sentry MCP server over stdio when source is mcp.",
  },
  {
    name: "mcp-url",
    default: "",
    description: "A remote Sentry MCP endpoint (streamable HTTP) instead of a command.",
  },
] as const satisfies readonly InputSpec[];

export type InputName = (typeof INPUTS)[number]["name"];

/** Raw text per input, as a surface read it; undefined or empty means not given. */
export type RawInputs = Partial<Record<InputName, string | undefined>>;

const BY_NAME = new Map<string, InputSpec>(INPUTS.map((spec) => [spec.name, spec]));

export function inputSpec(name: InputName): InputSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown input ${name}`);
  return spec;
}

export const OUTPUTS = [
  { name: "verdict", description: "pass, fail, inconclusive or error." },
  { name: "new-count", description: "Number of new issues found." },
  { name: "regressed-count", description: "Number of regressed issues found." },
  { name: "spike-count", description: "Number of issues whose rate spiked." },
  { name: "unfixed-count", description: "Number of claimed fixes whose issue still occurs." },
  {
    name: "fixes",
    description: "JSON array of claimed fixes: shortId, status (confirmed, unfixed, unverified), events.",
  },
  {
    name: "findings",
    description:
      "JSON array of every finding: kind, subject (issue, transaction or release), id, shortId, title, project, events, users, firstSeen, permalink, culprit; for latency, failure-rate and crash-rate, their evidence.",
  },
  { name: "report-path", description: "Path of the JSON report file under RUNNER_TEMP." },
  {
    name: "comment-url",
    description:
      "URL of the pull request comment (verify) or of the tracking issue (scan), when one was written.",
  },
  { name: "release", description: "The Sentry release that was verified." },
  { name: "deployed-at", description: "The deploy time used, ISO 8601." },
] as const;
