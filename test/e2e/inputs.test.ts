// Bad input through the bundled action: the run stops before any Sentry request, with one message that
// names the input and what it accepts.
import { describe, expect, it } from "vitest";
import { regressionScenario } from "../../src/simulator/index.js";
import { runAction } from "../support/run-action.js";
import { inputsFor, simulate } from "../support/simulated.js";

const BAD: Array<[string, string, string]> = [
  [
    "window",
    "ten minutes",
    'input "window" must be a duration such as 90s, 10m, 1h, 1h30m, 2d or ISO 8601 PT10M; got "ten minutes"',
  ],
  ["window", "12h", 'input "window" must be from 1s to 6h'],
  ["poll-interval", "0s", 'input "poll-interval" must be from 1s to 1h'],
  ["deployed-at", "yesterday", 'input "deployed-at" must be auto or an ISO 8601 time with a time zone'],
  ["deployed-at", "2099-01-01T00:00:00Z", 'input "deployed-at" must not be in the future'],
  ["fail-fast", "yes", 'input "fail-fast" must be true or false; got "yes"'],
  [
    "fail-on",
    "new,crashes",
    'input "fail-on" must be a comma list of new, regressed, spike, unfixed, latency, failure-rate, crash-rate, or none',
  ],
  ["fail-on-inconclusive", "maybe", 'input "fail-on-inconclusive" must be true or false'],
  ["min-events", "0", 'input "min-events" must be a whole number from 1'],
  ["min-users", "-2", 'input "min-users" must be a whole number from 0'],
  ["max-listed", "many", 'input "max-listed" must be a whole number from 0 to 200'],
  ["ignore", "/(unclosed/", 'input "ignore" must be short IDs such as WEB-12 or /regex/ on the title'],
  ["query", "level:error\nlevel:fatal", 'input "query" must be Sentry search terms on one line'],
  ["url", "sentry.example.com", 'input "url" must be an http or https URL'],
  ["org", "acme/../x", 'input "org" must be an organization slug'],
  ["project", "web,,a b", 'input "project" must be project slugs such as web or web,api; "a b" is not one'],
  ["release", "feature/login", 'input "release" must be a Sentry release version'],
  [
    "environment",
    "x".repeat(70),
    'input "environment" must be one Sentry environment name of at most 64 characters',
  ],
  ["mode", "nightly", 'input "mode" must be one of verify, scan; got "nightly"'],
  ["on-error", "ignore", 'input "on-error" must be one of fail, warn'],
  ["spike-alpha", "2", 'input "spike-alpha" must be a number above 0 and at most 0.5'],
  ["spike-min-ratio", "0.5", 'input "spike-min-ratio" must be a number from 1 to 1000'],
  ["spike-baseline", "10m", 'input "spike-baseline" must be from 1h to 30d'],
  ["lookback", "forever", 'input "lookback" must be a duration'],
  ["fixes", "WEB-1 WEB-2", 'input "fixes" must be auto, none, or Sentry short IDs'],
  ["comment", "sometimes", 'input "comment" must be one of auto, always, never'],
  ["pr-number", "abc", 'input "pr-number" must be a whole number'],
  ["report-issue", "on", 'input "report-issue" must be true or false'],
  ["source", "graphql", 'input "source" must be one of api, mcp'],
  ["mcp-url", "ftp://mcp.example", 'input "mcp-url" must be an http or https URL'],
];

describe("a bad input", () => {
  it.each(BAD)("%s=%j fails before any request, naming the input", async (input, value, message) => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { [input]: value }) });

    expect(run.exitCode).toBe(1);
    expect(simulator.requests).toHaveLength(0);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error::"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
    expect(run.outputs.verdict).toBe("error");
    expect(run.summary.split("\n")[0]).toMatch(/^### 🛑 ERROR/);
    expect(run.summary.split("\n")[2]).toContain(message);
  });

  it("lists every missing required input at once, with its environment variable", async () => {
    const run = await runAction({ inputs: {}, sha: "" });
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error::"));
    expect(errors).toHaveLength(1);
    for (const expected of [
      'input "auth-token" is required',
      "SENTRY_AUTH_TOKEN",
      'input "org" is required',
      "SENTRY_ORG",
      'input "project" is required',
      'input "release" is required',
      "SENTRY_RELEASE",
    ]) {
      expect(errors[0]).toContain(expected);
    }
  });

  it("with on-error: warn, warns and passes, verdict error", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { window: "soon", "on-error": "warn" }),
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("error");
    expect(run.stdout).not.toContain("::error::");
    expect(run.stdout).toMatch(/::warning::Sentry could not be asked: input "window" must be a duration/);
    expect(simulator.requests).toHaveLength(0);
  });

  it("source: mcp refuses a url with a path, which Sentry's MCP server cannot reach, before any request", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const mcp = await runAction({
      inputs: inputsFor(scenario, simulator, { source: "mcp", url: `${simulator.url}/sentry` }),
    });
    expect(mcp.exitCode).toBe(1);
    expect(mcp.stdout).toContain(
      '::error::ERROR: input "source" mcp needs Sentry at the root of its host (the Sentry MCP server takes --host only); input "url" has a path',
    );
    expect(simulator.requests).toHaveLength(0);
  });
});
