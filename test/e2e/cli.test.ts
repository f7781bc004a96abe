// The bundled command line against the Sentry simulator: the same verdicts as the action, from flags or
// environment variables, in three formats, with the spec's exit codes.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/engine/report.js";
import { cleanScenario, regressionScenario, silentScenario } from "../../src/simulator/index.js";
import { nodeBinary } from "../support/run-action.js";
import { cliMain, run, runCli, scenarioFlags } from "../support/run-cli.js";
import { sentryRequests, simulate } from "../support/simulated.js";

describe("sentry-deploy-verify verify", () => {
  it("fails a release that broke production: exit 1, the report as text, JSON or markdown", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const text = await runCli(["verify", ...scenarioFlags(scenario, simulator)]);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toMatch(/^FAIL: 2 new issues and 1 regressed issue in release \w+ in production/);
    expect(text.stdout).toContain("Spike test:");
    // Not a terminal: no progress line.
    expect(text.stderr).toBe("");

    const json = await runCli(["verify", ...scenarioFlags(scenario, simulator), "--format", "json"]);
    expect(json.exitCode).toBe(1);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      verdict: "fail",
      mode: "verify",
      release: scenario.release,
      environment: "production",
      projects: ["web", "api"],
      deployedAt: scenario.deployedAt.toISOString(),
      window: "10m",
      counts: { new: 2, regressed: 1, spike: 1, unfixed: 0, latency: 1 },
      listed: 5,
      omitted: 0,
    });

    const markdown = await runCli(["verify", ...scenarioFlags(scenario, simulator), "--format", "markdown"]);
    expect(markdown.stdout.split("\n")[0]).toMatch(/^### ❌ FAIL: 2 new issues/);
  });

  it("reads SENTRY_* variables when a flag is not given, and a flag wins over its variable", async () => {
    const scenario = cleanScenario();
    const simulator = await simulate(scenario);
    const env = {
      SENTRY_AUTH_TOKEN: scenario.token,
      SENTRY_ORG: scenario.org,
      SENTRY_PROJECT: scenario.projects.join(","),
      SENTRY_URL: simulator.url,
      SENTRY_ENVIRONMENT: scenario.environment,
      SENTRY_RELEASE: scenario.release,
    };
    const fromEnv = await runCli(["verify"], { env });
    expect(fromEnv.exitCode).toBe(0);
    expect(fromEnv.stdout).toMatch(/^PASS: no new, regressed or spiking issues/);

    const overridden = await runCli(["verify", "--environment", "staging"], { env });
    expect(overridden.stdout).toMatch(/^\S+: .* in staging/);
  });

  it("passes an inconclusive release, unless --fail-on-inconclusive", async () => {
    const scenario = silentScenario();
    const simulator = await simulate(scenario);
    const lenient = await runCli(["verify", ...scenarioFlags(scenario, simulator)]);
    expect(lenient.exitCode).toBe(0);
    expect(lenient.stdout).toMatch(/^INCONCLUSIVE: /);
    const strict = await runCli(["verify", ...scenarioFlags(scenario, simulator), "--fail-on-inconclusive"]);
    expect(strict.exitCode).toBe(1);
    const negated = await runCli([
      "verify",
      ...scenarioFlags(scenario, simulator),
      "--fail-on-inconclusive",
      "false",
    ]);
    expect(negated.exitCode).toBe(0);
  });

  it("refuses bad values with exit 2, naming each flag and what it accepts, before any request", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runCli([
      "verify",
      ...scenarioFlags(scenario, simulator),
      "--window",
      "5x",
      "--fail-on",
      "crashes",
    ]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain(
      '--window must be a duration such as 90s, 10m, 1h, 1h30m, 2d or ISO 8601 PT10M; got "5x"',
    );
    expect(run.stderr).toContain(
      '--fail-on must be a comma list of new, regressed, spike, unfixed, latency, failure-rate, crash-rate, or none; got "crashes"',
    );
    expect(run.stderr).toContain("Run `sentry-deploy-verify verify --help` for its flags.");
    expect(run.stdout).toBe("");
    expect(sentryRequests(simulator)).toHaveLength(0);

    const unknown = await runCli(["verify", "--colour", "red"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'/);
  });

  it("says why Sentry could not be asked, with exit 2 (0 with --on-error warn), and never prints the token", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const args = scenarioFlags(scenario, simulator);
    const wrongToken = "sntryu_wrong0123456789abcdef0123456789";
    args[1] = wrongToken;
    const run = await runCli(["verify", ...args, "--format", "json"]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^sentry-deploy-verify: ERROR: .*401/);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: "error" });
    expect(run.stdout + run.stderr).not.toContain(wrongToken);

    const warned = await runCli(["verify", ...args, "--on-error", "warn"]);
    expect(warned.exitCode).toBe(0);
  });

  it("on a terminal, shows the time left, the polls done and the findings so far while it waits", async () => {
    const scenario = cleanScenario();
    const simulator = await simulate(scenario);
    const deployedAt = new Date(Date.now() - 1_000).toISOString();
    const command = [process.execPath, cliMain(), "verify", ...scenarioFlags(scenario, simulator)]
      .concat(["--deployed-at", deployedAt, "--window", "4s", "--poll-interval", "2s", "--settle", "1s"])
      .map((word) => `'${word}'`)
      .join(" ");
    // script(1) gives the command a pseudo-terminal, as a person's shell would.
    const tty = await run("script", ["-qec", command, "/dev/null"]);
    // Each redraw returns to the start of the line and clears it.
    const redraws = tty.stdout.split("\r\u001b[2K");
    expect(redraws).toContainEqual(
      expect.stringMatching(/^Watching 3f2c9a1e7b6d: \ds left · 1 poll · 0 new, 0 regressed$/),
    );
    // The line is cleared before the result: no event of the release in these 4 seconds.
    expect(redraws.at(-1)).toMatch(/^INCONCLUSIVE: /);
  });

  it("explains each command's flags with --help", async () => {
    for (const command of ["verify", "scan"]) {
      const run = await runCli([command, "--help"]);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`Usage: sentry-deploy-verify ${command}`);
      expect(run.stdout).toContain("--deployed-at");
      expect(run.stdout).toContain("(default 10m)");
      expect(run.stdout).not.toContain("--github-token");
    }
    const top = await runCli(["--help"]);
    expect(top.stdout).toMatch(/verify {3}Did this release break production/);
    expect(top.stdout).toContain("Exit codes: 0 pass");
  });

  it("runs as the package's bin: npx sentry-deploy-verify from a checkout", async () => {
    const npx = await run("npx", ["--no-install", "sentry-deploy-verify", "--help"], {
      env: { npm_config_update_notifier: "false" },
    });
    expect(npx.exitCode).toBe(0);
    expect(npx.stdout).toMatch(/^Usage: sentry-deploy-verify <command>/);
  });
});

