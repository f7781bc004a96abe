// Cursor pagination as Sentry's API does it (src/sentry/api/base.py, src/sentry/utils/cursors.py):
// cursors "value:offset:is_prev", and a Link header with a previous and a next entry that say
// whether they have results. The simulator's cursors are plain offsets (value 0).
import { badRequest } from "./http.js";

export interface Cursor {
  value: number;
  offset: number;
  isPrev: boolean;
  hasResults: boolean;
}

/** PAGINATION_DEFAULT_PER_PAGE and the usual maximum. */
export const MAX_PER_PAGE = 100;

export function parseCursor(text: string | null): Cursor | null {
  if (!text) return null;
  const match = /^(-?\d+(?:\.\d+)?):(\d+):([01])$/.exec(text);
  if (!match) throw badRequest("Invalid cursor parameter.");
  return { value: Number(match[1]), offset: Number(match[2]), isPrev: match[3] === "1", hasResults: true };
}

function formatCursor(cursor: Cursor): string {
  return `${cursor.value}:${cursor.offset}:${cursor.isPrev ? 1 : 0}`;
}

/** clamp_pagination_per_page: default 100; more than 100 or not a number is a 400. */
export function perPage(query: URLSearchParams): number {
  const text = query.get("per_page");
  if (text === null) return MAX_PER_PAGE;
  const value = Number.parseInt(text, 10);
  if (Number.isNaN(value)) throw badRequest("Invalid per_page parameter.");
  if (value > MAX_PER_PAGE) throw badRequest(`Invalid per_page value. Cannot exceed ${MAX_PER_PAGE}.`);
  return Math.max(value, 1);
}

export interface Page<T> {
  items: T[];
  previous: Cursor;
  next: Cursor;
}

/** One page of `items` from the cursor's offset, with OffsetPaginator's previous and next cursors. */
export function paginate<T>(items: readonly T[], cursor: Cursor | null, limit: number): Page<T> {
  const offset = cursor?.offset ?? 0;
  return {
    items: items.slice(offset, offset + limit),
    previous: { value: 0, offset: Math.max(0, offset - limit), isPrev: true, hasResults: offset > 0 },
    next: { value: 0, offset: offset + limit, isPrev: false, hasResults: offset + limit < items.length },
  };
}

/**
 * `<{url}?{query without cursor}&cursor={c}>; rel="previous"; results="false"; cursor="{c}", <…>; rel="next"; …`
 * With no other parameters the URL reads `…/?&cursor=…`, as Sentry's does.
 */
export function linkHeader(
  baseUrl: string,
  rawPath: string,
  query: URLSearchParams,
  page: Page<unknown>,
): string {
  const rest = new URLSearchParams(query);
  rest.delete("cursor");
  const link = (name: string, cursor: Cursor) => {
    const value = formatCursor(cursor);
    return `<${baseUrl}${rawPath}?${rest.toString()}&cursor=${value}>; rel="${name}"; results="${cursor.hasResults}"; cursor="${value}"`;
  };
  return `${link("previous", page.previous)}, ${link("next", page.next)}`;
}
