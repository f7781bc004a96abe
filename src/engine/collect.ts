// From Sentry's candidates to findings: the new ones streamed (there may be thousands), the regressed
// ones confirmed one by one, and the user's ignore rules and thresholds applied to both.
import type { Config } from "../config/schema.js";
import type { IssueSummary } from "../sentry/source.js";
import type { Evaluation } from "./build-report.js";
import { ignoredBy, meetsThresholds } from "./filters.js";
import { toFinding } from "./findings.js";
import type { Finding } from "./report.js";

export interface Candidates {
  fresh: AsyncIterable<IssueSummary>;
  regressed: AsyncIterable<IssueSummary>;
  /** Whether a regressed candidate really came back within what is being checked. */
  confirmRegression: (issue: IssueSummary) => Promise<boolean>;
}

export async function collectFindings(
  candidates: Candidates,
  config: Pick<Config, "ignore" | "minEvents" | "minUsers">,
  /** The deploy, to say how long after it an issue appeared; null for a scan. */
  deployedAt: Date | null,
): Promise<Omit<Evaluation, "releaseSeen"> & { candidates: number }> {
  const findings = new Map<string, Finding>();
  let ignored = 0;
  let belowThresholds = 0;
  const consider = (kind: Finding["kind"], issue: IssueSummary) => {
    if (findings.has(issue.id)) return;
    if (ignoredBy(issue, config.ignore)) ignored += 1;
    else if (!meetsThresholds(issue, config.minEvents, config.minUsers)) belowThresholds += 1;
    else findings.set(issue.id, toFinding(kind, issue, deployedAt));
  };
  // The regressed wait for the new, so that an issue that is both (new, resolved and back within the
  // period) is reported as new.
  let fresh = 0;
  const [, regressed] = await Promise.all([
    (async () => {
      for await (const issue of candidates.fresh) {
        fresh += 1;
        consider("new", issue);
      }
    })(),
    (async () => {
      const kept: IssueSummary[] = [];
      for await (const issue of candidates.regressed)
        if (await candidates.confirmRegression(issue)) kept.push(issue);
      return kept;
    })(),
  ]);
  for (const issue of regressed) consider("regressed", issue);
  return { findings: [...findings.values()], ignored, belowThresholds, candidates: fresh + regressed.length };
}