describe("sentry-deploy-verify verify --source mcp", () => {
  it("gives the same verdict and findings through Sentry's own MCP server", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const server = resolve(import.meta.dirname, "../../node_modules/@sentry/mcp-server/dist/index.js");
    const args = ["verify", ...scenarioFlags(scenario, simulator), "--format", "json"];
    const rest = JSON.parse((await runCli(args)).stdout) as Report;
    const mcp = await runCli([...args, "--source", "mcp", "--mcp-command", `"${nodeBinary}" "${server}"`]);
    expect(mcp.exitCode).toBe(1);
    const viaMcp = JSON.parse(mcp.stdout) as Report;
    expect(viaMcp.verdict).toBe(rest.verdict);
    // Issues alike; the slower checkout only through the REST API, which reads raw span samples.
    const shape = (report: Report) =>
      report.findings.filter((f) => f.subject === "issue").map((f) => [f.kind, f.shortId, f.events, f.users]);
    expect(shape(viaMcp)).toEqual(shape(rest));
    expect(rest.counts.latency).toBe(1);
    expect(viaMcp.counts.latency).toBe(0);
    expect(viaMcp.performance?.unavailable.join(" ")).toMatch(/source: mcp checks no latency/);
    expect(viaMcp.traffic).toMatchObject({ transactions: null, sessions: null });
  }, 120_000);
});

describe("sentry-deploy-verify scan", () => {
  it("reports what is new or regressed in the lookback, in any release", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const args = scenarioFlags(scenario, simulator).slice(0, -2);
    const run = await runCli(["scan", ...args, "--lookback", "1h", "--format", "json"]);
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as {
      mode: string;
      counts: Record<string, number>;
      release: unknown;
    };
    expect(report.mode).toBe("scan");
    expect(report.release).toBeNull();
    expect(report.counts.new).toBe(2);
  });
});
