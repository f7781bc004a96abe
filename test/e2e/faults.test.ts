// A flaky, slow, rate-limited, misconfigured or hostile Sentry, through the bundled action: the run
// never crashes, never loses the verdict, and never leaks the token.
import { describe, expect, it } from "vitest";
import { regressionScenario, type Simulator } from "../../src/simulator/index.js";
import { sendJson, startServer } from "../support/http-server.js";
import { type ActionRun, runAction } from "../support/run-action.js";
import { inputsFor, simulate } from "../support/simulated.js";

/** The one line a failed job shows, and that there is exactly one. */
function failure(run: ActionRun): string {
  const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error::"));
  expect(errors).toHaveLength(1);
  return errors[0] ?? "";
}

/** Everything a user could see, without the runner's own add-mask command that carries the secret to it. */
function visible(run: ActionRun): string {
  const stdout = run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  return [stdout, run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.report)].join(
    "\n",
  );
}

const issueSearches = (simulator: Simulator) => simulator.requests.filter((r) => r.route === "issues");

describe("a flaky Sentry", () => {
  it("is retried: 502s and a dropped connection still give the verdict", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({
      type: "status",
      status: 502,
      raw: "<html>Bad Gateway</html>",
      match: "issues",
      times: 2,
    });
    simulator.faults.push({ type: "reset", match: "issue-event" });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["new-count"]).toBe("2");
    expect(simulator.requests.filter((r) => r.fault === "status")).toHaveLength(2);
  });

  it("that stays down is an error after the 15 s retry budget, naming the endpoint", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "status", status: 503, match: "issues", times: 1000 });
    const run = await runAction({ inputs: inputsFor(scenario, simulator), timeoutMs: 40_000 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("error");
    expect(failure(run)).toMatch(
      /^::error::ERROR: Sentry is unavailable: GET http:\/\/127\.0\.0\.1:\d+\/api\/0\/organizations\/acme\/issues\/ failed \d+ times in 1[45](\.\d)? s \(last: HTTP 503\)\.$/,
    );
    expect(run.durationMs).toBeGreaterThanOrEqual(14_000);
    expect(run.durationMs).toBeLessThan(25_000);
  }, 40_000);

  it("answers slowly: the run waits and decides", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "delay", ms: 1_500, match: "issues", times: 2 });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.outputs.verdict).toBe("fail");
    expect(run.durationMs).toBeGreaterThanOrEqual(1_500);
  });

  it("with on-error: warn, an unreachable Sentry warns and passes", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const url = simulator.url;
    await simulator.close();
    const run = await runAction({
      inputs: { ...inputsFor(scenario, simulator), url, "on-error": "warn" },
      timeoutMs: 40_000,
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe("error");
    expect(run.stdout).toMatch(
      /::warning::Sentry could not be asked: Sentry is unavailable: .*network error: connect ECONNREFUSED/,
    );
  }, 40_000);
});

describe("a rate-limited Sentry", () => {
  it("is waited out until X-Sentry-Rate-Limit-Reset", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "rate-limit", resetInSeconds: 2, match: "issues" });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.outputs.verdict).toBe("fail");
    expect(simulator.requests.filter((r) => r.status === 429)).toHaveLength(1);
    expect(run.durationMs).toBeGreaterThanOrEqual(1_000);
  });

  it("whose reset falls after the run's deadline is an error at once", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "rate-limit", resetInSeconds: 3_600, match: "issues" });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.outputs.verdict).toBe("error");
    expect(failure(run)).toMatch(/Sentry rate-limited GET .*\/issues\/ until .*, after this run's deadline/);
    expect(run.durationMs).toBeLessThan(5_000);
  });
});

