// The verdict and its one-line reason, from what a poll found. Pure: a failing verdict is a value.
import type { FindingKind } from "../config/schema.js";
import { FINDING_KINDS } from "../config/schema.js";
import type { ReleaseTraffic } from "../sentry/source.js";
import { zeroCountUpperBound } from "../stats/zero-count-bound.js";
import { count, percent } from "./quantities.js";
import type { Finding, FixCheck, Verdict } from "./report.js";

/** What a run looked at, in words for its verdict's one line. */
export interface Scope {
  /** e.g. "in release v2 in production since its deploy" */
  findings: string;
  /** e.g. "no new, regressed or spiking issues in release v2 in production within 10m of its deploy" */
  clean: string;
  /** Why nothing could be seen, when Sentry saw nothing of the release (of the kinds it could count). */
  unseen: (traffic?: ReleaseTraffic) => string;
}

export function verifyScope(release: string, environment: string | null, windowText: string): Scope {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `in release ${release}${where} since its deploy`,
    clean: `no new, regressed or spiking issues in release ${release}${where} within ${windowText} of its deploy`,
    unseen: (traffic) => {
      // Only what was counted is said to be absent; what could not be counted is said to be unknown.
      const counted = ["error event"];
      const uncounted: string[] = [];
      for (const [kind, count] of [
        ["transaction", traffic?.transactions],
        ["session", traffic?.sessions],
      ] as const)
        (count === null ? uncounted : counted).push(kind);
      const kinds =
        counted.length === 1 ? counted[0] : `${counted.slice(0, -1).join(", ")} or ${counted.at(-1)}`;
      const unknown =
        uncounted.length > 0
          ? `; its ${uncounted.map((kind) => `${kind}s`).join(" and ")} could not be counted`
          : "";
      return `Sentry received no ${kinds} of release ${release}${where} since its rollout began (in an issue of any category${unknown}): is the SDK's release set to it?`;
    },
  };
}

export function scanScope(environment: string | null, lookbackText: string): Scope {
  const where = environment ? ` in ${environment}` : "";
  return {
    findings: `${where} in the last ${lookbackText}`.trim(),
    clean: `no new or regressed issues${where} in the last ${lookbackText}`,
    unseen: () => "",
  };
}

export interface VerdictInput {
  findings: readonly Finding[];
  failOn: readonly FindingKind[];
  /** Sentry received at least one event of the release since the deploy (always true for a scan). */
  releaseSeen: boolean;
  scope: Scope;
  /** What Sentry received from the release: said in a clean pass, with what it allows. */
  traffic?: ReleaseTraffic;
}

const KIND_WORDS: Record<FindingKind, [string, string]> = {
  new: ["new issue", "new issues"],
  regressed: ["regressed issue", "regressed issues"],
  spike: ["spiking issue", "spiking issues"],
  unfixed: ["claimed fix that did not work", "claimed fixes that did not work"],
  latency: ["slower transaction", "slower transactions"],
  "failure-rate": ["transaction failing more often", "transactions failing more often"],
  "crash-rate": ["crash-rate regression", "crash-rate regressions"],
};

export function zeroCounts(): Record<FindingKind, number> {
  return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
}

export function countByKind(findings: readonly Finding[]): Record<FindingKind, number> {
  const counts = zeroCounts();
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

/** "2 new issues and 1 regressed issue" */
export function describeCounts(
  counts: Record<FindingKind, number>,
  kinds: readonly FindingKind[] = FINDING_KINDS,
): string {
  const parts = kinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${counts[kind]} ${KIND_WORDS[kind][counts[kind] === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts[0] ?? "no findings";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function decideVerdict(input: VerdictInput): { verdict: Verdict; reason: string } {
  const counts = countByKind(input.findings);
  const failing = input.failOn.filter((kind) => counts[kind] > 0);
  if (failing.length > 0)
    return { verdict: "fail", reason: `${describeCounts(counts, failing)} ${input.scope.findings}` };
  if (!input.releaseSeen) return { verdict: "inconclusive", reason: input.scope.unseen(input.traffic) };
  if (input.findings.length > 0) {
    const failOn = input.failOn.length > 0 ? input.failOn.join(",") : "none";
    return {
      verdict: "pass",
      reason: `${describeCounts(counts)} reported ${input.scope.findings}, none of a kind that fails the check (fail-on: ${failOn})`,
    };
  }
  const received = input.traffic ? describeTraffic(input.traffic) : null;
  return { verdict: "pass", reason: received ? `${input.scope.clean}, in ${received}` : input.scope.clean };
}

/**
 * "1,240 transactions and 310 sessions of it (no new error in 1,240 transactions: fewer than 0.24%
 * of them hit one, 95% upper bound)"; null when nothing was counted.
 */
export function describeTraffic(traffic: ReleaseTraffic): string | null {
  const parts = (
    [
      [traffic.transactions, "transaction"],
      [traffic.sessions, "session"],
      [traffic.errors, "error event"],
    ] as const
  ).flatMap(([n, word]) => (n !== null && n > 0 ? [count(n, word)] : []));
  if (parts.length === 0) return null;
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const requests = traffic.transactions ?? 0;
  if (requests === 0) return `${listed} of it`;
  const bound = zeroCountUpperBound(requests);
  return `${listed} of it (no new error in ${count(requests, "transaction")}: fewer than ${percent(bound)} of them hit one, 95% upper bound)`;
}

/** "2 claimed fixes confirmed, 1 unverified": what the fix check adds to a reason (unfixed ones are findings). */
export function describeFixes(fixes: readonly FixCheck[]): string | null {
  const confirmed = fixes.filter((fix) => fix.status === "confirmed").length;
  const unverified = fixes.filter((fix) => fix.status === "unverified").length;
  const parts = [
    ...(confirmed > 0 ? [`${confirmed} claimed ${confirmed === 1 ? "fix" : "fixes"} confirmed`] : []),
    ...(unverified > 0 ? [`${unverified} claimed ${unverified === 1 ? "fix" : "fixes"} unverified`] : []),
  ];
  return parts.length > 0 ? parts.join(", ") : null;
}

/** Whether the job (or the CLI) should fail for this verdict. */
export function failsJob(
  verdict: Verdict,
  options: { failOnInconclusive: boolean; onError: "fail" | "warn" },
): boolean {
  if (verdict === "fail") return true;
  if (verdict === "inconclusive") return options.failOnInconclusive;
  if (verdict === "error") return options.onError === "fail";
  return false;
}
