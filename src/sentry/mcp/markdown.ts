// Reading the Sentry MCP server's answers (0.39.0). They are markdown written for a language model,
// with Sentry's untrusted text (issue titles, culprits, notes, deploy names) inside: a title may hold
// a newline and lines that look like the server's own. So each reader takes only what comes before
// any untrusted text, or checks the structure it relies on and refuses a listing that does not add
// up ("unsafe"), rather than guess which of two lookalike lines is the server's.
import type { z } from "zod";
import { SentryError } from "../errors.js";

/** The error a tool reported (isError), as the server's formatErrorForUser writes it. */
export interface ToolFailure {
  /** Sentry's HTTP status when the server says which; 401 also for its "Authorization Expired". */
  status: number | null;
  /** The server could not reach Sentry at all ("Configuration Error": connection refused, DNS…). */
  unreachable: boolean;
}

export function readToolFailure(text: string): ToolFailure {
  const status = /There was an HTTP (\d{3})/.exec(text)?.[1];
  if (status) return { status: Number(status), unreachable: false };
  if (text.startsWith("**Authorization Expired**")) return { status: 401, unreachable: false };
  return { status: null, unreachable: text.startsWith("**Configuration Error**") };
}

function malformed(tool: string, what: string): SentryError {
  return new SentryError("malformed", `The Sentry MCP server's ${tool} answer ${what}.`);
}

function unsafe(tool: string, what: string): SentryError {
  return new SentryError(
    "unsafe",
    `The Sentry MCP server's ${tool} answer ${what}: text from Sentry (an issue title, a note or a deploy name) forges its listing, so it cannot be read safely. Use source: api.`,
  );
}

/**
 * The rows of an aggregate search_events answer: the server prints them as JSON.stringify(rows, null, 2)
 * in a ```json fence after "Found N aggregate result(s):". Nothing untrusted comes before that line,
 * and JSON strings hold no raw newline, so no line of the fence's content can be a closing fence.
 */
export function readDiscoverRows<Row extends z.ZodType>(text: string, row: Row): z.output<Row>[] {
  const tool = "search_events";
  const found = /^Found (\d+) aggregate results?:\n\n```json\n/m.exec(text);
  if (!found) {
    if (/^No results found\.$/m.test(text)) return [];
    throw malformed(tool, "has neither a table of aggregate results nor “No results found.”");
  }
  const start = found.index + found[0].length;
  const end = text.indexOf("\n```\n", start);
  if (end < 0) throw malformed(tool, "opens a JSON block that it never closes");
  let rows: unknown;
  try {
    rows = JSON.parse(text.slice(start, end));
  } catch {
    throw malformed(tool, "has a JSON block that does not parse");
  }
  if (!Array.isArray(rows) || rows.length !== Number(found[1])) {
    throw malformed(tool, `does not hold the ${found[1]} rows it announces`);
  }
  return rows.map((value, index) => {
    const parsed = row.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw malformed(
      tool,
      `has a row [${index}] without the expected ${issue?.path.join(".") || "shape"}: ${issue?.message ?? "invalid"}`,
    );
  });
}

const ISSUE_HEADING = /^## (\d+)\. \[([^\]\n]*)\]\([^)\n]*\)$/gm;
const SHORT_ID = /^[A-Z0-9][A-Z0-9_-]*$/;

/**
 * The short IDs a search_issues answer lists, in order, and nothing else of it (statuses and counts
 * there are of another range). "Found **N** issue(s):" precedes every title, so it is Sentry's count;
 * the server writes exactly N headings "## i. [SHORT-ID](url)", numbered 1 to N. A title cannot
 * remove a heading, only add lines, so any other number of headings means that a title forged one.
 */
export function readIssueShortIds(text: string): string[] {
  const tool = "search_issues";
  const found = /^Found \*\*(\d+)\*\* issues?:$/m.exec(text);
  if (!found) {
    if (/^No issues found matching your search criteria\.$/m.test(text)) return [];
    throw malformed(tool, "has neither a count of issues nor “No issues found”");
  }
  const count = Number(found[1]);
  const headings = [...text.slice(found.index).matchAll(ISSUE_HEADING)];
  if (headings.length !== count || headings.some((h, index) => Number(h[1]) !== index + 1)) {
    throw unsafe(tool, `lists ${headings.length} issue headings where it announced ${count}`);
  }
  return headings.map((heading) => {
    const shortId = (heading[2] as string).toUpperCase();
    if (!SHORT_ID.test(shortId)) throw malformed(tool, `names an issue "${shortId}" that is not a short ID`);
    return shortId;
  });
}

export interface ActivityEntry {
  id: string;
  type: string;
  dateCreated: Date;
  data: Record<string, unknown> | null;
}

const ACTIVITY_LINE = /^- (\S+): (\S+) by .* \((\w+)\)$/;
const DATA_LINE = /^ {2}- Data: (\{.*\})$/;

/**
 * get_issue_activity's entries: "- ISO: type by actor (id)", then "  - Data: {json}" when the entry
 * has data but no text. A note's text is free text from people in the organization and can hold
 * lines like these; an entry id seen twice is refused as forged.
 */
