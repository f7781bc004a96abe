// Which Sentry issues a pull request or a commit says it fixes: "Fixes WEB-123", Sentry's own
// convention (a keyword, then issue short IDs). Pure: texts in, claims out.
//
// Sentry's own parser is src/sentry/utils/groupreference.py in getsentry/sentry (called by
// Commit.find_referenced_groups, src/sentry/models/commit.py):
//
//   _fixes_re = re.compile(
//       r"\b(?:Fix|Fixes|Fixed|Close|Closes|Closed|Resolve|Resolves|Resolved):?\s+([A-Za-z0-9_\-\s\,]+)\b", re.I)
//   _short_id_re = re.compile(r"\b([A-Z0-9_-]+-[A-Z0-9]+)\b", re.I)
//
// after replacing markdown links `[text](url)` with their text; a second regex takes a Sentry issue
// URL after the keyword. Sentry can afford to be loose: the run after the keyword swallows the rest
// of the sentence ("Fixes WEB-1 in the log-in form"), and every hyphenated word in it is looked up
// in its database, where only existing issues count. We look nothing up while parsing, so:
// - the list stops at the first token that is not a short ID, and its items are joined only by
//   commas, spaces, `and` and `&` ("log-in" above is not claimed);
// - the number after the last hyphen is in Sentry's base32 alphabet (no I, L, O, U), so "sign-up",
//   "e-mail" or "log-in" are not even shaped like short IDs; claimsForProjects then keeps the
//   prefixes of the verified projects, which is what rules out "JIRA-12" or "GH-7";
// - the keyword is a whole word, hyphens included: Sentry's `\b` takes "pre-fixes WEB-1";
// - a short ID followed by `.`, `:` or `@` and more word, or by `#` or `/`, is part of something
//   else (a version, a host name, `web-app#12`): Sentry's trailing `\b` takes "WEB-1" in "WEB-1.2";
// - as in Sentry, whitespace must follow the keyword (and its optional colon): "Fixes:WEB-1" is not a
//   claim; bold (`**Fixes:** **WEB-1**`) and a short ID as a markdown link's text are;
// - a URL after the keyword is not a claim (Sentry resolves its own issue URLs by numeric id,
//   which needs the organization's Sentry host and is not a short ID);
// - nothing inside code (fenced blocks, inline code spans) or HTML comments counts: PR templates
//   explain the convention in comments, and code shows examples. Indented code blocks do count:
//   telling them from list continuations needs a real Markdown parser.
// Sentry's regex runs in Python's backtracking engine; here a hand-written scanner reads each
// character a bounded number of times, so a megabyte of "fixes fixes fixes" costs linear time.

/** A text that may claim fixes, and where it came from, e.g. "pull request #42" or "commit 1a2b3c4". */
export interface ClaimText {
  where: string;
  text: string;
}

export interface FixClaim {
  /** Upper case, e.g. "WEB-1A". */
  shortId: string;
  /** Every place that claimed it, deduplicated, in order. */
  where: string[];
}

const KEYWORDS = new Set([
  "fix",
  "fixes",
  "fixed",
  "resolve",
  "resolves",
  "resolved",
  "close",
  "closes",
  "closed",
]);
const LONGEST_KEYWORD = 8;
/** Sentry's base32 digits (Crockford's): 0-9 and the letters but I, L, O and U. */
const BASE32_NUMBER = /^[0-9A-HJKMNP-TV-Z]+$/;
/** A project slug upper-cased: letters, digits, underscores, hyphens between them; not all digits (Sentry's slug rule). */
const SLUG_PREFIX = /^[A-Z0-9_]+(?:-[A-Z0-9_]+)*$/;
/** Sentry's slugs are at most 50 characters, the numbers a dozen: anything longer is not a short ID. */
const MAX_SHORT_ID = 80;
/** A markdown link's destination, `[WEB-1](…)`, is looked for this far and no further. */
const MAX_LINK_DESTINATION = 2048;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/;

export function findFixClaims(texts: readonly ClaimText[]): FixClaim[] {
  const claims = new Map<string, FixClaim>();
  for (const { where, text } of texts) {
    for (const shortId of claimedIn(visibleText(text))) {
      const claim = claims.get(shortId);
      if (!claim) claims.set(shortId, { shortId, where: [where] });
      else if (!claim.where.includes(where)) claim.where.push(where);
    }
  }
  return [...claims.values()];
}

