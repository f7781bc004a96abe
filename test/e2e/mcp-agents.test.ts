// The MCP server as a coding agent's standard client meets it: the SDK's own Client with its default
// options, so its default request timeout (60 s) too. No call outlasts it: a window that ends later is
// answered with the verdict so far and when to call again. Arguments a tool does not have are named,
// and the descriptions and instructions speak to the agent.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { DEFAULT_REQUEST_TIMEOUT_MSEC } from "@modelcontextprotocol/sdk/shared/protocol.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  cleanScenario,
  regressionScenario,
  type Scenario,
  type Simulator,
} from "../../src/simulator/index.js";
import { serverTransport } from "../support/mcp-server.js";
import { simulate } from "../support/simulated.js";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

async function connect(scenario: Scenario, simulator: Simulator, env: Record<string, string> = {}) {
  const transport = serverTransport(scenario, simulator, env);
  const client = new Client({ name: "test-agent", version: "1.0.0" });
  await client.connect(transport);
  clients.push(client);
  return client;
}

const textOf = (result: unknown) =>
  ((result as { content: { type: string; text: string }[] }).content ?? [])
    .map((part) => part.text)
    .join("\n");

interface Answer {
  verdict: string;
  final: boolean;
  windowEnd: string;
  settledAt: string | null;
  polls: number;
  callAgainAt?: string;
  retryAfterSeconds?: number;
  notes: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const iso = (ms: number) => new Date(ms).toISOString();

describe("a call never outlasts a standard client's default wait", () => {
  it("with wait, a window that ends in two minutes answers within 60 s: the verdict so far and when to call again", async () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MSEC).toBe(60_000);
    const scenario = cleanScenario();
    const client = await connect(scenario, await simulate(scenario));
    const started = Date.now();
    const deployedAt = started - 8 * 60_000;
    const progress: string[] = [];
    // The client's own options: no longer timeout, no resetting it on progress.
    const result = await client.callTool(
      {
        name: "verify_release",
        arguments: { release: scenario.release, deployedAt: iso(deployedAt), wait: true },
      },
      undefined,
      { onprogress: (p) => progress.push(String(p.message)) },
    );
    const took = Date.now() - started;
    expect(result.isError).toBeFalsy();
    // It waited (a poll at its start, then one more at the end of its 30 s), and answered in time.
    expect(took).toBeGreaterThanOrEqual(29_000);
    expect(took).toBeLessThan(45_000);
    expect(progress).toEqual([expect.stringMatching(/^poll 1: /), expect.stringMatching(/^poll 2: /)]);
    const answer = result.structuredContent as unknown as Answer;
    const callAgainAt = iso(deployedAt + 10 * 60_000 + 30_000);
    expect(answer).toMatchObject({ verdict: "pass", final: false, settledAt: null, polls: 2, callAgainAt });
    expect(answer.retryAfterSeconds).toBeGreaterThan(60);
    expect(answer.retryAfterSeconds).toBeLessThanOrEqual(120);
    const [headline, callAgain] = textOf(result).split("\n");
    expect(headline).toMatch(/^PASS so far: /);
    expect(callAgain).toBe(
      `Not final: the window ends at ${iso(deployedAt + 10 * 60_000)}; call verify_release again at ${callAgainAt} (or later).`,
    );
  }, 60_000);

  it("the agent calls again until final: with wait and after the window's end, verify_release and check_fixes", async () => {
    const scenario = regressionScenario();
    // For tests only: each call waits 2 s instead of 30 s, so that the window can outlast it in seconds.
    const client = await connect(scenario, await simulate(scenario), {
      SENTRY_DEPLOY_VERIFY_TEST_WAIT_PER_CALL_MS: "2000",
    });
    const deployedAt = Date.now() - 1_000;
    // A window long enough that two calls (2 s of waiting and their checks each) end well within it,
    // even on a busy machine.
    const args = { release: scenario.release, deployedAt: iso(deployedAt), window: "20s", settle: "1s" };
    const settled = deployedAt + 21_000;

    const first = await client.callTool({ name: "verify_release", arguments: { ...args, wait: true } });
    const soFar = first.structuredContent as unknown as Answer;
    expect(soFar).toMatchObject({ final: false, callAgainAt: iso(settled) });
    expect(Date.now()).toBeLessThan(settled);
    expect(textOf(first)).toContain(`call verify_release again at ${iso(settled)} (or later).`);

    const fixes = await client.callTool({
      name: "check_fixes",
      arguments: { ...args, issues: ["WEB-3"], wait: true },
    });
    expect(fixes.structuredContent).toMatchObject({ final: false, callAgainAt: iso(settled) });
    expect(textOf(fixes)).toContain(`call check_fixes again at ${iso(settled)} (or later).`);

    await sleep(Date.parse(soFar.callAgainAt ?? "") - Date.now() + 100);
    const second = await client.callTool({ name: "verify_release", arguments: { ...args, wait: true } });
    const answer = second.structuredContent as unknown as Answer;
    expect(answer.final).toBe(true);
    expect(answer.settledAt).not.toBeNull();
    expect(answer).not.toHaveProperty("callAgainAt");
    expect(answer).not.toHaveProperty("retryAfterSeconds");
    expect(textOf(second)).not.toMatch(/so far|Not final/);
    const again = await client.callTool({ name: "check_fixes", arguments: { ...args, issues: ["WEB-3"] } });
    expect(again.structuredContent).toMatchObject({ final: true });
  }, 60_000);

