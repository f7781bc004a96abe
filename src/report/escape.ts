// Text from Sentry (titles, culprits, file names) is untrusted wherever a report shows it.

// C0/C1 controls (terminal escapes, newlines) and bidirectional overrides that reorder what a reader sees.
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;
// A literal character, not an entity, so that later replacements cannot split it.
const ZERO_WIDTH_SPACE = "\u200b";

/** One line of plain text, at most `max` characters: controls become spaces, white space folds. */
export function plainLine(text: string, max = 200): string {
  const flat = text.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : flat;
}

/**
 * Untrusted text for inline GitHub markdown (a table cell, a list item): it renders as the same
 * characters, but cannot ping anyone, link anywhere, bring HTML, end the cell or open a span.
 */
export function markdownText(text: string, max = 200): string {
  return (
    plainLine(text, max)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      // Backslash-escape what opens emphasis, code, links, strikethrough, math, or splits a table.
      .replace(/[\\`*_[\]|~$]/g, "\\$&")
      // A zero-width space stops GitHub's mentions (@user, @org/team), issue references (#12, GH-12),
      // and autolinks (https://…, www.…) that work on the rendered text, where escapes no longer help.
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      .replace(/#/g, `#${ZERO_WIDTH_SPACE}`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
      .replace(/www\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`)
      .replace(/\b(gh)-(\d)/gi, `$1-${ZERO_WIDTH_SPACE}$2`)
  );
}

/** A code span that shows `text` verbatim whatever backticks it holds, safe inside a table. */
export function codeSpan(text: string, max = 200): string {
  const line = plainLine(text, max)
    // A table reads `\\|` as an escaped backslash and a cell's end in some renderers, an escaped pipe
    // in others: no backslash may come right before the pipe's own escape.
    .replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`)
    .replace(/\|/g, "\\|")
    // Shown verbatim, but never another gate's comment marker, which is found by its text.
    .replace(/<!--/g, `<!${ZERO_WIDTH_SPACE}--`);
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * A link target from Sentry, or null when it is not an http(s) URL. The Sentry source already
 * keeps permalinks to Sentry's own hosts; this keeps a markdown link from being bent out of shape.
 */
export function safeLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  // Parentheses, spaces and angle brackets would end a markdown link target early.
  return parsed.href.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}
