// The noise filters a user sets: ignore rules, and minimum events and users since the deploy.
import type { IgnoreRule } from "../config/lists.js";

export function ignoredBy(
  issue: { shortId: string; title: string },
  rules: readonly IgnoreRule[],
): IgnoreRule | null {
  const shortId = issue.shortId.toUpperCase();
  // Titles are Sentry's and untrusted: bound the text a user's regex runs on.
  const title = issue.title.slice(0, 1_000);
  for (const rule of rules) {
    if (rule.kind === "short-id" ? rule.shortId === shortId : rule.pattern.test(title)) return rule;
  }
  return null;
}

export function meetsThresholds(
  issue: { events: number; users: number },
  minEvents: number,
  minUsers: number,
): boolean {
  return issue.events >= minEvents && issue.users >= minUsers;
}