  it("an evaluate-now call inside an open window says it is the verdict so far", async () => {
    const scenario = cleanScenario();
    const client = await connect(scenario, await simulate(scenario));
    const deployedAt = Date.now() - 60_000;
    const result = await client.callTool({
      name: "verify_release",
      arguments: { release: scenario.release, deployedAt: iso(deployedAt) },
    });
    const answer = result.structuredContent as unknown as Answer;
    expect(answer).toMatchObject({ final: false, callAgainAt: iso(deployedAt + 10 * 60_000 + 30_000) });
    expect(answer.retryAfterSeconds).toBeGreaterThan(500);
    // Too early for the release's traffic to show: inconclusive so far.
    expect(textOf(result)).toMatch(
      /^INCONCLUSIVE so far: .*\nNot final: the window ends at .*; call verify_release again at /,
    );
  });
});

describe("arguments", () => {
  it("one a tool does not have is a tool error that names it, and the server goes on serving", async () => {
    const scenario = regressionScenario();
    const client = await connect(scenario, await simulate(scenario));
    const bogus = await client.callTool({
      name: "verify_release",
      arguments: { release: scenario.release, bogusArg: 1 },
    });
    expect(bogus.isError).toBe(true);
    expect(textOf(bogus)).toMatch(
      /verify_release has no argument "bogusArg" \(it takes org, project, .*wait/,
    );

    const token = "sntryu_0123456789abcdef0123456789abcdef";
    const withToken = await client.callTool({
      name: "scan_errors",
      arguments: { authToken: token },
    });
    expect(withToken.isError).toBe(true);
    expect(textOf(withToken)).toMatch(/scan_errors has no argument "authToken"/);
    expect(textOf(withToken)).toContain("SENTRY_AUTH_TOKEN");
    expect(JSON.stringify(withToken)).not.toContain(token);

    const fixes = await client.callTool({
      name: "check_fixes",
      arguments: { issues: ["WEB-3"], failOn: "new" },
    });
    expect(textOf(fixes)).toMatch(/check_fixes has no argument "failOn"/);

    const good = await client.callTool({ name: "verify_release", arguments: { release: scenario.release } });
    expect(good.isError).toBeFalsy();
  });

  it("check_fixes takes issues, not auto or none", async () => {
    const scenario = regressionScenario();
    const client = await connect(scenario, await simulate(scenario));
    for (const issues of ["auto", ["WEB-3", "none"]]) {
      const result = await client.callTool({
        name: "check_fixes",
        arguments: { release: scenario.release, issues },
      });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(
        /^argument "issues" must be the Sentry short IDs the change claims to fix, such as \["WEB-123"\]; got "(auto|none)", which is not an issue/,
      );
    }
  });

  it("scan_errors fails only on what a scan can find", async () => {
    const scenario = regressionScenario();
    const client = await connect(scenario, await simulate(scenario));
    const spike = await client.callTool({ name: "scan_errors", arguments: { failOn: ["new", "spike"] } });
    expect(spike.isError).toBe(true);
    expect(textOf(spike)).toBe(
      'argument "failOn" of scan_errors must be new, regressed (what a scan finds), or none; got "spike" (verify_release finds the others)',
    );
    const regressed = await client.callTool({ name: "scan_errors", arguments: { failOn: "regressed" } });
    expect(regressed.isError).toBeFalsy();
  });

  it("a note such as an unknown release reaches the text, not only the structured notes", async () => {
    const scenario = regressionScenario();
    const client = await connect(scenario, await simulate(scenario));
    const result = await client.callTool({
      name: "verify_release",
      arguments: { release: "web@9.9.9-nope" },
    });
    expect(result.isError).toBeFalsy();
    const note = `Sentry knows no release web@9.9.9-nope in ${scenario.org}.`;
    expect((result.structuredContent as unknown as Answer).notes).toContain(note);
    expect(textOf(result).split("\n")).toContain(`Note: ${note}`);
  });
});

describe("what the agent reads", () => {
  it("instructions say what the tools are for and in what order; descriptions speak of verdicts, not jobs", async () => {
    const scenario = regressionScenario();
    const client = await connect(scenario, await simulate(scenario));
    const instructions = client.getInstructions() ?? "";
    const order = ["verify_release", "check_fixes", "scan_errors"].map((tool) => instructions.indexOf(tool));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(instructions).toMatch(/final: false.*callAgainAt.*final: true/s);

    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
    const property = (tool: string, name: string) =>
      String(
        (byName[tool]?.inputSchema.properties as Record<string, { description?: string }> | undefined)?.[name]
          ?.description,
      );
    expect(JSON.stringify(tools)).not.toMatch(/the job|this run|workflow/i);
    for (const tool of tools) expect(tool.inputSchema).toMatchObject({ additionalProperties: false });
    expect(property("verify_release", "release").match(/Default/g)).toHaveLength(1);
    expect(property("scan_errors", "failOn")).toMatch(
      /^Finding kinds that make the verdict fail: new, regressed;/,
    );
    expect(property("scan_errors", "failOn")).not.toMatch(/spike|unfixed|latency|rate/);
    expect(property("verify_release", "failOn")).toMatch(
      /new, regressed, spike, unfixed, latency, failure-rate, crash-rate/,
    );
    expect(property("scan_errors", "lookback")).toMatch(/24h.*7d.*P7D/);
    expect(property("verify_release", "wait")).toMatch(/callAgainAt/);
    expect(byName.verify_release?.outputSchema?.properties).toHaveProperty("callAgainAt");
  });
});
