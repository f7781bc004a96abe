// Where each listed finding happened: one event lookup per listed finding, never for the rest.
import type { Config } from "../config/schema.js";
import type { SentrySource } from "../sentry/source.js";
import type { Finding } from "./report.js";

const CONCURRENT_LOOKUPS = 4;

/** Fills `location` of the first `maxListed` findings. A failed lookup costs the location, not the verdict. */
export async function addLocations(
  source: SentrySource,
  findings: readonly Finding[],
  config: Pick<Config, "maxListed" | "environment">,
  notes: string[],
): Promise<void> {
  const queue = findings.slice(0, config.maxListed);
  let failed = 0;
  let lastError = "";
  const worker = async () => {
    for (let finding = queue.shift(); finding; finding = queue.shift()) {
      try {
        finding.location = await source.latestEventLocation(finding.id, config.environment);
      } catch (error) {
        failed += 1;
        lastError = error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_LOOKUPS }, worker));
  if (failed > 0) notes.push(`Could not look up where ${failed} finding(s) happened: ${lastError}`);
}
