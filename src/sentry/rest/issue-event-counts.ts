// Counting one issue's events by listing them: the way to count an issue whose events are not error
// events (a performance issue, …), which Discover's errors dataset never holds. Bounded: past a
// number of pages the count is a lower bound, which is all a fix check needs (any event fails it).
import type { IssueCount } from "../source.js";
import type { Answer } from "./http.js";
import { nextPageLink } from "./link-header.js";
import { parseAs } from "./parse.js";
import { issueEventsSchema } from "./schemas.js";

/** 10 pages of 100: beyond a thousand events, the count says "at least". */
export const MAX_EVENT_PAGES = 10;

export async function countListedEvents(pages: AsyncIterable<Answer>): Promise<IssueCount | null> {
  let events = 0;
  let first: Date | null = null;
  let last: Date | null = null;
  const users = new Set<string>();
  let read = 0;
  let capped = false;
  for await (const answer of pages) {
    for (const event of parseAs(issueEventsSchema, answer.body, answer.endpoint)) {
      events += 1;
      if (first === null || event.dateCreated < first) first = event.dateCreated;
      if (last === null || event.dateCreated > last) last = event.dateCreated;
      const user = userKey(event.user);
      if (user !== null) users.add(user);
    }
    read += 1;
    if (read === MAX_EVENT_PAGES) {
      capped = nextPageLink(answer.link) !== null;
      break;
    }
  }
  if (events === 0) return null;
  return { events, users: users.size, firstSeen: first, lastSeen: last, ...(capped ? { capped } : {}) };
}

// Sentry's user tag is the first of id, username, email and IP address the event has (EventUser.tag_value).
function userKey(
  user:
    | { id?: string | null; username?: string | null; email?: string | null; ip_address?: string | null }
    | null
    | undefined,
): string | null {
  if (!user) return null;
  if (user.id) return `id:${user.id}`;
  if (user.username) return `username:${user.username}`;
  if (user.email) return `email:${user.email}`;
  if (user.ip_address) return `ip:${user.ip_address}`;
  return null;
}
