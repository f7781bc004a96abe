// One check from a Config, for every front end: the Sentry source it asks for (REST, or Sentry's MCP
// server), the engine (verify or scan), and for anything that stops it, a report of verdict error
// that says why.
import type { Config } from "../config/schema.js";
import { errorReport } from "../engine/build-report.js";
import { type Clock, systemClock } from "../engine/clock.js";
import { runDeadline } from "../engine/deadline.js";
import type { Report } from "../engine/report.js";
import { scanErrors } from "../engine/scan.js";
import { type VerifyDeps, verifyRelease } from "../engine/verify.js";
import { createRestSource } from "../sentry/rest/source.js";
import type { SentrySource } from "../sentry/source.js";

export type CheckOptions = Pick<
  VerifyDeps,
  "fixClaimTexts" | "once" | "stopWaitingAt" | "onProgress" | "onDeployTime"
> & {
  clock?: Clock;
  /** Start no Sentry request and wait for none past this (epoch ms), when before the run's own deadline. */
  deadlineAt?: number;
};

export async function runCheck(config: Config, options: CheckOptions = {}): Promise<Report> {
  const { clock = systemClock, deadlineAt = Number.POSITIVE_INFINITY, ...deps } = options;
  let close = async () => {};
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

/** Sentry's REST API, or Sentry's own MCP server (started here, or at mcp-url), behind one interface. */
async function sentrySource(
  config: Config,
  deadlineAt: number,
): Promise<SentrySource & { close(): Promise<void> }> {
  const where = { url: config.url, org: config.org, token: config.authToken, deadlineAt };
  if (config.source === "mcp") {
    // Loaded only when asked for: the MCP client SDK would double the action's start-up and bundle.
    const { createMcpSource } = await import("../sentry/mcp/source.js");
    return createMcpSource({
      ...where,
      server: config.mcpUrl ? { url: config.mcpUrl } : { command: config.mcpCommand },
    });
  }
  return { ...createRestSource(where), close: async () => {} };
}