export function readActivity(text: string): ActivityEntry[] {
  const tool = "get_issue_activity";
  const section = /^## Activity\n\n/m.exec(text);
  if (!section) throw malformed(tool, "has no Activity section");
  const lines = text.slice(section.index + section[0].length).split("\n");
  const entries: ActivityEntry[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    const match = ACTIVITY_LINE.exec(line);
    if (!match) return;
    const [, date, type, id] = match as unknown as [string, string, string, string];
    const at = new Date(date);
    if (Number.isNaN(at.getTime())) return;
    if (seen.has(id)) throw unsafe(tool, `lists activity ${id} twice`);
    seen.add(id);
    const data = DATA_LINE.exec(lines[index + 1] ?? "")?.[1];
    entries.push({ id, type, dateCreated: at, data: data ? parseObject(data) : null });
  });
  return entries;
}

function parseObject(json: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export interface IssueDetails {
  shortId: string;
  /**
   * The first line of the title the server shows (a performance issue's metadata title, as Sentry
   * titles it): a prefix of the title whatever it holds, as later lines could be forged.
   */
  title: string;
  /** Sentry's issueCategory, when the answer states it in exactly one line. */
  category: string | null;
  /** How many lines state a category: more than one means that text from Sentry forges one. */
  categoryLines: number;
}

const CATEGORY_LINE = /^\*\*Issue Category\*\*: (.*)$/gm;
const CATEGORY = /^[a-z][a-z0-9_]*$/;

/**
 * get_issue_details (get_sentry_resource for an issue): "# Issue SHORT-ID in **org**", then
 * "**Description**: title", then the issue's fields, among them "**Issue Category**: category" once,
 * then its latest event. The title, the culprit, an assignee's or project's name and the whole event
 * are untrusted and may hold lines like the server's, so the category counts only when exactly one
 * line states it: text can add a line, never remove the server's.
 */
export function readIssueDetails(text: string): IssueDetails {
  const tool = "get_issue_details";
  // Anchored at the answer's start: nothing untrusted comes before the title. `.` stops at any line end.
  const heading = /^# Issue (\S+) in \*\*[^*\n]*\*\*\n\n\*\*Description\*\*: (.*)/.exec(text);
  if (!heading) throw malformed(tool, "does not begin with the issue's heading and description");
  const shortId = (heading[1] as string).toUpperCase();
  if (!SHORT_ID.test(shortId)) throw malformed(tool, `names an issue "${shortId}" that is not a short ID`);
  const stated = [...text.matchAll(CATEGORY_LINE)].map((line) => (line[1] as string).trim());
  const only = stated.length === 1 ? (stated[0] as string) : null;
  return {
    shortId,
    title: (heading[2] as string).trim() || shortId,
    category: only !== null && CATEGORY.test(only) ? only : null,
    categoryLines: stated.length,
  };
}

export interface ReleaseDetails {
  created: Date | null;
  firstEvent: Date | null;
  lastEvent: Date | null;
  deploys: { id: string; environment: string | null; started: Date | null; finished: Date | null }[];
}

// The lines get_release_details writes in a deploy's block, each at most once.
const DEPLOY_FIELDS = new Set(["Environment", "Name", "Started", "Finished", "URL"]);

/**
 * get_release_details with includeCommits false. Its header (dates) precedes any free text; the last
 * commit's message comes next and can be anything, so the deploys are read from the last "## Deploys"
 * section, whose blocks must hold only the server's own field lines, each once. What stays open: a
 * deploy's name or URL (written by whoever records deploys, the CI) could still imitate a section.
 */
export function readReleaseDetails(text: string): ReleaseDetails {
  const tool = "get_release_details";
  const headerEnd = text.search(/^## /m);
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const date = (label: string) => {
    const value = new RegExp(`^\\*\\*${label}\\*\\*: (\\S+)$`, "m").exec(header)?.[1];
    if (value === undefined) return null;
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) throw malformed(tool, `has a ${label} that is not a time`);
    return at;
  };
  const start = text.lastIndexOf("\n## Deploys\n\n");
  if (start < 0) throw malformed(tool, "has no Deploys section");
  const notes = text.lastIndexOf("\n## Response Notes\n");
  const section = text.slice(start + "\n## Deploys\n\n".length, notes > start ? notes : undefined).trim();
  const deploys: ReleaseDetails["deploys"] =
    section === "No deploys found."
      ? []
      : section.split(/\n\n(?=### Deploy )/).map((block) => {
          const [heading, ...lines] = block.split("\n").filter((line) => line !== "");
          const id = /^### Deploy (\S+)$/.exec(heading ?? "")?.[1];
          if (!id) throw unsafe(tool, "has a Deploys section that is not a list of deploys");
          const fields = new Map<string, string>();
          for (const line of lines) {
            const field = /^\*\*(\w+)\*\*: (.*)$/.exec(line);
            const label = field?.[1] as string;
            if (!field || !DEPLOY_FIELDS.has(label) || fields.has(label)) {
              throw unsafe(tool, `has a deploy ${id} with a line it does not write`);
            }
            fields.set(label, field[2] as string);
          }
          const time = (label: string) => {
            const value = fields.get(label);
            const at = value === undefined ? null : new Date(value);
            if (at && Number.isNaN(at.getTime()))
              throw malformed(tool, `has a deploy ${id} ${label} that is not a time`);
            return at;
          };
          return {
            id,
            environment: fields.get("Environment") ?? null,
            started: time("Started"),
            finished: time("Finished"),
          };
        });
  return {
    created: date("Created"),
    firstEvent: date("First Event"),
    lastEvent: date("Last Event"),
    deploys,
  };
}
