// The syntax of Sentry's search (src/sentry/api/event_search.py): `key:value`, `!key:value`,
// `key:"quoted value"`, `key:[a,b]`; anything else is free text. The issue search takes it with
// allow_boolean=False (space-separated terms, all ANDed); the events endpoint's datasets also take AND,
// OR and parentheses (parseBooleanSearchQuery). Meaning (operators, dates, which keys exist) is given
// where each search is compiled (issue-search.ts, routes/discover.ts, spans-query.ts).

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
  return tokenize(query, false) as SearchTerm[];
}

/** A query with `AND`, `OR` and parentheses: AND (explicit, or two terms side by side) binds tighter. */
export type BooleanQuery = SearchTerm | { kind: "and" | "or"; items: BooleanQuery[] };

/**
 * A test of a boolean query, its terms compiled by `term` (which may throw SearchQueryError), in order;
 * an empty query (null) passes everything.
 */
export function compileBooleanQuery<T>(
  query: BooleanQuery | null,
  term: (term: SearchTerm) => (item: T) => boolean,
): (item: T) => boolean {
  if (query === null) return () => true;
  if (!("items" in query)) return term(query);
  const tests = query.items.map((item) => compileBooleanQuery(item, term));
  return query.kind === "and" ? (x) => tests.every((test) => test(x)) : (x) => tests.some((test) => test(x));
}

/**
 * The event search grammar with allow_boolean=True, as the Discover and Explore queries of the events
 * endpoint take it: `a b OR c` is `(a AND b) OR c`. Unquoted values end at a parenthesis there
 * (the grammar's value is `[^()\s]*`). null: an empty query. The wording of the errors is the
 * simulator's own.
 */
export function parseBooleanSearchQuery(query: string): BooleanQuery | null {
  const tokens = tokenize(query, true);
  if (tokens.length === 0) return null;
  let i = 0;
  const orExpression = (): BooleanQuery => {
    const items = [andExpression()];
    while (tokens[i] === "OR") {
      i++;
      if (i === tokens.length || tokens[i] === ")") {
        throw new SearchQueryError("Condition is missing on the right side of 'OR' operator");
      }
      items.push(andExpression());
    }
    return items.length === 1 ? (items[0] as BooleanQuery) : { kind: "or", items };
  };
  const andExpression = (): BooleanQuery => {
    const items = [operand()];
    for (let token = tokens[i]; token !== undefined && token !== "OR" && token !== ")"; token = tokens[i]) {
      if (token === "AND") {
        i++;
        if (i === tokens.length || tokens[i] === ")" || tokens[i] === "OR") {
          throw new SearchQueryError("Condition is missing on the right side of 'AND' operator");
        }
      }
      items.push(operand());
    }
    return items.length === 1 ? (items[0] as BooleanQuery) : { kind: "and", items };
  };
  const operand = (): BooleanQuery => {
    const token = tokens[i++];
    if (token === "(") {
      const inner = orExpression();
      if (tokens[i++] !== ")") throw new SearchQueryError("Unbalanced parentheses in the search query");
      return inner;
    }
    if (token === "AND" || token === "OR") {
      throw new SearchQueryError(`Condition is missing on the left side of '${token}' operator`);
    }
    if (token === ")" || token === undefined) {
      throw new SearchQueryError("Unbalanced parentheses in the search query");
    }
    return token;
  };
  const expression = orExpression();
  if (i < tokens.length) throw new SearchQueryError("Unbalanced parentheses in the search query");
  return expression;
}

type Token = SearchTerm | "AND" | "OR" | "(" | ")";

/** Terms, and with `boolean` the operators and parentheses; without, AND and OR are refused. */
function tokenize(query: string, boolean: boolean): Token[] {
  const tokens: Token[] = [];
  let freeWords: string[] = [];
  const flushFree = () => {
    if (freeWords.length > 0) tokens.push({ kind: "text", text: freeWords.join(" ") });
    freeWords = [];
  };
  const wordEnd = boolean ? /[\s()]/ : /\s/;
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (boolean && (c === "(" || c === ")")) {
      flushFree();
      tokens.push(c);
      i++;
      continue;
    }
    if (c === '"') {
      const [text, next] = readQuoted(query, i);
      flushFree();
      tokens.push({ kind: "text", text });
      i = next;
      continue;
    }
    const filter = readFilter(query, i, wordEnd);
    if (filter) {
      flushFree();
      tokens.push(filter.term);
      i = filter.next;
      continue;
    }
    let end = i;
    while (end < query.length && !wordEnd.test(query[end] as string)) end++;
    const word = query.slice(i, end);
    // The grammar's or_operator and and_operator match in any case (~r"OR"i).
    const operator = word.toUpperCase();
    if (operator === "AND" || operator === "OR") {
      if (!boolean) {
        throw new SearchQueryError(
          'Boolean statements containing "OR" or "AND" are not supported in this search',
        );
      }
      flushFree();
      tokens.push(operator);
    } else {
      freeWords.push(word);
    }
    i = end;
  }
  flushFree();
  return tokens;
}

function readFilter(
  query: string,
  start: number,
  valueEnd: RegExp,
): { term: FilterTerm; next: number } | null {
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
  while (i < query.length && !valueEnd.test(query[i] as string)) i++;
  const value = query.slice(colon + 1, i);
  // Sentry's grammar reads `key:` with nothing after it as free text ("TypeError: foo" searches titles).
  if (value === "") return null;
  return { term: { ...base, values: [value], list: false, quoted: false }, next: i };
}

/**
 * The text of a double-quoted string starting at `start`, and the index after its closing quote. As
 * the grammar's quoted_value, only `\"` is an escape (a quote); every other backslash stays, for
 * matchesAny to read.
 */
function readQuoted(query: string, start: number): [string, number] {
  let text = "";
  for (let i = start + 1; i < query.length; i++) {
    const c = query[i] as string;
    if (c === "\\" && query[i + 1] === '"') {
      text += '"';
      i++;
    } else if (c === '"') {
      return [text, i + 1];
    } else {
      text += c;
    }
  }
  throw new SearchQueryError(`Unterminated quote in "${query.slice(start)}"`);
}

// Inside a list, a quoted value may hold commas and brackets, and quotes escaped as \" (quoted_value
// in the grammar); as there, every other backslash stays.
function findListEnd(query: string, open: number): number {
  let quoted = false;
  for (let i = open + 1; i < query.length; i++) {
    if (quoted && query[i] === "\\" && query[i + 1] === '"') i++;
    else if (query[i] === '"') quoted = !quoted;
    else if (query[i] === "]" && !quoted) return i;
  }
  throw new SearchQueryError(`Unterminated list in "${query.slice(open)}"`);
}

function splitList(inner: string): string[] {
  const values: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === "\\" && inner[i + 1] === '"') {
      current += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === "," && !quoted) {
      values.push(current.trim());
      current = "";
    } else current += c;
  }
  values.push(current.trim());
  return values;
}
