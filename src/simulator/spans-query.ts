// The `query` of the spans dataset over the world's transactions (segment spans), with AND, OR and
// parentheses (Sentry's SearchResolver for EAP, src/sentry/search/eap/resolver.py). Keys:
// is_transaction, transaction, release, environment, project, span.status (strings: exact or with *
// wildcards and backslash escapes as matchesAny reads them, lists, negation) and span.duration (a
// duration comparison). Any other key is an attribute
// the simulated spans do not have: `key:v` matches none, `!key:v` all (what Sentry does with a missing
// attribute under negation was not confirmed). Free text is refused as not simulated.
import { booleanValue, compare, isWildcard, matchesAny, single } from "./issue-search.js";
import {
  compileBooleanQuery,
  type FilterTerm,
  parseBooleanSearchQuery,
  SearchQueryError,
} from "./search-query.js";
import type { SimTransaction } from "./traffic.js";

export type TransactionTest = (transaction: SimTransaction) => boolean;

/** Throws SearchQueryError for a query Sentry would refuse with 400. */
export function compileSpansQuery(text: string): TransactionTest {
  return compileBooleanQuery(parseBooleanSearchQuery(text), (term) => {
    if (term.kind === "text") {
      throw new SearchQueryError("The Sentry simulator does not simulate free text in a spans query.");
    }
    return compileFilter(term);
  });
}

const STRING_KEYS: Record<string, (t: SimTransaction) => string | null> = {
  transaction: (t) => t.transaction,
  release: (t) => t.release,
  environment: (t) => t.environment,
  project: (t) => t.project,
  "span.status": (t) => t.status,
};

function compileFilter(term: FilterTerm): TransactionTest {
  const not = (test: boolean) => (term.negated ? !test : test);
  if (term.key === "is_transaction") {
    // Every simulated span is a segment.
    const wanted = booleanValue(term);
    return () => not(wanted);
  }
  if (term.key === "span.duration") {
    const [operator, ms] = durationCondition(term);
    return (t) => not(compare(operator, t.durationMs, ms));
  }
  const value = STRING_KEYS[term.key];
  if (!value) return () => not(false);
  // translate_wildcard_as_clickhouse_pattern: in a pattern, only \* and \\ are escapes.
  for (const pattern of term.values.filter(isWildcard)) {
    const escaped = /\\(.)/g;
    for (let match = escaped.exec(pattern); match; match = escaped.exec(pattern)) {
      if (match[1] !== "*" && match[1] !== "\\") {
        throw new SearchQueryError(`Unexpected escape character: ${match[1]}`);
      }
    }
  }
  return (t) => {
    const actual = value(t);
    return not(actual !== null && matchesAny(term.values, actual));
  };
}

// duration_format in src/sentry/api/event_search.py: a number and a unit; a bare number on a duration
// key is milliseconds.
const DURATION = /^(>=|<=|>|<|=)?(-?\d+(?:\.\d+)?)(ms|s|min|m|hr|h|day|d|wk|w)?$/;
const UNIT_MS: Record<string, number> = {
  "": 1,
  ms: 1,
  s: 1_000,
  min: 60_000,
  m: 60_000,
  hr: 3_600_000,
  h: 3_600_000,
  day: 86_400_000,
  d: 86_400_000,
  wk: 604_800_000,
  w: 604_800_000,
};

function durationCondition(term: FilterTerm): [operator: string, ms: number] {
  const match = term.quoted ? null : DURATION.exec(single(term));
  if (!match) {
    throw new SearchQueryError(
      `${term.key}: Invalid duration: ${term.values.join(",")}. Expected a number and a unit (ms, s, min, hr, day, wk).`,
    );
  }
  const [, operator = "=", amount, unit = ""] = match;
  return [operator, Number(amount) * (UNIT_MS[unit] as number)];
}