describe("a Sentry that refuses", () => {
  it("a wrong token (401): names auth-token and SENTRY_AUTH_TOKEN", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({
      inputs: inputsFor(scenario, simulator, { "auth-token": "sntryu_not_the_right_token_0000" }),
    });
    expect(run.exitCode).toBe(1);
    expect(failure(run)).toMatch(/auth-token.*SENTRY_AUTH_TOKEN/);
    // Not retried: one request, then the answer.
    expect(simulator.requests).toHaveLength(2);
  });

  it("a token without event:read (403): names the scope to add", async () => {
    const scenario = regressionScenario();
    const narrow = "sntryu_narrow_scopes_token_0000000000";
    const simulator = await simulate(scenario, { tokens: { [narrow]: ["org:read", "project:read"] } });
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { "auth-token": narrow }) });
    expect(run.outputs.verdict).toBe("error");
    expect(failure(run)).toContain("event:read");
  });

  it("an organization token (403): says that it cannot read issues", async () => {
    const scenario = regressionScenario();
    const orgToken = "sntrys_eyJpYXQiOjE3MDAwMDAwMDB9_secretpartofthetoken";
    const simulator = await simulate(scenario, { tokens: { [orgToken]: ["org:ci"] } });
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { "auth-token": orgToken }) });
    expect(failure(run)).toMatch(/organization auth token|org:ci/i);
  });

  it("an unknown project or environment (404): names it", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const project = await runAction({ inputs: inputsFor(scenario, simulator, { project: "web,mobile" }) });
    expect(failure(project)).toContain('Sentry has no project "mobile" in organization "acme"');
    const environment = await runAction({ inputs: inputsFor(scenario, simulator, { environment: "prod" }) });
    expect(failure(environment)).toContain('no environment "prod"');
  });

  it("a query Sentry cannot parse (400): says to check the query input", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const run = await runAction({ inputs: inputsFor(scenario, simulator, { query: 'level:"unclosed' }) });
    expect(run.outputs.verdict).toBe("error");
    expect(failure(run)).toMatch(/query/i);
    expect(issueSearches(simulator).length).toBeLessThanOrEqual(2);
  });
});

describe("a Sentry that answers wrongly", () => {
  it("a body cut off halfway is a clear error, not a crash", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "truncate", match: "issues", times: 100 });
    const run = await runAction({ inputs: inputsFor(scenario, simulator), timeoutMs: 40_000 });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.verdict).toBe("error");
    expect(failure(run)).toMatch(/^::error::ERROR: Sentry/);
    expect(run.stderr).toBe("");
  }, 40_000);

  it("an issue in the wrong shape is an error that names the field, never a wrong pass", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "malformed", match: "issues", times: 100 });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.outputs.verdict).toBe("error");
    expect(failure(run)).toMatch(/shortId|count/);
  });
});

describe("the token", () => {
  it("never leaks when Sentry echoes it in an error", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    simulator.faults.push({ type: "echo-token", status: 400, match: "issues" });
    const run = await runAction({ inputs: inputsFor(scenario, simulator) });
    expect(run.outputs.verdict).toBe("error");
    expect(visible(run)).not.toContain(scenario.token);
    expect(visible(run)).not.toContain(scenario.token.slice(7, 30));
    // The runner is told to mask it before anything else is printed.
    expect(run.stdout.split("\n")[0]).toBe(`::add-mask::${scenario.token}`);
  });

  it("is never sent to another host, even when Sentry's next page points there", async () => {
    const scenario = regressionScenario();
    const elsewhere = await startServer((_request, response) => sendJson(response, 200, []));
    try {
      const simulator = await simulate(scenario);
      simulator.faults.push({ type: "foreign-link", origin: elsewhere.url, match: "issues" });
      const run = await runAction({ inputs: inputsFor(scenario, simulator) });
      expect(run.outputs.verdict).toBe("error");
      expect(failure(run)).toContain("Refusing to send the Sentry token to 127.0.0.1:");
      expect(elsewhere.requests).toHaveLength(0);
      expect(visible(run)).not.toContain(scenario.token);
      // Every request the simulator saw carried the token to the simulator itself.
      expect(simulator.requests.every((r) => r.authorization === `Bearer ${scenario.token}`)).toBe(true);
    } finally {
      await elsewhere.close();
    }
  });
});
