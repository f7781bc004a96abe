// `sentry-deploy-verify mcp` as a coding agent meets it: the SDK's own client over stdio, against the
// Sentry simulator. Tools and their schemas, the report as structured content, tool errors that name
// what to fix (after which the server goes on), and the token kept out of every result.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { regressionScenario, type Scenario, type Simulator } from "../../src/simulator/index.js";
import { serverTransport } from "../support/mcp-server.js";
import { nodeBinary } from "../support/run-action.js";
import { cliMain, run } from "../support/run-cli.js";
import { simulate } from "../support/simulated.js";

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

interface Connection {
  client: Client;
  /** Anything the transport could not read as a protocol message. */
  errors: Error[];
  stderr: () => string;
}

async function connect(
  scenario: Scenario,
  simulator: Simulator,
  token = scenario.token,
): Promise<Connection> {
  const transport = serverTransport(scenario, simulator, { SENTRY_AUTH_TOKEN: token });
  let stderr = "";
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const errors: Error[] = [];
  const client = new Client({ name: "test-agent", version: "1.0.0" });
  client.onerror = (error) => errors.push(error);
  await client.connect(transport);
  clients.push(client);
  return { client, errors, stderr: () => stderr };
}

const textOf = (result: unknown) =>
  ((result as { content: { type: string; text: string }[] }).content ?? [])
    .map((part) => part.text)
    .join("\n");

describe("the MCP server", () => {
  it("offers three read-only tools with input and output schemas", async () => {
    const scenario = regressionScenario();
    const { client } = await connect(scenario, await simulate(scenario));
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["check_fixes", "scan_errors", "verify_release"]);
    for (const tool of tools) {
      expect(tool.annotations).toMatchObject({
        readOnlyHint: true,
        destructiveHint: false,
        openWorldHint: true,
      });
      expect(tool.outputSchema?.properties).toHaveProperty("verdict");
      expect(tool.outputSchema?.properties).toHaveProperty("findings");
    }
    const verify = tools.find((tool) => tool.name === "verify_release");
    expect(Object.keys(verify?.inputSchema.properties ?? {}).sort()).toEqual(
      [
        "deployedAt",
        "environment",
        "failOn",
        "ignore",
        "latencyMaxIncrease",
        "minEvents",
        "org",
        "project",
        "query",
        "release",
        "settle",
        "wait",
        "window",
      ].sort(),
    );
    // The token is configuration, never an argument.
    expect(JSON.stringify(tools)).not.toMatch(/authToken|auth-token/);
  });

  it("verify_release answers with the report as structured content and a line of text", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const { client, errors } = await connect(scenario, simulator);
    const result = await client.callTool({
      name: "verify_release",
      arguments: { release: scenario.release },
    });
    expect(result.isError).toBeFalsy();
    const report = result.structuredContent as {
      verdict: string;
      findings: { kind: string; shortId: string }[];
      counts: Record<string, number>;
    };
    expect(report.verdict).toBe("fail");
    expect(
      report.findings
        .filter((f) => f.kind === "new")
        .map((f) => f.shortId)
        .sort(),
    ).toEqual([...scenario.expected.new].sort());
    expect(report.findings.filter((f) => f.kind === "regressed").map((f) => f.shortId)).toEqual(
      scenario.expected.regressed,
    );
    expect(textOf(result)).toMatch(
      /^FAIL: 2 new issues and 1 regressed issue in release \w+ in production since its deploy\. Findings: new WEB-1, WEB-5; regressed WEB-2; spike API-2; latency POST \/api\/checkout\.$/,
    );
    expect(errors).toEqual([]);
  });

  it("with wait, watches the window to its end and reports each poll as progress", async () => {
    const scenario = regressionScenario();
    const { client } = await connect(scenario, await simulate(scenario));
    const messages: string[] = [];
    const started = Date.now();
    const result = await client.callTool(
      {
        name: "verify_release",
        arguments: {
          release: scenario.release,
          deployedAt: new Date(started - 1_000).toISOString(),
          window: "4s",
          settle: "1s",
          wait: true,
        },
      },
      undefined,
      { onprogress: (progress) => messages.push(String(progress.message)) },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
    expect(result.structuredContent).toMatchObject({ window: "4s", polls: 2 });
    expect(messages).toEqual([expect.stringMatching(/^poll 1: \d+ new/), expect.stringMatching(/^poll 2: /)]);
  });

  it("check_fixes says which claimed fixes held, and fails only on those that did not", async () => {
    const scenario = regressionScenario();
    const { client } = await connect(scenario, await simulate(scenario));
    const issues = Object.keys(scenario.expected.fixes);
    const result = await client.callTool({
      name: "check_fixes",
      arguments: { release: scenario.release, issues: [...issues, "WEB-ZZ9"] },
    });
    const report = result.structuredContent as {
      verdict: string;
      fixes: { shortId: string; status: string }[];
      reason: string;
    };
    expect(Object.fromEntries(report.fixes.map((fix) => [fix.shortId, fix.status]))).toEqual({
      ...scenario.expected.fixes,
      "WEB-ZZ9": "unverified",
    });
    expect(report.verdict).toBe("fail");
    expect(report.reason).toMatch(/^1 claimed fix that did not work in release/);
  });

  it("scan_errors covers the lookback in any release", async () => {
    const scenario = regressionScenario();
    const { client } = await connect(scenario, await simulate(scenario));
    const result = await client.callTool({
      name: "scan_errors",
      arguments: { lookback: "1h", project: ["web", "api"] },
    });
    expect(result.structuredContent).toMatchObject({ mode: "scan", verdict: "fail", counts: { new: 2 } });
  });

  it("a bad argument is a tool error that names it, and the server goes on serving", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const { client, errors } = await connect(scenario, simulator);
    const bad = await client.callTool({
      name: "verify_release",
      arguments: { release: scenario.release, window: "5x", minEvents: -1 },
    });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('argument "window" must be a duration such as 90s, 10m');
    expect(textOf(bad)).toContain(
      'argument "minEvents" must be a whole number from 1 to 1000000000; got "-1"',
    );
    const good = await client.callTool({ name: "verify_release", arguments: { release: scenario.release } });
    expect(good.isError).toBeFalsy();
    expect(errors).toEqual([]);
  });

  it("a Sentry that refuses the token is a tool error, and the token is in no result", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const token = "sntryu_not0the0right0token0123456789abcdef";
    const { client, stderr } = await connect(scenario, simulator, token);
    const result = await client.callTool({
      name: "verify_release",
      arguments: { release: scenario.release },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Sentry could not be asked: .*401/);
    expect(JSON.stringify(result)).not.toContain(token);
    expect(stderr()).not.toContain(token);
  });
});

