import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/config/duration.js";
import { INPUTS, type RawInputs } from "../../src/config/inputs.js";
import { parseCommand, parseIgnoreRules } from "../../src/config/lists.js";
import { parseConfig } from "../../src/config/schema.js";

const base: RawInputs = { "auth-token": "sntryu_abc123def456", org: "acme", project: "web" };
const SHA = "0123456789abcdef0123456789abcdef01234567";

function problemsOf(raw: RawInputs, context = {}) {
  const result = parseConfig(raw, context);
  return result.ok ? [] : result.problems;
}

describe("durations", () => {
  it.each([
    ["90s", 90_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["2d", 172_800_000],
    ["PT10M", 600_000],
    ["pt1h30m", 5_400_000],
    ["P1D", 86_400_000],
    ["PT0.5S", 500],
  ])("%s is %d ms", (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(["", "10", "10 minutes", "m10", "P", "PT", "-5m", "1.5h", "10M"])("%s is not a duration", (text) =>
    expect(parseDuration(text)).toBeNull(),
  );

  it("formats the shortest exact form", () => {
    expect(formatDuration(600_000)).toBe("10m");
    expect(formatDuration(5_400_000)).toBe("1h30m");
    expect(formatDuration(61_000)).toBe("1m1s");
    expect(formatDuration(86_400_000)).toBe("24h");
    expect(formatDuration(7 * 86_400_000)).toBe("7d");
  });
});

describe("parseConfig", () => {
  it("applies every default from the inputs table", () => {
    const result = parseConfig(base, { deployedCommit: SHA });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { config } = result;
    expect(config).toMatchObject({
      url: "https://sentry.io",
      environment: null,
      release: SHA,
      deployedAt: "auto",
      windowMs: 600_000,
      pollIntervalMs: 60_000,
      failFast: true,
      failOn: ["new", "regressed", "unfixed"],
      latencyMaxIncrease: 0.2,
      spikeAlpha: 0.01,
      spikeMinRatio: 2,
      spikeMinEvents: 10,
      spikeBaselineMs: 86_400_000,
      fixes: "auto",
      failOnInconclusive: false,
      minEvents: 1,
      minUsers: 0,
      query: "",
      ignore: [],
      mode: "verify",
      lookbackMs: 86_400_000,
      comment: "auto",
      prNumber: null,
      reportIssue: false,
      maxListed: 10,
      onError: "fail",
      source: "api",
      mcpUrl: null,
    });
    expect(config.mcpCommand).toEqual([
      "npx",
      "-y",
      expect.stringMatching(/^@sentry\/mcp-server@\d+\.\d+\.\d+$/),
    ]);
  });

  it("splits projects on commas and newlines and drops duplicates", () => {
    const result = parseConfig({ ...base, project: "web, api\nworker,web" }, { deployedCommit: SHA });
    expect(result.ok && result.config.projects).toEqual(["web", "api", "worker"]);
  });

  it("normalises the URL: no trailing slash, no /api/0", () => {
    const result = parseConfig(
      { ...base, url: "https://sentry.example.com/api/0/" },
      { deployedCommit: SHA },
    );
    expect(result.ok && result.config.url).toBe("https://sentry.example.com");
  });

  it("takes the deployed commit as the release only when none is given", () => {
    const given = parseConfig({ ...base, release: "web@1.2.3" }, { deployedCommit: SHA });
    expect(given.ok && given.config.release).toBe("web@1.2.3");
  });

  it("reads the performance kinds in fail-on and latency-max-increase as a share", () => {
    const result = parseConfig(
      { ...base, "fail-on": "latency, crash-rate,failure-rate", "latency-max-increase": "50%" },
      { deployedCommit: SHA },
    );
    expect(result.ok && result.config.failOn).toEqual(["latency", "crash-rate", "failure-rate"]);
    expect(result.ok && result.config.latencyMaxIncrease).toBe(0.5);
  });

  it("reads fail-on none as an empty list", () => {
    const result = parseConfig({ ...base, "fail-on": "none" }, { deployedCommit: SHA });
    expect(result.ok && result.config.failOn).toEqual([]);
  });

  it.each<[keyof RawInputs & string, string, RegExp]>([
    ["window", "10 minutes", /duration such as 90s, 10m/],
    ["window", "7h", /from 1s to 6h/],
    ["poll-interval", "0s", /from 1s to 1h/],
    ["fail-fast", "yes", /must be true or false; got "yes"/],
    [
      "fail-on",
      "new,crash",
      /comma list of new, regressed, spike, unfixed, latency, failure-rate, crash-rate, or none/,
    ],
    ["latency-max-increase", "0.2", /percentage from 0% to 1000%, such as 20%; got "0.2"/],
    ["latency-max-increase", "-5%", /percentage from 0%/],
    ["fail-on", "none,new", /or none/],
    ["min-events", "-1", /whole number from 1/],
    ["min-users", "1.5", /whole number from 0/],
    ["max-listed", "1000", /from 0 to 200/],
    ["spike-alpha", "0", /above 0/],
    ["url", "ftp://sentry.example.com", /http or https URL/],
    ["url", "https://user:pw@sentry.example.com", /user name or password/],
    ["org", "../x", /organization slug/],
    ["project", "web,../etc", /project slugs/],
    ["deployed-at", "2026-11-25 14:00", /ISO 8601 time with a time zone/],
    ["deployed-at", "2026-11-25T14:00:00", /time zone/],
    ["release", "feature/x", /no slash/],
    ["ignore", "WEB-1,/unclosed", /not closed/],
    ["ignore", "/a(/", /not a valid regex/],
    ["ignore", "just words", /neither/],
    ["on-error", "ignore", /one of fail, warn/],
    ["mode", "watch", /one of verify, scan/],
    ["fixes", "WEB-1, not an id", /short IDs such as WEB-123/],
    ["pr-number", "#12", /whole number/],
    ["query", "a\nb", /one line/],
  ])("a bad %s (%j) names the input and what it accepts", (input, value, message) => {
    const problems = problemsOf({ ...base, [input]: value }, { deployedCommit: SHA });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.input).toBe(input);
    expect(problems[0]?.message).toMatch(message);
  });

  it("reports every missing required input at once, with its environment variable", () => {
    const problems = problemsOf({});
    expect(problems.map((p) => p.input)).toEqual(["auth-token", "org", "project", "release"]);
    expect(problems[0]?.message).toContain("SENTRY_AUTH_TOKEN");
    expect(problems[3]?.message).toContain("SENTRY_RELEASE");
  });

  it("never echoes the token in a problem", () => {
    const problems = problemsOf({ ...base, "auth-token": "sntryu_secret value" }, { deployedCommit: SHA });
    expect(problems[0]?.input).toBe("auth-token");
    expect(JSON.stringify(problems)).not.toContain("secret");
  });

  it("refuses a deploy time more than a minute in the future", () => {
    const now = Date.parse("2026-11-25T12:00:00Z");
    expect(
      problemsOf({ ...base, "deployed-at": "2026-11-25T12:00:30Z" }, { deployedCommit: SHA, now }),
    ).toEqual([]);
    expect(
      problemsOf({ ...base, "deployed-at": "2026-11-25T12:05:00Z" }, { deployedCommit: SHA, now })[0]
        ?.message,
    ).toMatch(/future/);
  });

  it("keeps on-error for a run whose other inputs are bad", () => {
    const result = parseConfig({ "on-error": "warn" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.onError).toBe("warn");
  });

  it("knows every input of the table", () => {
    const raw = Object.fromEntries(INPUTS.map((spec) => [spec.name, undefined]));
    expect(Object.keys(raw)).toHaveLength(INPUTS.length);
  });
});

describe("ignore rules", () => {
  it("keeps commas inside a regex and upper-cases short IDs", () => {
    const parsed = parseIgnoreRules("web-12, /timeout, retry/i\nAPI-3");
    expect(
      "rules" in parsed && parsed.rules.map((r) => (r.kind === "short-id" ? r.shortId : r.source)),
    ).toEqual(["WEB-12", "/timeout, retry/i", "API-3"]);
  });

  it("refuses the g flag, whose state would make matches flip", () => {
    expect(parseIgnoreRules("/x/g")).toMatchObject({ problem: expect.stringMatching(/flags other than/) });
  });
});

describe("mcp-command", () => {
  const command = (text: string) => parseCommand(text);
  it("is split into words as a shell splits a simple command, quotes kept together", () => {
    expect(command("npx -y @sentry/mcp-server@0.39.0")).toEqual({
      words: ["npx", "-y", "@sentry/mcp-server@0.39.0"],
    });
    expect(command(`"/opt/my node/bin/node" server.js --flag="a b" 'c d'`)).toEqual({
      words: ["/opt/my node/bin/node", "server.js", "--flag=a b", "c d"],
    });
    expect(command(`node "unclosed`)).toEqual({ problem: expect.stringMatching(/unclosed quote/) });
    expect(command("  ")).toEqual({ words: [] });
  });
});
