// An IssueSearch in Sentry's issue search syntax. Sentry has no OR or parentheses in issue search:
// terms separated by spaces are ANDed, and the user's raw terms go last, as they wrote them.
import { SentryError } from "../errors.js";
import { excerpt } from "../redact.js";
import type { IssueSearch } from "../source.js";

type QueryTerms = Pick<
  IssueSearch,
  | "firstSeenFrom"
  | "firstSeenBefore"
  | "firstRelease"
  | "regressedInRelease"
  | "release"
  | "regressed"
  | "unresolved"
  | "minEvents"
  | "userQuery"
>;

export function issueQuery(search: QueryTerms): string {
  const terms: string[] = [];
  if (search.unresolved) terms.push("is:unresolved");
  if (search.firstSeenFrom) terms.push(`firstSeen:>=${search.firstSeenFrom.toISOString()}`);
  if (search.firstSeenBefore) terms.push(`firstSeen:<${search.firstSeenBefore.toISOString()}`);
  if (search.firstRelease !== undefined) terms.push(`firstRelease:${quoteSearchValue(search.firstRelease)}`);
  if (search.regressedInRelease !== undefined) {
    terms.push(`regressed_in_release:${quoteSearchValue(search.regressedInRelease)}`);
  }
  if (search.release !== undefined) terms.push(`release:${quoteSearchValue(search.release)}`);
  if (search.regressed) terms.push("is:regressed");
  if (search.minEvents !== undefined) terms.push(`timesSeen:>=${search.minEvents}`);
  const user = search.userQuery.trim();
  if (user) terms.push(user);
  return terms.join(" ");
}

/**
 * A value as one quoted token. Sentry's grammar (event_search.py) reads `"` then any of `\"` or a
 * non-quote character up to the next `"`, and only turns `\"` back into `"`: a backslash is never
 * an escape of its own, so `\\` would stay two backslashes and a value ending in `\` would swallow
 * its closing quote. Release versions cannot contain a backslash (Sentry refuses them), so such a
 * value is refused here rather than sent as a different search.
 */
export function quoteSearchValue(value: string): string {
  if (value.includes("\\")) {
    throw new SentryError(
      "bad-request",
      `"${value}" contains a backslash, which Sentry release versions cannot contain and its search syntax cannot quote.`,
    );
  }
  return quoted(value);
}

/**
 * A value Discover must match exactly (a transaction name, which may hold any character) as one quoted
 * token. Beyond the quoting above, Discover reads a `*` after an even number of backslashes as a
 * wildcard and turns `\*` back into `*` (WILDCARD_CHARS and translate_escape_sequences in
 * event_search.py), keeping every other backslash as it is. So each `*` is sent as `\*`. A backslash
 * right before a `*` would pair with the one added, and one at the end would swallow the closing quote:
 * such a value cannot be written, and is refused rather than sent as a different search.
 */
export function quoteExactValue(value: string): string {
  if (value.endsWith("\\") || value.includes("\\*")) {
    throw new SentryError(
      "bad-request",
      `"${excerpt(value, 100)}" has a backslash before a * or at its end, which Sentry's search syntax cannot match exactly.`,
    );
  }
  return quoted(value.replaceAll("*", "\\*"));
}

function quoted(value: string): string {
  return `"${value.replaceAll('"', '\\"')}"`;
}
