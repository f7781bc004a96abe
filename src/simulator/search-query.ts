// The syntax of Sentry's issue search (src/sentry/api/event_search.py with allow_boolean=False):
// space-separated terms, all ANDed; `key:value`, `!key:value`, `key:"quoted value"`, `key:[a,b]`;
// anything else is free text. Meaning (operators, dates, which keys exist) is given in issue-search.ts.

export interface FilterTerm {
  kind: "filter";
  key: string;
  negated: boolean;
  /** One value, or several for `key:[a,b]`. Unquoted values keep a leading operator (">=2024-01-01"). */
  values: string[];
  list: boolean;
  quoted: boolean;
}

export interface TextTerm {
  kind: "text";
  text: string;
}

export type SearchTerm = FilterTerm | TextTerm;

/**
 * A query Sentry would refuse with 400. The endpoint answers {"detail": "Error parsing search query: …"}
 * (src/sentry/api/helpers/group_index/index.py); the text after the prefix is the simulator's own
 * wording, since Sentry's parser messages vary by case and were not all confirmed.
 */
export class SearchQueryError extends Error {
  override readonly name = "SearchQueryError";
}

const KEY = /^[A-Za-z_][\w.\-[\]]*$/;

export function parseSearchQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let freeWords: string[] = [];
  const flushFree = () => {
    if (freeWords.length > 0) terms.push({ kind: "text", text: freeWords.join(" ") });
    freeWords = [];
  };
  let i = 0;
  while (i < query.length) {
    if (/\s/.test(query[i] as string)) {
      i++;
      continue;
    }
    if (query[i] === '"') {
      const [text, next] = readQuoted(query, i);
      flushFree();
      terms.push({ kind: "text", text });
      i = next;
      continue;
    }
    const filter = readFilter(query, i);
    if (filter) {
      flushFree();
      terms.push(filter.term);
      i = filter.next;
      continue;
    }
    let end = i;
    while (end < query.length && !/\s/.test(query[end] as string)) end++;
    const word = query.slice(i, end);
    if (word === "AND" || word === "OR") {
      throw new SearchQueryError(
        'Boolean statements containing "OR" or "AND" are not supported in this search',
      );
    }
    freeWords.push(word);
    i = end;
  }
  flushFree();
  return terms;
}

function readFilter(query: string, start: number): { term: FilterTerm; next: number } | null {
  const colon = query.indexOf(":", start);
  if (colon < 0) return null;
  const head = query.slice(start, colon);
  const negated = head.startsWith("!");
  const key = negated ? head.slice(1) : head;
  if (!KEY.test(key)) return null;
  let i = colon + 1;
  const base = { kind: "filter" as const, key, negated };
  if (query[i] === '"') {
    const [value, next] = readQuoted(query, i);
    return { term: { ...base, values: [value], list: false, quoted: true }, next };
  }
  if (query[i] === "[") {
    const close = findListEnd(query, i);
    const values = splitList(query.slice(i + 1, close));
    if (values.length === 0 || values.some((v) => v === "")) {
      throw new SearchQueryError(
        `Invalid list in "${query.slice(start, close + 1)}": lists need values separated by commas`,
      );
    }
    return { term: { ...base, values, list: true, quoted: false }, next: close + 1 };
  }
  while (i < query.length && !/\s/.test(query[i] as string)) i++;
  const value = query.slice(colon + 1, i);
  // Sentry's grammar reads `key:` with nothing after it as free text ("TypeError: foo" searches titles).
  if (value === "") return null;
  return { term: { ...base, values: [value], list: false, quoted: false }, next: i };
}

/** The text of a double-quoted string starting at `start`, and the index after its closing quote. */
function readQuoted(query: string, start: number): [string, number] {
  let text = "";
  for (let i = start + 1; i < query.length; i++) {
    const c = query[i] as string;
    if (c === "\\" && i + 1 < query.length) {
      text += query[i + 1];
      i++;
    } else if (c === '"') {
      return [text, i + 1];
    } else {
      text += c;
    }
  }
  throw new SearchQueryError(`Unterminated quote in "${query.slice(start)}"`);
}

function findListEnd(query: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < query.length; i++) {
    if (query[i] === '"') quoted = !quoted;
    else if (query[i] === "]" && !quoted) return i;
  }
  throw new SearchQueryError(`Unterminated list in "${query.slice(open)}"`);
}

function splitList(inner: string): string[] {
  const values: string[] = [];
  let current = "";
  let quoted = false;
  for (const c of inner) {
    if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      values.push(current.trim());
      current = "";
    } else current += c;
  }
  values.push(current.trim());
  return values;
}
