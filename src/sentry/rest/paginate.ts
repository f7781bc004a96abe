// Sentry's cursor pagination, one page at a time so that memory does not grow with the pages. The next
// URL comes from Sentry's answer; the request function refuses it unless its origin may get the token.
// Bounded whatever Sentry answers: a link back to a page already read (or a cursor already followed) is
// an error at once, and no list goes past MAX_LIST_ITEMS items or MAX_LIST_PAGES pages.
import { createHash } from "node:crypto";
import { SentryError } from "../errors.js";
import { excerpt } from "../redact.js";
import type { Answer, Call, Get } from "./http.js";
import { nextPage } from "./link-header.js";

/** 100,000 issues: 1,000 pages of 100. */
export const MAX_LIST_ITEMS = 100_000;
export const MAX_LIST_PAGES = 1_000;

export interface PageLimits {
  items: number;
  pages: number;
}

const LIMITS: PageLimits = { items: MAX_LIST_ITEMS, pages: MAX_LIST_PAGES };

export async function* pages(
  get: Get,
  first: URL,
  call: Call,
  limits: PageLimits = LIMITS,
): AsyncGenerator<Answer> {
  // Digests, not the URLs themselves: a thousand long links from Sentry cost no memory to speak of.
  const fetched = new Set<string>();
  const cursors = new Set<string>();
  let items = 0;
  let read = 0;
  let url: URL = first;
  for (;;) {
    fetched.add(digest(url.href));
    const answer: Answer = await get(url, call);
    read += 1;
    items += itemsIn(answer.body);
    yield answer;
    const next = nextPage(answer.link);
    if (next === null) return;
    const from = `Sentry's next-page link in its answer to ${answer.endpoint}`;
    if (!URL.canParse(next.target, url.href)) throw new SentryError("malformed", `${from} is not a URL.`);
    const nextUrl = new URL(next.target, url);
    if (nextUrl.protocol !== "https:" && nextUrl.protocol !== "http:")
      throw new SentryError("unsafe", `${from} is not an http(s) address: not followed.`);
    if (nextUrl.username || nextUrl.password)
      throw new SentryError("unsafe", `${from} carries a user name or password (user:pass@): not followed.`);
    const cursor = next.cursor ?? nextUrl.searchParams.get("cursor");
    if (fetched.has(digest(nextUrl.href)) || (cursor !== null && cursors.has(digest(cursor)))) {
      throw new SentryError(
        "unsafe",
        `${from} leads back to a page already read (cursor ${quoteCursor(cursor)}, after ${read} pages): Sentry's pagination loops, so the list was not read to an end.`,
      );
    }
    if (read >= limits.pages || items >= limits.items) {
      throw new SentryError(
        "bad-request",
        `Sentry's list at ${answer.endpoint} goes on past ${items.toLocaleString("en-US")} items in ${read.toLocaleString("en-US")} pages, the most that is read (${limits.items.toLocaleString("en-US")} items, ${limits.pages.toLocaleString("en-US")} pages): narrow project, environment or query.`,
      );
    }
    if (cursor !== null) cursors.add(digest(cursor));
    url = nextUrl;
  }
}

/** A page's items: a list, or Discover's `data` list. */
function itemsIn(body: unknown): number {
  if (Array.isArray(body)) return body.length;
  if (typeof body === "object" && body !== null && "data" in body && Array.isArray(body.data))
    return body.data.length;
  return 0;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64");
}

function quoteCursor(cursor: string | null): string {
  return cursor === null ? "none" : `"${excerpt(cursor, 40).replaceAll('"', "?")}"`;
}
