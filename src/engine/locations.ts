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
  // An issue can be listed twice (regressed, and a claimed fix that did not hold): looked up once.
  const byIssue = new Map<string, Finding[]>();
  for (const finding of findings.slice(0, config.maxListed))
    byIssue.set(finding.id, [...(byIssue.get(finding.id) ?? []), finding]);
  const queue = [...byIssue.entries()];
  let failed = 0;
  let lastError = "";
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [issueId, listed] = next;
      try {
        const location = await source.latestEventLocation(issueId, config.environment);
        for (const finding of listed) finding.location = location;
      } catch (error) {
        failed += 1;
        lastError = error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_LOOKUPS }, worker));
  if (failed > 0) notes.push(`Could not look up where ${failed} finding(s) happened: ${lastError}`);
}