describe("the official MCP Inspector's command-line client", () => {
  const INSPECTOR = "node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js";

  /** `mcp-inspector --cli node dist/cli/index.js mcp …`, on Node 24 (the Inspector wants 22.19 or newer). */
  async function inspect(scenario: Scenario, simulator: Simulator, args: string[]) {
    const env = [
      `SENTRY_AUTH_TOKEN=${scenario.token}`,
      `SENTRY_URL=${simulator.url}`,
      `SENTRY_ORG=${scenario.org}`,
      `SENTRY_PROJECT=${scenario.projects.join(",")}`,
      `SENTRY_ENVIRONMENT=${scenario.environment}`,
    ].flatMap((pair) => ["-e", pair]);
    // The server's command first: --tool-arg takes every word after it.
    const { stdout, stderr, exitCode } = await run(nodeBinary, [
      INSPECTOR,
      "--cli",
      process.execPath,
      cliMain(),
      "mcp",
      ...env,
      ...args,
    ]);
    expect(exitCode, stderr).toBe(0);
    return JSON.parse(stdout) as Record<string, unknown>;
  }

  it("lists the tools and calls verify_release", async () => {
    const scenario = regressionScenario();
    const simulator = await simulate(scenario);
    const listed = (await inspect(scenario, simulator, ["--method", "tools/list"])) as {
      tools: { name: string; description: string; inputSchema: Record<string, unknown> }[];
    };
    expect(listed.tools.map((tool) => tool.name).sort()).toEqual([
      "check_fixes",
      "scan_errors",
      "verify_release",
    ]);
    for (const tool of listed.tools) {
      // An argument a tool does not have is refused, not ignored; a call that is not final says when to come back.
      expect(tool.inputSchema).toMatchObject({ additionalProperties: false });
      if (tool.name !== "scan_errors") expect(tool.description).toContain("callAgainAt");
    }
    const called = await inspect(scenario, simulator, [
      "--method",
      "tools/call",
      "--tool-name",
      "verify_release",
      "--tool-arg",
      `release=${scenario.release}`,
    ]);
    expect(called).toMatchObject({
      structuredContent: { verdict: "fail", counts: { new: 2, regressed: 1 } },
    });
  });
});