/** Splits claims into those whose short ID belongs to one of the projects (prefix = slug upper-cased + "-", rest a base32 number) and the rest. */
export function claimsForProjects(
  claims: readonly FixClaim[],
  projectSlugs: readonly string[],
): { inProjects: FixClaim[]; elsewhere: FixClaim[] } {
  const prefixes = new Set(projectSlugs.map((slug) => slug.trim().toUpperCase()));
  const inProjects: FixClaim[] = [];
  const elsewhere: FixClaim[] = [];
  for (const claim of claims) {
    const shortId = claim.shortId.toUpperCase();
    // Sentry splits at the last hyphen too (the number has none): MY-APP-3Z is issue 3Z of my-app.
    const cut = shortId.lastIndexOf("-");
    const ours = cut > 0 && prefixes.has(shortId.slice(0, cut)) && BASE32_NUMBER.test(shortId.slice(cut + 1));
    (ours ? inProjects : elsewhere).push(claim);
  }
  return { inProjects, elsewhere };
}

/** Whether `token` is shaped like a short ID: a slug, a hyphen, a base32 number (any case). */
export function isShortId(token: string): boolean {
  if (token.length > MAX_SHORT_ID) return false;
  const upper = token.toUpperCase();
  const cut = upper.lastIndexOf("-");
  if (cut <= 0) return false;
  const prefix = upper.slice(0, cut);
  return SLUG_PREFIX.test(prefix) && !/^[0-9]+$/.test(prefix) && BASE32_NUMBER.test(upper.slice(cut + 1));
}

// ---- The claims of visible text ----

/** The short IDs claimed in `text`, upper-cased, in order (repeats included). */
function claimedIn(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i += 1;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text, i)) i += 1;
    if (i - start <= LONGEST_KEYWORD && KEYWORDS.has(text.slice(start, i).toLowerCase())) {
      // Resumes at the token that ended the list, which may be the next keyword.
      i = Math.max(i, readList(text, i, found));
    }
  }
  return found;
}

/**
 * The list after a keyword ending at `at`: `:`, whitespace, then short IDs joined by commas,
 * whitespace, `and` or `&`. Pushes them to `found`; returns where the token that ended it starts.
 * Bold is let through: `**Fixes:** WEB-1`, `**Fixes**: **WEB-1**`.
 */
function readList(text: string, at: number, found: string[]): number {
  let i = skipStars(text, at);
  if (text[i] === ":") i = skipStars(text, i + 1);
  if (!isSpace(text, i)) return at;
  while (isSpace(text, i)) i += 1;
  for (;;) {
    const item = readShortId(text, i);
    if (!item) return i;
    found.push(item.shortId);
    const end = item.end;
    i = end;
    // Separators; an `and` is a separator only as a whole word.
    for (;;) {
      if (text[i] === "," || text[i] === "&" || isSpace(text, i)) i += 1;
      else if (text.slice(i, i + 3).toLowerCase() === "and" && !isWordChar(text, i + 3)) i += 3;
      else break;
    }
    if (i === end) return i;
  }
}

/**
 * The short ID at `at`, bare, bold or as a markdown link's text (`[WEB-1](…)`), and where it ends;
 * null when the token there is not one, or is part of something else.
 */
function readShortId(text: string, at: number): { shortId: string; end: number } | null {
  let i = skipStars(text, at);
  const link = text[i] === "[";
  if (link) i += 1;
  const start = i;
  const limit = start + MAX_SHORT_ID + 1;
  while (i < text.length && i < limit && isIdChar(text.charCodeAt(i))) i += 1;
  const token = text.slice(start, i);
  if (isIdChar(text.charCodeAt(i)) || !isShortId(token)) return null;
  let end: number | null = i;
  if (link) end = linkEnd(text, i);
  else {
    const next = text[i];
    if (next === "#" || next === "/" || next === "\\" || isWordChar(text, i)) end = null;
    else if ((next === "." || next === ":" || next === "@") && isWordChar(text, i + 1)) end = null;
  }
  return end === null ? null : { shortId: token.toUpperCase(), end: skipStars(text, end) };
}

/** Past up to three `*` (bold, italic, both). */
function skipStars(text: string, at: number): number {
  let i = at;
  while (i < at + 3 && text[i] === "*") i += 1;
  return i;
}

/** After `[WEB-1`: the end of `](destination)`, whitespace-free and bounded; null when it is not a link. */
function linkEnd(text: string, at: number): number | null {
  if (!text.startsWith("](", at)) return null;
  const limit = Math.min(text.length, at + 2 + MAX_LINK_DESTINATION);
  for (let i = at + 2; i < limit; i += 1) {
    if (text[i] === ")") return i + 1;
    if (isSpace(text, i)) return null;
  }
  return null;
}

function isIdChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    code === 45 // -
  );
}

/** Short-ID characters and any other letter or digit: what keywords must not touch. */
function isWordChar(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return isIdChar(code);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i) ?? code));
}

function isSpace(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && SPACE.test(c);
}

// ---- What is not code or comment ----

