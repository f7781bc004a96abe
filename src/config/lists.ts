// Comma- or newline-separated lists, and the ignore list whose /regex/ items may contain commas.

export type IgnoreRule =
  | { kind: "short-id"; shortId: string }
  | { kind: "title"; pattern: RegExp; source: string };

export function parseList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

const SHORT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*-[A-Za-z0-9]+$/;
const ACCEPTS = "short IDs such as WEB-12 or /regex/ on the title (flags i, m, s, u allowed)";

/** Splits on commas and newlines outside /…/ and compiles each regex. */
export function parseIgnoreRules(text: string): { rules: IgnoreRule[] } | { problem: string } {
  const rules: IgnoreRule[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    if (rest.startsWith("/")) {
      const match = /^\/((?:\\.|[^\\/\n])+)\/([a-z]*)\s*(?:[,\n]|$)/.exec(rest);
      if (!match)
        return {
          problem: `must be ${ACCEPTS}; a /regex/ is not closed in ${JSON.stringify(rest.slice(0, 40))}`,
        };
      const [whole, source = "", flags = ""] = match;
      if (/[^imsu]/.test(flags))
        return { problem: `must be ${ACCEPTS}; /${source}/${flags} has flags other than i, m, s, u` };
      try {
        rules.push({ kind: "title", pattern: new RegExp(source, flags), source: `/${source}/${flags}` });
      } catch (error) {
        return {
          problem: `must be ${ACCEPTS}; /${source}/ is not a valid regex (${(error as Error).message})`,
        };
      }
      rest = rest.slice(whole.length).trim();
      continue;
    }
    const end = rest.search(/[,\n]/);
    const item = (end === -1 ? rest : rest.slice(0, end)).trim();
    rest = end === -1 ? "" : rest.slice(end + 1).trim();
    if (item.length === 0) continue;
    if (!SHORT_ID.test(item))
      return { problem: `must be ${ACCEPTS}; ${JSON.stringify(item.slice(0, 40))} is neither` };
    rules.push({ kind: "short-id", shortId: item.toUpperCase() });
  }
  return { rules };
}

/**
 * A command line as words, the way a shell splits a simple one: white space separates, and "…" or
 * '…' keep a word with spaces together. No variables, globs or escapes: the words are run as given.
 */
export function parseCommand(text: string): { words: string[] } | { problem: string } {
  const words: string[] = [];
  const pattern = /\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/gy;
  let word: string | null = null;
  let at = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const part = match[1] ?? match[2] ?? match[3] ?? "";
    // Parts with nothing between them are one word (--flag="a b").
    if (word !== null && !/^\s/.test(match[0])) word += part;
    else {
      if (word !== null) words.push(word);
      word = part;
    }
    at = pattern.lastIndex;
  }
  if (text.slice(at).trim())
    return { problem: `has an unclosed quote in ${JSON.stringify(text.slice(at, at + 40))}` };
  if (word !== null) words.push(word);
  return { words };
}
