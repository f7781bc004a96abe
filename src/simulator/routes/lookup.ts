// Finding the issue a path names, as GroupEndpoint.convert_args does through get_group_with_redirect
// (src/sentry/models/group.py): digits are the numeric ID; anything else is parsed as a short ID, its
// project slug lowercased and its number base32-decoded, so short IDs match in any case. 404 until
// the issue's first event.
import { visibleEvents } from "../derived.js";
import { notFound } from "../http.js";
import type { SimEvent, SimIssue, SimProject, World } from "../world.js";
import type { RouteContext } from "./types.js";

export interface FoundIssue {
  issue: SimIssue;
  project: SimProject;
  events: readonly SimEvent[];
}

export function requireIssue(ctx: RouteContext, ref: string): FoundIssue {
  const issue = resolveIssueRef(ctx.world, ref);
  const project = issue && ctx.world.projects.find((p) => p.slug === issue.project);
  const events = issue ? visibleEvents(issue, ctx.now) : [];
  if (!issue || !project || events.length === 0) throw notFound();
  return { issue, project, events };
}

/** The issue a numeric ID or a short ID names in the world's organization, or undefined. */
export function resolveIssueRef(world: World, ref: string): SimIssue | undefined {
  // `id_or_qualified_short_id.isdigit()`: then Group.objects.get(id=…), compared as a number.
  if (/^\d+$/.test(ref)) {
    const id = ref.replace(/^0+(?=\d)/, "");
    return world.issues.find((issue) => issue.id === id);
  }
  const wanted = parseShortId(ref);
  if (!wanted) return undefined;
  return world.issues.find((issue) => {
    const own = parseShortId(issue.shortId);
    // A short ID given to a test issue that does not parse can still be named exactly, in any case.
    if (!own) return issue.shortId.toUpperCase() === ref.trim().toUpperCase();
    return own.projectSlug === wanted.projectSlug && own.number === wanted.number;
  });
}

// _short_id_re and parse_short_id (src/sentry/models/group.py): an optional "issue:" prefix, the
// project slug, one separator (space, _ or -), and the base32 number, the last run of letters and digits.
const SHORT_ID = /^(?:issue+:)?(.*?)[\s_-]([A-Za-z0-9]+)$/;
// base32_decode (src/sentry/utils/numbers.py): upper-cased, O read as 0, I and L as 1; U is not a digit.
const BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** Group.short_id is a BoundedBigIntegerField; parse_short_id refuses numbers above its maximum. */
const MAX_SHORT_ID = 2n ** 63n - 1n;

export function parseShortId(text: string): { projectSlug: string; number: bigint } | null {
  const match = SHORT_ID.exec(text.trim());
  if (!match) return null;
  const digits = (match[2] as string)
    .toUpperCase()
    .replaceAll("O", "0")
    .replaceAll("I", "1")
    .replaceAll("L", "1");
  let number = 0n;
  for (const digit of digits) {
    const value = BASE32.indexOf(digit);
    if (value < 0) return null;
    number = number * 32n + BigInt(value);
  }
  if (number > MAX_SHORT_ID) return null;
  return { projectSlug: (match[1] as string).toLowerCase(), number };
}