/**
 * `text` with its fenced code blocks, inline code spans and HTML comments blanked out. A fence is
 * ``` or ~~~ (three or more; backtick fences have no backtick in their info string), possibly
 * indented or quoted (`>`), closed by a line of at least as many of the same character, or by the
 * end of the text. A code span is a run of backticks closed by the next run of the same length in
 * the same paragraph; without one, the backticks are text. A comment without its `-->` hides the
 * rest, as GitHub's renderer does for one that opens a line.
 */
export function visibleText(text: string): string {
  const spans = new BacktickRuns(text);
  const out: string[] = [];
  let i = 0;
  let copied = 0;
  const skip = (from: number, to: number) => {
    out.push(text.slice(copied, from), from < to && text.slice(from, to).includes("\n") ? "\n" : " ");
    copied = to;
  };
  while (i < text.length) {
    if (i === 0 || text[i - 1] === "\n") {
      const fence = fenceAt(text, i);
      if (fence) {
        const end = fenceEnd(text, fence);
        skip(i, end);
        i = end;
        continue;
      }
    }
    const c = text[i];
    if (c === "<" && text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      const end = close < 0 ? text.length : close + 3;
      skip(i, end);
      i = end;
    } else if (c === "`") {
      let run = i;
      while (text[run] === "`") run += 1;
      const closer = spans.closer(i, run - i);
      if (closer === null) i = run;
      else {
        skip(i, closer + (run - i));
        i = closer + (run - i);
      }
    } else i += 1;
  }
  out.push(text.slice(copied));
  return out.join("");
}

interface Fence {
  char: "`" | "~";
  length: number;
  /** Where the line after the opening one starts. */
  body: number;
}

/** The fence opening the line at `at`, if it does. */
function fenceAt(text: string, at: number): Fence | null {
  const lineEnd = endOfLine(text, at);
  let i = skipIndentAndQuotes(text, at, lineEnd);
  const char = text[i];
  if (char !== "`" && char !== "~") return null;
  const start = i;
  while (text[i] === char) i += 1;
  const length = i - start;
  if (length < 3) return null;
  if (char === "`" && text.slice(i, lineEnd).includes("`")) return null;
  return { char, length, body: Math.min(text.length, lineEnd + 1) };
}

/** Where the text after the fenced block ends: after its closing line, or the end of the text. */
function fenceEnd(text: string, fence: Fence): number {
  let line = fence.body;
  while (line < text.length) {
    const lineEnd = endOfLine(text, line);
    let i = skipIndentAndQuotes(text, line, lineEnd);
    const start = i;
    while (i < lineEnd && text[i] === fence.char) i += 1;
    if (i - start >= fence.length && text.slice(i, lineEnd).trim() === "") return lineEnd;
    line = lineEnd + 1;
  }
  return text.length;
}

function skipIndentAndQuotes(text: string, at: number, lineEnd: number): number {
  let i = at;
  while (i < lineEnd && (text[i] === " " || text[i] === "\t" || text[i] === ">")) i += 1;
  return i;
}

function endOfLine(text: string, at: number): number {
  const newline = text.indexOf("\n", at);
  return newline < 0 ? text.length : newline;
}

/**
 * Every maximal run of backticks, by length, for finding a code span's closer in amortized
 * constant time: the text is scanned left to right, so each length's cursor only moves forward.
 */
class BacktickRuns {
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();
  /** Starts of blank lines, in order, and the first one not yet passed. */
  private readonly blankLines: number[] = [];
  private nextBlank = 0;

  constructor(text: string) {
    for (let i = 0; i < text.length; ) {
      if (text[i] !== "`") {
        i += 1;
        continue;
      }
      const start = i;
      while (text[i] === "`") i += 1;
      const runs = this.byLength.get(i - start) ?? { starts: [], next: 0 };
      runs.starts.push(start);
      this.byLength.set(i - start, runs);
    }
    for (const match of text.matchAll(/\n[ \t\r]*(?=\n)/g)) this.blankLines.push(match.index + 1);
  }

  /** The start of the run closing a span opened by `length` backticks at `at`, within its paragraph. */
  closer(at: number, length: number): number | null {
    const runs = this.byLength.get(length);
    if (!runs) return null;
    while (runs.next < runs.starts.length && (runs.starts[runs.next] ?? 0) <= at) runs.next += 1;
    while (this.nextBlank < this.blankLines.length && (this.blankLines[this.nextBlank] ?? 0) <= at)
      this.nextBlank += 1;
    const candidate = runs.starts[runs.next];
    const paragraphEnd = this.blankLines[this.nextBlank] ?? Number.POSITIVE_INFINITY;
    return candidate !== undefined && candidate < paragraphEnd ? candidate : null;
  }
}
