// Our MCP server (`sentry-deploy-verify mcp`, the bundled CLI) over stdio, configured for a scenario
// served by the simulator, as an agent's client starts it.
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { Scenario, Simulator } from "../../src/simulator/index.js";
import { cliMain } from "./run-cli.js";

/** The server's transport; `env` adds to or overrides the scenario's configuration. */
export function serverTransport(
  scenario: Scenario,
  simulator: Simulator,
  env: Record<string, string> = {},
): StdioClientTransport {
  return new StdioClientTransport({
    command: process.execPath,
    args: [cliMain(), "mcp"],
    env: {
      PATH: process.env.PATH ?? "",
      SENTRY_AUTH_TOKEN: scenario.token,
      SENTRY_URL: simulator.url,
      SENTRY_ORG: scenario.org,
      SENTRY_PROJECT: scenario.projects.join(","),
      SENTRY_ENVIRONMENT: scenario.environment,
      ...env,
    },
    stderr: "pipe",
  });
}
