// The bundled command line against the Sentry simulator: the same verdicts as the action, from flags or
// environment variables, in three formats, with the spec's exit codes.
import { spawn } from "node:child_process";
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
    // The heading itself is the report's (src/report); here: markdown, and the verdict.
    expect(markdown.stdout.split("\n")[0]).toMatch(/^### ❌ FAIL\b/);
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
    expect(run.stderr).toContain("Flags of verify:\n");
    expect(run.stderr).toContain("Run `sentry-deploy-verify verify --help` for what each means.");
    expect(run.stdout).toBe("");
    expect(sentryRequests(simulator)).toHaveLength(0);

    const unknown = await runCli(["verify", "--colour", "red"]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'/);
    // The command's flags, not the list of commands.
    expect(unknown.stderr).toContain("Flags of verify:");
    expect(unknown.stderr).toContain("--[no-]fail-fast");
    expect(unknown.stderr).not.toContain("Commands:");
    const typo = await runCli(["scan", "--lookbak", "1h"]);
    expect(typo.stderr).toMatch(
      /^sentry-deploy-verify: Unknown option '--lookbak' \(did you mean --lookback\?\)\n\nFlags of scan:/,
    );

    // A value that starts with a dash is the flag's: the input's own message, not Node's.
    const negative = await runCli(["verify", ...scenarioFlags(scenario, simulator), "--window", "-5m"]);
    expect(negative.exitCode).toBe(2);
    expect(negative.stderr).toMatch(
      /^sentry-deploy-verify: --window must be a duration such as 90s, .*; got "-5m"\n/,
    );
    expect(negative.stderr).not.toContain("ambiguous");
    const missing = await runCli(["verify", "--window"]);
    expect(missing.stderr).toMatch(/^sentry-deploy-verify: --window needs a value\n/);
    expect(sentryRequests(simulator)).toHaveLength(0);
  });

  it("says at once that Sentry's host does not exist, without retrying", async () => {
    const started = Date.now();
    const run = await runCli([
      "verify",
      ...["--url", "http://nonexistent.invalid", "--auth-token", "t", "--org", "acme", "--project", "web"],
      ...["--release", "1.0.0"],
    ]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      "sentry-deploy-verify: ERROR: Sentry's host nonexistent.invalid cannot be found (DNS: ENOTFOUND): check url.\n",
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("says a release Sentry does not know on stderr before it waits out the window", async () => {
    const scenario = cleanScenario();
    const simulator = await simulate(scenario);
    const flags = scenarioFlags(scenario, simulator).slice(0, -2);
    const child = spawn(
      process.execPath,
      [cliMain(), "verify", ...flags, "--release", "v9.9.9-typo", "--window", "1m"],
      {
        env: { PATH: process.env.PATH ?? "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    try {
      const said = await new Promise<string>((done, fail) => {
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString("utf8");
          if (stderr.endsWith("\n")) done(stderr);
        });
        child.on("close", () => fail(new Error(`ended before saying anything: ${stderr}`)));
      });
      expect(said).toMatch(
        /^sentry-deploy-verify: Sentry knows no release v9\.9\.9-typo in acme\. Watching until \S+ anyway, as the release's first event creates it; if --release is wrong, stop with Ctrl-C\.\n$/,
      );
      // Said while the window is still being waited out.
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill("SIGINT");
    }
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

  it("on a 50-column terminal, every redraw fits in 49 columns, so that none wraps and leaves a stale line", async () => {
    const scenario = cleanScenario();
    const simulator = await simulate(scenario);
    const deployedAt = new Date(Date.now() - 1_000).toISOString();
    const command = [process.execPath, cliMain(), "verify", ...scenarioFlags(scenario, simulator)]
      .concat(["--deployed-at", deployedAt, "--window", "3s", "--poll-interval", "1s", "--settle", "1s"])
      .concat(["--format", "json"])
      .map((word) => `'${word}'`)
      .join(" ");
    const tty = await run("script", ["-qec", `stty cols 50; ${command} >/dev/null`, "/dev/null"]);
    const redraws = tty.stdout.split("\r\u001b[2K").slice(1, -1);
    expect(redraws.length).toBeGreaterThan(1);
    for (const line of redraws) expect([...line].length).toBeLessThanOrEqual(49);
    expect(redraws).toContainEqual(expect.stringMatching(/^3f2c9a1: \ds left · 0 new, 0 regressed$/));
  });

  it("explains each command's own flags with --help", async () => {
    for (const command of ["verify", "scan"]) {
      const run = await runCli([command, "--help"]);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(`Usage: sentry-deploy-verify ${command}`);
      expect(run.stdout).toContain("--min-events");
      expect(run.stdout).not.toContain("--github-token");
    }
    const verify = (await runCli(["verify", "--help"])).stdout;
    expect(verify).toContain("--deployed-at");
    expect(verify).toContain("(default 10m)");
    expect(verify).toContain("  --fail-fast, --no-fail-fast\n");
    expect(verify).not.toContain("--lookback");
    const scan = (await runCli(["scan", "--help"])).stdout;
    expect(scan).toContain("  --lookback\n");
    for (const flag of ["--window", "--deployed-at", "--fail-fast", "--release", "--fixes"])
      expect(scan).not.toContain(flag);

    const demo = await runCli(["demo", "--help"]);
    expect(demo.stdout).toMatch(/^Usage: sentry-deploy-verify demo/);
    for (const name of ["regression", "clean", "quiet", "silent"])
      expect(demo.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));

    const simulator = await runCli(["simulator", "--help"]);
    expect(simulator.exitCode).toBe(0);
    expect(simulator.stdout).toMatch(/^Usage: sentry-deploy-verify simulator/);
    expect(simulator.stdout).toMatch(/^ {2}token +sntryu_5e7a1c0d\w+ /m);
    expect(simulator.stdout).toMatch(/^ {2}org +acme$/m);
    expect(simulator.stdout).toMatch(/^ {2}projects +web, api$/m);

    // Help, not a server waiting on stdin.
    const mcp = await runCli(["mcp", "--help"]);
    expect(mcp.exitCode).toBe(0);
    expect(mcp.stdout).toMatch(/^Usage: sentry-deploy-verify mcp\n/);
    expect(mcp.stdout).toContain("SENTRY_AUTH_TOKEN");
    const wrong = await runCli(["mcp", "--port", "1"]);
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--port'.*\n\nRun `sentry-deploy-verify mcp --help`/);
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

describe("sentry-deploy-verify simulator", () => {
  it("prints export lines that, pasted into a shell, point the CLI at it", async () => {
    const child = spawn(process.execPath, [cliMain(), "simulator", "--scenario", "regression"], {
      env: { PATH: process.env.PATH ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const closed = new Promise<number | null>((done) => child.on("close", done));
    try {
      const printed = await new Promise<string>((done, fail) => {
        let stdout = "";
        child.stdout.on("data", (chunk: Buffer) => {
          stdout += chunk.toString("utf8");
          if (stdout.includes("Ctrl-C stops it.\n")) done(stdout);
        });
        child.on("close", () => fail(new Error(`ended: ${stdout}`)));
      });
      const exports = printed.split("\n").filter((line) => line.startsWith("export "));
      expect(exports.map((line) => line.split("=")[0])).toEqual([
        "export SENTRY_AUTH_TOKEN",
        "export SENTRY_ORG",
        "export SENTRY_PROJECT",
        "export SENTRY_URL",
        "export SENTRY_ENVIRONMENT",
        "export SENTRY_RELEASE",
      ]);
      const cli = `'${process.execPath}' '${cliMain()}'`;
      const pasted = await run("sh", ["-c", `${exports.join("\n")}\n${cli} verify --format json`]);
      expect(pasted.exitCode).toBe(1);
      expect(JSON.parse(pasted.stdout)).toMatchObject({
        verdict: "fail",
        release: regressionScenario().release,
      });
    } finally {
      child.kill("SIGINT");
    }
    expect(await closed).toBe(0);
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
